/**
 * RFC 4180 CSV/TSV reading: quoted fields, doubled quotes, embedded newlines, CRLF/LF/CR.
 * The delimiter is sniffed from the first lines (comma, tab or semicolon). Records are
 * yielded lazily so a large file reports progress and can be cancelled between records.
 */
import type { RawRow } from './raw-row'

export type Delimiter = ',' | '\t' | ';'

const QUOTE = 34
const CR = 13
const LF = 10

/** Picks the delimiter that splits the first lines most consistently. */
export function sniffDelimiter(text: string, hint?: Delimiter): Delimiter {
  const lines = text
    .slice(0, 64 * 1024)
    .split(/\r\n|\n|\r/, 20)
    .filter((line) => line.trim() !== '')
  const candidates: Delimiter[] = ['\t', ',', ';']
  let best: Delimiter = hint ?? ','
  let bestScore = -1
  for (const delimiter of candidates) {
    const counts = lines.map((line) => line.split(delimiter).length - 1)
    const linesWithIt = counts.filter((count) => count > 0).length
    // Prefer delimiters present on most lines; the hint wins a tie.
    const score = linesWithIt * 2 + (delimiter === hint ? 1 : 0)
    if (linesWithIt > 0 && score > bestScore) {
      best = delimiter
      bestScore = score
    }
  }
  return best
}

/** Columns that get an intern table (the importer reads no further anyway). */
const INTERNED_COLUMNS = 200
/** Slots per column table (a power of two), and how many texts it takes before it stops growing. */
const TABLE_SLOTS = 4096
const TABLE_LIMIT = 2048
/** Longer fields are not interned (descriptions, notes): they rarely repeat. */
const INTERNED_LENGTH = 64

/**
 * Per-column intern tables for unquoted fields. Inventory columns repeat themselves (`80GB`,
 * `NVIDIA`), so a field that was seen before is answered with the same string, found by a hash
 * computed while the field was scanned: no copy is made for it, and its hash (for the parse
 * memo downstream) is already known. Bounded: a column of unique values stops adding.
 */
class FieldInterner {
  private readonly hashes: Int32Array[] = []
  /** Where each interned text first appeared in the CSV text (compared in place there). */
  private readonly starts: Int32Array[] = []
  private readonly texts: (string | undefined)[][] = []
  private readonly sizes: number[] = []

  get(column: number, text: string, start: number, end: number, hash: number): string {
    const length = end - start
    if (length === 0 || length > INTERNED_LENGTH || column >= INTERNED_COLUMNS)
      return text.slice(start, end)
    let hashes = this.hashes[column]
    let starts = this.starts[column]
    let texts = this.texts[column]
    if (hashes === undefined) {
      hashes = this.hashes[column] = new Int32Array(TABLE_SLOTS)
      starts = this.starts[column] = new Int32Array(TABLE_SLOTS)
      texts = this.texts[column] = new Array<string | undefined>(TABLE_SLOTS).fill(undefined)
      this.sizes[column] = 0
    }
    let slot = hash & (TABLE_SLOTS - 1)
    for (let candidate = texts[slot]; candidate !== undefined; candidate = texts[slot]) {
      if (hashes[slot] === hash && candidate.length === length) {
        const first = starts[slot]
        let same = 0
        while (same < length && text.charCodeAt(first + same) === text.charCodeAt(start + same))
          same++
        if (same === length) return candidate
      }
      slot = (slot + 1) & (TABLE_SLOTS - 1)
    }
    const value = text.slice(start, end)
    if (this.sizes[column] < TABLE_LIMIT) {
      hashes[slot] = hash
      starts[slot] = start
      texts[slot] = value
      this.sizes[column]++
    }
    return value
  }
}

export interface CsvReadState {
  /** Record number where a quoted field was left open at the end of the text, if any. */
  unterminatedQuoteAt?: number
}

/** 31-based hash of `text[start…end]`, as the unquoted scan computes it. */
function hashRange(text: string, start: number, end: number): number {
  let hash = 0
  for (let at = start; at < end; at++) hash = (Math.imul(hash, 31) + text.charCodeAt(at)) | 0
  return hash
}

/**
 * A quoted field in general: runs to the next lone quote, `""` is a literal quote, and anything
 * between the closing quote and the delimiter is kept, as Excel does. Returns where it ends.
 */
function readQuoted(
  text: string,
  position: number,
  separator: number,
  fields: string[],
  state: CsvReadState,
  record: number
): number {
  const length = text.length
  let value = ''
  let from = position + 1
  let at = length
  for (;;) {
    const quote = text.indexOf('"', from)
    if (quote < 0) {
      value += text.slice(from)
      state.unterminatedQuoteAt ??= record
      break
    }
    value += text.slice(from, quote)
    if (text.charCodeAt(quote + 1) === QUOTE) {
      value += '"'
      from = quote + 2
      continue
    }
    at = quote + 1
    break
  }
  let end = at
  while (end < length) {
    const code = text.charCodeAt(end)
    if (code === separator || code === CR || code === LF) break
    end++
  }
  fields.push(lineBreaksAsLf(value + text.slice(at, end)))
  return end
}

/** CR and CRLF inside a quoted field read as LF, as in a cell typed in Excel. */
function lineBreaksAsLf(field: string): string {
  return field.includes('\r') ? field.replace(/\r\n?/g, '\n') : field
}

/**
 * Reads the record starting at `position` into `fields`; returns where the next record starts.
 * Without an interner every field is its own copy (one record read again needs no table).
 */
function readRecord(
  text: string,
  position: number,
  separator: number,
  fields: string[],
  interner: FieldInterner | undefined,
  state: CsvReadState,
  record: number
): number {
  const length = text.length
  for (;;) {
    if (text.charCodeAt(position) === QUOTE) {
      // The usual quoted field ("$27,500"): no doubled quote, the delimiter right after it.
      const close = text.indexOf('"', position + 1)
      const after = close < 0 || close + 1 >= length ? -1 : text.charCodeAt(close + 1)
      if (close >= 0 && (after === -1 || after === separator || after === CR || after === LF)) {
        fields.push(
          interner
            ? interner.get(
                fields.length,
                text,
                position + 1,
                close,
                close - position <= INTERNED_LENGTH ? hashRange(text, position + 1, close) : 0
              )
            : text.slice(position + 1, close)
        )
        const last = fields.length - 1
        if (fields[last].includes('\r')) fields[last] = lineBreaksAsLf(fields[last])
        position = close + 1
      } else {
        position = readQuoted(text, position, separator, fields, state, record)
      }
    } else {
      let end = position
      let hash = 0
      while (end < length) {
        const code = text.charCodeAt(end)
        if (code === separator || code === CR || code === LF) break
        hash = (Math.imul(hash, 31) + code) | 0
        end++
      }
      fields.push(
        interner
          ? interner.get(fields.length, text, position, end, hash)
          : text.slice(position, end)
      )
      position = end
    }
    const code = position < length ? text.charCodeAt(position) : -1
    if (code === separator) {
      position++
      if (position >= length) {
        fields.push('')
        return position
      }
    } else if (code === CR) {
      return position + (text.charCodeAt(position + 1) === LF ? 2 : 1)
    } else if (code === LF) {
      return position + 1
    } else {
      return position // end of text
    }
  }
}

export function* csvRecords(
  text: string,
  delimiter: Delimiter,
  state: CsvReadState = {}
): Generator<RawRow> {
  const separator = delimiter.charCodeAt(0)
  const interner = new FieldInterner()
  let position = 0
  let record = 0
  while (position < text.length) {
    record++
    const fields: string[] = []
    const at = position
    position = readRecord(text, position, separator, fields, interner, state, record)
    yield { row: record, cells: fields, at }
  }
}

/** The cells of the record that starts at `at` (a row read again for a result page). */
export function csvRecordAt(text: string, delimiter: Delimiter, at: number): string[] {
  const fields: string[] = []
  readRecord(text, at, delimiter.charCodeAt(0), fields, undefined, {}, 0)
  return fields
}
