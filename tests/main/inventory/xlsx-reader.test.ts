/**
 * The .xlsx reader reads sheet XML directly. Each kind of cell a workbook can hold, the
 * workbook structure (sheet order, hidden sheets, the 1904 date system, relationships),
 * merged cells, hostile XML and chunk borders in every place.
 */
import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { importInventory } from '../../../src/main/services/inventory/import-inventory'
import { checkWorkbook } from '../../../src/main/services/inventory/read/workbook-guard'
import {
  NAME_C,
  NAME_F,
  NAME_IS,
  NAME_OTHER,
  NAME_PHONETIC,
  NAME_ROW,
  NAME_SHEET_DATA,
  NAME_T,
  NAME_V,
  elementCode,
  isCloseTag,
  readSheetChunks,
  simpleValueEnd,
  xlsxSheets
} from '../../../src/main/services/inventory/read/xlsx-rows'
import { XmlReadError } from '../../../src/main/services/inventory/read/xml-bytes'
import type { CellValue, RawRow } from '../../../src/main/services/inventory/read/raw-row'
import { sharedStringsXml, xlsxPackage } from '../../../fuzz/xlsx'
import { zip } from '../../../fuzz/zip'

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

function sheet(rows: string, after = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${MAIN}><sheetData>${rows}</sheetData>${after}</worksheet>`
}

function cellsOf(xml: string, shared: string[] = []): CellValue[][] {
  return readSheetChunks([Buffer.from(xml)], shared).rows.map((row) => row.cells)
}

async function readWorkbookRows(bytes: Buffer) {
  const check = await checkWorkbook(bytes, 'test.xlsx')
  const sheets: { name: string; hidden: boolean; date1904: boolean; rows: RawRow[] }[] = []
  for await (const found of xlsxSheets(bytes, check)) {
    const rows: RawRow[] = []
    for await (const batch of found.rows) rows.push(...batch)
    sheets.push({ name: found.name, hidden: found.hidden, date1904: found.date1904, rows })
  }
  return sheets
}

describe('cell values', () => {
  it('reads shared strings: plain, rich text runs joined, phonetic runs left out', async () => {
    const shared = `<?xml version="1.0" encoding="UTF-8"?><sst ${MAIN}><si><t>Memory</t></si><si><r><t>RTX </t></r><r><rPr><b/></rPr><t xml:space="preserve">4090 </t></r></si><si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si><si/><si><t>A &amp; B</t></si></sst>`
    const bytes = xlsxPackage(
      sheet(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>99</v></c></row>'
      ),
      shared
    )
    const [found] = await readWorkbookRows(bytes)
    // An index past the table reads as an empty cell.
    expect(found.rows[0].cells).toEqual(['Memory', 'RTX 4090 ', '漢字', '', 'A & B'])
  })

  it('reads inline strings, CDATA, entities and character references', () => {
    const cells = cellsOf(
      sheet(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>A&amp;B &lt;100&gt; &#x41;&#66;</t></is></c>' +
          '<c r="B1" t="inlineStr"><is><r><t>Pr</t></r><r><rPr><b/></rPr><t>ice</t></r></is></c>' +
          '<c r="C1" t="inlineStr"><is><t>Last</t><rPh sb="0" eb="1"><t>ラスト</t></rPh></is></c>' +
          '<c r="D1" t="inlineStr"><is><t><![CDATA[H100 <sxm> & co]]></t></is></c>' +
          '<c r="E1" t="inlineStr"><is><t xml:space="preserve">  padded  </t></is></c></row>'
      )
    )
    expect(cells).toEqual([['A&B <100> AB', 'Price', 'Last', 'H100 <sxm> & co', '  padded  ']])
  })

  it('reads numbers, booleans, errors and ISO date cells', () => {
    const cells = cellsOf(
      sheet(
        '<row r="1"><c r="A1"><v>80</v></c><c r="B1" t="n"><v>204.8</v></c><c r="C1"><v>-3.35</v></c>' +
          '<c r="D1"><v>8.0E1</v></c><c r="E1"><v>0.1</v></c><c r="F1"><v>123456789012345678</v></c>' +
          '<c r="G1" t="b"><v>1</v></c><c r="H1" t="b"><v>0</v></c><c r="I1" t="e"><v>#N/A</v></c>' +
          '<c r="J1" t="d"><v>2024-05-01T00:00:00</v></c><c r="K1"><v>abc</v></c></row>'
      )
    )
    expect(cells).toEqual([
      [
        80,
        204.8,
        -3.35,
        80,
        0.1,
        parseFloat('123456789012345678'),
        true,
        false,
        { error: '#N/A' },
        new Date(Date.UTC(2024, 4, 1)),
        { error: '#NUM!' }
      ]
    ])
  })

  it('reads decimals exactly as parseFloat does', () => {
    const values = [
      '0.3',
      '1.005',
      '2039.9999',
      '-0.000123',
      '99999999999999.9',
      '7.12345678901234'
    ]
    const row = values.map(
      (value, index) => `<c r="${String.fromCharCode(65 + index)}1"><v>${value}</v></c>`
    )
    expect(cellsOf(sheet(`<row r="1">${row.join('')}</row>`))).toEqual([values.map(parseFloat)])
  })

  it('gives a formula its cached result, or keeps it as a formula without one', () => {
    const cells = cellsOf(
      sheet(
        '<row r="1"><c r="A1"><f>989*1</f><v>989</v></c><c r="B1" t="str"><f>"$"&amp;"10"</f><v>$10</v></c>' +
          '<c r="C1" t="b"><f>TRUE()</f><v>1</v></c><c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
          '<c r="E1"><f>F10/4</f></c><c r="F1"><f t="shared" si="0"/><v>12</v></c>' +
          '<c r="G1"><f t="shared" si="0"/></c><c r="H1"><f>X</f><v>not a number</v></c>' +
          '<c r="I1"><f>0*1</f><v>0</v></c></row>'
      )
    )
    expect(cells).toEqual([
      [
        989,
        '$10',
        true,
        { error: '#DIV/0!' },
        { formula: 'F10/4' },
        12,
        { formula: '' },
        { formula: 'X' },
        0
      ]
    ])
  })

  it('places cells by reference, fills gaps with empty cells, numbers rows without r', () => {
    const rows = readSheetChunks([
      Buffer.from(
        sheet(
          '<row r="2"><c r="C2"><v>3</v></c><c><v>4</v></c><c r="F2" s="1"/></row>' +
            '<row><c r="A3"><v>1</v></c></row><row r="5"/><row r="6"><c r="B6"><v/></c></row>'
        )
      )
    ]).rows
    expect(rows).toEqual([
      { row: 2, cells: [null, null, 3, 4] },
      { row: 3, cells: [1] },
      { row: 5, cells: [] },
      { row: 6, cells: [] }
    ])
  })

  it('reads elements written with a namespace prefix', () => {
    const xml = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Model</x:t></x:is></x:c><x:c r="B1"><x:v>8</x:v></x:c></x:row></x:sheetData></x:worksheet>`
    expect(cellsOf(xml)).toEqual([['Model', 8]])
  })

  it('drops cells past the column limit and counts the rows that had them', () => {
    const xml = sheet(
      '<row r="1"><c r="A1"><v>1</v></c><c r="GS1"><v>2</v></c><c r="ZZZZZZ1"><v>3</v></c></row>'
    )
    const read = readSheetChunks([Buffer.from(xml)])
    expect(read.rows[0].cells).toEqual([1])
    expect(read.overflowRows).toBe(1)
  })
})

describe('chunk borders', () => {
  it('reads the same rows whatever size the inflated chunks have', () => {
    const shared = ['Vendor', 'Model']
    const xml = Buffer.from(
      sheet(
        '<row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
          '<!-- a comment --><row r="2"><c r="A2" t="inlineStr"><is><t>华为 &amp; Co</t></is></c>' +
          '<c r="B2"><f>SUM(C2:D2)</f><v>1979.5</v></c><c r="C2" t="str"><v><![CDATA[<x>]]></v></c>' +
          '<c r="D2" t="e"><v>#REF!</v></c></row>',
        '<mergeCells count="1"><mergeCell ref="A2:A3"/></mergeCells>'
      )
    )
    const whole = readSheetChunks([xml], shared).rows
    expect(whole).toEqual([
      { row: 1, cells: ['Vendor', 'Model'] },
      { row: 2, cells: ['华为 & Co', 1979.5, '<x>', { error: '#REF!' }] }
    ])
    for (const size of [1, 2, 3, 5, 7, 11, 64]) {
      const chunks: Buffer[] = []
      for (let at = 0; at < xml.length; at += size) chunks.push(xml.subarray(at, at + size))
      expect(readSheetChunks(chunks, shared).rows, `chunks of ${size}`).toEqual(whole)
    }
  })
})

describe('hostile XML', () => {
  it('refuses control characters, undefined entities and a sheet cut inside a tag', () => {
    const refuse = (xml: string) => () => readSheetChunks([Buffer.from(xml)])
    expect(
      refuse(sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>A\u0000</t></is></c></row>'))
    ).toThrow(XmlReadError)
    expect(
      refuse(sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>\uFFFE</t></is></c></row>'))
    ).toThrow(/U\+FFFE/)
    expect(
      refuse(sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is></c></row>'))
    ).toThrow(/undefined entity &x;/)
    expect(
      refuse(sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&#0;</t></is></c></row>'))
    ).toThrow(/invalid character reference/)
    expect(refuse('<worksheet><sheetData><row r="1"><c r="A1"')).toThrow(/ends inside a tag/)
    expect(refuse('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c>')).toThrow(
      /ends inside a row/
    )
  })

  it('never expands DTD entities (billion laughs, external entities)', async () => {
    const doctype =
      '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;"><!ENTITY x SYSTEM "file:///etc/passwd">]>'
    const xml = sheet(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row>'
    ).replace('?>', `?>${doctype}`)
    expect(() => readSheetChunks([Buffer.from(xml)])).toThrow(/undefined entity &lol2;/)
    // Without a reference the declaration is skipped and the sheet reads normally.
    const plain = sheet('<row r="1"><c r="A1"><v>1</v></c></row>').replace('?>', `?>${doctype}`)
    expect(cellsOf(plain)).toEqual([[1]])
  })
})

describe('workbook structure', () => {
  const text = (name: string, body: string) => ({ name, data: Buffer.from(body, 'utf8') })
  const workbook = (date1904: boolean) =>
    zip([
      text('[Content_Types].xml', '<Types/>'),
      text(
        'xl/workbook.xml',
        `<workbook ${MAIN} xmlns:r="${REL}"><workbookPr${date1904 ? ' date1904="1"' : ''}/><sheets>` +
          '<sheet name="R&amp;D" sheetId="3" r:id="rId3"/><sheet name="Chart" sheetId="4" r:id="rId4"/>' +
          '<sheet name="Hidden" sheetId="1" state="hidden" r:id="rId1"/>' +
          '<sheet name="Very" sheetId="2" state="veryHidden" r:id="rId2"/></sheets></workbook>'
      ),
      text(
        'xl/_rels/workbook.xml.rels',
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/a.xml"/>` +
          `<Relationship Id="rId2" Type="${REL}/worksheet" Target="/xl/worksheets/b.xml"/>` +
          `<Relationship Id="rId3" Type="${REL}/worksheet" Target="./worksheets/../worksheets/c.xml"/>` +
          `<Relationship Id="rId4" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/>` +
          `<Relationship Id="rId5" Type="${REL}/sharedStrings" Target="strings.xml"/></Relationships>`
      ),
      // Zip order differs from the workbook's order on purpose.
      text('xl/worksheets/a.xml', sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')),
      text('xl/worksheets/b.xml', sheet('<row r="1"><c r="A1"><v>2</v></c></row>')),
      text(
        'xl/worksheets/c.xml',
        sheet(
          '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1"><v>7</v></c></row><row r="2"><c r="B2"><v>8</v></c></row>',
          '<mergeCells count="1"><mergeCell ref="A1:A2"/></mergeCells>'
        )
      ),
      text('xl/chartsheets/sheet1.xml', '<chartsheet/>'),
      text('xl/strings.xml', sharedStringsXml(['hidden text', 'NVIDIA']))
    ])

  it('lists worksheets in the workbook order with their names and hidden state, fills merges', async () => {
    const sheets = await readWorkbookRows(workbook(false))
    expect(sheets.map(({ name, hidden }) => [name, hidden])).toEqual([
      ['R&D', false],
      ['Hidden', true],
      ['Very', true]
    ])
    expect(sheets[0].rows).toEqual([
      { row: 1, cells: ['NVIDIA', 7] },
      { row: 2, cells: ['NVIDIA', 8] }
    ])
    expect(sheets[1].rows[0].cells).toEqual(['hidden text'])
    expect(sheets.every((found) => found.date1904 === false)).toBe(true)
    expect((await readWorkbookRows(workbook(true)))[0].date1904).toBe(true)
  })

  it('reads price dates in the 1900 and the 1904 date systems', async () => {
    for (const date1904 of [false, true]) {
      const book = new ExcelJS.Workbook()
      book.properties.date1904 = date1904
      const data = book.addWorksheet('Inventory')
      data.addRow(['Model', 'Price', 'Currency', 'Price date'])
      data.addRow(['A100', 10000, 'USD', new Date(Date.UTC(2024, 4, 1))])
      const bytes = Buffer.from(await book.xlsx.writeBuffer())
      const { rows } = await importInventory({ file: 'dates.xlsx', bytes })
      expect(rows[0].item?.price, `date1904 ${date1904}`).toEqual({
        amount: 10000,
        currency: 'USD',
        date: '2024-05-01'
      })
    }
  })
})

describe('reader internals (issue 18): the name table and the fast path', () => {
  const name = (text: string) => {
    const buffer = Buffer.from(`<${text}>`)
    return elementCode(buffer, 1, buffer.length - 1)
  }

  it('maps each element name the reader looks at to its code, anything else to OTHER', () => {
    expect(['c', 'v', 'f', 't', 'is', 'row', 'rPh', 'sheetData'].map(name)).toEqual([
      NAME_C,
      NAME_V,
      NAME_F,
      NAME_T,
      NAME_IS,
      NAME_ROW,
      NAME_PHONETIC,
      NAME_SHEET_DATA
    ])
    expect(['r', 'rph', 'Row', 'sheetdata', 'cols', 'x', ''].map(name)).toEqual(
      Array(7).fill(NAME_OTHER)
    )
  })

  it('the fast path takes `<v>…</v>` whole in one buffer, and nothing else', () => {
    const at = (xml: string) => simpleValueEnd(Buffer.from(xml), 0)
    expect(at('123</v></c>')).toBe(3)
    expect(at('</v>')).toBe(0)
    expect(at('1<!--x-->2</v>')).toBe(-1)
    expect(at('<![CDATA[1]]></v>')).toBe(-1)
    expect(at('1</x:v>')).toBe(-1)
    expect(at('12</v')).toBe(-1) // cut by a chunk border
    expect(at('12')).toBe(-1)
    const buffer = Buffer.from('1</v></c>')
    expect(isCloseTag(buffer, 5, 0x63)).toBe(true)
    expect(isCloseTag(buffer, 1, 0x63)).toBe(false)
  })
})
