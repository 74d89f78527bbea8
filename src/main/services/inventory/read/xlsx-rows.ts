/**
 * .xlsx rows through exceljs's streaming reader (a regular read of 50k rows costs ~400 MB;
 * streaming stays near 130 MB). Cells become plain values: rich text is joined, formulas
 * give their cached result, error cells stay errors. Merged ranges (found by the workbook
 * guard) repeat their top-left value into every covered cell, so a merged "NVIDIA" vendor
 * cell applies to each of its rows.
 */
import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { LIMITS } from '../limits'
import type { MergeRange } from './workbook-guard'
import type { CellValue, RawRow, SheetRows } from './raw-row'

/** The parts of exceljs's untyped streaming reader this module uses. */
interface StreamRow {
  number: number
  values: unknown
}
interface StreamWorksheet {
  name?: string
  id?: number
  state?: string
  /** exceljs's own batching: one array of events (rows among them) per parsed XML chunk. */
  parse(): AsyncIterable<{ eventType: string; value: unknown }[]>
}
interface StreamWorkbook extends AsyncIterable<StreamWorksheet> {
  on(event: 'entry', listener: (entry: { type: string; id?: string }) => void): void
  properties?: { model?: { date1904?: boolean } }
}

export interface XlsxSheetRows extends SheetRows {
  date1904: boolean
  /** Rows that had cells beyond the column limit (they were dropped); live while rows stream. */
  readonly overflowRows: number
}

function richTextOf(value: { richText: { text?: string }[] }): string {
  return value.richText.map((run) => run.text ?? '').join('')
}

/** exceljs cell value → importer cell value. */
export function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return typeof value === 'number' && Number.isNaN(value) ? { error: '#NUM!' } : value
  }
  if (value instanceof Date) return value
  if (typeof value !== 'object') return null
  const object = value as Record<string, unknown>
  if ('richText' in object && Array.isArray(object.richText)) {
    return richTextOf(object as { richText: { text?: string }[] })
  }
  if ('error' in object) return { error: String(object.error) }
  if ('formula' in object || 'sharedFormula' in object) {
    const formula = String(object.formula ?? object.sharedFormula ?? '')
    if (!('result' in object) || object.result === undefined) return { formula }
    const result = object.result
    // The streaming reader parses an error result (#N/A) as NaN: the text is gone.
    if (typeof result === 'number' && Number.isNaN(result)) return { error: '#N/A' }
    return toCellValue(result)
  }
  if ('text' in object) {
    const text = object.text
    return typeof text === 'string' ? text : toCellValue(text)
  }
  return null
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

export interface XlsxOpenOptions {
  mergesBySheetPart: Map<string, MergeRange[]>
}

/** Streams the workbook's sheets in file order; each sheet's rows must be consumed (or abandoned) before the next. */
export async function* xlsxSheets(
  bytes: Buffer,
  options: XlsxOpenOptions
): AsyncGenerator<XlsxSheetRows> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'emit'
  }) as unknown as StreamWorkbook
  let currentPart = ''
  reader.on('entry', (entry) => {
    if (entry.type === 'worksheet' && entry.id !== undefined) currentPart = String(entry.id)
  })
  for await (const worksheet of reader) {
    const filler = new MergeFiller(options.mergesBySheetPart.get(currentPart) ?? [])
    const stats = { overflowRows: 0 }
    yield {
      name: worksheet.name ?? `Sheet${worksheet.id ?? currentPart}`,
      hidden: worksheet.state === 'hidden' || worksheet.state === 'veryHidden',
      date1904: reader.properties?.model?.date1904 === true,
      get overflowRows() {
        return stats.overflowRows
      },
      rows: streamRows(worksheet, filler, stats)
    }
  }
}

async function* streamRows(
  worksheet: StreamWorksheet,
  filler: MergeFiller,
  stats: { overflowRows: number }
): AsyncGenerator<RawRow[]> {
  for await (const events of worksheet.parse()) {
    const batch: RawRow[] = []
    for (const event of events) {
      if (event.eventType !== 'row') continue
      const row = event.value as StreamRow
      const values = row.values as unknown[]
      const width = Math.min(values.length - 1, LIMITS.maxColumns)
      if (values.length - 1 > LIMITS.maxColumns) stats.overflowRows++
      const cells: CellValue[] = new Array(Math.max(width, 0))
      for (let column = 1; column <= width; column++)
        cells[column - 1] = toCellValue(values[column])
      if (!filler.empty) filler.apply(row.number, cells)
      batch.push({ row: row.number, cells })
    }
    if (batch.length > 0) yield batch
  }
}
