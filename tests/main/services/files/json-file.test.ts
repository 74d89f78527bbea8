import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readJsonFile, writeJsonFile } from '../../../../src/main/services/files/json-file'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cp-json-file-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('readJsonFile', () => {
  it('tells a missing file from a damaged one', async () => {
    expect(await readJsonFile(join(dir, 'none.json'), 1000)).toEqual({ state: 'missing' })
    const path = join(dir, 'bad.json')
    writeFileSync(path, '{"a": 1,')
    const read = await readJsonFile(path, 1000)
    expect(read.state).toBe('corrupt')
  })

  it('reads JSON with or without a byte-order mark', async () => {
    const path = join(dir, 'bom.json')
    writeFileSync(path, '\uFEFF{"name": "计划"}')
    expect(await readJsonFile(path, 1000)).toEqual({ state: 'ok', value: { name: '计划' } })
    writeFileSync(path, 'null')
    expect(await readJsonFile(path, 1000)).toEqual({ state: 'ok', value: null })
  })

  it('refuses a file over the limit before reading it, saying the limit', async () => {
    const path = join(dir, 'big.json')
    writeFileSync(path, `"${'x'.repeat(100)}"`)
    expect(await readJsonFile(path, 50)).toEqual({
      state: 'corrupt',
      detail: 'larger than 50 bytes'
    })
    expect((await readJsonFile(path, 102)).state).toBe('ok')
  })

  it('calls a folder in the file’s place damaged, not missing', async () => {
    const path = join(dir, 'folder.json')
    mkdirSync(path)
    expect((await readJsonFile(path, 1000)).state).toBe('corrupt')
  })
})

describe('writeJsonFile', () => {
  it('creates the folders, writes indented JSON with a final newline, and leaves no temp file', async () => {
    const path = join(dir, 'a', 'b', 'settings.json')
    await writeJsonFile(path, { language: 'zh-CN', list: [1] })
    expect(readFileSync(path, 'utf8')).toBe(
      '{\n  "language": "zh-CN",\n  "list": [\n    1\n  ]\n}\n'
    )
    await writeJsonFile(path, { language: 'en' })
    expect(await readJsonFile(path, 1000)).toEqual({ state: 'ok', value: { language: 'en' } })
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual(['settings.json'])
  })
})
