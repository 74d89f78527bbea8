/**
 * Streams one SheetSpec into the workbook: widths measured first (a streaming sheet writes
 * its columns before its first row), then rows committed one at a time so a 10,000-line
 * quote never sits in memory as exceljs cell objects.
 */
import type { Cell, CellValue, Workbook } from 'exceljs'
import type { NameRegistry } from './names'
import type { PageSettings } from './page'
import { pageSetupFor } from './page'
import { columnLetter, type CellSpec, type SheetSpec } from './spec'
import type { StyleSet } from './styles'
import type { WorksheetWriter } from './streaming'
import { cellText, displayWidth } from './text'

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
  const sampled =
    spec.rows.length > WIDTH_SAMPLE_ROWS ? spec.rows.slice(0, WIDTH_SAMPLE_ROWS) : spec.rows
  for (const row of sampled) {
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

function cellValue(cell: Exclude<CellSpec, null>): CellValue {
  if ('text' in cell) return cellText(cell.text)
  if ('number' in cell) return cell.number
  return { formula: cell.formula, result: cell.result }
}

export function writeSheet(
  workbook: Workbook,
  spec: SheetSpec,
  styles: StyleSet,
  names: NameRegistry,
  page: PageSettings,
  /** Called once the sheet exists, before its rows (the Summary's logo). */
  decorate?: (sheet: WorksheetWriter) => void
): void {
  const sheet = workbook.addWorksheet(spec.name, {
    views: spec.headerRows > 0 ? [{ state: 'frozen', xSplit: 0, ySplit: spec.headerRows }] : [],
    pageSetup: pageSetupFor(spec, page),
    headerFooter: page.headerFooter(spec.name),
    properties: spec.tabColor ? { tabColor: { argb: spec.tabColor } } : {}
  }) as WorksheetWriter
  sheet.columns = measureColumns(spec).map((width) => ({ width }))
  decorate?.(sheet)
  spec.rows.forEach((rowSpec, rowIndex) => {
    const row = sheet.getRow(rowIndex + 1)
    rowSpec.cells.forEach((cell, columnIndex) => {
      // An empty text cell is no cell: 10,000 empty notes would cost 10,000 cells to write.
      if (cell === null || ('text' in cell && cell.text === '')) return
      const target: Cell = row.getCell(columnIndex + 1)
      target.value = cellValue(cell)
      // Always one of the shared style objects: exceljs caches style ids by object identity,
      // so a cell left with its own fresh style object costs a full style lookup.
      target.style = styles[cell.style ?? rowSpec.style ?? 'text']
      if ('name' in cell && cell.name !== undefined)
        names.define(cell.name, sheet, `${columnLetter(columnIndex + 1)}${rowIndex + 1}`)
    })
    row.commit()
  })
  sheet.commit()
}
