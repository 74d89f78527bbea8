/** The workbook guard: merge ranges found in streamed XML, and the package check on real files. */
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import {
  checkWorkbook,
  decodeColumn,
  MergeScanner,
  parseRange
} from '../../../../../src/main/services/inventory/read/workbook-guard'

describe('cell references', () => {
  it('decodeColumn: A=1, Z=26, AA=27, XFD=16384 (Excel’s last column), any case', () => {
    expect(['A', 'Z', 'AA', 'AZ', 'BA', 'XFD', 'xfd'].map(decodeColumn)).toEqual([
      1, 26, 27, 52, 53, 16384, 16384
    ])
  })

  it('parseRange: bounds of a range, a single cell, or a reversed range', () => {
    expect(parseRange('B3:D4')).toEqual({ top: 3, left: 2, bottom: 4, right: 4 })
    expect(parseRange('C7')).toEqual({ top: 7, left: 3, bottom: 7, right: 3 })
    expect(parseRange('D4:B3')).toEqual({ top: 3, left: 2, bottom: 4, right: 4 })
  })

  it('parseRange: anything else is null', () => {
    for (const ref of ['', 'A', '3', 'A1:', 'A1:B', 'ABCD1', 'A12345678', '$A$1', 'A1 B2'])
      expect(parseRange(ref), ref).toBeNull()
  })
})

describe('MergeScanner', () => {
  const scan = (chunks: string[], limit?: number) => {
    const scanner = new MergeScanner(limit)
    for (const chunk of chunks) scanner.push(Buffer.from(chunk, 'latin1'))
    return scanner
  }

  it('finds each <mergeCell ref> tag, with or without a namespace prefix', () => {
    const xml =
      '<mergeCells count="3"><mergeCell ref="A1:B2"/><x:mergeCell ref=\'C3:C5\'/>' +
      '<mergeCell\tref="D1"/></mergeCells>'
    expect(scan([xml]).ranges).toEqual([
      { top: 1, left: 1, bottom: 2, right: 2 },
      { top: 3, left: 3, bottom: 5, right: 3 },
      { top: 1, left: 4, bottom: 1, right: 4 }
    ])
  })

  it('a tag split across chunks is found once', () => {
    const xml =
      '<sheetData/><mergeCells><mergeCell ref="A1:C3"/><mergeCell ref="E5:F9"/></mergeCells>'
    for (let cut = 1; cut < xml.length; cut++) {
      const found = scan([xml.slice(0, cut), xml.slice(cut)]).ranges
      expect(found, `cut at ${cut}`).toEqual([
        { top: 1, left: 1, bottom: 3, right: 3 },
        { top: 5, left: 5, bottom: 9, right: 6 }
      ])
    }
  })

  it('text that mentions mergeCell, and other attributes named like ref, are not ranges', () => {
    const xml =
      '<c><is><t>mergeCell ref="A1:B2"</t></is></c><mergeCell xref="A1:B2"/><mergeCellsX ref="A1"/>'
    expect(scan([xml]).ranges).toEqual([])
  })

  it('stops at the limit and says so', () => {
    const xml = Array.from({ length: 5 }, (_, i) => `<mergeCell ref="A${i + 1}:B${i + 1}"/>`).join(
      ''
    )
    const scanner = scan([xml], 3)
    expect(scanner.ranges).toHaveLength(3)
    expect(scanner.truncated).toBe(true)
    expect(scan([xml], 5).truncated).toBe(false)
  })
})

describe('checkWorkbook', () => {
  it('reads a real workbook’s sheets and merges per sheet part', async () => {
    const workbook = new ExcelJS.Workbook()
    const cards = workbook.addWorksheet('Cards')
    cards.getCell('A1').value = 'Accelerators'
    cards.mergeCells('A1:C1')
    workbook.addWorksheet('Plain').getCell('A1').value = 1
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer())
    const check = await checkWorkbook(bytes, 'cards.xlsx')
    expect(check.workbook.sheets.map((s) => s.name)).toEqual(['Cards', 'Plain'])
    const cardsPart = check.workbook.sheets[0].part
    expect(check.mergesByPart.get(cardsPart)).toEqual({
      ranges: [{ top: 1, left: 1, bottom: 1, right: 3 }],
      truncated: false
    })
    expect(check.mergesByPart.has(check.workbook.sheets[1].part)).toBe(false)
    expect(check.warnings).toEqual([])
  })

  it('refuses bytes that are not a zip archive', async () => {
    await expect(
      checkWorkbook(Buffer.from('name,price\nH100,1\n'), 'cards.xlsx')
    ).rejects.toMatchObject({
      code: 'UNSUPPORTED_FILE'
    })
  })
})
