import { describe, expect, it } from 'vitest'
import {
  measureColumns,
  RowHeights
} from '../../../../../src/main/services/quote/workbook/write-sheet'
import type { RowSpec, SheetSpec } from '../../../../../src/main/services/quote/workbook/spec'
import { createStyles } from '../../../../../src/main/services/quote/workbook/styles'

function sheet(rows: RowSpec[], columns: SheetSpec['columns']): SheetSpec {
  return {
    name: 'S',
    columns,
    rows: { length: rows.length, at: (index) => rows[index] },
    headerRows: 0,
    landscape: false
  }
}

describe('measureColumns', () => {
  it('widens a column to its widest text plus two, between the minimum and the maximum', () => {
    const spec = sheet(
      [
        { cells: [{ text: 'H100' }, { text: '加速卡' }, { text: 'x'.repeat(30) }] },
        { cells: [{ text: 'A' }, null, { text: 'short' }] }
      ],
      [{}, { minWidth: 10 }, { maxWidth: 12 }]
    )
    // H100: 4 + 2 = 6 (the default minimum); 加速卡: 6 cells + 2 = 8 < 10; 30 + 2 capped at 12.
    expect(measureColumns(spec)).toEqual([6, 10, 12])
  })

  it('measures the widest line of a multi-line text, and caps at 60 by default', () => {
    const spec = sheet(
      [{ cells: [{ text: 'line one\nthe longest line here\nx' }, { text: 'y'.repeat(100) }] }],
      [{}, {}]
    )
    expect(measureColumns(spec)).toEqual(['the longest line here'.length + 2, 60])
  })

  it('sizes numbers as formatted: digits, grouping separators and five for symbol and decimals', () => {
    const spec = sheet(
      [
        {
          cells: [
            { number: 1_234_567.89 },
            { formula: 'A1*2', result: -5 },
            { number: Number.POSITIVE_INFINITY },
            { number: 1e15 }
          ]
        }
      ],
      [{}, {}, {}, {}]
    )
    // 1,234,568 → 7 digits + 2 separators + 5 = 14; -5 → 1 + 0 + 5 = 6; not finite → as 8
    // digits = 15; 1e15 (16 digits, 5 separators) → capped at 22. Each + 2.
    expect(measureColumns(spec)).toEqual([16, 8, 17, 24])
  })

  it('lets title, subtitle and section rows span without widening the columns', () => {
    const wide = { text: 'A very long title that spans the whole sheet' }
    const spec = sheet(
      [
        { cells: [wide], style: 'title' },
        { cells: [wide], style: 'subtitle' },
        { cells: [wide], style: 'section' },
        { cells: [{ text: 'ok' }, { text: 'beyond the last column' }] }
      ],
      [{}]
    )
    expect(measureColumns(spec)).toEqual([6])
  })

  it('samples only the first 2,000 rows of a long sheet', () => {
    let asked = 0
    const spec: SheetSpec = {
      ...sheet([], [{}]),
      rows: {
        length: 10_000,
        at: (index) => {
          asked++
          return { cells: [{ text: index === 5_000 ? 'w'.repeat(40) : 'n' }] }
        }
      }
    }
    expect(measureColumns(spec)).toEqual([6])
    expect(asked).toBe(2_000)
  })
})

describe('RowHeights', () => {
  const styles = createStyles('USD', false)
  const heights = new RowHeights([10, 20], styles)

  it('leaves a one-line row at the default height', () => {
    expect(heights.of({ cells: [{ text: 'short', style: 'wrap' }, { number: 1 }] })).toBeUndefined()
    expect(heights.of({ cells: [] })).toBeUndefined()
  })

  it('gives a wrapped cell 14 points per line it needs in its column', () => {
    // Width 10 leaves 9 usable characters: 27 characters take 3 lines.
    expect(heights.of({ cells: [{ text: 'x'.repeat(27), style: 'wrap' }] })).toBe(42)
    expect(heights.of({ cells: [{ text: 'x'.repeat(28), style: 'wrap' }] })).toBe(56)
    // Chinese characters take two cells each: 9 of them are 18 cells, 2 lines.
    expect(heights.of({ cells: [{ text: '加'.repeat(9), style: 'wrap' }] })).toBe(28)
  })

  it('counts explicit line breaks, wrapped or not', () => {
    expect(heights.of({ cells: [{ text: 'a\nb\nc', style: 'text' }] })).toBe(42)
    expect(heights.of({ cells: [{ text: `a\n${'y'.repeat(30)}`, style: 'wrap' }] })).toBe(
      14 * (1 + 4)
    )
  })

  it('takes the row style for cells without their own, and the tallest cell', () => {
    const row: RowSpec = {
      style: 'wrap',
      cells: [{ text: 'x'.repeat(18) }, { text: 'z'.repeat(19 * 3) }, { text: 'x'.repeat(500) }]
    }
    // Column A: 2 lines; column B (19 usable): 3 lines; a third cell has no column: ignored.
    expect(heights.of(row)).toBe(42)
    // A cell in a non-wrapping style stays on one line however long.
    expect(heights.of({ cells: [{ text: 'x'.repeat(500), style: 'text' }] })).toBeUndefined()
  })
})
