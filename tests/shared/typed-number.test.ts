/** One reading of a typed number for every field: grouping only in threes, nothing guessed. */
import { describe, expect, it } from 'vitest'
import { parseTypedNumber } from '../../src/shared/format/typed-number'

describe('parseTypedNumber', () => {
  it('reads plain numbers, signs, decimals and exponents', () => {
    expect(parseTypedNumber('320')).toBe(320)
    expect(parseTypedNumber(' -5 ')).toBe(-5)
    expect(parseTypedNumber('0.9')).toBe(0.9)
    expect(parseTypedNumber('.5')).toBe(0.5)
    expect(parseTypedNumber('1e6')).toBe(1_000_000)
  })

  it('reads grouping between groups of three digits, and full-width digits', () => {
    expect(parseTypedNumber('12,500')).toBe(12_500)
    expect(parseTypedNumber('10,000,000')).toBe(10_000_000)
    expect(parseTypedNumber('1 250.5')).toBe(1250.5)
    expect(parseTypedNumber("1'000")).toBe(1000)
    expect(parseTypedNumber('１２５，０００')).toBe(125_000)
  })

  it('refuses what it would have to guess: a comma that may be a decimal point, letters', () => {
    expect(parseTypedNumber('30,5')).toBeNaN()
    expect(parseTypedNumber('1,2345')).toBeNaN()
    expect(parseTypedNumber('abc')).toBeNaN()
    expect(parseTypedNumber('12 GB')).toBeNaN()
  })

  it('gives null for empty text', () => {
    expect(parseTypedNumber('')).toBeNull()
    expect(parseTypedNumber('   ')).toBeNull()
  })
})
