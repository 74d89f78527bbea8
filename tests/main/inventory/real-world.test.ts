/**
 * Issue 17, "Real-world workbooks read wrong": one small package per class of difference
 * found against trusted readers, written by hand (the bytes other writers produce: Excel
 * 2013+, the .NET Open XML SDK, Java/.NET UTF-16 writers, Windows zip tools) and kept as
 * regression tests. Files made by exceljs and LibreOffice are in real-world-writers.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { importInventory } from '../../../src/main/services/inventory/import-inventory'
import { checkWorkbook } from '../../../src/main/services/inventory/read/workbook-guard'
import { readSheetChunks, xlsxSheets } from '../../../src/main/services/inventory/read/xlsx-rows'
import { isDateFormat } from '../../../src/main/services/inventory/read/xlsx-parts'
import type { RawRow } from '../../../src/main/services/inventory/read/raw-row'
import { sharedStringsXml } from '../../../fuzz/xlsx'
import { zip, type ZipEntry } from '../../../fuzz/zip'

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const MAIN = `xmlns="${MAIN_NS}"`
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships'

const text = (name: string, body: string | Buffer): ZipEntry => ({
  name,
  data: typeof body === 'string' ? Buffer.from(body, 'utf8') : body
})

function inline(ref: string, value: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`
}

function sheetXml(rows: string, after = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet ${MAIN}><sheetData>${rows}</sheetData>${after}</worksheet>`
}

interface PackageParts {
  workbookPart?: string
  workbook?: string
  workbookRels?: string
  rootRels?: string | null
  sheetPart?: string
  sheet: string | Buffer
  sharedPart?: string
  shared?: string | Buffer
  styles?: string
  extra?: ZipEntry[]
}

/** A workbook package with one sheet, every part name and body replaceable. */
function workbookPackage(parts: PackageParts): Buffer {
  const workbookPart = parts.workbookPart ?? 'xl/workbook.xml'
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1)
  const file = workbookPart.slice(folder.length)
  const entries: ZipEntry[] = [text('[Content_Types].xml', '<Types/>')]
  if (parts.rootRels !== null)
    entries.push(
      text(
        '_rels/.rels',
        parts.rootRels ??
          `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="${workbookPart}"/></Relationships>`
      )
    )
  entries.push(
    text(
      workbookPart,
      parts.workbook ??
        `<workbook ${MAIN} xmlns:r="${REL}"><sheets><sheet name="Inventory" sheetId="1" r:id="rId1"/></sheets></workbook>`
    ),
    text(
      `${folder}_rels/${file}.rels`,
      parts.workbookRels ??
        `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
          `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
          (parts.styles
            ? `<Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/>`
            : '') +
          `</Relationships>`
    ),
    text(parts.sheetPart ?? `${folder}worksheets/sheet1.xml`, parts.sheet)
  )
  if (parts.shared !== undefined)
    entries.push(text(parts.sharedPart ?? `${folder}sharedStrings.xml`, parts.shared))
  if (parts.styles) entries.push(text(`${folder}styles.xml`, parts.styles))
  return zip([...entries, ...(parts.extra ?? [])])
}

async function sheetsOf(bytes: Buffer) {
  const check = await checkWorkbook(bytes, 'test.xlsx')
  const sheets: { name: string; date1904: boolean; rows: RawRow[] }[] = []
  for await (const found of xlsxSheets(bytes, check)) {
    const rows: RawRow[] = []
    for await (const batch of found.rows) rows.push(...batch)
    sheets.push({ name: found.name, date1904: found.date1904, rows })
  }
  return sheets
}

const HEADER = `<row r="1">${inline('A1', 'Vendor')}${inline('B1', 'Model')}${inline('C1', 'Memory (GB)')}${inline('D1', 'Price date')}</row>`

describe('1: the 1904 date system survives Excel 2013+ extension elements', () => {
  it('x15:workbookPr after the main workbookPr does not reset date1904', async () => {
    const workbook =
      `<workbook ${MAIN} xmlns:r="${REL}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">` +
      `<workbookPr date1904="1" defaultThemeVersion="153222"/>` +
      `<sheets><sheet name="Inventory" sheetId="1" r:id="rId1"/></sheets>` +
      `<extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst></workbook>`
    const bytes = workbookPackage({
      workbook,
      sheet: sheetXml(
        `${HEADER}<row r="2">${inline('A2', 'NVIDIA')}${inline('B2', 'A100 80GB')}<c r="C2"><v>80</v></c><c r="D2"><v>43951</v></c><c r="E2"><v>10000</v></c></row>`.replace(
          '</row><row r="2">',
          `${inline('E1', 'Price (USD)')}</row><row r="2">`
        )
      )
    })
    expect((await sheetsOf(bytes))[0].date1904).toBe(true)
    const { rows } = await importInventory({ file: 'x15.xlsx', bytes })
    // 43951 in the 1904 system is 2024-05-01 (in the 1900 system it would be 2020-04-30).
    expect(rows[0].item?.price).toEqual({ amount: 10000, currency: 'USD', date: '2024-05-01' })
  })
})

describe('2: a formula whose saved result is the empty string is a blank cell', () => {
  it('t="str" with <v></v> (Excel, LibreOffice: =IF(x="","",x)) reads as empty text', () => {
    const { rows } = readSheetChunks([
      Buffer.from(
        sheetXml(
          `<row r="1"><c r="A1" t="str"><f>IF(B1="","",B1)</f><v></v></c><c r="B1" t="str"><f>"x"</f><v>x</v></c><c r="C1"><f>1/0</f></c></row>`
        )
      )
    ])
    expect(rows[0].cells).toEqual(['', 'x', { formula: '1/0' }])
  })

  it('a filled-down template imports its empty rows as blank rows, not rejections', async () => {
    const formulaRow = (r: number) =>
      `<row r="${r}"><c r="A${r}" t="str"><f>IF(E${r}="","",E${r})</f><v></v></c><c r="B${r}" t="str"><f>IF(F${r}="","",F${r})</f><v></v></c></row>`
    const bytes = workbookPackage({
      sheet: sheetXml(
        `${HEADER}<row r="2">${inline('A2', 'NVIDIA')}${inline('B2', 'L40S')}<c r="C2"><v>48</v></c></row>${formulaRow(3)}${formulaRow(4)}${formulaRow(5)}`
      )
    })
    const { report } = await importInventory({ file: 'template.xlsx', bytes })
    expect(report.counts).toMatchObject({
      rowsRead: 1,
      accepted: 1,
      rejected: 0,
      blankRowsSkipped: 3
    })
  })
})

describe('3: merge tags with a namespace prefix (.NET Open XML SDK)', () => {
  it('<x:mergeCell> fills the merged vendor cell into the rows below', async () => {
    const x = (body: string) => body.replace(/<(\/?)([a-zA-Z])/g, '<$1x:$2')
    const rows =
      x(HEADER) +
      x(`<row r="2">${inline('A2', 'NVIDIA')}${inline('B2', 'H100')}</row>`) +
      x(`<row r="3">${inline('B3', 'H200')}</row>`) +
      x(`<row r="4">${inline('B4', 'L40S')}</row>`)
    const sheet =
      `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="${MAIN_NS}"><x:sheetData>${rows}</x:sheetData>` +
      `<x:mergeCells count="1"><x:mergeCell ref="A2:A4"/></x:mergeCells></x:worksheet>`
    const { rows: imported } = await importInventory({
      file: 'sdk.xlsx',
      bytes: workbookPackage({ sheet })
    })
    expect(imported.map((row) => row.item?.vendor)).toEqual(['NVIDIA', 'NVIDIA', 'NVIDIA'])
  })
})

describe('4: packages every sheet of which read as empty', () => {
  const body = `${HEADER}<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2"><v>64</v></c></row>`

  it('reads sheet and shared-strings parts saved in UTF-16 (with and without a BOM)', async () => {
    const utf16le = (xml: string) =>
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(xml.replace('UTF-8', 'UTF-16'), 'utf16le')
      ])
    const utf16be = (xml: string) => {
      const le = Buffer.from(xml.replace('UTF-8', 'UTF-16'), 'utf16le')
      return le.swap16()
    }
    for (const encode of [utf16le, utf16be]) {
      const bytes = workbookPackage({
        sheet: encode(sheetXml(body, '<mergeCells><mergeCell ref="C2:C3"/></mergeCells>')),
        shared: encode(sharedStringsXml(['华为', '昇腾 910B']))
      })
      const { rows } = await importInventory({ file: 'utf16.xlsx', bytes })
      expect(rows.map((row) => row.item)).toEqual([
        { kind: 'accelerator', vendor: 'Huawei', name: '昇腾 910B', memoryGB: 64 }
      ])
    }
  })

  it('finds a shared-strings part whose name differs in letter case from the relationship', async () => {
    const bytes = workbookPackage({
      sheet: sheetXml(body),
      sharedPart: 'xl/SharedStrings.xml',
      shared: sharedStringsXml(['NVIDIA', 'A800'])
    })
    const { rows } = await importInventory({ file: 'case.xlsx', bytes })
    expect(rows[0].item).toMatchObject({ vendor: 'NVIDIA', name: 'A800' })
  })
})

describe('5: valid packages that were refused as "not an Excel workbook"', () => {
  const body = sheetXml(
    `${HEADER}<row r="2">${inline('A2', 'AMD')}${inline('B2', 'MI300X')}<c r="C2"><v>192</v></c></row>`
  )

  it('entry names with Windows backslashes', async () => {
    const bytes = workbookPackage({ sheet: body })
    // The same package, every entry renamed with backslashes (some Windows zip tools).
    const renamed = zip([
      text('[Content_Types].xml', '<Types/>'),
      text(
        '_rels\\.rels',
        `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
      ),
      text(
        'xl\\workbook.xml',
        `<workbook ${MAIN} xmlns:r="${REL}"><sheets><sheet name="Inventory" sheetId="1" r:id="rId1"/></sheets></workbook>`
      ),
      text(
        'xl\\_rels\\workbook.xml.rels',
        `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`
      ),
      text('xl\\worksheets\\sheet1.xml', body)
    ])
    for (const package_ of [bytes, renamed]) {
      const { rows } = await importInventory({ file: 'backslash.xlsx', bytes: package_ })
      expect(rows[0].item).toMatchObject({ vendor: 'AMD', name: 'MI300X', memoryGB: 192 })
    }
  })

  it('part names in another letter case, and a workbook found through _rels/.rels', async () => {
    const upper = workbookPackage({
      workbookPart: 'XL/Workbook.xml',
      sheetPart: 'XL/Worksheets/Sheet1.xml',
      sheet: body
    })
    const elsewhere = workbookPackage({ workbookPart: 'book/main.xml', sheet: body })
    for (const bytes of [upper, elsewhere]) {
      const { rows } = await importInventory({ file: 'parts.xlsx', bytes })
      expect(rows[0].item).toMatchObject({ name: 'MI300X' })
    }
  })

  it('a zip without any workbook is still refused as not a workbook', async () => {
    const bytes = zip([text('[Content_Types].xml', '<Types/>'), text('word/document.xml', '<w/>')])
    await expect(importInventory({ file: 'word.xlsx', bytes })).rejects.toThrow(
      /not an Excel workbook/
    )
  })
})

describe('6: cell text as Excel shows it', () => {
  it('decodes _xHHHH_ escapes (and _x005F_ as a literal underscore); CR and CRLF become LF', () => {
    const { rows } = readSheetChunks([
      Buffer.from(
        sheetXml(
          `<row r="1">${inline('A1', 'Tab_x0009_X')}${inline('B1', 'line_x000D_&#10;two')}${inline('C1', 'keep _x005F_x0041_')}${inline('D1', 'a&#13;b&#13;&#10;c')}</row>`
        )
      )
    ])
    expect(rows[0].cells).toEqual(['Tab\tX', 'line\ntwo', 'keep _x0041_', 'a\nb\nc'])
  })

  it('shared strings are read the same way', async () => {
    const bytes = workbookPackage({
      sheet: sheetXml(
        `${HEADER}<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c></row>`
      ),
      // A vendor the importer does not normalise, so the text is read as written.
      shared: sharedStringsXml(['Acme_x000D_\nLabs', 'Atlas_x0020_300I'])
    })
    const { rows } = await importInventory({ file: 'escapes.xlsx', bytes })
    expect(rows[0].item).toMatchObject({ vendor: 'Acme\nLabs', name: 'Atlas 300I' })
  })
})

describe('7: dates by number format, ISO times and durations', () => {
  const styles =
    `<styleSheet ${MAIN}><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="0.00&quot; d&quot;"/></numFmts>` +
    `<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>` +
    `<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="20"/></cellXfs></styleSheet>`

  it('reads which formats are dates (quoted text, escapes and [colours] do not count)', () => {
    expect(isDateFormat('yyyy-mm-dd')).toBe(true)
    expect(isDateFormat('[$-804]yyyy"年"m"月"')).toBe(true)
    expect(isDateFormat('0.00" d"')).toBe(false)
    expect(isDateFormat('#,##0\\ "days"')).toBe(false)
    expect(isDateFormat('[Red]0.0')).toBe(false)
  })

  it('a date-formatted number is a date: right in a year column and in a text column', async () => {
    const header = `<row r="1">${inline('A1', 'Model')}${inline('B1', 'Launch year')}${inline('C1', 'Notes')}${inline('D1', 'Memory (GB)')}</row>`
    const bytes = workbookPackage({
      styles,
      sheet: sheetXml(
        `${header}<row r="2">${inline('A2', 'H100')}<c r="B2" s="1"><v>44652</v></c><c r="C2" s="2"><v>45413</v></c><c r="D2" s="3"><v>80</v></c></row>`
      )
    })
    const { rows } = await importInventory({ file: 'formats.xlsx', bytes })
    expect(rows[0].item).toMatchObject({
      name: 'H100',
      launchYear: 2022,
      notes: '2024-05-01',
      memoryGB: 80
    })
  })

  it('ISO t="d" times of day and durations are fractions of a day, dates stay dates', () => {
    const { rows } = readSheetChunks([
      Buffer.from(
        sheetXml(
          `<row r="1"><c r="A1" t="d"><v>10:30:00</v></c><c r="B1" t="d"><v>PT1H30M</v></c><c r="C1" t="d"><v>P1DT12H</v></c><c r="D1" t="d"><v>2024-05-01</v></c><c r="E1" t="d"><v>P</v></c></row>`
        )
      )
    ])
    expect(rows[0].cells).toEqual([0.4375, 0.0625, 1.5, new Date('2024-05-01T00:00:00Z'), 'P'])
  })
})

describe('issue 19: tax-inclusive and tax-exclusive price headers', () => {
  it.each([
    ['含税单价', true],
    ['含税单价（元）', true],
    ['Price incl. VAT', true],
    ['Unit price (including tax)', true],
    ['不含税单价', false],
    ['未税单价', false],
    ['Price excl. VAT', false],
    ['单价', undefined],
    ['Price (USD)', undefined]
  ] as const)('%s → taxIncluded %s, stored on the row', async (header, expected) => {
    const csv = `型号,${header}\nAtlas 300I Pro,12000\n`
    const { rows, report } = await importInventory({ file: 'tax.csv', bytes: Buffer.from(csv) })
    expect(report.columns[1].field).toBe('price')
    expect(rows[0].item?.price?.taxIncluded).toBe(expected)
    expect(
      report.fileIssues.some((issue) => issue.key === 'importRead.issue.taxInclusivePrice')
    ).toBe(expected === true)
  })
})
