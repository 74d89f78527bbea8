import { createWriteStream } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import type { InventoryItem } from '@shared/schema/inventory'
import {
  EXPORT_COLUMNS,
  inventoryWorkbookBuffer,
  writeInventoryWorkbook
} from '../../../../src/main/services/inventory/export-xlsx'

async function readBack(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Inventory'])
  return workbook.worksheets[0]
}

/** The cell under `header` in spreadsheet row `row`. */
function cellUnder(sheet: ExcelJS.Worksheet, row: number, header: string): ExcelJS.Cell {
  const column = EXPORT_COLUMNS.findIndex((candidate) => candidate.header === header) + 1
  expect(column).toBeGreaterThan(0)
  return sheet.getRow(row).getCell(column)
}

const h100: InventoryItem = {
  kind: 'accelerator',
  vendor: 'NVIDIA',
  name: 'H100 SXM5 80GB',
  memoryGB: 80,
  fp8Tflops: 1978.9,
  int8Tops: 3957.8,
  sparse: {
    // Still marked sparse: written with its label. Halved: written as the dense figure.
    int8Tops: { asGiven: 3957.8, halved: false },
    fp8Tflops: { asGiven: 3957.8, halved: true }
  },
  price: { amount: 27500.5, currency: 'USD', date: '2024-03-01', source: 'vendor quote' },
  quantityOnHand: 16
}

describe('EXPORT_COLUMNS', () => {
  it('has one bold bilingual header per field, in a stable order (type, vendor, model first)', () => {
    const headers = EXPORT_COLUMNS.map((column) => column.header)
    expect(headers.slice(0, 3)).toEqual(['类型 / Type', '厂商 / Vendor', '型号 / Model'])
    expect(headers.at(-1)).toBe('备注 / Notes')
    expect(new Set(headers).size).toBe(headers.length)
    // 7 descriptive + 7 compute (FP32…INT4) + power, decode, year, per-server, accelerator
    // + price, currency, date, source, includes VAT + quantity, notes = 7 + 7 + 5 + 5 + 2 = 26.
    expect(headers).toHaveLength(26)
  })
})

describe('inventoryWorkbookBuffer', () => {
  it('writes a header row and one row per item, numbers as numbers', async () => {
    const sheet = await readBack(await inventoryWorkbookBuffer([h100]))
    expect(sheet.rowCount).toBe(2)
    expect(sheet.getRow(1).values).toEqual([undefined, ...EXPORT_COLUMNS.map((c) => c.header)])
    expect(sheet.getRow(1).font?.bold).toBe(true)
    expect(cellUnder(sheet, 2, '型号 / Model').value).toBe('H100 SXM5 80GB')
    expect(cellUnder(sheet, 2, '显存 / Memory (GB)').value).toBe(80)
    expect(cellUnder(sheet, 2, '单价 / Unit price').value).toBe(27500.5)
    expect(cellUnder(sheet, 2, '币种 / Currency').value).toBe('USD')
    expect(cellUnder(sheet, 2, '库存数量 / Quantity on hand').value).toBe(16)
    // Fields the item lacks are empty cells, not zeros.
    expect(cellUnder(sheet, 2, '功耗 / Power (W)').value).toBeNull()
  })

  it('labels a figure still marked sparse, and writes a halved one as its dense value', async () => {
    const sheet = await readBack(await inventoryWorkbookBuffer([h100]))
    expect(cellUnder(sheet, 2, 'INT8 (TOPS)').value).toBe('3957.8 (sparse)')
    expect(cellUnder(sheet, 2, 'FP8 (TFLOPS)').value).toBe(1978.9)
  })

  it('keeps text that looks like a formula as inert text, and cleans characters XML cannot carry', async () => {
    const sheet = await readBack(
      await inventoryWorkbookBuffer([
        { kind: 'server', name: '=HYPERLINK("http://evil.invalid","x")', notes: 'bad\uFFFEchar' }
      ])
    )
    const name = cellUnder(sheet, 2, '型号 / Model')
    expect(name.type).toBe(ExcelJS.ValueType.String)
    expect(name.value).toBe('=HYPERLINK("http://evil.invalid","x")')
    // U+FFFE would make the file unreadable: it becomes U+FFFD.
    expect(cellUnder(sheet, 2, '备注 / Notes').value).toBe('bad\uFFFDchar')
  })

  it('formats price with two decimals and thousands, and quantity as a whole number', async () => {
    const sheet = await readBack(await inventoryWorkbookBuffer([h100]))
    expect(cellUnder(sheet, 2, '单价 / Unit price').numFmt).toBe('#,##0.00')
    expect(cellUnder(sheet, 2, '库存数量 / Quantity on hand').numFmt).toBe('#,##0')
  })

  it('freezes the header row', async () => {
    const sheet = await readBack(await inventoryWorkbookBuffer([]))
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    // No items: the header alone.
    expect(sheet.rowCount).toBe(1)
  })
})

describe('writeInventoryWorkbook', () => {
  it('streams the same workbook into a file, from any iterable (a generator here)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'export-xlsx-'))
    try {
      const file = join(dir, 'inventory.xlsx')
      const output = createWriteStream(file)
      const closed = new Promise<void>((resolve) => output.on('close', () => resolve()))
      function* items(): Generator<InventoryItem> {
        yield h100
        yield { kind: 'accelerator', name: 'A100 40GB', memoryGB: 40 }
      }
      await writeInventoryWorkbook(items(), output)
      await closed
      const sheet = await readBack(await readFile(file))
      expect(sheet.rowCount).toBe(3)
      expect(cellUnder(sheet, 3, '型号 / Model').value).toBe('A100 40GB')
      expect(cellUnder(sheet, 3, '显存 / Memory (GB)').value).toBe(40)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
