import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runInventory } from '../../../src/main/cli/commands/inventory'
import { InventoryLibrary } from '../../../src/main/services/inventory/library-store'
import { importInventory } from '../../../src/main/services/inventory/import-inventory'
import { FIXTURES } from './helpers'

function capture() {
  const out: string[] = []
  const err: string[] = []
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err }
}

let dir: string
let savedLang: string | undefined
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'inventory-cli-'))
  savedLang = process.env.LANG
  process.env.LANG = 'en_US.UTF-8'
  delete process.env.LC_ALL
  delete process.env.LC_MESSAGES
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
  process.env.LANG = savedLang
})

describe('compute-planner inventory import', () => {
  it('prints sheet, header, mapping with confidences, rows, located issues and counts', async () => {
    const { io, out, err } = capture()
    expect(await runInventory(['import', join(FIXTURES, 'zh-title-merged.xlsx')], io)).toBe(0)
    const text = out.join('')
    expect(err).toEqual([])
    expect(text).toContain('Sheet: GPU清单  (xlsx)')
    expect(text).toContain('Header row: 4')
    expect(text).toMatch(/C\s+显存 容量\s+→ memoryGB\s+1\.00 synonym/)
    expect(text).toMatch(/G\s+单价（万元）\s+→ price\s+1\.00 synonym \[万元\]/)
    expect(text).toContain(
      'A100-SXM4-80GB, 80 GB, 2039 GB/s, 312 TFLOPS fp16, 1248 TOPS int8 (SPARSE), 8 on hand, 125000 CNY'
    )
    expect(text).toContain(
      'ERROR File zh-title-merged.xlsx, sheet GPU清单, row 12, column B, field model name: This looks like a totals row (合计)'
    )
    expect(text).toContain(
      '7 rows read: 1 accepted, 3 accepted with warnings, 3 rejected (0 blank rows skipped, 1 duplicates).'
    )
  })

  it('prints JSON with --json, in Chinese text without it when LANG is zh', async () => {
    const { io, out } = capture()
    expect(
      await runInventory(
        ['import', join(FIXTURES, 'en-units.xlsx'), '--json', '--sheet', 'Inventory'],
        io
      )
    ).toBe(0)
    const json = JSON.parse(out.join(''))
    const direct = await importInventory({
      file: 'en-units.xlsx',
      bytes: readFileSync(join(FIXTURES, 'en-units.xlsx'))
    })
    expect(json.counts).toEqual(direct.report.counts)
    expect(json.rows.map((row: { item?: unknown }) => row.item)).toEqual(
      direct.rows.map((row) => row.item)
    )
    expect(json.rows[0].match.catalogId).toBe('nvidia-h100-sxm5-80gb')

    process.env.LANG = 'zh_CN.UTF-8'
    const zh = capture()
    expect(await runInventory(['import', join(FIXTURES, 'gbk.csv')], zh.io)).toBe(0)
    expect(zh.out.join('')).toContain('价格未注明币种，已假定为 CNY。')
    expect(zh.out.join('')).toContain('共读取 3 行')
  })

  it('exits 2 with the message on an unusable file, a missing file or missing arguments', async () => {
    const refused = capture()
    expect(await runInventory(['import', join(FIXTURES, 'renamed-xls.xlsx')], refused.io)).toBe(2)
    expect(refused.err.join('')).toContain('legacy Excel 97-2003 workbook (.xls)')
    expect(refused.err.join('')).not.toMatch(/\n\s+at /)

    const missing = capture()
    expect(await runInventory(['import', join(dir, 'nope.xlsx')], missing.io)).toBe(2)
    expect(missing.err.join('')).toContain('nope.xlsx')

    const usage = capture()
    expect(await runInventory(['import'], usage.io)).toBe(2)
    expect(usage.err.join('')).toContain('Usage: compute-planner inventory import FILE')
    expect(await runInventory(['frobnicate'], capture().io)).toBe(2)
    expect(
      await runInventory(
        ['import', join(FIXTURES, 'en-units.xlsx'), '--sheet', 'Nope'],
        capture().io
      )
    ).toBe(2)
  })
})

describe('compute-planner inventory export', () => {
  it('writes the library to .xlsx, which imports back to the same items', async () => {
    const library = new InventoryLibrary(dir)
    const entries = [
      {
        id: 'acc-a100',
        kind: 'accelerator' as const,
        name: 'A100 80GB SXM4',
        memoryGB: 80,
        quantityOnHand: 8,
        price: { amount: 15000, currency: 'USD' }
      },
      {
        id: 'srv-atlas',
        kind: 'server' as const,
        name: 'Atlas 800',
        acceleratorsPerServer: 8,
        quantityOnHand: 1
      }
    ]
    await library.save(entries)
    const target = join(dir, 'out.xlsx')
    const { io, out } = capture()
    expect(await runInventory(['export', target, '--library', dir], io)).toBe(0)
    expect(out.join('')).toBe(`Wrote 2 entries to ${target}.\n`)
    const back = await importInventory({ file: 'out.xlsx', bytes: readFileSync(target) })
    expect(back.rows.map((row) => row.item)).toEqual(entries.map(({ id: _id, ...item }) => item))
  })

  it('exits 2 without an output file', async () => {
    const { io, err } = capture()
    expect(await runInventory(['export'], io)).toBe(2)
    expect(err.join('')).toContain('Give the file to write')
    expect(existsSync(join(dir, 'inventory'))).toBe(false)
  })
})
