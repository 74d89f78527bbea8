import { describe, expect, it } from 'vitest'
import {
  foldWidth,
  parseMeasure,
  splitNumber
} from '../../../src/main/services/inventory/parse/measure'
import { parsePrice, priceHintFromHeader } from '../../../src/main/services/inventory/parse/price'
import { parseDateText, excelSerialToIso } from '../../../src/main/services/inventory/parse/date'
import { parseCell, type CellContext } from '../../../src/main/services/inventory/parse/cells'
import { matchHeader } from '../../../src/main/services/inventory/header/match-header'
import { csvRecords, sniffDelimiter } from '../../../src/main/services/inventory/read/csv-rows'
import { decodeText } from '../../../src/main/services/inventory/read/text-decode'
import type { ColumnField } from '../../../src/shared/schema/inventory'
import iconv from 'iconv-lite'
import { mulberry32 } from '../../../fuzz/random'

function context(field: ColumnField, extra: Partial<CellContext> = {}): CellContext {
  return {
    field,
    sparseColumn: false,
    priceHint: { multiplier: 1 },
    halveSparse: false,
    date1904: false,
    ...extra
  }
}

function parse(value: string | number, field: ColumnField, extra: Partial<CellContext> = {}) {
  const issues: string[] = []
  const parsed = parseCell(value, context(field, extra), (_severity, name) => issues.push(name))
  return {
    value: parsed?.value,
    sparse: parsed?.kind === 'number' ? parsed.sparse : undefined,
    issues
  }
}

describe('parseMeasure', () => {
  it('reads thousands separators, full-width digits and sparse marks', () => {
    expect(parseMeasure('1,979 TOPS (sparse)')).toEqual({
      value: 1979,
      unit: 'TOPS',
      prefix: '',
      sparse: true,
      dense: false
    })
    expect(parseMeasure('８０ＧＢ')).toMatchObject({ value: 80, unit: 'GB' })
    expect(parseMeasure('~3.35TB/s')).toMatchObject({ value: 3.35, unit: 'TB/s' })
    expect(parseMeasure('1248（稀疏）')).toMatchObject({ value: 1248, sparse: true })
    expect(parseMeasure('abc')).toBeNull()
  })

  it('splits numbers exactly as the regex it replaced (random texts)', () => {
    const NUMBER =
      /^(.*?)([-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-+]?\.\d+)(?:[eE]([-+]?\d+))?(.*)$/
    const pieces = ['0', '1', '7', '12', '345', ',', '.', '-', '+', 'e', 'E', ' ', 'a', '$']
    pieces.push('\n', '\r', '万', 'GB', '/', '~', '(', ')', '１', '\u2028', '#')
    const random = mulberry32(7)
    const texts = ['1,2345', '1234,567', '12,345,678.9e-3x', '1e', '-.5', '+-1', '80\nGB', '']
    for (let index = 0; index < 20_000; index++) {
      let text = ''
      for (let length = 1 + Math.floor(random() * 8); length > 0; length--)
        text += pieces[Math.floor(random() * pieces.length)]
      texts.push(text)
    }
    for (const text of texts) {
      const match = NUMBER.exec(text)
      const split = splitNumber(text)
      expect(split && [split.prefix, split.digits, split.exponent, split.rest], text).toEqual(
        match && [match[1], match[2], match[3], match[4]]
      )
      // The value: Number() of the digits without commas, times the exponent.
      const plain = `8${text.replace(/[\n\r\u2028\u2029]/g, '')}`
      const parts = NUMBER.exec(foldWidth(plain))
      const measured = parseMeasure(plain)
      if (parts && measured && !/spars|dense|稀疏|稠密|^[~≈约ac]/i.test(plain))
        expect(measured.value, plain).toBe(
          Number(`${parts[2].replace(/,/g, '')}${parts[3] ? `e${parts[3]}` : ''}`)
        )
    }
  })
})

describe('unit conversion per field', () => {
  it.each([
    ['80GB', 'memoryGB', 80],
    ['80 GiB', 'memoryGB', 85.8993459],
    ['1.5 TB', 'memoryGB', 1500],
    ['3.35 TB/s', 'memoryBandwidthGBs', 3350],
    ['3350 GB/s', 'memoryBandwidthGBs', 3350],
    ['989 TFLOPS', 'fp16Tflops', 989],
    ['1.979 PFLOPS', 'fp8Tflops', 1979],
    ['1,979 TOPS', 'int8Tops', 1979],
    ['700W', 'tdpW', 700],
    ['0.7 kW', 'tdpW', 700],
    ['8台', 'quantityOnHand', 8],
    ['１６', 'quantityOnHand', 16]
  ] as const)('%s as %s → %s', (text, field, expected) => {
    expect(parse(text, field)).toEqual({ value: expected, sparse: undefined, issues: [] })
  })

  it('uses the header unit for bare numbers', () => {
    expect(parse(80, 'memoryGB', { unitHint: 'gib' }).value).toBe(85.8993459)
    expect(parse('0.4', 'tdpW', { unitHint: 'kw' }).value).toBe(400)
    // A unit in the cell wins over the header's.
    expect(parse('400 W', 'tdpW', { unitHint: 'kw' }).value).toBe(400)
  })

  it('converts gigabits with a warning and refuses a wrong unit', () => {
    expect(parse('900 Gb/s', 'memoryBandwidthGBs')).toEqual({
      value: 112.5,
      sparse: undefined,
      issues: ['gigabits']
    })
    expect(parse('80 W', 'memoryGB')).toEqual({
      value: undefined,
      sparse: undefined,
      issues: ['unitMismatch']
    })
    expect(parse('fast', 'memoryGB').issues).toEqual(['notANumber'])
    expect(parse('-5', 'memoryGB').issues).toEqual(['outOfRange'])
    expect(parse(0, 'fp8Tflops').issues).toEqual(['zeroAsUnsupported'])
    expect(parse('2.5', 'quantityOnHand').issues).toEqual(['notAnInteger'])
    expect(parse('#N/A', 'memoryGB').issues).toEqual(['errorCell'])
  })

  it('reads "no value" words as absent without a warning', () => {
    for (const word of ['-', '—', 'N/A', '不支持', '无']) {
      expect(parse(word, 'fp8Tflops')).toEqual({ value: undefined, sparse: undefined, issues: [] })
    }
  })

  it('labels sparse figures and halves them only when confirmed', () => {
    expect(parse('1,979 TOPS (sparse)', 'int8Tops')).toEqual({
      value: 1979,
      sparse: { asGiven: 1979, halved: false },
      issues: ['sparseKept']
    })
    expect(parse('1,979 TOPS (sparse)', 'int8Tops', { halveSparse: true })).toEqual({
      value: 989.5,
      sparse: { asGiven: 1979, halved: true },
      issues: ['sparseHalved']
    })
    expect(parse('624', 'fp16Tflops', { sparseColumn: true }).sparse).toEqual({
      asGiven: 624,
      halved: false
    })
    expect(parse('312 (dense)', 'fp16Tflops', { sparseColumn: true }).sparse).toBeUndefined()
  })
})

describe('prices', () => {
  it.each([
    ['¥250,000', 250000, 'CNY'],
    ['￥250,000', 250000, 'CNY'],
    ['$27,500', 27500, 'USD'],
    ['25万', 250000, undefined],
    ['25万元', 250000, 'CNY'],
    ['USD 30k', 30000, 'USD'],
    ['€9.5k', 9500, 'EUR'],
    ['HK$ 80,000', 80000, 'HKD'],
    ['RMB 1.2M', 1200000, 'CNY'],
    ['1.5亿', 150000000, undefined]
  ] as const)('%s → %s %s', (text, amount, currency) => {
    expect(parsePrice(text, { multiplier: 1 })).toEqual({ amount, currency })
  })

  it('applies a 万元 header to bare numbers only', () => {
    const hint = priceHintFromHeader('万元')
    expect(hint).toEqual({ currency: 'CNY', multiplier: 10000 })
    expect(parsePrice(12.5, hint)).toEqual({ amount: 125000, currency: 'CNY' })
    expect(parsePrice('250000元', hint)).toEqual({ amount: 250000, currency: 'CNY' })
  })

  it('refuses contradictions and junk', () => {
    expect(parsePrice('$ 100 EUR', { multiplier: 1 })).toBeNull()
    expect(parsePrice('call us', { multiplier: 1 })).toBeNull()
  })
})

describe('dates', () => {
  it('reads written dates and Excel serials', () => {
    expect(parseDateText('2024/5/1')).toBe('2024-05-01')
    expect(parseDateText('2024年5月1日')).toBe('2024-05-01')
    expect(parseDateText('2024-05')).toBe('2024-05')
    expect(parseDateText('2024-02-30')).toBeNull()
    expect(excelSerialToIso(45352, false)).toBe('2024-03-01')
    expect(excelSerialToIso(12, false)).toBeNull()
  })
})

describe('header matching', () => {
  it.each([
    ['型号', 'name', 1],
    ['Model', 'name', 1],
    ['GPU', 'name', 1],
    ['显存', 'memoryGB', 1],
    ['VRAM', 'memoryGB', 1],
    ['Memory (GiB)', 'memoryGB', 1],
    ['显存带宽', 'memoryBandwidthGBs', 1],
    ['mem_bw_gbps', 'memoryBandwidthGBs', 1],
    ['FP16', 'fp16Tflops', 1],
    ['半精度算力', 'fp16Tflops', 1],
    ['INT8 TOPS', 'int8Tops', 1],
    ['功耗', 'tdpW', 1],
    ['TDP (W)', 'tdpW', 1],
    ['单价（万元）', 'price', 1],
    ['price_usd', 'price', 1],
    ['库存', 'quantityOnHand', 1],
    ['Qty', 'quantityOnHand', 1],
    ['备注', 'notes', 1],
    ['厂商', 'vendor', 1],
    ['GPU 显存', 'memoryGB', 0.73],
    ['总价', null, 0],
    ['Serial number', null, 0]
  ] as const)('%s → %s', (label, field, confidence) => {
    const match = matchHeader(label)
    expect(match.field).toBe(field)
    expect(match.confidence).toBe(confidence)
  })

  it('keeps the unit and sparse flag from the header', () => {
    expect(matchHeader('单价（万元）').unitHint).toBe('万元')
    expect(matchHeader('price_usd').unitHint).toBe('usd')
    expect(matchHeader('FP16 (sparse)')).toMatchObject({ field: 'fp16Tflops', sparse: true })
    expect(matchHeader(' ｍｏｄｅｌ ')).toMatchObject({ field: 'name', confidence: 1 })
  })
})

describe('CSV and encodings', () => {
  it('parses quotes, doubled quotes, embedded newlines and CRLF', () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","line1\nline2"\r\n,,\r\nlast,,'
    const rows = [...csvRecords(text, ',')].map((row) => row.cells)
    expect(rows).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'line1\nline2'],
      ['', '', ''],
      ['last', '', '']
    ])
  })

  it('reads repeated and colliding field texts exactly (fields are interned per column)', () => {
    // `Aa` and `BB` share a 31-based string hash; 3000 distinct values overflow a column's table.
    const lines: string[] = []
    for (let index = 0; index < 6000; index++)
      lines.push(`${index % 2 ? 'Aa' : 'BB'},v${index % 3000},${'x'.repeat(index % 70)},Aa`)
    const rows = [...csvRecords(lines.join('\n'), ',')].map((row) => row.cells)
    expect(rows).toEqual(
      lines.map((_, index) => [
        index % 2 ? 'Aa' : 'BB',
        `v${index % 3000}`,
        'x'.repeat(index % 70),
        'Aa'
      ])
    )
  })

  it('reports an unterminated quote', () => {
    const state: { unterminatedQuoteAt?: number } = {}
    const rows = [...csvRecords('a,b\n"open,x\ny,z\n', ',', state)]
    expect(rows).toHaveLength(2)
    expect(state.unterminatedQuoteAt).toBe(2)
  })

  it('sniffs tab, comma and semicolon delimiters', () => {
    expect(sniffDelimiter('a\tb\tc\n1\t2\t3')).toBe('\t')
    expect(sniffDelimiter('a;b;c\n1;2;3')).toBe(';')
    expect(sniffDelimiter('a,b\n1,2')).toBe(',')
  })

  it('detects UTF-8, UTF-8 BOM, UTF-16 and GBK', () => {
    expect(decodeText(Buffer.from('型号,显存', 'utf8'))).toMatchObject({
      text: '型号,显存',
      encoding: 'utf-8'
    })
    expect(
      decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('型号')]))
    ).toMatchObject({
      text: '型号',
      encoding: 'utf-8-bom'
    })
    expect(
      decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('型号', 'utf16le')])).text
    ).toBe('型号')
    expect(decodeText(iconv.encode('型号,显存,￥', 'gbk'))).toMatchObject({
      text: '型号,显存,￥',
      encoding: 'gb18030'
    })
  })
})

describe('merge ranges from sheet XML', () => {
  it('finds every <mergeCell> once, however the XML is chunked', async () => {
    const { MergeScanner } =
      await import('../../../src/main/services/inventory/read/workbook-guard')
    const xml = Buffer.from(
      '<worksheet><sheetData/><mergeCells count="3"><mergeCell ref="A1:I1"/><mergeCell ref="C4:D4"/>' +
        '<mergeCell ref="A6:A8"/></mergeCells></worksheet>'
    )
    const expected = [
      { top: 1, left: 1, bottom: 1, right: 9 },
      { top: 4, left: 3, bottom: 4, right: 4 },
      { top: 6, left: 1, bottom: 8, right: 1 }
    ]
    for (const size of [1, 7, 13, 50, xml.length]) {
      const scanner = new MergeScanner()
      for (let at = 0; at < xml.length; at += size) scanner.push(xml.subarray(at, at + size))
      expect(scanner.ranges).toEqual(expected)
    }
  })
})
