/** The Quote sheet spec: header, numbered lines with live formulas, subtotals and totals, en and zh-CN. */
import { describe, expect, it } from 'vitest'
import type { QuoteLanguage } from '@shared/schema/quote'
import {
  QUOTE_TOTAL_NAMES,
  quoteSheet
} from '../../../../../../src/main/services/quote/workbook/sheets/quote'
import type { CellSpec } from '../../../../../../src/main/services/quote/workbook/spec'
import { createStyles } from '../../../../../../src/main/services/quote/workbook/styles'
import { trainingAndServing } from '../../../../quote/helpers/fixtures'
import { cellTextOf, quoteModel, specRows } from '../../../../quote/helpers/model'

function build(language: QuoteLanguage) {
  const model = quoteModel(trainingAndServing(), language)
  const spec = quoteSheet(model)
  return { model, spec, rows: specRows(spec.rows) }
}

type Formula = { formula: string; result: number; style?: string; name?: string }
const formula = (cell: CellSpec | undefined): Formula => {
  if (!cell || !('formula' in cell)) throw new Error(`not a formula: ${JSON.stringify(cell)}`)
  return cell
}
/** Line rows: the first cell is the line number. */
const lineRows = (rows: CellSpec[][]) =>
  rows
    .map((cells, i) => ({ cells, row: i + 1 }))
    .filter(
      ({ cells }) =>
        cells[0] !== null && cells[0] !== undefined && 'number' in cells[0] && cells.length === 12
    )
const totalOf = (rows: CellSpec[][], text: string) => {
  const row = rows.find((cells) => cellTextOf(cells[2]) === text)
  if (!row) throw new Error(`no total "${text}"`)
  return formula(row[7])
}

describe('quote sheet in English', () => {
  const { model, spec, rows } = build('en')
  const lines = lineRows(rows)

  it('a landscape Quote sheet whose table header repeats on each printed page', () => {
    expect(spec).toMatchObject({ name: 'Quote', landscape: true, headerRows: 0 })
    const header = spec.printTitleRows!.first
    expect(spec.printTitleRows!.last).toBe(header)
    expect(rows[header - 1].slice(0, 8).map(cellTextOf)).toEqual([
      'No.',
      'Category',
      'Description',
      'Quantity',
      'Unit',
      'Unit price (CNY)',
      'Discount',
      'Line total (CNY)'
    ])
    expect(cellTextOf(rows[0][0])).toMatch(/: GPU cluster 2025$/)
  })

  it('lines are numbered 1…n across the sections, one per quote line', () => {
    expect(lines.map(({ cells }) => (cells[0] as { number: number }).number)).toEqual(
      model.quote.lines.map((_, i) => i + 1)
    )
  })

  it('each line total is quantity × unit price × (1 − discount) of its own row', () => {
    for (const { cells, row } of lines) {
      const total = formula(cells[7])
      expect(total.formula).toBe(`D${row}*F${row}*(1-G${row})`)
      const line = model.quote.lines[(cells[0] as { number: number }).number - 1]
      expect(total.result).toBeCloseTo(line.quantity * line.unitPrice * (1 - line.discount), 6)
      expect(formula(cells[8])).toMatchObject({ formula: 'Plan_taxRate', result: 0.13 })
      expect(formula(cells[10])).toMatchObject({ formula: `H${row}*(1+I${row})` })
      expect(formula(cells[10]).result).toBeCloseTo(total.result * 1.13, 6)
    }
  })

  it('a price in another currency converts live through the exchange-rate cells', () => {
    const row = lines.find(({ cells }) => cellTextOf(cells[2]) === '400G switch')!
    // 30,000 USD at 7.2 CNY per USD (the plan's default rates: USD 1, CNY 7.2).
    expect(formula(row.cells[5])).toMatchObject({
      formula: '30000/Plan_fx_USD*Plan_fx_CNY',
      result: 216_000
    })
    expect(row.cells[3]).toEqual({ number: 2, style: 'input' })
  })

  it('discounts: the plan discount stays live on hardware; a line of its own is an input', () => {
    const spares = lines.find(({ cells }) => cellTextOf(cells[2]) === 'Spare cards')!
    expect(spares.cells[6]).toEqual({ number: 0.2, style: 'inputPercent' })
    const accelerator = lines.find(({ cells }) => cellTextOf(cells[1]) === 'Server')!
    expect(formula(accelerator.cells[6])).toMatchObject({ formula: 'Plan_discount', result: 0.05 })
    expect(formula(accelerator.cells[3]).formula).toMatch(/^G1_/)
  })

  it('support is a yearly rate of the hardware subtotal over the support years', () => {
    const support = lines.find(({ cells }) => cellTextOf(cells[1]) === 'Support and warranty')!
    expect(formula(support.cells[5]).formula).toBe('Plan_supportRatePerYear*Quote_HardwareSubtotal')
    expect(formula(support.cells[5]).result).toBeCloseTo(
      0.08 * model.quote.totals.hardwareSubtotal,
      4
    )
    expect(formula(support.cells[3])).toMatchObject({ formula: 'Plan_supportYears', result: 3 })
  })

  it('subtotals sum their section; tax and grand total chain on the named totals', () => {
    const hardwareRows = lines.filter(
      ({ cells }) =>
        model.quote.lines[(cells[0] as { number: number }).number - 1].section === 'hardware'
    )
    const first = hardwareRows[0].row
    const last = hardwareRows[hardwareRows.length - 1].row
    expect(totalOf(rows, 'Hardware subtotal')).toMatchObject({
      formula: `SUM(H${first}:H${last})`,
      name: QUOTE_TOTAL_NAMES.hardwareSubtotal
    })
    const totals = model.quote.totals
    expect(totalOf(rows, 'Subtotal')).toMatchObject({
      formula: 'Quote_HardwareSubtotal+Quote_ServicesSubtotal',
      result: totals.hardwareSubtotal + totals.servicesSubtotal
    })
    expect(totalOf(rows, 'Tax (13 %)').formula).toBe('Quote_Subtotal*Plan_taxRate')
    const grand = totalOf(rows, 'Grand total')
    expect(grand).toMatchObject({ formula: 'Quote_Subtotal+Quote_Tax', style: 'moneyGrandTotal' })
    expect(grand.result).toBeCloseTo(totals.subtotal * 1.13, 4)
  })

  it('optional lines come after the grand total, in their own total', () => {
    const training = lines.find(({ cells }) => cellTextOf(cells[2]) === 'Operator training')!
    const grandRow = rows.findIndex((cells) => cellTextOf(cells[2]) === 'Grand total') + 1
    expect(training.row).toBeGreaterThan(grandRow)
    expect(totalOf(rows, 'Optional items total')).toMatchObject({
      formula: `SUM(H${training.row}:H${training.row})`,
      result: 50_000
    })
  })
})

describe('quote sheet in Chinese', () => {
  it('sheet name, headers, and totals in Chinese with the same formulas', () => {
    const { spec, rows } = build('zh-CN')
    expect(spec.name).toBe('报价单')
    const header = rows[spec.printTitleRows!.first - 1]
    expect(header.slice(0, 3).map(cellTextOf)).toEqual(['序号', '类别', '名称与说明'])
    expect(cellTextOf(header[5])).toBe('单价（CNY）')
    expect(totalOf(rows, '税额（13 %）').formula).toBe('Quote_Subtotal*Plan_taxRate')
    expect(totalOf(rows, '总计（含税）').formula).toBe('Quote_Subtotal+Quote_Tax')
    expect(totalOf(rows, '硬件小计').name).toBe('Quote_HardwareSubtotal')
  })
})

describe('a line without a price', () => {
  it('reads "price needed" in its money cells while zero, never ¥0.00, in both languages', () => {
    for (const [language, words] of [
      ['en', 'price needed'],
      ['zh-CN', '需要报价']
    ] as const) {
      const { model, rows } = build(language)
      const missing = model.quote.lines.filter((line) => line.priceMissing)
      // The fixture's cluster has unpriced parts (racks, PDUs, …): there is something to show.
      expect(missing.length).toBeGreaterThan(0)
      const styles = createStyles('CNY', language !== 'en', words)
      const lines = lineRows(rows)
      expect(lines).toHaveLength(model.quote.lines.length)
      lines.forEach(({ cells }, index) => {
        const line = model.quote.lines[index]
        // Unit price, line total, unit price with VAT, total with VAT.
        for (const column of [5, 7, 9, 10]) {
          const style = (cells[column] as { style: keyof typeof styles }).style
          const format = String(styles[style].numFmt)
          // Excel's third section is the zero: "¥"#,##0.00;-"¥"#,##0.00;"需要报价".
          if (line.priceMissing)
            expect(format.split(';')[2], JSON.stringify(line.description)).toBe(`"${words}"`)
          else expect(format.split(';')).toHaveLength(2)
        }
      })
    }
  })
})
