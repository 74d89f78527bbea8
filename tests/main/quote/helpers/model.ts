/** A quote model as the workbook builder makes it, for testing one sheet builder at a time. */
import { estimatePlan } from '@shared/core'
import { withQuoteEdits } from '@shared/core/cluster/attach'
import { computeQuoteLines } from '@shared/quote/lines'
import type { PlanDocument } from '@shared/schema/plan'
import type { QuoteEdits, QuoteLanguage } from '@shared/schema/quote'
import { hardwareGroups } from '../../../../src/main/services/quote/workbook/hardware-specs'
import type { QuoteModel } from '../../../../src/main/services/quote/workbook/model'
import { NameRegistry } from '../../../../src/main/services/quote/workbook/names'
import type { CellSpec, RowSource } from '../../../../src/main/services/quote/workbook/spec'
import { fullEdits } from './fixtures'

export function quoteModel(
  plan: PlanDocument,
  language: QuoteLanguage = 'en',
  quoteEdits: QuoteEdits = fullEdits()
): QuoteModel {
  const edits = { ...quoteEdits, language }
  const estimate = withQuoteEdits(plan, estimatePlan(plan), edits)
  return {
    plan,
    estimate,
    quote: computeQuoteLines(plan, estimate, edits),
    edits,
    language,
    date: '2025-03-01',
    letterhead: { company: 'R&D Lab', author: '张三' },
    hardware: hardwareGroups(plan, estimate.totals?.byAccelerator ?? []),
    names: new NameRegistry()
  }
}

/** Every row of a sheet spec, as its cells. */
export function specRows(rows: RowSource): CellSpec[][] {
  const out: CellSpec[][] = []
  for (let i = 0; i < rows.length; i++) out.push(rows.at(i)?.cells ?? [])
  return out
}

/** The text of a cell spec, or undefined. */
export function cellTextOf(cell: CellSpec | undefined): string | undefined {
  return cell && 'text' in cell ? cell.text : undefined
}
