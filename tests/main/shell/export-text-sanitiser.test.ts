/**
 * Issue 17, finding 6: one sanitiser for every text cell written by every exporter (the
 * quote workbook, the inventory export, the quote CSV). A name holding U+FFFE made the
 * inventory export an .xlsx that every reader refuses.
 */
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { exportCellText } from '../../../src/shared/export/cell-text'
import { csvField } from '../../../src/shared/quote/csv'
import { cellText } from '../../../src/main/services/quote/workbook/text'
import { inventoryWorkbookBuffer } from '../../../src/main/services/inventory/export-xlsx'
import { importInventory } from '../../../src/main/services/inventory/import-inventory'

/** Each class of character a spreadsheet file cannot carry, or a reader may refuse. */
const HOSTILE: Record<string, string> = {
  'U+FFFE (the reported case)': 'A\uFFFEB',
  'U+FFFF': 'A\uFFFFB',
  'U+FDD0 (noncharacter block)': 'A\uFDD0B',
  'U+1FFFE (plane-1 noncharacter)': 'A\u{1FFFE}B',
  'U+10FFFF': 'A\u{10FFFF}B',
  'C0 control U+0001': 'A\u0001B',
  'lone high surrogate': 'A\uD800B',
  'lone low surrogate': 'A\uDC00B'
}

describe('exportCellText', () => {
  it.each(Object.entries(HOSTILE))('replaces %s with U+FFFD', (_name, text) => {
    expect(exportCellText(text)).toBe('A\uFFFDB')
  })

  it('keeps tab, newline, CJK, emoji and astral characters', () => {
    const text = 'H100\t显存\n80 GB 🚀 \u{20000}'
    expect(exportCellText(text)).toBe(text)
  })

  it('caps a cell at Excel’s 32,767 characters', () => {
    expect(exportCellText('x'.repeat(40_000))).toHaveLength(32_767)
  })
})

describe('every exporter uses it', () => {
  it.each(Object.entries(HOSTILE))('quote workbook cells: %s', (_name, text) => {
    expect(cellText(text)).toBe(exportCellText(text))
  })

  it.each(Object.entries(HOSTILE))('quote CSV fields: %s', (_name, text) => {
    expect(csvField(text)).toBe(`"${exportCellText(text)}"`)
  })

  it('inventory export: a name with U+FFFE gives a workbook that readers open', async () => {
    const items = Object.values(HOSTILE).map((name, index) => ({
      kind: 'accelerator' as const,
      name: `${name} ${index}`,
      memoryGB: 80,
      notes: name
    }))
    const buffer = await inventoryWorkbookBuffer(items)
    // A trusted reader…
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer)
    expect(workbook.worksheets[0].rowCount).toBe(items.length + 1)
    // …and ours, round trip.
    const back = await importInventory({ file: 'out.xlsx', bytes: buffer })
    expect(back.rows.map((row) => row.item?.name)).toEqual(
      items.map((item) => exportCellText(item.name))
    )
  })
})
