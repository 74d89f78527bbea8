import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ServiceError } from '@shared/ipc/envelope'
import { PLAN_VERSION } from '@shared/schema/plan'
import { writeFileAtomic } from '../../../src/main/services/files/atomic-write'
import { openPlanFile, savePlanFile } from '../../../src/main/services/document/plan-files'

const FIXTURES = join(__dirname, '..', '..', 'shared', 'document', 'fixtures')
let dir: string

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cp-files-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const plan = (name: string) => ({
  format: 'compute-planner/plan',
  version: PLAN_VERSION,
  name,
  workloads: []
})

async function refusal(promise: Promise<unknown>): Promise<ServiceError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ServiceError) return error
    throw error
  }
  throw new Error('expected a ServiceError')
}

describe('atomic write', () => {
  it('replaces the file, removes the backup and leaves no temporary files', async () => {
    const target = join(dir, 'a.cplan')
    await writeFileAtomic(target, 'one')
    const steps: string[] = []
    await writeFileAtomic(target, 'two', { onStep: (step) => void steps.push(step) })
    expect(readFileSync(target, 'utf8')).toBe('two')
    expect(readdirSync(dir)).toEqual(['a.cplan'])
    expect(steps).toEqual([
      'temp-opened',
      'temp-half-written',
      'temp-written',
      'temp-synced',
      'backup-kept',
      'renamed',
      'dir-synced',
      'backup-removed'
    ])
  })

  it('keeps the previous version as .bak until the new one is in place', async () => {
    const target = join(dir, 'a.cplan')
    await writeFileAtomic(target, 'old')
    const seen: Record<string, string> = {}
    await writeFileAtomic(target, 'new', {
      onStep: (step) => {
        if (step === 'backup-kept' || step === 'renamed') {
          seen[step] = `${readFileSync(target, 'utf8')}|${readFileSync(`${target}.bak`, 'utf8')}`
        }
      }
    })
    expect(seen).toEqual({ 'backup-kept': 'old|old', renamed: 'new|old' })
  })

  it('a failure before the rename leaves the old file and no temporary file', async () => {
    const target = join(dir, 'a.cplan')
    await writeFileAtomic(target, 'old')
    await expect(
      writeFileAtomic(target, 'new', {
        onStep: (step) => {
          if (step === 'temp-written') throw new Error('disk full')
        }
      })
    ).rejects.toThrow('disk full')
    expect(readFileSync(target, 'utf8')).toBe('old')
    expect(readdirSync(dir)).toEqual(['a.cplan'])
  })

  it.skipIf(process.platform === 'win32')('keeps the original file permissions', async () => {
    const target = join(dir, 'a.cplan')
    await writeFileAtomic(target, 'old')
    chmodSync(target, 0o600)
    await writeFileAtomic(target, 'new')
    expect(statSync(target).mode & 0o777).toBe(0o600)
  })
})

describe('opening plan files', () => {
  it('opens and migrates a version 0 file', async () => {
    const opened = await openPlanFile(join(FIXTURES, 'plan-v0.cplan'))
    expect(opened).toMatchObject({ migratedFrom: 0, fromBackup: false })
    expect(opened.plan.name).toBe('Pre-release cluster plan')
  })

  it('refuses a newer version naming both versions, and leaves the file untouched', async () => {
    const path = join(dir, 'future.cplan')
    const text = readFileSync(join(FIXTURES, 'plan-v2-future.cplan'), 'utf8')
    writeFileSync(path, text)
    const error = await refusal(openPlanFile(path))
    expect(error.code).toBe('UNSUPPORTED_FILE')
    expect(error.message).toMatch(/future\.cplan: .*version 2.*version 1/)
    expect(readFileSync(path, 'utf8')).toBe(text)
  })

  it('refuses corrupt JSON with line and column', async () => {
    const error = await refusal(openPlanFile(join(FIXTURES, 'plan-truncated.cplan')))
    expect(error.code).toBe('UNSUPPORTED_FILE')
    expect(error.issues?.[0]).toMatchObject({
      key: 'document.errors.corruptJson',
      params: { line: 7 }
    })
  })

  it('refuses an oversize file from its size, before reading it', async () => {
    const path = join(dir, 'big.cplan')
    writeFileSync(path, 'x'.repeat(5000))
    const error = await refusal(openPlanFile(path, 1000))
    expect(error.code).toBe('FILE_TOO_LARGE')
    expect(error.issues?.[0].params).toEqual({ size: 5000, limit: 1000 })
  })

  it('answers NOT_FOUND for a missing file and IO_ERROR for a folder', async () => {
    expect((await refusal(openPlanFile(join(dir, 'none.cplan')))).code).toBe('NOT_FOUND')
    mkdirSync(join(dir, 'folder.cplan'))
    const folder = await refusal(openPlanFile(join(dir, 'folder.cplan')))
    expect(folder.code).toBe('IO_ERROR')
    expect(folder.message).toContain('folder')
  })

  it('opens the .bak when an interrupted save left only the backup', async () => {
    const path = join(dir, 'a.cplan')
    writeFileSync(`${path}.bak`, JSON.stringify(plan('from backup')))
    const opened = await openPlanFile(path)
    expect(opened).toMatchObject({ fromBackup: true, plan: { name: 'from backup' } })
  })
})

describe('saving plan files', () => {
  it('writes the current version, pretty-printed, and reads it back the same', async () => {
    const path = join(dir, 'a.cplan')
    const result = await savePlanFile(path, plan('Mine'))
    expect(result.bytes).toBe(statSync(path).size)
    const text = readFileSync(path, 'utf8')
    expect(text).toMatch(/^\{\n {2}"format": "compute-planner\/plan",\n {2}"version": 1,/)
    const opened = await openPlanFile(path)
    expect(opened.plan.name).toBe('Mine')
  })

  it('never writes an invalid plan, and says where it is wrong', async () => {
    const path = join(dir, 'a.cplan')
    writeFileSync(path, 'previous')
    const bad = { ...plan('x'), settings: { pue: 0.5 } }
    const error = await refusal(savePlanFile(path, bad))
    expect(error.code).toBe('INVALID_PLAN')
    expect(error.issues?.[0].path).toBe('settings.pue')
    expect(readFileSync(path, 'utf8')).toBe('previous')
  })

  it('removes temporary files left by an earlier interrupted save', async () => {
    const path = join(dir, 'a.cplan')
    writeFileSync(join(dir, '.a.cplan.dead00beef.tmp'), 'half')
    writeFileSync(join(dir, '.other.cplan.dead00beef.tmp'), 'not ours')
    await savePlanFile(path, plan('x'))
    expect(readdirSync(dir).sort()).toEqual(['.other.cplan.dead00beef.tmp', 'a.cplan'])
  })

  it('serialises concurrent saves of one file (the last one wins, nothing interleaves)', async () => {
    const path = join(dir, 'a.cplan')
    await Promise.all(['1', '2', '3', '4'].map((name) => savePlanFile(path, plan(name))))
    expect((await openPlanFile(path)).plan.name).toBe('4')
    expect(readdirSync(dir)).toEqual(['a.cplan'])
  })

  it('reports an unwritable folder as IO_ERROR with the path', async () => {
    const error = await refusal(savePlanFile(join(dir, 'missing', 'a.cplan'), plan('x')))
    expect(error.code).toBe('IO_ERROR')
    expect(error.issues?.[0].key).toBe('document.errors.unwritable')
  })
})
