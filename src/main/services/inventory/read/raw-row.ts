/**
 * The importer's neutral view of a sheet: rows of plain cell values, whatever the file
 * format. Readers produce these; header detection and row parsing consume them.
 */

/** A formula cell saved without its computed result (e.g. written by a script, never opened in Excel). */
export interface FormulaWithoutResult {
  formula: string
}

/** An Excel error value such as #N/A or #DIV/0!. */
export interface CellError {
  error: string
}

export type CellValue = string | number | boolean | Date | CellError | FormulaWithoutResult | null

/** Something wrong with a cell as read (a malformed reference): a warning located to it. */
export interface ReadProblem {
  /** 1-based column. */
  column: number
  /** Issue name (an importRead.issue key). */
  name: string
  params: Record<string, string | number>
}

export interface RawRow {
  /** 1-based row number as the spreadsheet shows it (CSV: record number). */
  row: number
  /** cells[0] is column A. */
  cells: CellValue[]
  /** Where the row starts in its source text (CSV), so it can be read again from there. */
  at?: number
  /** Cells the reader could not read as written (each becomes a warning on the row). */
  problems?: ReadProblem[]
}

export interface SheetRows {
  name: string
  hidden: boolean
  /**
   * Rows in batches, in order. Batches rather than single rows: one async step per few
   * hundred rows instead of per row keeps a 100k-row import's overhead and garbage down.
   */
  rows: AsyncIterable<RawRow[]>
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === 'object' && value !== null && 'error' in value
}

export function isFormulaWithoutResult(value: CellValue): value is FormulaWithoutResult {
  return typeof value === 'object' && value !== null && 'formula' in value
}

export function isBlank(value: CellValue): boolean {
  if (typeof value !== 'string') return value === null || value === undefined
  if (value.length === 0) return true
  // Most cells start with a visible character: answer without allocating a trimmed copy.
  const first = value.charCodeAt(0)
  if (first > 32 && first !== 0xa0 && first !== 0x3000 && first !== 0xfeff) return false
  return value.trim() === ''
}

export function isBlankRow(cells: CellValue[]): boolean {
  return cells.every(isBlank)
}

/** Text of a cell for header matching and messages. */
export function cellText(value: CellValue): string {
  if (value === null) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)
  if (isCellError(value)) return value.error
  return `=${value.formula}`
}

/** Column number (1-based) → spreadsheet letters. */
export function columnLetter(column: number): string {
  let letters = ''
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  }
  return letters
}
