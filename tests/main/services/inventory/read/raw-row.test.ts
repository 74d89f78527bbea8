import { describe, expect, it } from 'vitest'
import {
  cellText,
  columnLetter,
  isBlank,
  isBlankRow,
  isCellError,
  isFormulaWithoutResult
} from '../../../../../src/main/services/inventory/read/raw-row'

describe('isBlank', () => {
  it('is true for null, empty and whitespace-only text (incl. NBSP, ideographic space, BOM)', () => {
    for (const value of [null, '', ' ', '\t\n', '\u00a0', '\u3000', '\ufeff', ' \u3000 '])
      expect(isBlank(value), JSON.stringify(value)).toBe(true)
  })

  it('is false for any value, including zero, false and text around spaces', () => {
    for (const value of [
      0,
      false,
      ' x ',
      '\u3000型号',
      new Date(0),
      { error: '#N/A' },
      { formula: 'A1' }
    ])
      expect(isBlank(value), JSON.stringify(value)).toBe(false)
  })

  it('makes a row blank only when every cell is', () => {
    expect(isBlankRow([])).toBe(true)
    expect(isBlankRow([null, ' ', '\u3000'])).toBe(true)
    expect(isBlankRow([null, 0])).toBe(false)
  })
})

describe('cellText', () => {
  it('spells each kind of cell for messages and header matching', () => {
    expect(cellText(null)).toBe('')
    expect(cellText('H100')).toBe('H100')
    expect(cellText(80)).toBe('80')
    expect(cellText(0.1 + 0.2)).toBe('0.30000000000000004')
    expect(cellText(true)).toBe('true')
    expect(cellText(new Date(Date.UTC(2024, 4, 1, 23)))).toBe('2024-05-01')
    expect(cellText(new Date('invalid'))).toBe('')
    expect(cellText({ error: '#DIV/0!' })).toBe('#DIV/0!')
    expect(cellText({ formula: 'SUM(A1:A3)' })).toBe('=SUM(A1:A3)')
  })

  it('tells errors from formulas without results', () => {
    expect(isCellError({ error: '#N/A' })).toBe(true)
    expect(isCellError({ formula: 'A1' })).toBe(false)
    expect(isCellError(null)).toBe(false)
    expect(isFormulaWithoutResult({ formula: 'A1' })).toBe(true)
    expect(isFormulaWithoutResult('=A1')).toBe(false)
  })
})

describe('columnLetter', () => {
  it('is bijective base 26 without a zero (A…Z, AA…), up to Excel’s last column XFD', () => {
    expect([1, 26, 27, 52, 53, 702, 703, 16_384].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
      'XFD'
    ])
    expect(columnLetter(0)).toBe('')
  })
})
