import { describe, expect, it } from 'vitest'
import type { ColumnField } from '../../../../../src/shared/schema/inventory'
import {
  CellParser,
  parseCell,
  type CellContext
} from '../../../../../src/main/services/inventory/parse/cells'
import type { CellValue } from '../../../../../src/main/services/inventory/read/raw-row'
import { LIMITS } from '../../../../../src/main/services/inventory/limits'

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

function parse(value: CellValue, field: ColumnField, extra: Partial<CellContext> = {}) {
  const issues: string[] = []
  const parsed = parseCell(value, context(field, extra), (_severity, name) => issues.push(name))
  return { value: parsed?.value, issues }
}

describe('parseCell refusals common to every figure field', () => {
  it('refuses numbers that are not finite, whatever the field', () => {
    for (const field of ['memoryGB', 'tdpW', 'fp16Tflops'] as const) {
      for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
        const result = parse(value, field)
        expect(result.value, `${field} ${value}`).toBeUndefined()
        expect(result.issues, `${field} ${value}`).toEqual(['outOfRange'])
      }
    }
    expect(parse(Number.NaN, 'quantityOnHand').value).toBeUndefined()
    expect(parse(Number.NaN, 'price').value).toBeUndefined()
  })

  it('refuses a text longer than any figure before parsing it', () => {
    const long = `${'9'.repeat(LIMITS.maxFigureChars)}1`
    expect(parse(long, 'memoryGB')).toEqual({
      value: undefined,
      issues: ['importRead.issue.figureTooLong']
    })
    // Text fields keep long text (cut at the cell limit, with its own warning).
    expect(parse(long, 'notes').value).toBe(long)
    expect(parse('n'.repeat(LIMITS.maxCellChars + 1), 'notes')).toEqual({
      value: 'n'.repeat(LIMITS.maxCellChars),
      issues: ['cellTooLong']
    })
  })

  it('reports error cells, Excel errors written as text, formulas without results and booleans', () => {
    expect(parse({ error: '#REF!' }, 'memoryGB').issues).toEqual(['errorCell'])
    expect(parse(' #DIV/0! ', 'tdpW').issues).toEqual(['errorCell'])
    expect(parse({ formula: '' }, 'memoryGB').issues).toEqual(['formulaNoResult'])
    expect(parse(true, 'quantityOnHand').issues).toEqual(['booleanInField'])
    // An error in a text field is reported too, not kept as the text "#REF!".
    expect(parse({ error: '#REF!' }, 'notes')).toEqual({ value: undefined, issues: ['errorCell'] })
  })

  it('takes the year of a date cell in the launch-year column only', () => {
    const date = new Date(Date.UTC(2023, 2, 21))
    expect(parse(date, 'launchYear')).toEqual({ value: 2023, issues: [] })
    expect(parse(date, 'memoryGB')).toEqual({ value: undefined, issues: ['dateInNumberField'] })
  })
})

describe('parseCell per field type', () => {
  it.each([
    ['GPU', 'accelerator'],
    ['加速卡', 'accelerator'],
    ['ＮＰＵ', 'accelerator'],
    ['AI 服务器', 'server'],
    ['Server', 'server']
  ])('kind %s → %s', (text, kind) => {
    expect(parse(text, 'kind')).toEqual({ value: kind, issues: [] })
  })

  it('warns about a kind it does not know instead of guessing', () => {
    expect(parse('switch', 'kind')).toEqual({ value: undefined, issues: ['unknownKind'] })
  })

  it('reads vendors in Chinese as the catalog names them', () => {
    expect(parse('英伟达', 'vendor').value).toBe('NVIDIA')
    expect(parse('  Some Vendor  ', 'vendor').value).toBe('Some Vendor')
  })

  it('checks integer ranges per field and accepts counting words', () => {
    expect(parse('8 张', 'acceleratorsPerServer')).toEqual({ value: 8, issues: [] })
    expect(parse(0, 'acceleratorsPerServer').issues).toEqual(['outOfRange'])
    expect(parse(0, 'quantityOnHand')).toEqual({ value: 0, issues: [] })
    expect(parse(1989, 'launchYear').issues).toEqual(['outOfRange'])
    expect(parse('8 boxes', 'quantityOnHand').issues).toEqual(['notANumber'])
    expect(parse('$8', 'quantityOnHand').issues).toEqual(['notANumber'])
  })

  it('reads dates in both date systems and says when it cannot', () => {
    expect(parse(45292, 'priceDate').value).toBe('2024-01-01')
    expect(parse(45292 - 1462, 'priceDate', { date1904: true }).value).toBe('2024-01-01')
    expect(parse('next week', 'priceDate')).toEqual({
      value: undefined,
      issues: ['dateUnreadable']
    })
  })

  it('reads a currency column and refuses words that are not one', () => {
    expect(parse('人民币', 'currency').value).toBe('CNY')
    expect(parse('dollars', 'currency').issues).toEqual(['notANumber'])
  })

  it('rounds unit-conversion noise to nine significant digits, but not a figure as written', () => {
    // 0.1 TB is 100 GB exactly, though 0.1 × 1000 is 100.00000000000001 in binary.
    expect(parse('0.1 TB', 'memoryGB').value).toBe(100)
    expect(parse(0.1234567891234, 'memoryGB').value).toBe(0.1234567891234)
  })

  it('keeps a trailing memory descriptor only in memory cells', () => {
    const parsed = parseCell('80GB HBM3e', context('memoryGB'), () => undefined)
    expect(parsed).toMatchObject({ kind: 'number', value: 80, trailing: 'HBM3e' })
    expect(parse('700 W max', 'tdpW').issues).toEqual(['unitMismatch'])
  })

  it('warns when a price separator could be read two ways', () => {
    expect(parse('€30.000', 'price')).toEqual({
      value: 30,
      issues: ['importRead.issue.ambiguousSeparator']
    })
    expect(parse('$30,000', 'price')).toEqual({ value: 30000, issues: [] })
  })
})

describe('CellParser', () => {
  it('parses a repeated value once and replays its warnings each time', () => {
    const parser = new CellParser(context('memoryBandwidthGBs'))
    const seen: string[] = []
    const first = parser.parse('900 Gb/s', (_s, name) => seen.push(name))
    const second = parser.parse('900 Gb/s', (_s, name) => seen.push(name))
    expect(second).toBe(first)
    expect(first?.value).toBe(112.5)
    expect(seen).toEqual(['gigabits', 'gigabits'])
  })

  it('hands out its own copy of a remembered text, and none for values it does not remember', () => {
    const parser = new CellParser(context('memoryGB'))
    const a = ['80', 'GB'].join('')
    parser.parse(a, () => undefined)
    const b = ['8', '0GB'].join('')
    parser.parse(b, () => undefined)
    expect(parser.text).toBe(a)
    parser.parse(80, () => undefined)
    expect(parser.text).toBeUndefined()
    parser.parse('x'.repeat(300), () => undefined)
    expect(parser.text).toBeUndefined()
  })

  it('gives the same answers once its memo is full, without growing it', () => {
    const parser = new CellParser(context('memoryGB'), 2)
    for (const value of ['1GB', '2GB', '3GB', '4GB', '3GB']) parser.parse(value, () => undefined)
    const issues: string[] = []
    expect(parser.parse('5 W', (_s, name) => issues.push(name))).toBeUndefined()
    expect(issues).toEqual(['unitMismatch'])
    expect(parser.parse('3GB', () => undefined)?.value).toBe(3)
  })

  it('does not let 0 and -0 share an answer', () => {
    const parser = new CellParser(context('quantityOnHand'))
    expect(parser.parse(0, () => undefined)?.value).toBe(0)
    expect(Object.is(parser.parse(-0, () => undefined)?.value, -0)).toBe(true)
  })
})
