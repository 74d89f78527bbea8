/**
 * Test helpers: read a produced workbook back, and recalculate every formula in it with a
 * real formula engine (HyperFormula) so cached values can be compared with fresh ones.
 */
import ExcelJS from 'exceljs'
import { HyperFormula, type RawCellContent } from 'hyperformula'

export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  return workbook
}

export interface FormulaCell {
  sheet: string
  address: string
  row: number
  col: number
  formula: string
  cached: number
}

/** Every formula cell with its cached result. */
export function formulaCells(workbook: ExcelJS.Workbook): FormulaCell[] {
  const out: FormulaCell[] = []
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        const value = cell.value
        if (value && typeof value === 'object' && 'formula' in value) {
          out.push({
            sheet: sheet.name,
            address: cell.address,
            row: Number(row.number),
            col: Number(cell.col),
            formula: String(value.formula),
            // cell.value drops a cached 0 (exceljs copies only truthy fields); cell.result does not.
            cached: cell.result as number
          })
        }
      })
    })
  })
  return out
}

/** Defined names as exceljs reads them back: name → `'Sheet'!$C$7`. */
export function definedNames(workbook: ExcelJS.Workbook): Map<string, string> {
  const names = new Map<string, string>()
  const model = workbook.definedNames.model as { name: string; ranges: string[] }[]
  for (const { name, ranges } of model) if (ranges.length > 0) names.set(name, ranges[0])
  return names
}

/** Text cells are left out: no formula refers to one, and text starting with = must stay text. */
function sheetContent(sheet: ExcelJS.Worksheet): RawCellContent[][] {
  const rows: RawCellContent[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: RawCellContent[] = []
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const value = cell.value
      let content: RawCellContent = null
      if (typeof value === 'number') content = value
      else if (value && typeof value === 'object' && 'formula' in value)
        content = `=${value.formula}`
      cells[col - 1] = content
    })
    rows[rowNumber - 1] = cells
  })
  return rows.map((row) => (row ? Array.from(row, (cell) => cell ?? null) : []))
}

export interface Recalculated {
  hf: HyperFormula
  sheetId(name: string): number
  /** The engine's value of a defined name's cell. */
  valueOf(name: string): unknown
  /** Sets the value of a named input cell; dependants recalculate. */
  setName(name: string, value: number): void
  /** The engine's value at a cell. */
  valueAt(sheet: string, row: number, col: number): unknown
}

const ADDRESS = /^'?((?:[^']|'')+?)'?!\$([A-Z]+)\$(\d+)$/

function columnNumber(letters: string): number {
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0)
}

export function recalculate(workbook: ExcelJS.Workbook): Recalculated {
  const sheets: Record<string, RawCellContent[][]> = {}
  workbook.eachSheet((sheet) => {
    sheets[sheet.name] = sheetContent(sheet)
  })
  const names = definedNames(workbook)
  const named = [...names].map(([name, ref]) => ({ name, expression: `=${ref}` }))
  // smartRounding off: compare IEEE doubles as Excel computes them, not rounded for display.
  const hf = HyperFormula.buildFromSheets(
    sheets,
    { licenseKey: 'gpl-v3', smartRounding: false },
    named
  )
  const sheetId = (name: string) => {
    const id = hf.getSheetId(name)
    if (id === undefined) throw new Error(`no sheet ${name}`)
    return id
  }
  const locate = (name: string) => {
    const ref = names.get(name)
    const match = ref && ADDRESS.exec(ref)
    if (!match) throw new Error(`no defined name ${name}`)
    return {
      sheet: sheetId(match[1].replace(/''/g, "'")),
      col: columnNumber(match[2]) - 1,
      row: Number(match[3]) - 1
    }
  }
  return {
    hf,
    sheetId,
    valueOf: (name) => hf.getCellValue(locate(name)),
    setName: (name, value) => {
      hf.setCellContents(locate(name), [[value]])
    },
    valueAt: (sheet, row, col) =>
      hf.getCellValue({ sheet: sheetId(sheet), row: row - 1, col: col - 1 })
  }
}

/** Relative closeness for money and counts that went through different summation orders. */
export function close(actual: number, expected: number, relative = 1e-9): boolean {
  return Math.abs(actual - expected) <= relative * Math.max(1, Math.abs(expected))
}
