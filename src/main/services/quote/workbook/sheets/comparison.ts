/**
 * Comparison sheet (compare mode): every candidate accelerator's count, longest workload,
 * power and cost, whether it meets the plan's constraints, the recommended one highlighted.
 * Values, not formulas: candidates are evaluated without derivations (there is no Sizing
 * section for hardware the plan does not buy).
 */
import type { CompareCandidate } from '@shared/core'
import { columnHeader, label, messageOr, sheetName, type QuoteModel } from '../model'
import { RowList, type CellSpec, type SheetSpec } from '../spec'
import type { StyleKey } from '../styles'

function number(value: number | null, style: StyleKey): CellSpec {
  return value === null ? null : { number: value, style }
}

/** Feasible candidates by TCO first (the ranking the recommendation uses), then the rest. */
function ranked(candidates: readonly CompareCandidate[]): CompareCandidate[] {
  const rank = (c: CompareCandidate) => (c.feasible && c.tco !== null ? 0 : c.evaluable ? 1 : 2)
  return [...candidates].sort(
    (a, b) => rank(a) - rank(b) || (a.tco ?? Infinity) - (b.tco ?? Infinity)
  )
}

export function comparisonSheet(model: QuoteModel): SheetSpec | undefined {
  const compare = model.estimate.compare
  if (!compare) return undefined
  const currency = model.plan.settings.currency
  const rows = new RowList()
  rows.add(
    [
      columnHeader(model, 'comparison.accelerator'),
      columnHeader(model, 'comparison.vendor'),
      columnHeader(model, 'comparison.origin'),
      columnHeader(model, 'comparison.accelerators'),
      columnHeader(model, 'comparison.maxDays'),
      columnHeader(model, 'comparison.itPower'),
      columnHeader(model, 'comparison.facilityPower'),
      columnHeader(model, 'comparison.capex', { currency }),
      columnHeader(model, 'comparison.tco', { currency }),
      columnHeader(model, 'comparison.feasible'),
      columnHeader(model, 'comparison.recommended'),
      columnHeader(model, 'columns.notes')
    ].map((text) => ({ text })),
    'header'
  )
  for (const candidate of ranked(compare.candidates)) {
    const recommended = candidate.acceleratorId === compare.recommended
    const feasible = !candidate.evaluable
      ? label(model, 'comparison.notEvaluable')
      : label(model, candidate.feasible ? 'comparison.yes' : 'comparison.no')
    const notes = candidate.failures
      .map((note) => messageOr(model, note.key, note.key, note.params))
      .join(' ')
    const cells: CellSpec[] = [
      { text: candidate.name },
      { text: candidate.vendor },
      { text: label(model, `hardware.origins.${candidate.origin}`) },
      number(candidate.accelerators, 'integer'),
      number(candidate.maxDays, 'fraction'),
      number(candidate.itPowerKW, 'fraction'),
      number(candidate.facilityPowerKW, 'fraction'),
      number(candidate.capex, 'money'),
      number(candidate.tco, 'money'),
      { text: feasible },
      { text: recommended ? label(model, 'comparison.yes') : '' },
      { text: notes, style: 'wrap' }
    ]
    if (recommended) {
      // The recommended row stands out on screen and on paper (fill + bold).
      rows.add(
        cells.map((cell): CellSpec => {
          if (cell === null) return null
          if ('text' in cell) return { ...cell, style: 'highlightText' }
          return { ...cell, style: cell.style === 'money' ? 'highlightMoney' : 'highlightNumber' }
        })
      )
    } else rows.add(cells)
  }
  rows.blank()
  rows.add([
    {
      text: messageOr(model, compare.reason.key, compare.reason.key, compare.reason.params),
      style: 'wrap'
    }
  ])
  rows.add([{ text: label(model, 'comparison.rankedBy'), style: 'muted' }])
  return {
    name: sheetName(model, 'comparison'),
    columns: [
      { minWidth: 18, maxWidth: 36 },
      { maxWidth: 16 },
      { maxWidth: 14 },
      { minWidth: 10, maxWidth: 14 },
      { minWidth: 10, maxWidth: 14 },
      { minWidth: 10, maxWidth: 14 },
      { minWidth: 10, maxWidth: 14 },
      { minWidth: 16, maxWidth: 22 },
      { minWidth: 16, maxWidth: 22 },
      { minWidth: 8, maxWidth: 14 },
      { minWidth: 8, maxWidth: 12 },
      { minWidth: 20, maxWidth: 60 }
    ],
    rows,
    headerRows: 1,
    landscape: true
  }
}
