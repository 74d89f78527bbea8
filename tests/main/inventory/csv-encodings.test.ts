/**
 * Issue 17, real-world item 8: CSV text encodings detected from the bytes, the planner's
 * choice honoured, Excel's `sep=` line, and price separators that could be read two ways.
 * Each file is written here by iconv-lite in the encoding the named writer uses.
 */
import { describe, expect, it } from 'vitest'
import iconv from 'iconv-lite'
import {
  importInventory,
  inspectInventory
} from '../../../src/main/services/inventory/import-inventory'
import { decodeText } from '../../../src/main/services/inventory/read/text-decode'

const WESTERN =
  'Vendor,Model,Price,Notes\r\nNVIDIA,A100 80GB,"£12,000",Café order\r\nAMD,MI300X,"€15.000",Zürich lab\r\n'
const CHINESE = '厂商,型号,显存,单价\r\n华为,昇腾910B,64GB,120000\r\n寒武纪,思元590,80GB,98000\r\n'
const JAPANESE =
  'メーカー,型番,メモリ,価格\r\nエヌビディア,H100,80GB,4500000\r\nエーエムディー,MI300X,192GB,3800000\r\n'

describe('encoding detected from the bytes', () => {
  it.each([
    ['Windows-1252 (Western Excel "CSV")', WESTERN, 'windows-1252', 'windows-1252'],
    ['GB18030 (Chinese Excel, WPS)', CHINESE, 'gb18030', 'gb18030'],
    ['Shift-JIS (Japanese Excel)', JAPANESE, 'shift_jis', 'shift_jis'],
    ['UTF-8 without BOM', WESTERN, 'utf8', 'utf-8'],
    ['UTF-16 LE without BOM', WESTERN, 'utf-16le', 'utf-16le'],
    ['UTF-16 BE with BOM', `\uFEFF${CHINESE}`, 'utf-16be', 'utf-16be']
  ] as const)('%s', (_writer, text, iconvName, expected) => {
    const decoded = decodeText(iconv.encode(text, iconvName))
    expect(decoded.encoding).toBe(expected)
    expect(decoded.text).toBe(text.replace(/^\uFEFF/, ''))
  })

  it('a Windows-1252 CSV keeps "Café" and "£12,000" (read as GB18030 before)', async () => {
    const { rows, report } = await importInventory({
      file: 'western.csv',
      bytes: iconv.encode(WESTERN, 'windows-1252')
    })
    expect(report.encoding).toBe('windows-1252')
    expect(rows[0].item).toMatchObject({
      name: 'A100 80GB',
      notes: 'Café order',
      price: { amount: 12000, currency: 'GBP' }
    })
  })

  it('a Shift-JIS header is read (garbled before)', async () => {
    const report = await inspectInventory({
      file: 'japan.csv',
      headerRow: 1,
      bytes: iconv.encode(JAPANESE, 'shift_jis')
    })
    expect(report.columns.map((column) => column.header)).toEqual([
      'メーカー',
      '型番',
      'メモリ',
      '価格'
    ])
  })

  it('UTF-16 LE without a BOM is read (refused as not a spreadsheet before)', async () => {
    const { rows } = await importInventory({
      file: 'unicode.csv',
      bytes: iconv.encode(CHINESE, 'utf-16le')
    })
    expect(rows.map((row) => row.item?.name)).toEqual(['昇腾910B', '思元590'])
  })

  it('an uncertain guess is said, and the planner can pick the encoding', async () => {
    // Two bytes only: as GB18030 one hanzi, as Windows-1252 "Ã©". Nothing decides.
    const bytes = Buffer.concat([
      Buffer.from('Model,Memory\r\nA100 '),
      Buffer.from([0xc3, 0xa9, 0xa1]),
      Buffer.from(',80GB\r\n')
    ])
    const guessed = await inspectInventory({ file: 'unsure.csv', bytes })
    expect(guessed.encodingConfidence).toBe('uncertain')
    expect(guessed.fileIssues.map((issue) => issue.key)).toContain(
      'importRead.issue.encodingGuessed'
    )
    const chosen = await inspectInventory({ file: 'unsure.csv', bytes, encoding: 'windows-1252' })
    expect(chosen.encoding).toBe('windows-1252')
    expect(chosen.encodingConfidence).toBe('certain')
    expect(chosen.preview[0].item?.name).toBe('A100 Ã©¡')
    expect(chosen.fileIssues.map((issue) => issue.key)).not.toContain(
      'importRead.issue.encodingGuessed'
    )
  })
})

describe("Excel's sep= line", () => {
  it('names the delimiter and is not a row', async () => {
    const csv = 'sep=;\r\nModel;Memory;Price\r\nA100;80GB;"10,5"\r\nH100;80GB;12\r\n'
    const { report, rows } = await importInventory({ file: 'sep.csv', bytes: Buffer.from(csv) })
    expect(report.headerRow).toBe(2)
    expect(report.columns.map((column) => column.header)).toEqual(['Model', 'Memory', 'Price'])
    expect(rows.map((row) => [row.row, row.item?.name])).toEqual([
      [3, 'A100'],
      [4, 'H100']
    ])
  })
})

describe('prices whose separator could be a decimal point', () => {
  it('"€15.000" is read as 15 with a warning naming 15,000 too; "$27,500" is not ambiguous', async () => {
    const { rows } = await importInventory({
      file: 'western.csv',
      bytes: Buffer.from('Model,Price\nMI300X,€15.000\nH100,"$27,500"\n')
    })
    expect(rows[0].issues.map((issue) => [issue.key, issue.params])).toEqual([
      ['importRead.issue.ambiguousSeparator', { value: '€15.000', read: 15, other: 15000 }]
    ])
    expect(rows[1].issues).toEqual([])
    expect(rows[1].item?.price).toEqual({ amount: 27500, currency: 'USD' })
  })
})
