import { describe, expect, it } from 'vitest'
import iconv from 'iconv-lite'
import {
  openSource,
  separatorLine,
  type SourceSheet,
  type TableSource
} from '../../../../../src/main/services/inventory/read/open-source'
import type { RawRow } from '../../../../../src/main/services/inventory/read/raw-row'
import { inventoryError } from '../../../inventory/helpers'
import { sheetXml, xlsxPackage } from '../../../../../fuzz/xlsx'

interface ReadSheet {
  sheet: SourceSheet
  batches: RawRow[][]
}

async function readAll(source: TableSource): Promise<ReadSheet[]> {
  const sheets: ReadSheet[] = []
  for await (const sheet of source.sheets()) {
    const batches: RawRow[][] = []
    for await (const batch of sheet.rows) batches.push(batch)
    sheets.push({ sheet, batches })
  }
  return sheets
}

const cells = (read: ReadSheet): unknown[][] => read.batches.flat().map((row) => row.cells)

describe('separatorLine', () => {
  it("takes Excel's sep= line as the delimiter and blanks it to spaces of the same length", () => {
    // "sep=;" is 5 characters: the line becomes 5 spaces, so offsets stay those of the file.
    expect(separatorLine('sep=;\nmodel;gb')).toEqual({ text: '     \nmodel;gb', delimiter: ';' })
    // Quoted ("sep=," is 7 characters with the quotes) and any case, ended by CRLF.
    expect(separatorLine('"SEP=,"\r\na,b')).toEqual({ text: '       \r\na,b', delimiter: ',' })
    expect(separatorLine('sep=\t')).toEqual({ text: '     ', delimiter: '\t' })
  })

  it('leaves text alone without a sep= line, with a pipe, or with more on the line', () => {
    expect(separatorLine('model,gb\nsep=;')).toEqual({ text: 'model,gb\nsep=;' })
    // A pipe is not a delimiter the reader knows, so the line is kept as data.
    expect(separatorLine('sep=|\na|b')).toEqual({ text: 'sep=|\na|b' })
    // "sep=;x" is not the separator line: something follows the delimiter.
    expect(separatorLine('sep=;x\na;b')).toEqual({ text: 'sep=;x\na;b' })
  })
})

describe('openSource: text files', () => {
  it('reads a .csv as one sheet named after the file, with record numbers from 1', async () => {
    const source = await openSource(
      'C:\\data\\gpus.v2.csv',
      Buffer.from('model,gb\nH100,80\n', 'utf8')
    )
    expect(source).toMatchObject({
      format: 'csv',
      encoding: 'utf-8',
      encodingConfidence: 'certain'
    })
    const [read, ...more] = await readAll(source)
    expect(more).toEqual([])
    // Windows path and only the last extension cut: "gpus.v2".
    expect(read.sheet).toMatchObject({ name: 'gpus.v2', hidden: false, date1904: false })
    expect(cells(read)).toEqual([
      ['model', 'gb'],
      ['H100', '80']
    ])
    expect(read.batches.flat().map((row) => row.row)).toEqual([1, 2])
    expect(read.sheet.overflowRows()).toBe(0)
    expect(read.sheet.noncharacters()).toBe(false)
    expect(read.sheet.unterminatedQuoteAt()).toBeUndefined()
    expect(read.sheet.csvText).toEqual({ text: 'model,gb\nH100,80\n', delimiter: ',' })
  })

  it('reads a .tsv (BOM) as tab-separated and says the encoding is certain', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('型号\t显存\nA100, 40GB\t40\n', 'utf8')
    ])
    const source = await openSource('list.tsv', bytes)
    expect(source).toMatchObject({
      format: 'tsv',
      encoding: 'utf-8-bom',
      encodingConfidence: 'certain'
    })
    // The comma inside "A100, 40GB" is text in a tab-separated file.
    expect(cells((await readAll(source))[0])).toEqual([
      ['型号', '显存'],
      ['A100, 40GB', '40']
    ])
  })

  it('honours a sep= line over the delimiter the content suggests; the blanked line stays record 1', async () => {
    const source = await openSource('eu.csv', Buffer.from('sep=;\nmodel;price\nH100;1,5\n'))
    const [read] = await readAll(source)
    expect(read.sheet.csvText?.delimiter).toBe(';')
    expect(read.batches.flat().map((row) => [row.row, row.cells])).toEqual([
      [1, ['     ']],
      [2, ['model', 'price']],
      [3, ['H100', '1,5']]
    ])
  })

  it('decodes with the encoding the planner chose instead of guessing', async () => {
    const bytes = iconv.encode('型号,数量\n昇腾910B,8\n', 'gb18030')
    const source = await openSource('gbk.csv', bytes, 'gb18030')
    expect(source).toMatchObject({ encoding: 'gb18030', encodingConfidence: 'certain' })
    expect(cells((await readAll(source))[0])).toEqual([
      ['型号', '数量'],
      ['昇腾910B', '8']
    ])
  })

  it('hands rows out in batches of 2000 records and can be read again from the start', async () => {
    // 1 header + 4500 data records = 4501: batches of 2000, 2000 and 501.
    const text = 'model,gb\n' + Array.from({ length: 4500 }, (_, i) => `GPU-${i},80`).join('\n')
    const source = await openSource('big.csv', Buffer.from(text))
    const first = await readAll(source)
    expect(first[0].batches.map((batch) => batch.length)).toEqual([2000, 2000, 501])
    expect(first[0].batches[2].at(-1)).toMatchObject({ row: 4501, cells: ['GPU-4499', '80'] })
    const again = await readAll(source)
    expect(again[0].batches.map((batch) => batch.length)).toEqual([2000, 2000, 501])
  })

  it('says where a quote was left open once the rows are read', async () => {
    const source = await openSource(
      'open.csv',
      Buffer.from('model,notes\nH100,"never closed\nA100,x\n')
    )
    const [read] = await readAll(source)
    // Record 2 opens a quote that runs to the end of the text.
    expect(read.sheet.unterminatedQuoteAt()).toBe(2)
  })

  it('flags text holding a noncharacter (U+FFFE), so the row builder checks cells', async () => {
    const source = await openSource('odd.csv', Buffer.from('model\nH100\uFFFE\n', 'utf8'))
    expect((await readAll(source))[0].sheet.noncharacters()).toBe(true)
  })

  it('refuses a file that is only whitespace, naming the file', async () => {
    const error = await inventoryError(() => openSource('blank.csv', Buffer.from(' \r\n\t\n')))
    expect(error.code).toBe('UNSUPPORTED_FILE')
    expect(error.message).toBe('The file blank.csv is empty.')
    expect(error.location).toEqual({ file: 'blank.csv' })
  })

  it('refuses a zero-byte file through the sniffer, with the same message', async () => {
    const error = await inventoryError(() => openSource('none.csv', Buffer.alloc(0)))
    expect(error.message).toBe('The file none.csv is empty.')
  })
})

describe('openSource: workbooks', () => {
  it('opens a zip package as .xlsx whatever its name says, and reads its sheets', async () => {
    const bytes = xlsxPackage(
      sheetXml([
        [{ text: 'model' }, { text: 'gb' }],
        [{ text: 'H100' }, { number: '80' }]
      ])
    )
    // Named .csv, but the bytes are a zip: the content decides.
    const source = await openSource('mislabelled.csv', bytes)
    expect(source.format).toBe('xlsx')
    expect(source.encoding).toBeUndefined()
    expect(source.warnings).toEqual([])
    const [read, ...more] = await readAll(source)
    expect(more).toEqual([])
    expect(read.sheet).toMatchObject({ name: 'Inventory', hidden: false, date1904: false })
    expect(cells(read)).toEqual([
      ['model', 'gb'],
      ['H100', 80]
    ])
    expect(read.sheet.overflowRows()).toBe(0)
    expect(read.sheet.noncharacters()).toBe(false)
    // Quotes are a CSV matter; a workbook has no text to re-read.
    expect(read.sheet.unterminatedQuoteAt()).toBeUndefined()
    expect(read.sheet.csvText).toBeUndefined()
    // Re-reading starts over.
    expect(cells((await readAll(source))[0])).toEqual(cells(read))
  })
})
