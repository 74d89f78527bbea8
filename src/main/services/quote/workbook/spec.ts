/**
 * A sheet described as data before it is written. Sheet builders produce these (pure,
 * testable, no exceljs); one writer streams them into the workbook. Streaming needs the
 * column widths before the first row, and the description lets us measure them.
 */
import type { StyleKey } from './styles'

export type CellSpec =
  | { text: string; style?: StyleKey }
  | { number: number; style?: StyleKey; name?: string }
  /** A live formula (no leading `=`) with the value it has now, so viewers show it before recalculating. */
  | { formula: string; result: number; style?: StyleKey; name?: string }
  | null

export interface RowSpec {
  cells: CellSpec[]
  /** Applied to cells that have no style of their own. */
  style?: StyleKey
}

export interface ColumnSpec {
  /** Excel character units. */
  minWidth?: number
  maxWidth?: number
}

/** Rows by index: an array, or a RowList that builds its big parts on demand. */
export interface RowSource {
  readonly length: number
  at(index: number): RowSpec | undefined
}

export interface SheetSpec {
  name: string
  columns: ColumnSpec[]
  rows: RowSource
  /** Rows (from the top) kept visible when scrolling, and repeated on every printed page. */
  headerRows: number
  /** Rows repeated on every printed page when they are not the top `headerRows` (1-based). */
  printTitleRows?: { first: number; last: number }
  landscape: boolean
  /** Print on a single page (the Summary). */
  onePage?: boolean
  /** Highlighted tab (the Quote sheet). */
  tabColor?: string
}

/** 1-based column number → letters (1 → A, 28 → AB). */
export function columnLetter(column: number): string {
  let letters = ''
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  return letters
}

/**
 * Rows appended by a sheet builder, tracking the row number. `addLater` keeps only a recipe
 * for a row and builds it when it is written: a 10,000-line quote then never holds 10,000
 * row descriptions at once (they would outlive the young generation and pile up as garbage).
 */
export class RowList implements RowSource {
  private readonly items: (RowSpec | (() => RowSpec))[] = []

  /** The 1-based number the next row will have. */
  get nextRow(): number {
    return this.items.length + 1
  }

  get length(): number {
    return this.items.length
  }

  at(index: number): RowSpec | undefined {
    const item = this.items[index]
    return typeof item === 'function' ? item() : item
  }

  add(cells: CellSpec[], style?: StyleKey): number {
    this.items.push(style ? { cells, style } : { cells })
    return this.items.length
  }

  /** A row built from `make(rowNumber)` when it is measured or written. */
  addLater(make: (rowNumber: number) => CellSpec[]): number {
    const rowNumber = this.items.length + 1
    this.items.push(() => ({ cells: make(rowNumber) }))
    return rowNumber
  }

  blank(): void {
    this.items.push({ cells: [] })
  }
}
