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

/** Bytes of row XML handed to the sheet's stream at a time. */
const BATCH_BYTES = 256 * 1024

export class RowXmlWriter {
  private readonly styleIds = new Map<Partial<Style>, number>()
  /** The current row's XML, as pieces joined once the row is complete. */
  private readonly parts: string[] = []
  /**
   * Rows not yet written, encoded as UTF-8. Joining a few hundred rows into one string and
   * letting the stream encode it was a sixth of a 1,000-workload export: as soon as one piece
   * is a two-byte string (a "−" in a formula, any Chinese text), V8 joins and encodes the whole
   * batch on its slow path (~4× the time). Each row is joined on its own and encoded at once,
   * so only rows that hold such text take that path, and only for themselves.
   */
  private batch: Buffer | undefined
  private used = 0
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
    const out = this.parts
    // The row's opening tag needs the span of written cells: its slot is filled in after them.
    out.length = 0
    out.push('')
    const rowText = String(rowNumber)
    let first = 0
    let last = 0
    for (let index = 0; index < cells.length; index++) {
      const cell = cells[index]
      if (cell === null) continue
      let type: number
      if ('text' in cell) {
        if (cell.text === '') continue
        type = STRING_TYPE
      } else if ('number' in cell) {
        if (!Number.isFinite(cell.number)) continue
        type = NUMBER_TYPE
      } else type = NUMBER_TYPE
      const address = (columns[index] ?? columnLetter(index + 1)) + rowText
      const s = this.styleId(styleOf(cell), type)
      out.push('<c r="', address, s ? `" s="${s}"` : '"')
      if ('text' in cell) out.push(' t="str"><v>', xmlText(cellText(cell.text)), '</v></c>')
      else if ('number' in cell) out.push('><v>', String(cell.number), '</v></c>')
      else {
        out.push('><f>', xmlText(cell.formula), '</f>')
        if (Number.isFinite(cell.result)) out.push('<v>', String(cell.result), '</v>')
        out.push('</c>')
      }
      if (first === 0) first = index + 1
      last = index + 1
      onCell?.(cell, address)
    }
    if (first !== 0) {
      out[0] = `<row r="${rowText}"${height ? ` ht="${height}" customHeight="1"` : ''} spans="${first}:${last}" x14ac:dyDescent="0.25">`
      out.push('</row>')
      this.append(out.join(''))
    }
  }

  private append(xml: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    const most = xml.length * 3
    if (this.batch && this.used + most > this.batch.length) this.flush()
    if (!this.batch) this.batch = Buffer.allocUnsafe(Math.max(BATCH_BYTES, most))
    this.used += this.batch.write(xml, this.used, 'utf8')
  }

  /** Writes buffered rows; call before the sheet is committed. */
  flush(): void {
    if (!this.batch || this.used === 0) return
    // The stream keeps the buffer it is given: the next rows go into a new one.
    this.sink.write(this.batch.subarray(0, this.used))
    this.batch = undefined
    this.used = 0
  }
}
