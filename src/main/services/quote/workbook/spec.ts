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

export interface SheetSpec {
  name: string
  columns: ColumnSpec[]
  rows: RowSpec[]
  /** Rows (from the top) kept visible when scrolling, and repeated on every printed page. */
  headerRows: number
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

/** A small helper that tracks the row number while a builder appends rows. */
export class RowList {
  readonly rows: RowSpec[] = []

  /** The 1-based number the next row will have. */
  get nextRow(): number {
    return this.rows.length + 1
  }

  add(cells: CellSpec[], style?: StyleKey): number {
    this.rows.push(style ? { cells, style } : { cells })
    return this.rows.length
  }

  blank(): void {
    this.rows.push({ cells: [] })
  }
}
