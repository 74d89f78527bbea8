/**
 * .xlsx rows, read straight from the sheet XML as it inflates (no workbook model, no cell
 * objects: a 100k-row sheet streams in a fraction of the time and memory exceljs's streaming
 * reader takes). Cells become plain values: shared and inline strings (rich text runs joined,
 * phonetic runs left out), numbers, booleans, errors (#N/A), ISO date cells; a formula gives
 * its cached result, or stays a formula when it has none. Number formats are not read, so a
 * date typed as a date arrives as its serial number (the date parser reads serials, with the
 * workbook's 1900 or 1904 date system). Merged ranges (found by the workbook guard) repeat
 * their top-left value into every covered cell, so a merged "NVIDIA" vendor cell applies to
 * each of its rows.
 */
import { LIMITS } from '../limits'
import type { MergeRange } from './workbook-guard'
import type { CellValue, RawRow, SheetRows } from './raw-row'
import { entryChunks, readSharedStrings, readWorkbook } from './xlsx-parts'
import { TOKEN, XmlReadError, XmlTokens, decodeText, literalText } from './xml-bytes'
import type { ZipEntry } from './zip-directory'

const { OPEN, CLOSE, EMPTY, TEXT } = TOKEN
const MAX_COLUMNS = LIMITS.maxColumns

export interface XlsxSheetRows extends SheetRows {
  date1904: boolean
  /** Rows that had cells beyond the column limit (they were dropped); live while rows stream. */
  readonly overflowRows: number
}

/** Repeats each merge's top-left value into the rest of its range as rows stream by. */
class MergeFiller {
  private readonly byTop = new Map<number, MergeRange[]>()
  private active: { range: MergeRange; value: CellValue }[] = []

  constructor(ranges: MergeRange[]) {
    for (const range of ranges) {
      if (range.left > LIMITS.maxColumns) continue
      const list = this.byTop.get(range.top) ?? []
      list.push(range)
      this.byTop.set(range.top, list)
    }
  }

  get empty(): boolean {
    return this.byTop.size === 0 && this.active.length === 0
  }

  apply(row: number, cells: CellValue[]): void {
    this.active = this.active.filter((entry) => entry.range.bottom >= row)
    for (const range of this.byTop.get(row) ?? []) {
      this.active.push({ range, value: cells[range.left - 1] ?? null })
    }
    this.byTop.delete(row)
    for (const { range, value } of this.active) {
      const right = Math.min(range.right, LIMITS.maxColumns)
      for (let column = range.left; column <= right; column++) {
        if (column === range.left && row === range.top) continue
        while (cells.length < column) cells.push(null)
        cells[column - 1] = value
      }
    }
  }
}

/** Cell types (the `t` attribute). */
const NUMBER = 0
const SHARED = 1
const INLINE = 2
const FORMULA_STRING = 3
const ERROR = 4
const BOOLEAN = 5
const DATE = 6

/** Element names the sheet reader looks at. */
const NAME_OTHER = 0
const NAME_C = 1
const NAME_V = 2
const NAME_F = 3
const NAME_T = 4
const NAME_IS = 5
const NAME_ROW = 6
const NAME_PHONETIC = 7
const NAME_SHEET_DATA = 8

const LT = 0x3c
const GT = 0x3e
const SLASH = 0x2f

/** What the text being read belongs to. */
const NOTHING = 0
const VALUE = 1
const FORMULA = 2
const INLINE_TEXT = 3

const POWERS_OF_TEN = Array.from({ length: 23 }, (_, power) => 10 ** power)

function isDigit(byte: number): boolean {
  return byte >= 48 && byte <= 57
}

/** A number written as `123`, `-4.5`: computed from the bytes, exactly as parseFloat would. */
function numberAt(buffer: Buffer, start: number, end: number): number {
  let at = start
  const negative = buffer[at] === 0x2d
  if (negative) at++
  let mantissa = 0
  let digits = 0
  let decimals = 0
  let point = false
  for (; at < end; at++) {
    const byte = buffer[at]
    if (isDigit(byte)) {
      mantissa = mantissa * 10 + (byte - 48)
      digits++
      if (point) decimals++
    } else if (byte === 0x2e && !point) {
      point = true
    } else {
      digits = 0
      break
    }
  }
  // Up to 15 digits the mantissa is exact, and one division by an exact power of ten rounds
  // correctly: the same double parseFloat gives. Anything else (exponents, spaces) goes to it.
  if (digits === 0 || digits > 15 || decimals > 22)
    return parseFloat(decodeText(buffer, start, end))
  const value = decimals === 0 ? mantissa : mantissa / POWERS_OF_TEN[decimals]
  return negative ? -value : value
}

/** A whole number such as a shared string index, as parseInt reads it. */
function integerAt(buffer: Buffer, start: number, end: number): number {
  if (end - start > 0 && end - start <= 9) {
    let value = 0
    let at = start
    for (; at < end && isDigit(buffer[at]); at++) value = value * 10 + (buffer[at] - 48)
    if (at === end) return value
  }
  return parseInt(decodeText(buffer, start, end), 10)
}

/** `AB` in a cell reference → 28; 0 when the reference has no column letters. */
function columnAt(buffer: Buffer, start: number, end: number): number {
  let column = 0
  for (let at = start; at < end; at++) {
    const byte = buffer[at] | 0x20 // lower case
    if (byte < 0x61 || byte > 0x7a) break
    column = column * 26 + (byte - 0x60)
  }
  return column
}

/** ISO 8601 date cells (`t="d"`); a time without a zone is read as UTC, like every other date here. */
function isoDate(text: string): CellValue {
  const trimmed = text.trim()
  const zoned = /(?:Z|[+-]\d\d:?\d\d)$/i.test(trimmed)
  const date = new Date(trimmed.includes('T') && !zoned ? `${trimmed}Z` : trimmed)
  return Number.isNaN(date.getTime()) ? trimmed : date
}

class SheetReader {
  readonly tokens = new XmlTokens()
  private batch: RawRow[] = []
  private inSheetData = false
  private rowOpen = false
  private row = 0
  private lastRow = 0
  private cells: CellValue[] = []
  private rowOverflows = false
  private lastColumn = 0
  // The cell being read.
  private inCell = false
  private column = 0
  private type = NUMBER
  private reading = NOTHING
  private pieces = 0
  private value: CellValue = null
  private valueText = ''
  private formula: string | undefined
  private inInlineString = false
  private phoneticDepth = 0
  private inlineText: string | undefined

  constructor(
    private readonly shared: readonly string[],
    private readonly filler: MergeFiller,
    private readonly stats: { overflowRows: number }
  ) {}

  /** Reads the tokens available; returns the rows completed. With `final`, the sheet has ended. */
  read(final: boolean): RawRow[] {
    const tokens = this.tokens
    while (tokens.next(final)) {
      const kind = tokens.kind
      if (kind === TEXT) {
        if (this.reading !== NOTHING) this.text()
      } else if (kind === OPEN || kind === EMPTY) {
        this.open(kind === EMPTY)
      } else if (kind === CLOSE) {
        this.close()
      }
    }
    if (final && this.rowOpen) throw new XmlReadError('the sheet ends inside a row')
    const batch = this.batch
    this.batch = []
    return batch
  }

  /** The current tag's local name as one of the names this reader looks at. */
  private nameCode(): number {
    const tokens = this.tokens
    const buffer = tokens.buffer
    const start = tokens.nameStart
    const first = buffer[start]
    switch (tokens.nameEnd - start) {
      case 1:
        return first === 0x63
          ? NAME_C
          : first === 0x76
            ? NAME_V
            : first === 0x66
              ? NAME_F
              : first === 0x74
                ? NAME_T
                : NAME_OTHER
      case 2:
        return first === 0x69 && buffer[start + 1] === 0x73 ? NAME_IS : NAME_OTHER
      case 3:
        if (first !== 0x72) return NAME_OTHER
        if (buffer[start + 1] === 0x6f && buffer[start + 2] === 0x77) return NAME_ROW
        return buffer[start + 1] === 0x50 && buffer[start + 2] === 0x68 ? NAME_PHONETIC : NAME_OTHER
      case 9:
        return tokens.nameIs('sheetData') ? NAME_SHEET_DATA : NAME_OTHER
      default:
        return NAME_OTHER
    }
  }

  private open(empty: boolean): void {
    const name = this.nameCode()
    if (!this.inSheetData) {
      if (!empty && name === NAME_SHEET_DATA) this.inSheetData = true
      return
    }
    if (this.inCell) {
      if (name === NAME_V) {
        if (!empty && !this.valueInPlace()) this.reading = VALUE
      } else if (name === NAME_F) {
        this.formula = ''
        if (!empty) this.reading = FORMULA
      } else if (name === NAME_IS) {
        this.inInlineString = !empty
        this.inlineText ??= ''
      } else if (this.inInlineString && name === NAME_PHONETIC) {
        if (!empty) this.phoneticDepth++
      } else if (this.inInlineString && name === NAME_T) {
        if (!empty && this.phoneticDepth === 0) this.reading = INLINE_TEXT
      }
      return
    }
    if (name === NAME_C) {
      if (!this.rowOpen) return
      this.startCell()
      if (empty) this.endCell()
    } else if (name === NAME_ROW) {
      this.startRow()
      if (empty) this.endRow()
    }
  }

  /**
   * The common `<v>123</v>` (and the `</c>` after it), read in one step right after the `<v>`
   * tag (a million cells: one step instead of four). False when it is not that simple (entities are fine; a CDATA
   * section, a prefix or a chunk border is not): the tokens then take it piece by piece.
   */
  private valueInPlace(): boolean {
    const tokens = this.tokens
    const buffer = tokens.buffer
    const start = tokens.position
    let end = start
    while (end < buffer.length && buffer[end] !== LT) end++
    if (
      end + 3 >= buffer.length ||
      buffer[end + 1] !== SLASH ||
      buffer[end + 2] !== 0x76 /* v */ ||
      buffer[end + 3] !== GT
    )
      return false
    if (end > start) {
      this.pieces = 1
      this.value = this.valueAt(buffer, start, end)
      this.firstBuffer = buffer
      this.firstStart = start
      this.firstEnd = end
    }
    tokens.position = end + 4
    // Usually `</c>` follows at once: the cell ends here too.
    const after = end + 4
    if (
      after + 3 < buffer.length &&
      buffer[after] === LT &&
      buffer[after + 1] === SLASH &&
      buffer[after + 2] === 0x63 /* c */ &&
      buffer[after + 3] === GT
    ) {
      tokens.position = after + 4
      this.endCell()
    }
    return true
  }

  private close(): void {
    const name = this.nameCode()
    if (!this.inSheetData) return
    if (this.inCell) {
      if (name === NAME_C) this.endCell()
      else if (name === NAME_V || name === NAME_F || name === NAME_T) this.reading = NOTHING
      else if (name === NAME_PHONETIC) this.phoneticDepth = Math.max(0, this.phoneticDepth - 1)
      else if (name === NAME_IS) this.inInlineString = false
      return
    }
    if (name === NAME_ROW) {
      if (this.rowOpen) this.endRow()
    } else if (name === NAME_SHEET_DATA) {
      this.inSheetData = false
    }
  }

  private text(): void {
    const { buffer, textStart, textEnd, cdata } = this.tokens
    if (this.reading === VALUE) {
      this.pieces++
      if (this.pieces === 1) {
        // The usual case: one text piece, read in place.
        if (cdata) {
          this.valueText = literalText(buffer, textStart, textEnd)
          this.value = this.valueOf(this.valueText)
        } else {
          this.value = this.valueAt(buffer, textStart, textEnd)
          this.firstBuffer = buffer
          this.firstStart = textStart
          this.firstEnd = textEnd
        }
        return
      }
      // More pieces (a CDATA section or a comment inside <v>): the value is read from all of them.
      if (this.pieces === 2 && this.firstBuffer)
        this.valueText = decodeText(this.firstBuffer, this.firstStart, this.firstEnd)
      this.valueText += cdata
        ? literalText(buffer, textStart, textEnd)
        : decodeText(buffer, textStart, textEnd)
      return
    }
    const text = cdata
      ? literalText(buffer, textStart, textEnd)
      : decodeText(buffer, textStart, textEnd)
    if (this.reading === FORMULA) this.formula = (this.formula ?? '') + text
    else this.inlineText = (this.inlineText ?? '') + text
  }

  /** Where the first text piece of `<v>` was (read again if more pieces follow). */
  private firstBuffer: Buffer | undefined
  private firstStart = 0
  private firstEnd = 0

  private startRow(): void {
    const tokens = this.tokens
    let number = NaN
    tokens.rewindAttributes()
    while (tokens.nextAttribute()) {
      if (tokens.attrNameEnd - tokens.attrNameStart !== 1) continue
      if (tokens.buffer[tokens.attrNameStart] !== 0x72 /* r */) continue
      number = integerAt(tokens.buffer, tokens.valueStart, tokens.valueEnd)
      break
    }
    // A row without a (usable) number follows the previous one.
    this.row = Number.isInteger(number) && number > 0 ? number : this.lastRow + 1
    this.rowOpen = true
    this.cells = []
    this.rowOverflows = false
    this.lastColumn = 0
  }

  private endRow(): void {
    if (this.rowOverflows) this.stats.overflowRows++
    if (!this.filler.empty) this.filler.apply(this.row, this.cells)
    this.batch.push({ row: this.row, cells: this.cells })
    this.lastRow = this.row
    this.rowOpen = false
    this.inCell = false
  }

  private startCell(): void {
    const tokens = this.tokens
    const buffer = tokens.buffer
    let column = 0
    let type = NUMBER
    tokens.rewindAttributes()
    while (tokens.nextAttribute()) {
      if (tokens.attrNameEnd - tokens.attrNameStart !== 1) continue
      const name = buffer[tokens.attrNameStart]
      const start = tokens.valueStart
      if (name === 0x72 /* r */) {
        column = columnAt(buffer, start, tokens.valueEnd)
      } else if (name === 0x74 /* t */) {
        const length = tokens.valueEnd - start
        const first = buffer[start]
        if (length === 1) {
          if (first === 0x73 /* s */) type = SHARED
          else if (first === 0x65 /* e */) type = ERROR
          else if (first === 0x62 /* b */) type = BOOLEAN
          else if (first === 0x64 /* d */) type = DATE
        } else if (length === 3 && first === 0x73 /* str */) {
          type = FORMULA_STRING
        } else if (length === 9 && first === 0x69 /* inlineStr */) {
          type = INLINE
        }
      }
    }
    // A cell without a reference is the one after the previous cell.
    this.column = column > 0 ? column : this.lastColumn + 1
    this.type = type
    this.inCell = true
    this.reading = NOTHING
    this.pieces = 0
    this.value = null
    this.valueText = ''
    this.firstBuffer = undefined
    this.formula = undefined
    this.inInlineString = false
    this.phoneticDepth = 0
    this.inlineText = undefined
  }

  /** The value of a cell whose `<v>` is bytes `start…end`. */
  private valueAt(buffer: Buffer, start: number, end: number): CellValue {
    switch (this.type) {
      case NUMBER:
        return numberAt(buffer, start, end)
      case SHARED:
        return this.shared[integerAt(buffer, start, end)] ?? null
      case BOOLEAN:
        if (end - start === 1 && (buffer[start] === 0x31 || buffer[start] === 0x30))
          return buffer[start] === 0x31
        return this.valueOf(decodeText(buffer, start, end))
      default:
        return this.valueOf(decodeText(buffer, start, end))
    }
  }

  /** The value of a cell whose `<v>` text is `text`. */
  private valueOf(text: string): CellValue {
    switch (this.type) {
      case NUMBER:
        return parseFloat(text)
      case SHARED:
        return this.shared[parseInt(text, 10)] ?? null
      case BOOLEAN:
        return parseInt(text, 10) !== 0
      case ERROR:
        return { error: text }
      case DATE:
        return isoDate(text)
      default:
        return text
    }
  }

  private endCell(): void {
    this.inCell = false
    this.reading = NOTHING
    const column = this.column
    this.lastColumn = column
    let value: CellValue = null
    if (this.pieces > 0) value = this.pieces === 1 ? this.value : this.valueOf(this.valueText)
    else if (this.type === INLINE && this.inlineText !== undefined) value = this.inlineText
    if (this.formula !== undefined) {
      // A formula saved without a (readable) result: written by a script, never opened in Excel.
      if (this.pieces === 0 || (typeof value === 'number' && Number.isNaN(value)))
        value = { formula: this.formula }
    } else if (typeof value === 'number' && Number.isNaN(value)) {
      value = { error: '#NUM!' }
    }
    if (value === null) return
    if (column > MAX_COLUMNS) {
      this.rowOverflows = true
      return
    }
    const cells = this.cells
    while (cells.length < column - 1) cells.push(null)
    cells[column - 1] = value
  }
}

export interface XlsxOpenOptions {
  /** The archive's entries by name (from the workbook guard). */
  entries: ReadonlyMap<string, ZipEntry>
  /** Merged ranges by sheet part name. */
  mergesByPart: ReadonlyMap<string, MergeRange[]>
}

async function* sheetRows(
  bytes: Buffer,
  entry: ZipEntry,
  reader: SheetReader
): AsyncGenerator<RawRow[]> {
  for await (const chunk of entryChunks(bytes, entry)) {
    reader.tokens.push(chunk)
    const batch = reader.read(false)
    if (batch.length > 0) yield batch
  }
  const last = reader.read(true)
  if (last.length > 0) yield last
}

/** The rows of sheet XML given in chunks, read at once (tests feed it chunks of every size). */
export function readSheetChunks(
  chunks: Iterable<Buffer>,
  shared: readonly string[] = [],
  merges: MergeRange[] = []
): { rows: RawRow[]; overflowRows: number } {
  const stats = { overflowRows: 0 }
  const reader = new SheetReader(shared, new MergeFiller(merges), stats)
  const rows: RawRow[] = []
  for (const chunk of chunks) {
    reader.tokens.push(chunk)
    rows.push(...reader.read(false))
  }
  rows.push(...reader.read(true))
  return { rows, overflowRows: stats.overflowRows }
}

/** The workbook's worksheets in its own order, each with its rows as they stream. */
export async function* xlsxSheets(
  bytes: Buffer,
  options: XlsxOpenOptions
): AsyncGenerator<XlsxSheetRows> {
  const workbook = await readWorkbook(bytes, options.entries)
  if (workbook.sheets.length === 0) return
  const sharedEntry =
    workbook.sharedStrings !== undefined ? options.entries.get(workbook.sharedStrings) : undefined
  const shared = sharedEntry ? await readSharedStrings(bytes, sharedEntry) : []
  for (const sheet of workbook.sheets) {
    const entry = options.entries.get(sheet.part)
    if (!entry) continue
    const stats = { overflowRows: 0 }
    const reader = new SheetReader(
      shared,
      new MergeFiller(options.mergesByPart.get(sheet.part) ?? []),
      stats
    )
    yield {
      name: sheet.name,
      hidden: sheet.hidden,
      date1904: workbook.date1904,
      get overflowRows() {
        return stats.overflowRows
      },
      rows: sheetRows(bytes, entry, reader)
    }
  }
}
