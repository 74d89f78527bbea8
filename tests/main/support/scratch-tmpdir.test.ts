/**
 * tests/support/scratch-tmpdir.ts: the run's temporary folders go in one scratch folder that
 * the global teardown removes, and the run itself uses it (so no test leaves folders behind).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createScratchTmpdir, SCRATCH_ENV } from '../../support/scratch-tmpdir'

describe('scratch tmpdir', () => {
  it('is where this run makes its temporary folders', () => {
    const scratch = process.env[SCRATCH_ENV]
    expect(scratch, 'vitest.config.mts globalSetup').toBeTruthy()
    const made = mkdtempSync(join(tmpdir(), 'probe-'))
    expect(dirname(made)).toBe(scratch)
    rmSync(made, { recursive: true })
  })

  it('points TMPDIR at a new folder, then removes it with its contents and restores TMPDIR', () => {
    const base = mkdtempSync(join(tmpdir(), 'scratch-base-'))
    const before = process.env.TMPDIR
    const scratch = createScratchTmpdir(base)
    try {
      expect(dirname(scratch.dir)).toBe(base)
      expect(tmpdir()).toBe(scratch.dir)
      const left = mkdtempSync(join(tmpdir(), 'left-behind-'))
      mkdirSync(join(left, 'nested'))
      writeFileSync(join(left, 'nested', 'plan.json'), '{}')
    } finally {
      scratch.remove()
    }
    expect(existsSync(scratch.dir)).toBe(false)
    expect(process.env.TMPDIR).toBe(before)
    rmSync(base, { recursive: true })
  })
})
