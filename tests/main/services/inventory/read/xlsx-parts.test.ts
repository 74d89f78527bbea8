/** The parts of an .xlsx package the importer reads: names, relationships, sheets, strings, dates. */
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import {
  canonicalPart,
  isDateFormat,
  packageEntries,
  readSharedStrings,
  readStyles,
  readWorkbook,
  resolvePart
} from '../../../../../src/main/services/inventory/read/xlsx-parts'
import {
  readZipDirectory,
  type ZipEntry
} from '../../../../../src/main/services/inventory/read/zip-directory'

const entry = (name: string): ZipEntry => ({
  name,
  method: 0,
  flags: 0,
  compressedSize: 0,
  uncompressedSize: 0,
  localHeaderOffset: 0,
  crc32: 0
})

describe('part names', () => {
  it('canonicalPart: forward slashes, no leading slash, lower case', () => {
    expect(canonicalPart('XL/SharedStrings.xml')).toBe('xl/sharedstrings.xml')
    expect(canonicalPart('xl\\worksheets\\Sheet1.xml')).toBe('xl/worksheets/sheet1.xml')
    expect(canonicalPart('//xl/workbook.xml')).toBe('xl/workbook.xml')
  })

  it('packageEntries: the first of two names differing only in case wins', () => {
    const first = entry('xl/Workbook.xml')
    const map = packageEntries([first, entry('XL/workbook.xml'), entry('xl\\styles.xml')])
    expect(map.get('xl/workbook.xml')).toBe(first)
    expect([...map.keys()].sort()).toEqual(['xl/styles.xml', 'xl/workbook.xml'])
  })

  it('resolvePart: relative to the base, absolute from the root, dot segments folded', () => {
    expect(resolvePart('xl/', 'worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml')
    expect(resolvePart('xl/', '/xl/worksheets/sheet2.xml')).toBe('xl/worksheets/sheet2.xml')
    expect(resolvePart('xl/worksheets/', '../sharedStrings.xml')).toBe('xl/sharedStrings.xml')
    expect(resolvePart('xl/', './worksheets\\sheet3.xml')).toBe('xl/worksheets/sheet3.xml')
    // Climbing above the root stays at the root.
    expect(resolvePart('', '../../a.xml')).toBe('a.xml')
  })
})

describe('isDateFormat', () => {
  it('formats with a day or year outside quotes, escapes and brackets show dates', () => {
    for (const code of ['yyyy-mm-dd', 'd/m/yy', 'mmm d, yyyy', '[$-804]yyyy"年"m"月"d"日"'])
      expect(isDateFormat(code), code).toBe(true)
  })

  it('numbers, times and quoted letters are not dates', () => {
    for (const code of [
      'General',
      '0.00',
      'h:mm:ss',
      '"days" 0',
      '0\\d',
      '[Red]0.0',
      '#,##0;[Red]-#,##0'
    ])
      expect(isDateFormat(code), code).toBe(false)
  })

  it('only the first (positive) section decides', () => {
    expect(isDateFormat('0;yyyy')).toBe(false)
    expect(isDateFormat('yyyy;0')).toBe(true)
  })
})

describe('reading a real package (written by exceljs)', () => {
  async function packageOf(build: (workbook: ExcelJS.Workbook) => void) {
    const workbook = new ExcelJS.Workbook()
    build(workbook)
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer())
    const directory = readZipDirectory(bytes, 1000)
    if (!directory.ok) throw new Error(directory.reason)
    return { bytes, entries: packageEntries(directory.entries) }
  }

  it('sheets in order with their hidden state, shared strings and styles parts', async () => {
    const { bytes, entries } = await packageOf((workbook) => {
      workbook.addWorksheet('Cards').getCell('A1').value = 'H100'
      workbook.addWorksheet('Old', { state: 'hidden' }).getCell('A1').value = 'V100'
      workbook.addWorksheet('价格').getCell('A1').value = '昇腾 910B'
    })
    const info = await readWorkbook(bytes, entries)
    expect(info.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['Cards', false],
      ['Old', true],
      ['价格', false]
    ])
    for (const sheet of info.sheets) expect(entries.has(sheet.part)).toBe(true)
    expect(info.date1904).toBe(false)
    expect(info.part).toBe('xl/workbook.xml')
    expect(info.sharedStrings).toBeDefined()
    const strings = await readSharedStrings(bytes, entries.get(info.sharedStrings!)!)
    expect([...strings].sort()).toEqual(['H100', 'V100', '昇腾 910B'].sort())
  })

  it('1904 dates and date-styled cells are recognised', async () => {
    const { bytes, entries } = await packageOf((workbook) => {
      workbook.properties.date1904 = true
      const sheet = workbook.addWorksheet('S')
      sheet.getCell('A1').value = 1
      sheet.getCell('A1').numFmt = '0.00'
      sheet.getCell('A2').value = new Date(Date.UTC(2025, 0, 2))
      sheet.getCell('A2').numFmt = 'yyyy-mm-dd'
    })
    const info = await readWorkbook(bytes, entries)
    expect(info.date1904).toBe(true)
    const dateStyles = await readStyles(bytes, entries.get(info.styles!)!)
    // At least one style shows a date (A2's) and at least one does not (A1's).
    expect([...dateStyles]).toContain(1)
    expect([...dateStyles]).toContain(0)
  })

  it('a package without a workbook part gives no sheets', async () => {
    const info = await readWorkbook(Buffer.alloc(0), packageEntries([]))
    expect(info).toEqual({ sheets: [], date1904: false })
  })
})
