/**
 * Row XML for the streaming sheets, written directly instead of through exceljs's Row and
 * Cell objects. exceljs builds a dozen objects and an XML stream per cell; for a 10,000-line
 * quote that was most of the export's time and garbage. The output is byte-for-byte what
 * exceljs writes for the same cells (a test compares the two), so every reader that reads
 * exceljs's files reads these.
 *
 * The sheet's `<sheetData>` and the style ids come through exceljs-internals.ts, the one module
 * that touches exceljs internals.
 */
import type { Style, Workbook } from 'exceljs'
import { CELL_TYPE, sheetDataSink, styleTable, type SheetXmlSink } from './exceljs-internals'
import { columnLetter, type CellSpec } from './spec'
import type { WorksheetWriter } from './streaming'
import { cellText } from './text'

const NUMBER_TYPE = CELL_TYPE.number
const STRING_TYPE = CELL_TYPE.string

/** exceljs's xmlEncode: escapes markup, drops the C0 controls XML cannot carry. */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/
// eslint-disable-next-line no-control-regex
const ESCAPE_ALL = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/g
const ENTITIES: Record<string, string> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  "'": '&apos;',
  '"': '&quot;'
}

/** Text as exceljs's writer escapes it. (Callers pass text through cellText first.) */
export function xmlText(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPE_ALL, (c) => ENTITIES[c] ?? '') : text
}

export class RowXmlWriter {
  private readonly styleIds = new Map<Partial<Style>, number>()
  private readonly pending: string[] = []
  private readonly addStyle: (style: Partial<Style>, cellType: number) => number
  private readonly sink: SheetXmlSink

  constructor(workbook: Workbook, sheet: WorksheetWriter) {
    this.addStyle = styleTable(workbook)
    this.sink = sheetDataSink(sheet)
  }

  /** Style index for a shared style object (exceljs keys its cache by the object, too). */
  private styleId(style: Partial<Style>, cellType: number): number {
    let id = this.styleIds.get(style)
    if (id === undefined) {
      id = this.addStyle(style, cellType)
      this.styleIds.set(style, id)
    }
    return id
  }

  /**
   * One row: `cells[i]` goes to column `columns[i]`. Null cells, empty text and non-finite
   * numbers are left out; a row without cells is not written (as exceljs). `styleOf` picks the
   * shared style object; `onCell` hears where each written cell went (for defined names).
   */
  row(
    rowNumber: number,
    cells: readonly CellSpec[],
    columns: readonly string[],
    styleOf: (cell: Exclude<CellSpec, null>) => Partial<Style>,
    onCell?: (cell: Exclude<CellSpec, null>, address: string) => void,
    /** Points; set when wrapped text needs more than one line (exceljs's `row.height`). */
    height?: number
  ): void {
    let body = ''
    let first = 0
    let last = 0
    for (let index = 0; index < cells.length; index++) {
      const cell = cells[index]
      if (cell === null) continue
      let content: string
      let type: number
      let attributes = ''
      if ('text' in cell) {
        if (cell.text === '') continue
        type = STRING_TYPE
        attributes = ' t="str"'
        content = `<v>${xmlText(cellText(cell.text))}</v>`
      } else if ('number' in cell) {
        if (!Number.isFinite(cell.number)) continue
        type = NUMBER_TYPE
        content = `<v>${cell.number}</v>`
      } else {
        type = NUMBER_TYPE
        content = `<f>${xmlText(cell.formula)}</f>${Number.isFinite(cell.result) ? `<v>${cell.result}</v>` : ''}`
      }
      const address = `${columns[index] ?? columnLetter(index + 1)}${rowNumber}`
      const s = this.styleId(styleOf(cell), type)
      body += `<c r="${address}"${s ? ` s="${s}"` : ''}${attributes}>${content}</c>`
      if (first === 0) first = index + 1
      last = index + 1
      onCell?.(cell, address)
    }
    if (first === 0) return
    this.pending.push(
      `<row r="${rowNumber}"${height ? ` ht="${height}" customHeight="1"` : ''} spans="${first}:${last}" x14ac:dyDescent="0.25">${body}</row>`
    )
    if (this.pending.length >= 256) this.flush()
  }

  /** Writes buffered rows; call before the sheet is committed. */
  flush(): void {
    if (this.pending.length === 0) return
    this.sink.write(this.pending.join(''))
    this.pending.length = 0
  }
}
