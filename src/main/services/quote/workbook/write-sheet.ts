/**
 * Streams one SheetSpec into the workbook: widths measured first (a streaming sheet writes
 * its columns before its first row), then the rows as XML (row-xml.ts), so a 10,000-line
 * quote never exists as exceljs row and cell objects.
 */
import type { Workbook } from 'exceljs'
import type { NameRegistry } from './names'
import type { PageSettings } from './page'
import { pageSetupFor } from './page'
import { RowXmlWriter } from './row-xml'
import { columnLetter, type CellSpec, type RowSpec, type SheetSpec } from './spec'
import type { StyleSet } from './styles'
import type { WorksheetWriter } from './streaming'
import { displayWidth } from './text'

const DEFAULT_MIN_WIDTH = 6
const DEFAULT_MAX_WIDTH = 60
/** Rows past this many are sampled for width: the first ones already show the shape of the data. */
const WIDTH_SAMPLE_ROWS = 2_000

function cellWidth(cell: CellSpec): number {
  if (cell === null) return 0
  if ('text' in cell) return displayWidth(cell.text)
  const value = 'number' in cell ? cell.number : cell.result
  // Formatted numbers: grouping separators and a currency symbol or two decimals.
  const digits = Number.isFinite(value) ? String(Math.round(Math.abs(value))).length : 8
  return Math.min(digits + Math.floor(digits / 3) + 5, 22)
}

export function measureColumns(spec: SheetSpec): number[] {
  const widths = spec.columns.map((column) => column.minWidth ?? DEFAULT_MIN_WIDTH)
  const sampled = Math.min(spec.rows.length, WIDTH_SAMPLE_ROWS)
  for (let rowIndex = 0; rowIndex < sampled; rowIndex++) {
    const row = spec.rows.at(rowIndex)
    if (!row) continue
    row.cells.forEach((cell, index) => {
      if (index >= widths.length) return
      // Section and title rows span the sheet visually; they should not widen column A.
      if (row.style === 'title' || row.style === 'section' || row.style === 'subtitle') return
      widths[index] = Math.max(widths[index], cellWidth(cell) + 2)
    })
  }
  return widths.map((width, index) =>
    Math.min(width, spec.columns[index].maxWidth ?? DEFAULT_MAX_WIDTH)
  )
}

/** Points per line of 10-point text (CJK fonts need a little more than Latin ones). */
const LINE_HEIGHT = 14

/**
 * The height a row needs for its wrapped cells, in points, or undefined for one line. Excel
 * and LibreOffice do not grow a row for wrapped text on opening a file, so without this
 * wrapped formulas and sources overlapped the rows below them.
 */
export class RowHeights {
  /** Per column width: text → lines (formulas and sources repeat for every workload). */
  private readonly lineCache = new Map<number, Map<string, number>>()

  constructor(
    private readonly widths: readonly number[],
    private readonly styles: StyleSet
  ) {}

  private lines(text: string, width: number): number {
    // One character of the column's width is its padding.
    const usable = Math.max(1, width - 1)
    // Fits on one line even if every character were wide: no need to measure.
    if (text.length * 2 <= usable && !text.includes('\n')) return 1
    let cache = this.lineCache.get(usable)
    if (!cache) {
      cache = new Map()
      this.lineCache.set(usable, cache)
    }
    let lines = cache.get(text)
    if (lines === undefined) {
      lines = 0
      for (const line of text.split('\n'))
        lines += Math.max(1, Math.ceil(displayWidth(line) / usable))
      if (cache.size < 50_000) cache.set(text, lines)
    }
    return lines
  }

  of(row: RowSpec): number | undefined {
    let most = 1
    for (let index = 0; index < row.cells.length; index++) {
      const cell = row.cells[index]
      if (cell === null || !('text' in cell) || index >= this.widths.length) continue
      const style = this.styles[cell.style ?? row.style ?? 'text']
      const wraps = style.alignment?.wrapText === true
      if (!wraps && !cell.text.includes('\n')) continue
      const lines = wraps ? this.lines(cell.text, this.widths[index]) : cell.text.split('\n').length
      if (lines > most) most = lines
    }
    return most > 1 ? most * LINE_HEIGHT : undefined
  }
}

/** Rows between pauses that let the zip stream compress what was written so far. */
const ROWS_PER_SLICE = 1_000

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

export async function writeSheet(
  workbook: Workbook,
  spec: SheetSpec,
  styles: StyleSet,
  names: NameRegistry,
  page: PageSettings,
  /** Called once the sheet exists, before its rows (the Summary's logo). */
  decorate?: (sheet: WorksheetWriter) => void
): Promise<void> {
  const sheet = workbook.addWorksheet(spec.name, {
    views: spec.headerRows > 0 ? [{ state: 'frozen', xSplit: 0, ySplit: spec.headerRows }] : [],
    pageSetup: pageSetupFor(spec, page),
    headerFooter: page.headerFooter(spec.name),
    properties: spec.tabColor ? { tabColor: { argb: spec.tabColor } } : {}
  }) as WorksheetWriter
  const widths = measureColumns(spec)
  sheet.columns = widths.map((width) => ({ width }))
  const heights = new RowHeights(widths, styles)
  decorate?.(sheet)
  const rows = new RowXmlWriter(workbook, sheet)
  const columns = spec.columns.map((_, index) => columnLetter(index + 1))
  const defineNames = (cell: Exclude<CellSpec, null>, address: string) => {
    if ('name' in cell && cell.name !== undefined) names.define(cell.name, sheet, address)
  }
  for (let rowIndex = 0; rowIndex < spec.rows.length; rowIndex++) {
    const rowSpec = spec.rows.at(rowIndex)
    if (!rowSpec) continue
    const rowNumber = rowIndex + 1
    // Always one of the shared style objects (one style id each, looked up once).
    const styleOf = (cell: Exclude<CellSpec, null>) => styles[cell.style ?? rowSpec.style ?? 'text']
    rows.row(rowNumber, rowSpec.cells, columns, styleOf, defineNames, heights.of(rowSpec))
    if (rowNumber % ROWS_PER_SLICE === 0) {
      // Let the zip stream take (and compress) the XML so far: otherwise a big sheet's XML
      // would sit uncompressed in memory until the whole sheet is written.
      rows.flush()
      await nextTurn()
    }
  }
  rows.flush()
  sheet.commit()
}
