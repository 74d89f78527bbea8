import { describe, expect, it } from 'vitest'
import {
  csvRecordAt,
  csvRecords,
  sniffDelimiter,
  type CsvReadState,
  type Delimiter
} from '../../../../../src/main/services/inventory/read/csv-rows'

function cells(text: string, delimiter: Delimiter = ',', state: CsvReadState = {}): string[][] {
  return [...csvRecords(text, delimiter, state)].map((row) => row.cells as string[])
}

describe('csvRecords', () => {
  it('reads nothing from empty text, and no extra record after a final line break', () => {
    expect(cells('')).toEqual([])
    expect(cells('a,b\n')).toEqual([['a', 'b']])
    expect(cells('a,b\r\n')).toEqual([['a', 'b']])
  })

  it('ends records at LF, CRLF and a lone CR (old Mac exports) alike', () => {
    expect(cells('a,b\rc,d\r\ne,f\ng,h')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h']
    ])
  })

  it('numbers records from 1 and says where each starts, so one can be read again', () => {
    const text = 'model,gb\n"H100, SXM",80\r\nA100,"40"\n'
    const rows = [...csvRecords(text, ',')]
    expect(rows.map((row) => row.row)).toEqual([1, 2, 3])
    for (const row of rows) expect(csvRecordAt(text, ',', row.at!)).toEqual(row.cells)
  })

  it('keeps a blank line as a record with one empty field, and a trailing delimiter as a field', () => {
    expect(cells('a\n\nb')).toEqual([['a'], [''], ['b']])
    expect(cells('a,')).toEqual([['a', '']])
    expect(cells(',,')).toEqual([['', '', '']])
  })

  it('keeps text after a closing quote as Excel does, and reads doubled quotes', () => {
    expect(cells('"80"GB,x')).toEqual([['80GB', 'x']])
    expect(cells('"a""b",c')).toEqual([['a"b', 'c']])
    expect(cells('""""')).toEqual([['"']])
    expect(cells('"",x')).toEqual([['', 'x']])
  })

  it('reads a quote inside an unquoted field as text', () => {
    expect(cells('5" disk,x')).toEqual([['5" disk', 'x']])
  })

  it('turns CR and CRLF inside a quoted field into LF, as a cell typed in Excel', () => {
    expect(cells('"a\r\nb","c\rd","e\nf"')).toEqual([['a\nb', 'c\nd', 'e\nf']])
    expect(cells('"x\r\ny"z,1')).toEqual([['x\nyz', '1']])
  })

  it('reports the record of a quote left open, and reads the rest of the text into that field', () => {
    const state: CsvReadState = {}
    expect(cells('a,b\nc,"open\nd,e', ',', state)).toEqual([
      ['a', 'b'],
      ['c', 'open\nd,e']
    ])
    expect(state.unterminatedQuoteAt).toBe(2)
    // Only the first open quote is reported.
    const twice: CsvReadState = {}
    cells('"x', ',', twice)
    expect(twice.unterminatedQuoteAt).toBe(1)
  })

  it('splits by the chosen delimiter only', () => {
    expect(cells('a,b\tc;d', '\t')).toEqual([['a,b', 'c;d']])
    expect(cells('a,b\tc;d', ';')).toEqual([['a,b\tc', 'd']])
    expect(cells('"x;y";z', ';')).toEqual([['x;y', 'z']])
  })
})

describe('sniffDelimiter', () => {
  it('picks the delimiter found on the most lines, not the most often', () => {
    // Commas only inside the notes of one line; tabs on every line.
    expect(sniffDelimiter('a\tb\n1,2,3,4,5\t6\nx\ty')).toBe('\t')
    expect(sniffDelimiter('model;price\nH100;27,500\nA100;10,000')).toBe(';')
  })

  it('lets the hint win a tie and stand when no delimiter is found', () => {
    expect(sniffDelimiter('a,b\tc', '\t')).toBe('\t')
    expect(sniffDelimiter('a,b\tc', ',')).toBe(',')
    expect(sniffDelimiter('single column\nvalues', '\t')).toBe('\t')
    expect(sniffDelimiter('single column')).toBe(',')
  })

  it('ignores blank lines and looks at the first 20 lines only', () => {
    expect(sniffDelimiter('\n\n  \na;b\n\nc;d')).toBe(';')
    const text = `${'a\tb\n'.repeat(20)}${'c,d\n'.repeat(100)}`
    expect(sniffDelimiter(text)).toBe('\t')
  })
})
