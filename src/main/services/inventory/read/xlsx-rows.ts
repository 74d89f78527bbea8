/**
 * .xlsx rows, read straight from the sheet XML as it inflates (no workbook model, no cell
 * objects: a 100k-row sheet streams in a fraction of the time and memory exceljs's streaming
 * reader takes). Cells become plain values: shared and inline strings (rich text runs joined,
 * phonetic runs left out), numbers, booleans, errors (#N/A), ISO date cells; a formula gives
 * its cached result, or stays a formula when it has none. A number whose cell style is a date
 * format becomes a date (styles.xml is read for that), so a date in a text or year column is a
 * date, not its serial. Merged ranges (found by the workbook guard) repeat their top-left value
 * into every covered cell, so a merged "NVIDIA" vendor cell applies to each of its rows.
 * The state machine is described in docs/inventory.md ("How the .xlsx reader works").
 */
import { LIMITS } from '../limits'
import type { MergeRange, SheetMerges } from './workbook-guard'
import type { CellValue, RawRow, ReadProblem, SheetRows } from './raw-row'
import { NONCHARACTER, cleanCellText } from './cell-text'
import { entryChunks, readSharedStrings, readStyles, type WorkbookInfo } from './xlsx-parts'
import { TOKEN, XmlReadError, XmlTokens, decodeText, literalText } from './xml-bytes'
import type { ZipEntry } from './zip-directory'

/** The last row a worksheet can have (Excel's grid: 1,048,576 rows). */
export const MAX_SHEET_ROW = 1_048_576

/** A read error the importer can locate and word: `name` is an importRead.error message. */
export class LocatedReadError extends XmlReadError {
  constructor(
    readonly messageName: string,
    readonly params: Record<string, string | number>
  ) {
    super(`${messageName} ${JSON.stringify(params)}`)
  }
}

const { OPEN, CLOSE, EMPTY, TEXT } = TOKEN
const MAX_COLUMNS = LIMITS.maxColumns

export interface XlsxSheetRows extends SheetRows {
  date1904: boolean
  /** The sheet had more merged ranges than are read (the rest were not filled in). */
  mergesTruncated: boolean
  /** Rows that had cells beyond the column limit (they were dropped); live while rows stream. */
  readonly overflowRows: number
  /** Some text of the sheet holds a noncharacter (U+FFFE…); live while rows stream. */
  readonly noncharacters: boolean
}

/**
 * Repeats each merge's top-left value into the rest of its range as rows stream by. Each
 * column is covered by at most one merge at a time (Excel refuses overlapping merges; an
 * overlapping one here is ignored), so a row costs at most one step per covered column,
 * whatever the number of merges: linear, where a list of active merges was rows × merges.
 */
class MergeFiller {
  private readonly byTop = new Map<number, MergeRange[]>()
  /** Per column (1-based): the last row its current merge covers, 0 when none. */
  private readonly coverBottom = new Int32Array(MAX_COLUMNS + 2)
  private readonly coverTop = new Int32Array(MAX_COLUMNS + 2)
  private readonly coverLeft = new Int32Array(MAX_COLUMNS + 2)
  private readonly coverValue: CellValue[] = new Array<CellValue>(MAX_COLUMNS + 2).fill(null)
  /** Columns covered now, and the last row any of them covers. */
  private covered: number[] = []
  private lastCoveredRow = 0

  constructor(ranges: readonly MergeRange[]) {
    for (const range of ranges) {
      if (range.left > MAX_COLUMNS) continue
      const list = this.byTop.get(range.top) ?? []
      list.push(range)
      this.byTop.set(range.top, list)
    }
  }

  get empty(): boolean {
    return this.byTop.size === 0 && this.covered.length === 0
  }

  apply(row: number, cells: CellValue[]): void {
    const starting = this.byTop.get(row)
    if (starting !== undefined) {
      this.byTop.delete(row)
      for (const range of starting) this.claim(range, cells[range.left - 1] ?? null)
    }
    if (this.covered.length === 0) return
    if (row > this.lastCoveredRow) {
      this.release(row)
      return
    }
    let released = false
    for (const column of this.covered) {
      if (this.coverBottom[column] < row) {
        released = true
        continue
      }
      if (column === this.coverLeft[column] && row === this.coverTop[column]) continue
      while (cells.length < column) cells.push(null)
      cells[column - 1] = this.coverValue[column]
    }
    if (released) this.release(row)
  }

  /** Covers the range's columns unless one of them is covered already (an overlap). */
  private claim(range: MergeRange, value: CellValue): void {
    const right = Math.min(range.right, MAX_COLUMNS)
    for (let column = range.left; column <= right; column++)
      if (this.coverBottom[column] >= range.top) return
    for (let column = range.left; column <= right; column++) {
      this.coverBottom[column] = range.bottom
      this.coverTop[column] = range.top
      this.coverLeft[column] = range.left
      this.coverValue[column] = value
      this.covered.push(column)
    }
    if (range.bottom > this.lastCoveredRow) this.lastCoveredRow = range.bottom
  }

  /** Forgets columns whose merge ended before `row`. */
  private release(row: number): void {
    this.covered = this.covered.filter((column) => {
      if (this.coverBottom[column] >= row) return true
      this.coverBottom[column] = 0
      this.coverValue[column] = null
      return false
    })
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
export const NAME_OTHER = 0
export const NAME_C = 1
export const NAME_V = 2
export const NAME_F = 3
export const NAME_T = 4
export const NAME_IS = 5
export const NAME_ROW = 6
export const NAME_PHONETIC = 7
export const NAME_SHEET_DATA = 8

/**
 * Element name → code, as a table by name length: the reader compares a tag's bytes with the
 * few names of its length, without making a string per tag (a 100k-row sheet has millions).
 */
const ELEMENT_NAMES: readonly [name: string, code: number][] = [
  ['c', NAME_C],
  ['v', NAME_V],
  ['f', NAME_F],
  ['t', NAME_T],
  ['is', NAME_IS],
  ['row', NAME_ROW],
  ['rPh', NAME_PHONETIC],
  ['sheetData', NAME_SHEET_DATA]
]
const NAMES_BY_LENGTH: { bytes: Buffer; code: number }[][] = []
for (const [name, code] of ELEMENT_NAMES) {
  ;(NAMES_BY_LENGTH[name.length] ??= []).push({ bytes: Buffer.from(name, 'latin1'), code })
}

/** The code of the element named by bytes `start…end` (its local name), or NAME_OTHER. */
export function elementCode(buffer: Buffer, start: number, end: number): number {
  const candidates = NAMES_BY_LENGTH[end - start]
  if (candidates === undefined) return NAME_OTHER
  for (const { bytes, code } of candidates) {
    let at = 0
    while (at < bytes.length && buffer[start + at] === bytes[at]) at++
    if (at === bytes.length) return code
  }
  return NAME_OTHER
}

const LT = 0x3c
const GT = 0x3e
const SLASH = 0x2f

/** What the text being read belongs to. */
const NOTHING = 0
const VALUE = 1
const FORMULA = 2
const INLINE_TEXT = 3

/**
 * The reader's fast path, for the common `<v>123</v>`: where the text after a `<v>` tag that
 * starts at `start` ends, when `</v>` follows it directly in this buffer; -1 otherwise (a CDATA
 * section, a comment, a prefixed `</x:v>` or a chunk border: the token loop reads those).
 */
export function simpleValueEnd(buffer: Buffer, start: number): number {
  const end = buffer.indexOf(LT, start)
  return end >= 0 && isCloseTag(buffer, end, 0x76 /* v */) ? end : -1
}

/** `</X>` for the one-letter element X starts at `at`, wholly inside the buffer. */
export function isCloseTag(buffer: Buffer, at: number, letter: number): boolean {
  return (
    at + 3 < buffer.length &&
    buffer[at] === LT &&
    buffer[at + 1] === SLASH &&
    buffer[at + 2] === letter &&
    buffer[at + 3] === GT
  )
}

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

const TIME_ONLY = /^T?(\d{1,2}):(\d{2})(?::(\d{2}(?:\.\d{1,9})?))?$/
const DURATION =
  /^P(?:(\d{1,6})D)?(?:T(?:(\d{1,7})H)?(?:(\d{1,9})M)?(?:(\d{1,9}(?:\.\d{1,9})?)S)?)?$/i

/**
 * ISO 8601 date cells (`t="d"`); a time without a zone is read as UTC, like every other date
 * here. A time of day alone (`10:30:00`) or a duration (`PT1H30M`) is what Excel stores as a
 * fraction of a day: it becomes that number, as a time typed into Excel would.
 */
function isoDate(text: string): CellValue {
  const trimmed = text.trim()
  const time = TIME_ONLY.exec(trimmed)
  if (time) {
    const [hours, minutes, seconds] = [Number(time[1]), Number(time[2]), Number(time[3] ?? 0)]
    if (hours <= 24 && minutes < 60 && seconds < 61)
      return (hours * 3600 + minutes * 60 + seconds) / 86400
  }
  const duration = trimmed.length > 1 ? DURATION.exec(trimmed) : null
  if (duration && /\d/.test(trimmed)) {
    const [days, hours, minutes, seconds] = [1, 2, 3, 4].map((index) =>
      Number(duration[index] ?? 0)
    )
    return days + (hours * 3600 + minutes * 60 + seconds) / 86400
  }
  const zoned = /(?:Z|[+-]\d\d:?\d\d)$/i.test(trimmed)
  const date = new Date(trimmed.includes('T') && !zoned ? `${trimmed}Z` : trimmed)
  return Number.isNaN(date.getTime()) ? trimmed : date
}

const EPOCH_1900 = Date.UTC(1899, 11, 30)
const EPOCH_1904 = Date.UTC(1904, 0, 1)
const DAY_MS = 86_400_000

/** A date-formatted number as the date Excel shows (1900 system: serials below 61 skip the phantom 1900-02-29). */
export function serialToDate(serial: number, date1904: boolean): Date {
  const days = !date1904 && serial < 61 ? serial + 1 : serial
  return new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + Math.round(days * DAY_MS))
}

interface SheetStats {
  overflowRows: number
  noncharacters: boolean
}

/** What a sheet's cells are read against: strings, styles, merges, the date system. */
export interface SheetContext {
  shared: readonly string[]
  /** By cell style index: 1 when the style's number format shows a date or time. */
  dateStyles?: Uint8Array
  date1904?: boolean
  merges?: readonly MergeRange[]
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
  /** The cell has a `<v>` element (an empty one is an empty result, not a missing one). */
  private hasValueElement = false
  private style = 0
  /** Problems of the row being read (malformed references), located to their cells. */
  private problems: ReadProblem[] | undefined
  private readonly shared: readonly string[]
  private readonly filler: MergeFiller
  private readonly dateStyles: Uint8Array | undefined
  private readonly date1904: boolean

  constructor(
    context: SheetContext,
    private readonly stats: SheetStats
  ) {
    this.shared = context.shared
    this.filler = new MergeFiller(context.merges ?? [])
    this.dateStyles = context.dateStyles
    this.date1904 = context.date1904 === true
  }

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
    return elementCode(tokens.buffer, tokens.nameStart, tokens.nameEnd)
  }

  private open(empty: boolean): void {
    const name = this.nameCode()
    if (!this.inSheetData) {
      if (!empty && name === NAME_SHEET_DATA) this.inSheetData = true
      return
    }
    if (this.inCell) {
      if (name === NAME_V) {
        this.hasValueElement = true
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
    const end = simpleValueEnd(buffer, start)
    if (end < 0) return false
    if (end > start) {
      this.pieces = 1
      this.value = this.valueAt(buffer, start, end)
      this.firstBuffer = buffer
      this.firstStart = start
      this.firstEnd = end
    }
    tokens.position = end + 4
    // Usually `</c>` follows at once: the cell ends here too.
    if (isCloseTag(buffer, end + 4, 0x63 /* c */)) {
      tokens.position = end + 8
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
    // Past the grid, a number is no row of a real sheet (and would wrap where rows are kept).
    if (this.row > MAX_SHEET_ROW)
      throw new LocatedReadError('importRead.error.rowNumberTooLarge', { row: this.row })
    this.rowOpen = true
    this.cells = []
    this.problems = undefined
    this.rowOverflows = false
    this.lastColumn = 0
  }

  private endRow(): void {
    if (this.rowOverflows) this.stats.overflowRows++
    if (!this.filler.empty) this.filler.apply(this.row, this.cells)
    this.batch.push(
      this.problems === undefined
        ? { row: this.row, cells: this.cells }
        : { row: this.row, cells: this.cells, problems: this.problems }
    )
    this.lastRow = this.row
    this.rowOpen = false
    this.inCell = false
  }

  private startCell(): void {
    const tokens = this.tokens
    const buffer = tokens.buffer
    let column = 0
    let type = NUMBER
    let style = 0
    tokens.rewindAttributes()
    while (tokens.nextAttribute()) {
      if (tokens.attrNameEnd - tokens.attrNameStart !== 1) continue
      const name = buffer[tokens.attrNameStart]
      const start = tokens.valueStart
      if (name === 0x72 /* r */) {
        column = columnAt(buffer, start, tokens.valueEnd)
      } else if (name === 0x73 /* s */) {
        style = integerAt(buffer, start, tokens.valueEnd)
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
    this.style = style
    this.hasValueElement = false
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
        return this.sharedString(decodeText(buffer, start, end))
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
        return this.sharedString(text)
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

  /**
   * Shared string `text` (an index). Only plain digits are an index: `1e0` or `1.5` is not read
   * as 1, and an index the table does not have is not an empty cell: both become a problem
   * located to the cell (the row is then accepted only with a warning).
   */
  private sharedString(text: string): CellValue {
    const index = /^\s*\d{1,10}\s*$/.test(text) ? Number(text) : NaN
    if (Number.isNaN(index)) {
      this.problem('importRead.issue.sharedStringIndexInvalid', { value: text.slice(0, 40) })
      return null
    }
    const value = this.shared[index]
    if (value === undefined) {
      this.problem('importRead.issue.sharedStringMissing', { index, count: this.shared.length })
      return null
    }
    return value
  }

  private problem(name: string, params: Record<string, string | number>): void {
    ;(this.problems ??= []).push({ column: this.column, name, params })
  }

  private endCell(): void {
    this.inCell = false
    this.reading = NOTHING
    const column = this.column
    this.lastColumn = column
    let value: CellValue = null
    if (this.pieces > 0) value = this.pieces === 1 ? this.value : this.valueOf(this.valueText)
    else if (this.type === INLINE && this.inlineText !== undefined) value = this.inlineText
    // `t="str"` with `<v></v>`: a formula whose result is the empty string (=IF(x="","",x)).
    else if (this.type === FORMULA_STRING && this.hasValueElement) value = ''
    if (typeof value === 'string' && this.type !== SHARED) {
      value = cleanCellText(value)
      if (NONCHARACTER.test(value)) this.stats.noncharacters = true
    } else if (typeof value === 'number' && this.dateStyles !== undefined && this.style > 0) {
      if (this.dateStyles[this.style] === 1 && Number.isFinite(value))
        value = serialToDate(value, this.date1904)
    }
    if (this.formula !== undefined) {
      // A formula saved without a (readable) result: written by a script, never opened in Excel.
      if (value === null || (typeof value === 'number' && Number.isNaN(value)))
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
  /** The archive's entries by canonical name (from the workbook guard). */
  entries: ReadonlyMap<string, ZipEntry>
  /** The workbook's sheets and parts (from the workbook guard). */
  workbook: WorkbookInfo
  /** Merged ranges by sheet part name. */
  mergesByPart: ReadonlyMap<string, SheetMerges>
}

async function* sheetRows(
  bytes: Buffer,
  entry: ZipEntry,
  reader: SheetReader,
  sheet: string
): AsyncGenerator<RawRow[]> {
  try {
    for await (const chunk of entryChunks(bytes, entry)) {
      reader.tokens.push(chunk)
      const batch = reader.read(false)
      if (batch.length > 0) yield batch
    }
    const last = reader.read(true)
    if (last.length > 0) yield last
  } catch (error) {
    // The importer words located errors with the sheet they are in.
    if (error instanceof LocatedReadError) error.params.sheet = sheet
    throw error
  }
}

/** The rows of sheet XML given in chunks, read at once (tests feed it chunks of every size). */
export function readSheetChunks(
  chunks: Iterable<Buffer>,
  shared: readonly string[] = [],
  merges: MergeRange[] = [],
  context: Omit<SheetContext, 'shared' | 'merges'> = {}
): { rows: RawRow[]; overflowRows: number } {
  const stats = { overflowRows: 0, noncharacters: false }
  const reader = new SheetReader({ ...context, shared, merges }, stats)
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
  const { workbook, entries } = options
  if (workbook.sheets.length === 0) return
  const sharedEntry =
    workbook.sharedStrings !== undefined ? entries.get(workbook.sharedStrings) : undefined
  const shared = sharedEntry ? await readSharedStrings(bytes, sharedEntry) : []
  const sharedNoncharacters = shared.some((text) => NONCHARACTER.test(text))
  const stylesEntry = workbook.styles !== undefined ? entries.get(workbook.styles) : undefined
  const dateStyles = stylesEntry ? await readStyles(bytes, stylesEntry) : undefined
  for (const sheet of workbook.sheets) {
    const entry = entries.get(sheet.part)
    if (!entry) continue
    const stats = { overflowRows: 0, noncharacters: sharedNoncharacters }
    const merges = options.mergesByPart.get(sheet.part)
    const reader = new SheetReader(
      { shared, dateStyles, date1904: workbook.date1904, merges: merges?.ranges },
      stats
    )
    yield {
      name: sheet.name,
      hidden: sheet.hidden,
      date1904: workbook.date1904,
      mergesTruncated: merges?.truncated === true,
      get overflowRows() {
        return stats.overflowRows
      },
      get noncharacters() {
        return stats.noncharacters
      },
      rows: sheetRows(bytes, entry, reader, sheet.name)
    }
  }
}
