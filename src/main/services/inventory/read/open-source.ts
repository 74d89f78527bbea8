/**
 * Opens any accepted file as a table source: sniff the real type, vet it (zip guard for
 * .xlsx, encoding for text), then hand out its sheets as rows. `sheets()` can be called
 * again to re-read from the start (inspection reads a little of every sheet first).
 */
import { setImmediate as yieldToEventLoop } from 'node:timers/promises'
import { fail } from '../issues'
import type { CsvText } from '../imported-rows'
import { csvRecords, sniffDelimiter, type CsvReadState, type Delimiter } from './csv-rows'
import { sniffFile } from './sniff'
import { NONCHARACTER } from './cell-text'
import { decodeText, type DecodedText, type TextEncoding } from './text-decode'
import type { EncodingConfidence } from '@shared/schema/inventory'
import { checkWorkbook, type PackageWarning } from './workbook-guard'
import { xlsxSheets } from './xlsx-rows'
import type { RawRow, SheetRows } from './raw-row'

export interface SourceSheet extends SheetRows {
  date1904: boolean
  /** .xlsx only: more merged ranges than are read (the import warns). */
  mergesTruncated?: boolean
  /** Rows that had cells beyond the column limit (known once the rows are read). */
  overflowRows(): number
  /** Some cell text may hold a noncharacter (U+FFFE…): the row builder checks cells then. */
  noncharacters(): boolean
  /** CSV only: record where a quote was left open, once the rows are read. */
  unterminatedQuoteAt(): number | undefined
  /**
   * CSV only: the decoded text, so the row that starts at `at` (RawRow.at) can be read again.
   * Imports keep that offset instead of the row's cells: the text is kept anyway.
   */
  csvText?: CsvText
}

export interface TableSource {
  format: 'xlsx' | 'csv' | 'tsv'
  encoding?: TextEncoding
  encodingConfidence?: EncodingConfidence
  /** .xlsx only: damage the reader worked around (each becomes a file-level warning). */
  warnings?: PackageWarning[]
  sheets(): AsyncGenerator<SourceSheet>
}

/** Records per batch; the event loop gets a turn between batches (progress polls, cancel). */
const RECORDS_PER_TURN = 2000

function baseName(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(0, dot) : name
}

/**
 * Excel's `sep=;` first line names the delimiter (Excel writes and honours it). The line is
 * blanked, not cut: record numbers and offsets stay those of the file, and a blank row is skipped.
 */
const SEPARATOR_LINE = /^"?sep=([,;\t|])"?[^\S\r\n]*(?=\r\n|\n|\r|$)/i

export function separatorLine(text: string): { text: string; delimiter?: Delimiter } {
  const match = SEPARATOR_LINE.exec(text.slice(0, 16))
  if (!match || match[1] === '|') return { text }
  return {
    text: ' '.repeat(match[0].length) + text.slice(match[0].length),
    delimiter: match[1] as Delimiter
  }
}

function textSource(
  file: string,
  text: string,
  decoded: Omit<DecodedText, 'text'>,
  delimiter: Delimiter
): TableSource {
  return {
    format: delimiter === '\t' ? 'tsv' : 'csv',
    encoding: decoded.encoding,
    encodingConfidence: decoded.confidence,
    async *sheets() {
      const state: CsvReadState = {}
      // One look at the whole text: the usual file has none, and its cells are then not checked.
      const noncharacters = NONCHARACTER.test(text)
      const rows = async function* (): AsyncGenerator<RawRow[]> {
        let batch: RawRow[] = []
        for (const record of csvRecords(text, delimiter, state)) {
          batch.push(record)
          if (batch.length >= RECORDS_PER_TURN) {
            yield batch
            batch = []
            // Let progress polls and cancel requests through between batches.
            await yieldToEventLoop()
          }
        }
        if (batch.length > 0) yield batch
      }
      yield {
        name: baseName(file),
        hidden: false,
        date1904: false,
        rows: rows(),
        overflowRows: () => 0,
        noncharacters: () => noncharacters,
        unterminatedQuoteAt: () => state.unterminatedQuoteAt,
        csvText: { text, delimiter }
      }
    }
  }
}

export async function openSource(
  file: string,
  bytes: Buffer,
  encoding?: TextEncoding
): Promise<TableSource> {
  const kind = sniffFile(bytes, file)
  if (kind.kind === 'xlsx') {
    const check = await checkWorkbook(bytes, file)
    return {
      format: 'xlsx',
      warnings: check.warnings,
      async *sheets() {
        for await (const sheet of xlsxSheets(bytes, check)) {
          yield {
            ...sheet,
            mergesTruncated: sheet.mergesTruncated,
            overflowRows: () => sheet.overflowRows,
            noncharacters: () => sheet.noncharacters,
            unterminatedQuoteAt: () => undefined
          }
        }
      }
    }
  }
  const decoded = decodeText(bytes, encoding)
  if (decoded.text.trim() === '') fail('UNSUPPORTED_FILE', 'emptyFile', { file }, { file })
  const { text, delimiter } = separatorLine(decoded.text)
  return textSource(file, text, decoded, delimiter ?? sniffDelimiter(text, kind.delimiterHint))
}
