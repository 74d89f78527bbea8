/**
 * Issue 17, real-world writers: small workbooks written by the producers we cannot run here
 * (Excel for Windows and Mac, Excel's Strict OOXML, Google Sheets, Numbers, WPS Office,
 * LibreOffice's 1904 date system), taken from other readers' public test suites with their
 * licences (tests/fixtures/inventory/writers/third-party/README.md). Each is read with the
 * importer's .xlsx reader and must hold what the file holds: the values those projects' own
 * tests assert, checked again against the parts' XML.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkWorkbook } from '../../../src/main/services/inventory/read/workbook-guard'
import { xlsxSheets } from '../../../src/main/services/inventory/read/xlsx-rows'
import type { CellValue } from '../../../src/main/services/inventory/read/raw-row'
import { cleanCellText } from '../../../src/main/services/inventory/read/cell-text'
import { FIXTURES } from './helpers'

const FOLDER = join(FIXTURES, 'writers', 'third-party')

interface ReadSheet {
  name: string
  date1904: boolean
  /** By spreadsheet row number: the row's cells (A first). */
  rows: Map<number, CellValue[]>
}

async function read(file: string): Promise<ReadSheet[]> {
  const bytes = readFileSync(join(FOLDER, file))
  const check = await checkWorkbook(bytes, file)
  const sheets: ReadSheet[] = []
  for await (const sheet of xlsxSheets(bytes, check)) {
    const rows = new Map<number, CellValue[]>()
    for await (const batch of sheet.rows) for (const row of batch) rows.set(row.row, row.cells)
    sheets.push({ name: sheet.name, date1904: sheet.date1904, rows })
  }
  return sheets
}

const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`)

describe('workbooks written by other producers', () => {
  it('Excel for Windows (16): merged ranges fill every covered cell with the top-left value', async () => {
    // merge_cells.xlsx: A1:B1, A2:A4 and B2:D4 merged (calamine asserts the three ranges).
    const [sheet] = await read('excel-windows-merges.xlsx')
    expect(sheet.rows.get(1)).toEqual(['Row Merge', 'Row Merge', 'Not Merged'])
    for (const row of [2, 3, 4])
      expect(sheet.rows.get(row)).toEqual([
        'Column Merge',
        'Chunk Merged',
        'Chunk Merged',
        'Chunk Merged'
      ])
  })

  it('Excel for Windows (16): `_x000D_` before a literal CRLF is one line break', async () => {
    // The shared string is `ABC_x000D_` CR LF `DEF`: XML reads the literal CR LF as LF, the
    // escape is CR, so the cell holds CR LF ("ABC\r\nDEF", as calamine asserts): one break.
    const [sheet] = await read('excel-windows-x000D-crlf.xlsx')
    expect(sheet.rows.get(1)).toEqual(['ABC\nDEF'])
  })

  it('Excel for Mac (16): shared strings and numbers', async () => {
    const [sheet] = await read('excel-mac-readings.xlsx')
    expect([...sheet.rows.entries()]).toEqual([
      [1, ['Station', 'Celsius', 'Humidity', 'Pressure']],
      [2, ['London', 15, 72, 1013]],
      [3, ['Paris', 18.5, 65, 1009]],
      [4, ['Berlin', 12, 80, 1017]]
    ])
  })

  it('Excel for Mac (2011): a workbook whose sheet name is Chinese', async () => {
    const [sheet] = await read('excel-mac-2011.xlsx')
    expect(sheet.name).toBe('普通技能')
    expect(sheet.rows.get(1)?.[0]).toBe('编号')
  })

  it('Excel, Strict OOXML (purl.oclc.org namespaces and relationship types)', async () => {
    const sheets = await read('excel-strict-ooxml.xlsx')
    expect(sheets.map((sheet) => sheet.name)).toEqual(['ml_out'])
    const rows = sheets[0].rows
    expect(rows.size).toBe(76)
    expect(rows.get(1)?.slice(0, 3)).toEqual(['Item', 'Thickness', 'Number Off Bends'])
    expect(rows.get(1)?.[17]).toBe('GoldenRun')
    expect(rows.get(2)?.slice(0, 4)).toEqual(['150-031260-001_B', 1.5, 7, 4])
    expect(rows.get(3)?.[0]).toBe(1625593500)
  })

  it('LibreOffice: the same dates in the 1900 and the 1904 date systems', async () => {
    // date.xlsx holds serial 44197 (1900 system), date_1904.xlsx 42735 (1904 system): both
    // 2021-01-01, as calamine asserts; row 3 is a duration (10.632… days), kept as a number.
    const [in1900] = await read('libreoffice-dates-1900.xlsx')
    const [in1904] = await read('libreoffice-dates-1904.xlsx')
    expect(in1900.date1904).toBe(false)
    expect(in1904.date1904).toBe(true)
    for (const sheet of [in1900, in1904]) {
      expect(sheet.rows.get(1)).toEqual([utc('2021-01-01'), 15])
      expect(sheet.rows.get(2)).toEqual([utc('2021-01-02'), 16])
      expect(sheet.rows.get(3)).toEqual([10.6320601851852, 17])
    }
  })

  it('Google Sheets export', async () => {
    const [sheet] = await read('google-sheets.xlsx')
    expect([...sheet.rows.entries()]).toEqual([
      [1, ['This is a test spreadsheet', 'It has a couple of columns']],
      [2, ['as well as a couple of rows', 'hello hello']]
    ])
  })

  it('Numbers for Mac: a sheet part not named sheet1.xml, found through the relationships', async () => {
    const [sheet] = await read('numbers-mac.xlsx')
    expect(sheet.name).toBe('主动技能')
    expect(sheet.rows.get(1)).toEqual(['编号'])
  })

  it('WPS Office: rows with gaps keep their numbers, and a cell its column', async () => {
    const [sheet] = await read('wps-office.xlsx')
    expect([...sheet.rows.entries()]).toEqual([
      [1, ['编号']],
      [3, ['编号']],
      [5, [null, null, '编号']]
    ])
  })
})

describe('cell text line breaks (the defect the Excel for Windows file showed)', () => {
  it('a literal CR LF after `_x000D_` is one break; escaped and literal breaks alone stay one', () => {
    expect(cleanCellText('ABC_x000D_\r\nDEF')).toBe('ABC\nDEF')
    expect(cleanCellText('ABC_x000D_\nDEF')).toBe('ABC\nDEF')
    expect(cleanCellText('ABC_x000D__x000A_DEF')).toBe('ABC\nDEF')
    expect(cleanCellText('ABC\r\nDEF')).toBe('ABC\nDEF')
    expect(cleanCellText('ABC\rDEF')).toBe('ABC\nDEF')
    expect(cleanCellText('A\n\nB')).toBe('A\n\nB')
  })
})
