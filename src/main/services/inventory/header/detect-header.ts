/**
 * Finds the header row among the first rows of a sheet (title rows, notes and blank rows
 * may come first) and maps its columns to fields. Two-row headers, usually a merged group
 * label over sub-labels (`显存` over `容量 | 带宽`), are joined when that maps more fields.
 * A remembered mapping for the same header layout, then the user's overrides, win.
 */
import { createHash } from 'node:crypto'
import type { ColumnField, ColumnMapping, MappingOverride } from '@shared/schema/inventory'
import { LIMITS } from '../limits'
import { cellText, columnLetter, isBlankRow, type RawRow } from '../read/raw-row'
import { matchHeader, normaliseHeader } from './match-header'

export interface HeaderDetection {
  headerRow: number | null
  /** Rows the header spans (1, or 2 for a group label over sub-labels). */
  headerRowCount: number
  columns: ColumnMapping[]
  signature: string
  remembered: boolean
  /** Columns that lost a field to a better match: reported once per import. */
  duplicateColumns: { index: number; field: ColumnField }[]
}

export interface HeaderOptions {
  headerRow?: number
  overrides?: MappingOverride
  recall?: (signature: string) => MappingOverride | undefined
}

/** Minimum score (mapped fields, +1 when the model name is among them) of a header row. */
export const MIN_HEADER_SCORE = 3

function labelsOf(row: RawRow): string[] {
  return row.cells.slice(0, LIMITS.maxColumns).map((cell) => cellText(cell).trim())
}

/** Group label over sub-label; a group label spans to the right until the next one. */
function combineLabels(parent: string[], child: string[]): string[] {
  const width = Math.max(parent.length, child.length)
  const combined: string[] = []
  let group = ''
  for (let index = 0; index < width; index++) {
    const top = parent[index] ?? ''
    const bottom = child[index] ?? ''
    if (top !== '') group = top
    const upper = top !== '' ? top : bottom !== '' ? group : ''
    combined.push(
      upper === bottom || upper === '' ? bottom : bottom === '' ? upper : `${upper} ${bottom}`
    )
  }
  return combined
}

interface Mapped {
  columns: ColumnMapping[]
  duplicates: { index: number; field: ColumnField }[]
  score: number
}

function mapLabels(labels: string[]): Mapped {
  const columns: ColumnMapping[] = []
  labels.forEach((header, offset) => {
    if (header === '') return
    const match = matchHeader(header)
    columns.push({
      index: offset + 1,
      letter: columnLetter(offset + 1),
      header,
      field: match.field,
      confidence: match.confidence,
      source: match.field ? 'synonym' : 'none',
      ...(match.unitHint !== undefined ? { unitHint: match.unitHint } : {}),
      ...(match.sparse ? { sparse: true } : {})
    })
  })
  const duplicates = resolveConflicts(columns)
  const fields = new Set(columns.map((column) => column.field).filter((field) => field !== null))
  return { columns, duplicates, score: fields.size + (fields.has('name') ? 1 : 0) }
}

/** One column per field: the most confident keeps it (the leftmost on a tie). */
function resolveConflicts(columns: ColumnMapping[]): { index: number; field: ColumnField }[] {
  const best = new Map<ColumnField, ColumnMapping>()
  for (const column of columns) {
    if (!column.field) continue
    const holder = best.get(column.field)
    if (!holder || column.confidence > holder.confidence) best.set(column.field, column)
  }
  const duplicates: { index: number; field: ColumnField }[] = []
  for (const column of columns) {
    if (column.field && best.get(column.field) !== column) {
      duplicates.push({ index: column.index, field: column.field })
      column.field = null
      column.confidence = 0
      column.source = 'none'
    }
  }
  return duplicates
}

export function headerSignature(labels: string[]): string {
  const keys = labels.map((label) => normaliseHeader(label).key)
  while (keys.length > 0 && keys[keys.length - 1] === '') keys.pop()
  return createHash('sha256').update(keys.join('|')).digest('hex').slice(0, 16)
}

/** Applies remembered or user choices on top of the synonym mapping. */
function applyOverrides(
  columns: ColumnMapping[],
  overrides: MappingOverride,
  source: 'remembered' | 'user'
): void {
  for (const { index, field } of overrides) {
    if (index > LIMITS.maxColumns) continue
    let column = columns.find((candidate) => candidate.index === index)
    if (!column) {
      column = {
        index,
        letter: columnLetter(index),
        header: '',
        field: null,
        confidence: 0,
        source: 'none'
      }
      columns.push(column)
    }
    if (field !== null) {
      // The field moves to this column: whichever column had it lets go.
      for (const other of columns) {
        if (other !== column && other.field === field) {
          other.field = null
          other.confidence = 0
          other.source = source
        }
      }
    }
    column.field = field
    column.confidence = 1
    column.source = source
  }
  columns.sort((a, b) => a.index - b.index)
}

function physicallyNext(rows: RawRow[], position: number): RawRow | undefined {
  const next = rows[position + 1]
  return next && next.row === rows[position].row + 1 && !isBlankRow(next.cells) ? next : undefined
}

export function detectHeader(rows: RawRow[], options: HeaderOptions = {}): HeaderDetection {
  let best: { position: number; rowCount: number; labels: string[]; mapped: Mapped } | null = null
  rows.forEach((row, position) => {
    if (isBlankRow(row.cells)) return
    if (options.headerRow !== undefined && row.row !== options.headerRow) return
    if (options.headerRow === undefined && position >= LIMITS.headerSearchRows) return
    const single = labelsOf(row)
    const candidates = [{ labels: single, rowCount: 1, mapped: mapLabels(single) }]
    const next = physicallyNext(rows, position)
    if (next) {
      const below = labelsOf(next)
      const labels = combineLabels(single, below)
      const mapped = mapLabels(labels)
      // Joined only when that maps more than either row alone: a note such as "单位：万元"
      // right above the header is not a group label over it.
      if (mapped.score > Math.max(candidates[0].mapped.score, mapLabels(below).score))
        candidates.push({ labels, rowCount: 2, mapped })
    }
    for (const candidate of candidates) {
      if (!best || candidate.mapped.score > best.mapped.score) best = { position, ...candidate }
    }
  })
  const chosen = best as {
    position: number
    rowCount: number
    labels: string[]
    mapped: Mapped
  } | null
  const forced = options.headerRow !== undefined
  if (!chosen || (!forced && chosen.mapped.score < MIN_HEADER_SCORE)) {
    const columns: ColumnMapping[] = []
    if (options.overrides) applyOverrides(columns, options.overrides, 'user')
    return {
      headerRow: null,
      headerRowCount: 0,
      columns,
      signature: '',
      remembered: false,
      duplicateColumns: []
    }
  }
  const { columns, duplicates } = chosen.mapped
  const signature = headerSignature(chosen.labels)
  const remembered = options.recall?.(signature)
  if (remembered) applyOverrides(columns, remembered, 'remembered')
  if (options.overrides) applyOverrides(columns, options.overrides, 'user')
  return {
    headerRow: rows[chosen.position].row,
    headerRowCount: chosen.rowCount,
    columns,
    signature,
    remembered: remembered !== undefined,
    duplicateColumns: duplicates.filter((duplicate) =>
      columns.some((column) => column.index === duplicate.index && column.field === null)
    )
  }
}
