/**
 * Comparison sheet (compare mode): per group of workloads, every candidate with cards,
 * servers, split, replicas, TTFT/TPOT, training days, IT kW, capex, TCO, feasibility,
 * availability in the plan's market and every reason, the recommended one highlighted; then
 * the recommendation, the candidates not ranked and whether this quote prices it. The
 * columns and cell values are the shared comparison table's (src/shared/compare/table.ts),
 * the same the Results table, CSV and report use. Values, not formulas: candidates are
 * evaluated without derivations (the plan does not buy them). Training time stays a number
 * (it sorts and sums) in one unit per group, the one the group's longest run calls for, and
 * the header names it: 2.07 under "训练时长（小时）", not 0.08633 under "训练天数" (issue 19).
 */
import type { CompareGroup } from '@shared/core'
import {
  candidateRow,
  COMPARISON_COLUMNS,
  numericColumnTitle,
  rankedOrder,
  type ComparisonColumn,
  type ComparisonRow
} from '@shared/compare/table'
import { translate, type Locale } from '@shared/i18n'
import { durationIn, type DurationUnit } from '@shared/format/duration'
import { durationUnitForAll } from '@shared/format/duration-axis'
import type { Note } from '@shared/core/workloads/context'
import { label, messageOr, sheetName, type QuoteModel } from '../model'
import { RowList, type CellSpec, type SheetSpec } from '../spec'
import type { StyleKey } from '../styles'

const NUMBER_STYLE: Partial<Record<ComparisonColumn, StyleKey>> = {
  cards: 'integer',
  servers: 'integer',
  replicas: 'integer',
  ttft: 'fraction',
  tpot: 'fraction',
  days: 'fraction',
  itKW: 'fraction',
  capex: 'money',
  tco: 'money'
}

/** A message in both languages on two lines for 'both', else in the workbook's language. */
function header(model: QuoteModel, key: string, params: Record<string, string | number>): string {
  return bothLanguages(model, (locale) => translate(locale, key, params))
}

/** A text in both languages on two lines for 'both', else in the workbook's language. */
function bothLanguages(model: QuoteModel, text: (locale: Locale) => string): string {
  if (model.language !== 'both') return text(model.language)
  const en = text('en')
  const zh = text('zh-CN')
  return en === zh ? en : `${en}\n${zh}`
}

function note(model: QuoteModel, n: Note): string {
  return messageOr(model, n.key, n.key, n.params)
}

function cellsOf(
  model: QuoteModel,
  rows: { en: ComparisonRow; zh: ComparisonRow },
  durationUnit: DurationUnit
): CellSpec[] {
  const primary = model.language === 'zh-CN' ? rows.zh : rows.en
  return COMPARISON_COLUMNS.map((column): CellSpec => {
    const value = primary.cells[column]
    if (value === null) return null
    const style = NUMBER_STYLE[column]
    if (typeof value === 'number') {
      const shown = column === 'days' ? durationIn(value, durationUnit) : value
      return { number: shown, style: style ?? 'number' }
    }
    if (model.language === 'both' && column !== 'candidate' && column !== 'group') {
      const en = String(rows.en.cells[column] ?? '')
      const zh = String(rows.zh.cells[column] ?? '')
      return { text: en === zh ? en : `${en} / ${zh}`, style: 'wrap' }
    }
    return column === 'reasons' ? { text: value, style: 'wrap' } : { text: value }
  })
}

function emphasise(cells: CellSpec[], style: 'highlight' | 'muted'): CellSpec[] {
  return cells.map((cell): CellSpec => {
    if (cell === null) return null
    if (style === 'muted') return 'text' in cell ? { ...cell, style: 'muted' } : cell
    if ('text' in cell) return { ...cell, style: 'highlightText' }
    const highlighted =
      cell.style === 'money'
        ? 'highlightMoney'
        : cell.style === 'integer'
          ? 'highlightInteger'
          : 'highlightNumber'
    return { ...cell, style: highlighted }
  })
}

function groupRows(model: QuoteModel, group: CompareGroup, rows: RowList): void {
  const currency = model.plan.settings.currency
  rows.add([{ text: header(model, 'compare.ui.group', { group: group.label }) }], 'subtitle')
  const durationUnit = durationUnitForAll(
    group.candidates.map((c) => c.maxDays).filter((d): d is number => d !== null)
  )
  rows.add(
    COMPARISON_COLUMNS.map((column) => ({
      text: bothLanguages(model, (locale) =>
        numericColumnTitle(column, locale, currency, durationUnit)
      )
    })),
    'header'
  )
  const localised = (locale: Locale) => (c: (typeof group.candidates)[number]) =>
    candidateRow(c, group, locale)
  for (const candidate of rankedOrder(group.candidates)) {
    const both = { en: localised('en')(candidate), zh: localised('zh-CN')(candidate) }
    const cells = cellsOf(model, both, durationUnit)
    if (both.en.recommended) rows.add(emphasise(cells, 'highlight'))
    else if (candidate.excluded) rows.add(emphasise(cells, 'muted'))
    else rows.add(cells)
  }
  rows.add([{ text: note(model, group.reason), style: 'wrap' }])
  if (group.notRankedNote) rows.add([{ text: note(model, group.notRankedNote), style: 'wrap' }])
  if (group.quoteNote) rows.add([{ text: note(model, group.quoteNote), style: 'wrap' }])
  rows.blank()
}

export function comparisonSheet(model: QuoteModel): SheetSpec | undefined {
  const compare = model.estimate.compare
  if (!compare) return undefined
  const rows = new RowList()
  const market = compare.market ?? 'none'
  rows.add([
    {
      text: bothLanguages(model, (locale) =>
        translate(locale, 'quote.comparison.marketLine', {
          market: translate(locale, `compare.markets.${market}`)
        })
      )
    }
  ])
  rows.blank()
  // Each group's table has the same columns: the first one's header repeats on printed pages.
  const firstHeader = rows.nextRow + 1
  for (const group of compare.groups) groupRows(model, group, rows)
  rows.add([{ text: label(model, 'comparison.rankedBy'), style: 'muted' }])
  return {
    name: sheetName(model, 'comparison'),
    columns: [
      { minWidth: 18, maxWidth: 36 },
      { minWidth: 10, maxWidth: 24 },
      { minWidth: 7, maxWidth: 10 },
      { minWidth: 7, maxWidth: 10 },
      { minWidth: 9, maxWidth: 12 },
      { minWidth: 7, maxWidth: 10 },
      { minWidth: 9, maxWidth: 14 },
      { minWidth: 9, maxWidth: 14 },
      { minWidth: 9, maxWidth: 12 },
      { minWidth: 8, maxWidth: 12 },
      { minWidth: 14, maxWidth: 20 },
      { minWidth: 14, maxWidth: 20 },
      { minWidth: 8, maxWidth: 14 },
      { minWidth: 12, maxWidth: 24 },
      { minWidth: 30, maxWidth: 80 }
    ],
    rows,
    // The first rows are the market line and the first group's title; the header row of
    // each group repeats its own titles.
    headerRows: 0,
    ...(compare.groups.length > 0
      ? { printTitleRows: { first: firstHeader, last: firstHeader } }
      : {}),
    landscape: true
  }
}
