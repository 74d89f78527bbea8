import { describe, expect, it } from 'vitest'
import {
  foldWidth,
  isAbsentWord,
  isErrorText,
  parseMeasure,
  splitNumber
} from '../../../../../src/main/services/inventory/parse/measure'

describe('foldWidth', () => {
  it('folds full-width forms and ideographic spaces, and trims', () => {
    expect(foldWidth('　８０ＧＢ　')).toBe('80GB')
    expect(foldWidth('a\u00a0b')).toBe('a b')
    expect(foldWidth('  plain  ')).toBe('plain')
    // NFKC also folds compatibility characters: ㎇ is "GB".
    expect(foldWidth('80㎇')).toBe('80GB')
  })
})

describe('isAbsentWord', () => {
  it('knows the ways people write "no value", in any case or width', () => {
    for (const word of [
      '-',
      '--',
      '–',
      'N/A',
      'n/a',
      'NA',
      'None',
      'TBD',
      '暂无',
      '不适用',
      '？',
      '×',
      'ｎ／ａ'
    ])
      expect(isAbsentWord(word), word).toBe(true)
  })

  it('does not take figures or longer text for one', () => {
    for (const word of ['0', '$', '¥', 'NaN', 'n/a yet', 'unknown vendor', ''])
      expect(isAbsentWord(word), word).toBe(false)
  })
})

describe('isErrorText', () => {
  it('recognises Excel’s error values written as text, and nothing else', () => {
    for (const text of [
      '#N/A',
      '#div/0!',
      ' #VALUE! ',
      '#REF!',
      '#NAME?',
      '#NUM!',
      '#NULL!',
      '#SPILL!',
      '#CALC!'
    ])
      expect(isErrorText(text), text).toBe(true)
    for (const text of ['#1', 'N/A', '#N/A later', '#', '#VALUE'])
      expect(isErrorText(text), text).toBe(false)
  })
})

describe('parseMeasure', () => {
  it('splits prefix, value and unit', () => {
    expect(parseMeasure('USD 30k')).toEqual({
      value: 30,
      unit: 'k',
      prefix: 'USD',
      sparse: false,
      dense: false
    })
    expect(parseMeasure('-4.5 W')).toMatchObject({ value: -4.5, unit: 'W' })
    expect(parseMeasure('.5TB')).toMatchObject({ value: 0.5, unit: 'TB' })
  })

  it('applies an exponent, and refuses one that overflows', () => {
    expect(parseMeasure('1.2e3 GB')).toMatchObject({ value: 1200, unit: 'GB' })
    // As Number() reads them: 1.1 × 10 is 11.000000000000002 in binary, 1.1e1 is 11.
    expect(parseMeasure('3E-1')).toMatchObject({ value: 0.3 })
    expect(parseMeasure('1.1E+1 GB')).toMatchObject({ value: 11, unit: 'GB' })
    expect(parseMeasure('1,234e2')?.value).toBe(123_400)
    expect(parseMeasure('1e400')).toBeNull()
  })

  it('drops "about" words before the number', () => {
    for (const text of ['~80GB', '≈80GB', '约80GB', 'approx. 80GB', 'about 80GB', 'ca. 80GB'])
      expect(parseMeasure(text), text).toMatchObject({ value: 80, unit: 'GB', prefix: '' })
  })

  it('reads a comma as a thousands separator only before groups of exactly three digits', () => {
    expect(parseMeasure('1,979 TOPS')?.value).toBe(1979)
    expect(parseMeasure('12,345,678')?.value).toBe(12_345_678)
    // Not a group: the number stops at the comma.
    expect(parseMeasure('1,23')).toMatchObject({ value: 1, unit: ',23' })
    expect(parseMeasure('1234,567')).toMatchObject({ value: 1234, unit: ',567' })
  })

  it('marks sparse and dense in either language, the marks removed from the unit', () => {
    expect(parseMeasure('624 TFLOPS with sparsity')).toMatchObject({
      value: 624,
      unit: 'TFLOPS',
      sparse: true
    })
    expect(parseMeasure('312（稠密）')).toMatchObject({
      value: 312,
      unit: '',
      dense: true,
      sparse: false
    })
  })

  it('keeps exact values past fifteen digits the way Number() reads them', () => {
    expect(parseMeasure('12345678901234567')?.value).toBe(Number('12345678901234567'))
    expect(parseMeasure('1,234,567,890,123,456.7')?.value).toBe(Number('1234567890123456.7'))
  })

  it('finds no number in text without digits or across a line break', () => {
    expect(parseMeasure('')).toBeNull()
    expect(parseMeasure('GB')).toBeNull()
    expect(splitNumber('80\nGB')).toBeNull()
  })
})
