/** The quote as CSV: a line without a price has empty price cells, never 0. */
import { describe, expect, it } from 'vitest'
import { estimatePlan } from '@shared/core'
import { quoteLinesToCsv } from '@shared/quote/csv'
import { computeQuoteLines } from '@shared/quote/lines'
import { emptyQuoteEdits } from '@shared/schema/quote'
import { planDocumentSchema } from '@shared/schema/plan'

const plan = planDocumentSchema.parse({
  format: 'compute-planner/plan',
  version: 1,
  name: 'unpriced',
  workloads: [
    {
      id: 'serve',
      kind: 'llm-inference',
      accelerator: 'nvidia-a800-pcie-80gb',
      model: 'llama-3.1-8b',
      weightPrecision: 'bf16',
      contextTokens: 4096,
      concurrency: 8
    }
  ],
  settings: { currency: 'CNY', taxRate: 0.13 }
})

/** RFC 4180 rows: quoted fields may hold commas and doubled quotes. */
function rows(csv: string): string[][] {
  const table: string[][] = []
  for (const line of csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')) {
    const fields: string[] = []
    let field = ''
    let quoted = false
    for (let i = 0; i < line.length; i++) {
      const c = line[i]
      if (quoted && c === '"' && line[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = !quoted
      else if (c === ',' && !quoted) {
        fields.push(field)
        field = ''
      } else field += c
    }
    fields.push(field)
    table.push(fields)
  }
  return table
}

describe('quote CSV', () => {
  it('leaves price cells of unpriced lines empty and the totals empty when nothing is priced', () => {
    const quote = computeQuoteLines(plan, estimatePlan(plan), emptyQuoteEdits())
    expect(quote.totals.priceMissingLines).toBe(quote.totals.quotedLines)
    const table = rows(quoteLinesToCsv(quote, 'en'))
    const lines = table.slice(1, 1 + quote.lines.length)
    for (const line of lines) {
      expect(line[5], line[2]).toBe('')
      expect(line[7], line[2]).toBe('')
    }
    const grand = table.find((row) => row[2] === 'Grand total')
    expect(grand?.[7]).toBe('')
    expect(table.at(-1)?.[2]).toBe(
      `${quote.totals.priceMissingLines} line(s) have no price yet and are not in the totals`
    )
  })

  it('a priced line keeps its figures', () => {
    const edits = emptyQuoteEdits()
    const first = computeQuoteLines(plan, estimatePlan(plan), edits).lines[0]
    const quote = computeQuoteLines(plan, estimatePlan(plan), {
      ...edits,
      overrides: [{ lineId: first.id, unitPrice: 1000 }]
    })
    const table = rows(quoteLinesToCsv(quote, 'zh-CN'))
    expect(Number(table[1][5])).toBe(1000)
    expect(Number(table[1][7])).toBe(1000 * quote.lines[0].quantity)
    expect(Number(table.find((row) => row[2] === '总计（含税）')?.[7])).toBeCloseTo(
      quote.totals.grandTotal,
      6
    )
    expect(table.at(-1)?.[2]).toMatch(/项尚无价格，未计入合计$/)
  })
})
