/**
 * The comparison as a table: one definition of the columns and their cell text, shared by
 * the Results table, the CSV export, the quote workbook's Comparison sheet and the report,
 * so the four never disagree. Cells are values (numbers stay numbers); `cellText` formats.
 */
import type { CompareCandidate, CompareGroup, CompareResult } from '../core/compare'
import type { Note } from '../core/workloads/context'
import { translate, type Locale } from '../i18n'
import { localizeAvailabilityNote } from '../i18n/availability-text'
import { catalogName, localizeNames, zhNameIndex } from '../i18n/catalog-names'
import type { Currency } from '../schema/plan'
import { csvField } from '../quote/csv'
import { durationUnitLabel, formatDuration, type DurationUnit } from '../format/duration'

export const COMPARISON_COLUMNS = [
  'candidate',
  'group',
  'cards',
  'servers',
  'split',
  'replicas',
  'ttft',
  'tpot',
  'days',
  'itKW',
  'capex',
  'tco',
  'feasible',
  'availability',
  'reasons'
] as const
export type ComparisonColumn = (typeof COMPARISON_COLUMNS)[number]

export type ComparisonCell = string | number | null

export interface ComparisonRow {
  groupId: string
  acceleratorId: string
  recommended: boolean
  /** Shown greyed: cannot be bought in the plan's market. */
  excluded: boolean
  priceNeeded: boolean
  feasible: boolean
  cells: Record<ComparisonColumn, ComparisonCell>
}

export function columnTitle(column: ComparisonColumn, locale: Locale, currency: Currency): string {
  return translate(locale, `compare.columns.${column}`, { currency })
}

/**
 * The title of a column of numbers (CSV, workbook): the training-time column names the unit
 * its numbers are in ("训练时长（小时）"), as each cell is a bare number there.
 */
export function numericColumnTitle(
  column: ComparisonColumn,
  locale: Locale,
  currency: Currency,
  durationUnit: DurationUnit = 'days'
): string {
  if (column !== 'days') return columnTitle(column, locale, currency)
  return translate(locale, 'compare.columns.daysIn', {
    unit: durationUnitLabel(durationUnit, locale)
  })
}

export function splitText(c: CompareCandidate): string | null {
  return c.split ? `${c.split.tensor}×${c.split.pipeline}×${c.split.expert}` : null
}

/** The reasons cell: every failure, then the cautions, in the locale's words. */
export function reasonsText(c: CompareCandidate, locale: Locale): string {
  return [...c.failures, ...c.cautions]
    .map((note) => translate(locale, note.key, localizedParams(note, c, locale)))
    .join('; ')
}

/** An availability note is catalogue text of its own: shown in the reader's language. */
function localizedParams(note: Note, c: CompareCandidate, locale: Locale): Note['params'] {
  // The candidate (and its complete system) by its name in the locale: "{accelerator} 缺少
  // FP16 数据" named the card in English under zh-CN.
  const names = zhNameIndex(c.completeSystem ? [c, c.completeSystem] : [c])
  const params = localizeNames(note.params, locale, names)
  const text = params.note
  if (note.key !== 'compare.cautions.note' || typeof text !== 'string') return params
  return { ...params, note: localizeAvailabilityNote(text, locale) }
}

function feasibleText(c: CompareCandidate, locale: Locale): string {
  if (c.feasible && c.priceNeeded) return translate(locale, 'compare.ui.priceNeeded')
  return translate(locale, c.feasible ? 'compare.ui.yes' : 'compare.ui.no')
}

function availabilityText(c: CompareCandidate, locale: Locale): string | null {
  const a = c.availability
  if (!a) return null
  const status = translate(locale, `compare.statuses.${a.status}`)
  const own = a.overridden ? ` (${translate(locale, 'compare.ui.overridden')})` : ''
  return a.date ? `${status} ${a.date}${own}` : `${status}${own}`
}

export function candidateRow(
  c: CompareCandidate,
  group: CompareGroup,
  locale: Locale
): ComparisonRow {
  return {
    groupId: group.id,
    acceleratorId: c.acceleratorId,
    recommended: group.recommended === c.acceleratorId,
    excluded: c.excluded,
    priceNeeded: c.priceNeeded,
    feasible: c.feasible,
    cells: {
      candidate: catalogName(c, locale),
      group: group.label,
      cards: c.accelerators,
      servers: c.servers,
      split: splitText(c),
      replicas: c.replicas,
      ttft: c.timeToFirstTokenMs,
      tpot: c.timePerOutputTokenMs,
      days: c.maxDays,
      itKW: c.itPowerKW,
      capex: c.capex,
      tco: c.tco,
      feasible: feasibleText(c, locale),
      availability: availabilityText(c, locale),
      reasons: reasonsText(c, locale)
    }
  }
}

/** Ranked candidates by TCO first (the recommendation's order), then the rest. */
export function rankedOrder(candidates: readonly CompareCandidate[]): CompareCandidate[] {
  const rank = (c: CompareCandidate) =>
    c.ranked ? 0 : c.feasible ? 1 : c.evaluable && !c.excluded ? 2 : c.evaluable ? 3 : 4
  return [...candidates].sort(
    (a, b) => rank(a) - rank(b) || (a.tco ?? Infinity) - (b.tco ?? Infinity)
  )
}

export function comparisonRows(result: CompareResult, locale: Locale): ComparisonRow[] {
  return result.groups.flatMap((group) =>
    rankedOrder(group.candidates).map((c) => candidateRow(c, group, locale))
  )
}

/** Display text of a cell (numbers rounded for reading; CSV keeps full values, in days). */
export function cellText(column: ComparisonColumn, value: ComparisonCell, locale: Locale): string {
  if (value === null) return '—'
  if (typeof value === 'string') return value
  // Training time: each run in the unit its size calls for (2.1 小时, not 0.08633 天).
  if (column === 'days') return formatDuration(value, locale)
  const digits =
    column === 'capex' || column === 'tco' || column === 'ttft'
      ? 0
      : column === 'tpot' || column === 'itKW'
        ? 1
        : 0
  return value.toLocaleString(locale, { maximumFractionDigits: digits })
}

/**
 * The table as CSV: header row in the locale, one row per candidate, every field quoted
 * and neutralised against formula injection (csvField), UTF-8 BOM and CRLF for Excel.
 */
export function comparisonToCsv(result: CompareResult, locale: Locale, currency: Currency): string {
  const header = COMPARISON_COLUMNS.map((column) => numericColumnTitle(column, locale, currency))
  const recommendedTitle = translate(locale, 'compare.ui.recommended')
  const lines = [[...header, recommendedTitle].map(csvField).join(',')]
  for (const row of comparisonRows(result, locale)) {
    const fields = COMPARISON_COLUMNS.map((column) => {
      const value = row.cells[column]
      return csvField(value === null ? '' : value)
    })
    fields.push(csvField(row.recommended ? translate(locale, 'compare.ui.yes') : ''))
    lines.push(fields.join(','))
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
