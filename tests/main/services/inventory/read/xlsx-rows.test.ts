/**
 * The .xlsx row reader's own surface: readSheetChunks (one sheet's XML), xlsxSheets (the
 * workbook's sheets as they stream), serialToDate and the located read error. The cell-kind
 * and chunk-border matrix lives in tests/main/inventory/xlsx-reader.test.ts; this file covers
 * merges, date styles, located problems and what xlsxSheets reports per sheet.
 */
import { describe, expect, it } from 'vitest'
import {
  LocatedReadError,
  MAX_SHEET_ROW,
  readSheetChunks,
  serialToDate,
  xlsxSheets
} from '../../../../../src/main/services/inventory/read/xlsx-rows'
import { checkWorkbook } from '../../../../../src/main/services/inventory/read/workbook-guard'
import { XmlReadError } from '../../../../../src/main/services/inventory/read/xml-bytes'
import type { RawRow } from '../../../../../src/main/services/inventory/read/raw-row'
import { sheetXml, xlsxPackage, type RawCell } from '../../../../../fuzz/xlsx'

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
const sheet = (rows: string): string =>
  `<worksheet ${MAIN}><sheetData>${rows}</sheetData></worksheet>`

function rowsOf(
  xml: string,
  ...rest: Parameters<typeof readSheetChunks> extends [unknown, ...infer R] ? R : never
): RawRow[] {
  return readSheetChunks([Buffer.from(xml)], ...rest).rows
}

describe('serialToDate', () => {
  it('reads 1900-system serials as Excel shows them', () => {
    // 44927 is 2023-01-01 (Excel); 73 more days = Jan 31 + Feb 28 + 14 → 2023-03-15.
    expect(serialToDate(45000, false).toISOString()).toBe('2023-03-15T00:00:00.000Z')
    // Serial 1 is 1900-01-01 and 59 is 1900-02-28: below 61 a day is added for the phantom
    // 1900-02-29 Excel counts, which serial 60 names (it lands on 1 March).
    expect(serialToDate(1, false).toISOString()).toBe('1900-01-01T00:00:00.000Z')
    expect(serialToDate(59, false).toISOString()).toBe('1900-02-28T00:00:00.000Z')
    expect(serialToDate(61, false).toISOString()).toBe('1900-03-01T00:00:00.000Z')
  })

  it('reads 1904-system serials from 1904-01-01, with the time of day from the fraction', () => {
    expect(serialToDate(0, true).toISOString()).toBe('1904-01-01T00:00:00.000Z')
    // 1.75 days: the next day at 18:00.
    expect(serialToDate(1.75, true).toISOString()).toBe('1904-01-02T18:00:00.000Z')
    // The same serial is 1462 days apart in the two systems (1900-system 1462 = 1904-01-01).
    expect(serialToDate(1462, false).toISOString()).toBe('1904-01-01T00:00:00.000Z')
  })
})

describe('readSheetChunks', () => {
  it('turns a date-styled number into a date, and leaves other styles as numbers', () => {
    // Style 1 shows a date, style 2 does not.
    const dateStyles = Uint8Array.from([0, 1, 0])
    const rows = rowsOf(
      sheet('<row r="1"><c r="A1" s="1"><v>45000</v></c><c r="B1" s="2"><v>45000</v></c></row>'),
      [],
      [],
      { dateStyles }
    )
    expect(rows[0].cells).toEqual([new Date('2023-03-15T00:00:00Z'), 45000])
  })

  it('reads t="d" time-only and duration cells as fractions of a day', () => {
    const rows = rowsOf(
      sheet(
        '<row r="1"><c r="A1" t="d"><v>06:00:00</v></c><c r="B1" t="d"><v>P1DT12H</v></c><c r="C1" t="d"><v>2024-02-29</v></c></row>'
      )
    )
    // 06:00 = 0.25 day; P1DT12H = 1.5 days; a calendar date stays a date (UTC).
    expect(rows[0].cells).toEqual([0.25, 1.5, new Date('2024-02-29T00:00:00Z')])
  })

  it('locates a shared-string index that is not one, or that the table lacks, to its column', () => {
    const rows = rowsOf(
      sheet(
        '<row r="4"><c r="A4" t="s"><v>0</v></c><c r="B4" t="s"><v>1.5</v></c><c r="C4" t="s"><v>7</v></c></row>'
      ),
      ['H100']
    )
    // The bad cells are empty, and each problem names column 2 or 3 of row 4.
    expect(rows).toEqual([
      {
        row: 4,
        cells: ['H100'],
        problems: [
          {
            column: 2,
            name: 'importRead.issue.sharedStringIndexInvalid',
            params: { value: '1.5' }
          },
          {
            column: 3,
            name: 'importRead.issue.sharedStringMissing',
            params: { index: 7, count: 1 }
          }
        ]
      }
    ])
  })

  it('repeats a merged range’s top-left value into every cell it covers, then stops', () => {
    // A2:A4 holds "NVIDIA" (vendor for three rows); B2:C2 holds "80" across two columns.
    const rows = rowsOf(
      sheet(
        '<row r="2"><c r="A2" t="inlineStr"><is><t>NVIDIA</t></is></c><c r="B2"><v>80</v></c></row>' +
          '<row r="3"><c r="D3"><v>1</v></c></row>' +
          '<row r="4"/>' +
          '<row r="5"><c r="D5"><v>2</v></c></row>'
      ),
      [],
      [
        { top: 2, left: 1, bottom: 4, right: 1 },
        { top: 2, left: 2, bottom: 2, right: 3 }
      ]
    )
    expect(rows.map((row) => [row.row, row.cells])).toEqual([
      [2, ['NVIDIA', 80, 80]],
      [3, ['NVIDIA', null, null, 1]],
      [4, ['NVIDIA']],
      // Row 5 is past the merge: nothing is filled in.
      [5, [null, null, null, 2]]
    ])
  })

  it('ignores a merge that overlaps one already covering its columns (Excel refuses those)', () => {
    const rows = rowsOf(
      sheet(
        '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row><row r="3"/>'
      ),
      [],
      [
        { top: 1, left: 1, bottom: 3, right: 1 },
        // Starts inside A1:A3: dropped, so row 3 still shows A1's value, not A2's.
        { top: 2, left: 1, bottom: 3, right: 1 }
      ]
    )
    expect(rows.map((row) => row.cells)).toEqual([[1], [1], [1]])
  })

  it('refuses a row number past the grid, with the number as a parameter', () => {
    const tooFar = MAX_SHEET_ROW + 1
    let caught: unknown
    try {
      rowsOf(sheet(`<row r="${tooFar}"><c><v>1</v></c></row>`))
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(LocatedReadError)
    expect(caught).toMatchObject({
      messageName: 'importRead.error.rowNumberTooLarge',
      params: { row: 1_048_577 }
    })
    // The last row of the grid itself is fine.
    expect(rowsOf(sheet(`<row r="${MAX_SHEET_ROW}"><c><v>1</v></c></row>`))[0].row).toBe(1_048_576)
  })

  it('refuses a sheet that ends inside a row', () => {
    expect(() => rowsOf(`<worksheet ${MAIN}><sheetData><row r="1"><c><v>1</v></c>`)).toThrow(
      XmlReadError
    )
  })
})

async function workbookSheets(bytes: Buffer) {
  const check = await checkWorkbook(bytes, 'test.xlsx')
  const sheets = []
  for await (const found of xlsxSheets(bytes, check)) {
    const rows: RawRow[] = []
    for await (const batch of found.rows) rows.push(...batch)
    // Read after the rows: the counts are live while the rows stream.
    sheets.push({
      name: found.name,
      date1904: found.date1904,
      mergesTruncated: found.mergesTruncated,
      overflowRows: found.overflowRows,
      noncharacters: found.noncharacters,
      rows
    })
  }
  return sheets
}

describe('xlsxSheets', () => {
  it('fills merges the workbook declares and counts rows with cells past the column limit', async () => {
    const cells: RawCell[][] = [
      [{ text: 'NVIDIA' }, { text: 'H100' }],
      [{ text: '' }, { text: 'A100' }]
    ]
    const xml = sheetXml(cells, {
      merge: '<mergeCells count="1"><mergeCell ref="A1:A2"/></mergeCells>'
    }).replace(
      '</row><row r="2">',
      // Column GS is 201 (G=7: 7×26 + 19 = 201), one past the 200-column limit.
      '<c r="GS1"><v>9</v></c></row><row r="2">'
    )
    const [read] = await workbookSheets(xlsxPackage(xml))
    expect(read).toMatchObject({
      name: 'Inventory',
      date1904: false,
      mergesTruncated: false,
      overflowRows: 1,
      noncharacters: false
    })
    expect(read.rows.map((row) => row.cells)).toEqual([
      ['NVIDIA', 'H100'],
      ['NVIDIA', 'A100']
    ])
  })

  it('notes a noncharacter in sheet text (U+FDD0; XML itself refuses U+FFFE), so cells get checked', async () => {
    const [plain] = await workbookSheets(xlsxPackage(sheetXml([[{ text: 'H100' }]])))
    expect(plain.noncharacters).toBe(false)
    const [odd] = await workbookSheets(xlsxPackage(sheetXml([[{ text: 'H100\uFDD0' }]])))
    expect(odd.noncharacters).toBe(true)
  })

  it('says when the sheet declares more merges than are read (10,000 per sheet)', async () => {
    // 10,001 one-row ranges A1:B1 … A10001:B10001: the last one is not read.
    const merges = Array.from(
      { length: 10_001 },
      (_, i) => `<mergeCell ref="A${i + 1}:B${i + 1}"/>`
    )
    const xml = sheetXml([[{ text: 'x' }]], {
      merge: `<mergeCells count="10001">${merges.join('')}</mergeCells>`
    })
    const [read] = await workbookSheets(xlsxPackage(xml))
    expect(read.mergesTruncated).toBe(true)
    // The merges that were read still apply: A1's value fills B1.
    expect(read.rows[0].cells).toEqual(['x', 'x'])
  })

  it('names the sheet in a located read error raised while its rows stream', async () => {
    const bytes = xlsxPackage(sheet(`<row r="${MAX_SHEET_ROW + 5}"/>`))
    const error = await workbookSheets(bytes).then(
      () => undefined,
      (thrown: unknown) => thrown
    )
    expect(error).toBeInstanceOf(LocatedReadError)
    expect((error as LocatedReadError).params).toEqual({ row: 1_048_581, sheet: 'Inventory' })
  })
})
