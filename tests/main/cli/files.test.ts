import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkFileSize } from '../../../src/main/cli/files'

const dir = mkdtempSync(join(tmpdir(), 'cp-cli-files-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A sparse file of `bytes` bytes (no data written). */
function sized(name: string, bytes: number): string {
  const path = join(dir, name)
  writeFileSync(path, '')
  truncateSync(path, bytes)
  return path
}

describe('checkFileSize', () => {
  it('passes a file at or under the limit', async () => {
    expect(await checkFileSize(sized('at.xlsx', 1000), 1000, 'en')).toEqual({ ok: true })
    expect(await checkFileSize(sized('empty.csv', 0), 1000, 'en')).toEqual({ ok: true })
  })

  it('refuses a larger file before reading it, in megabytes to one decimal, naming it', async () => {
    const path = sized('big.xlsx', 1_234_567_890)
    expect(await checkFileSize(path, 40_000_000, 'en')).toEqual({
      ok: false,
      message: `${path}: 1234.6 MB is over the limit of 40 MB; nothing was read.`
    })
    const zh = await checkFileSize(path, 40_000_000, 'zh-CN')
    expect(zh.ok).toBe(false)
    expect(!zh.ok && zh.message).toContain('1234.6')
  })

  it('refuses a folder as not a regular file', async () => {
    expect(await checkFileSize(dir, 1000, 'en')).toEqual({
      ok: false,
      message: `${dir}: not a regular file`
    })
  })

  it('lets a path it cannot look at through, for the read to say why', async () => {
    expect(await checkFileSize(join(dir, 'missing.cplan'), 1000, 'en')).toEqual({ ok: true })
  })
})
