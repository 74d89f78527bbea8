import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { entryIdFor, InventoryLibrary } from '../../../../src/main/services/inventory/library-store'
import { inventoryError } from '../../inventory/helpers'
import type { LibraryEntry } from '../../../../src/shared/schema/inventory'

/** Plan documents accept ids of these characters only. */
const PLAN_ID = /^[A-Za-z0-9._-]+$/

describe('entryIdFor', () => {
  it('makes one id per kind and model, whatever the spelling of the name', () => {
    expect(entryIdFor({ kind: 'accelerator', name: 'A100 SXM4 80GB' })).toBe(
      entryIdFor({ kind: 'accelerator', name: 'a100-sxm4-80gb' })
    )
    expect(entryIdFor({ kind: 'server', name: 'DGX A100' })).toMatch(/^srv-/)
    expect(entryIdFor({ kind: 'accelerator', name: 'DGX A100' })).toMatch(/^acc-/)
  })

  it('keeps ids to the characters plans accept, hashing words in other scripts', () => {
    const id = entryIdFor({ kind: 'accelerator', name: '测试卡 X1' })
    expect(id).toMatch(PLAN_ID)
    expect(id).toMatch(/^acc-[0-9a-f]{8}-x1$/)
    expect(entryIdFor({ kind: 'accelerator', name: '测试卡 X1' })).toBe(id)
    expect(entryIdFor({ kind: 'accelerator', name: '样品卡 X1' })).not.toBe(id)
    // Brand words are not part of the model: 昇腾 910B is the model 910B.
    expect(entryIdFor({ kind: 'accelerator', name: '昇腾 910B' })).toBe('acc-910b')
  })

  it('has an id for a name without words, and a bounded one for a very long name', () => {
    expect(entryIdFor({ kind: 'accelerator', name: '---' })).toBe('acc-item')
    const long = entryIdFor({
      kind: 'accelerator',
      name: 'x'.repeat(40).split('').join(' ') + 'y'.repeat(500)
    })
    expect(long.length).toBeLessThanOrEqual('acc-'.length + 100)
    expect(long).toMatch(PLAN_ID)
  })
})

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cp-library-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const entry = (id: string, name: string): LibraryEntry =>
  ({ id, kind: 'accelerator', name, memoryGB: 80 }) as LibraryEntry

describe('InventoryLibrary', () => {
  it('is empty before anything was saved, and reads back what it saved', async () => {
    const library = new InventoryLibrary(dir)
    expect(await library.load()).toEqual([])
    await library.save([entry('acc-a100', 'A100')])
    expect(await new InventoryLibrary(dir).load()).toEqual([entry('acc-a100', 'A100')])
    expect(JSON.parse(readFileSync(library.libraryPath, 'utf8'))).toMatchObject({
      format: 'compute-planner/inventory',
      version: 1
    })
  })

  it('reports a damaged or foreign library, naming the file, and leaves it untouched', async () => {
    const library = new InventoryLibrary(dir)
    mkdirSync(join(dir, 'inventory'))
    writeFileSync(library.libraryPath, '{"format": ')
    const damaged = await inventoryError(() => library.load())
    expect(damaged).toMatchObject({ code: 'IO_ERROR', messageName: 'libraryUnreadable' })
    expect(damaged.location).toEqual({ file: library.libraryPath })
    writeFileSync(library.libraryPath, JSON.stringify({ format: 'other', version: 1, entries: [] }))
    const foreign = await inventoryError(() => library.load())
    expect(String(foreign.params.reason)).toMatch(/^format: /)
    expect(readFileSync(library.libraryPath, 'utf8')).toContain('"other"')
  })

  it('remembers a mapping per header signature and recalls it', async () => {
    const library = new InventoryLibrary(dir)
    await library.rememberMapping('sig-1', [{ index: 2, field: 'memoryGB' }])
    await library.rememberMapping('', [{ index: 1, field: 'name' }])
    const recall = await library.mappingRecall()
    expect(recall('sig-1')).toEqual([{ index: 2, field: 'memoryGB' }])
    expect(recall('sig-2')).toBeUndefined()
    expect(Object.keys(await library.rememberedMappings())).toEqual(['sig-1'])
  })

  it('treats damaged remembered mappings as none, and starts them afresh', async () => {
    const library = new InventoryLibrary(dir)
    mkdirSync(join(dir, 'inventory'))
    writeFileSync(library.mappingsPath, 'not json')
    expect(await library.rememberedMappings()).toEqual({})
    await library.rememberMapping('sig', [{ index: 1, field: 'name' }])
    expect(await library.rememberedMappings()).toEqual({ sig: [{ index: 1, field: 'name' }] })
  })

  it('keeps the 200 most recently saved mappings', async () => {
    const library = new InventoryLibrary(dir)
    mkdirSync(join(dir, 'inventory'))
    const mappings = Object.fromEntries(
      Array.from({ length: 200 }, (_, n) => [
        `old-${n}`,
        {
          columns: [{ index: 1, field: 'name' }],
          savedAt: new Date(Date.UTC(2020, 0, 1, 0, n)).toISOString()
        }
      ])
    )
    writeFileSync(
      library.mappingsPath,
      JSON.stringify({ format: 'compute-planner/inventory-mappings', version: 1, mappings })
    )
    await library.rememberMapping('new', [{ index: 3, field: 'tdpW' }])
    const kept = Object.keys(await library.rememberedMappings())
    expect(kept).toHaveLength(200)
    expect(kept).toContain('new')
    expect(kept).not.toContain('old-0')
    expect(kept).toContain('old-1')
  })
})
