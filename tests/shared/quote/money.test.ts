import { describe, expect, it } from 'vitest'
import { convertPrice, type ExchangeRates } from '../../../src/shared/quote/money'

// Rates are currency units per 1 USD; round numbers so every expectation is exact by hand.
const RATES: ExchangeRates = { USD: 1, CNY: 8, EUR: 0.5 }

describe('convertPrice', () => {
  it('returns the amount untouched in its own currency, whatever the rates', () => {
    expect(convertPrice(123.45, 'CNY', 'CNY', RATES)).toBe(123.45)
    // Even a rate of 0 (a typo in a plan) does not turn a same-currency price into NaN.
    expect(convertPrice(7, 'EUR', 'EUR', { USD: 1, CNY: 8, EUR: 0 })).toBe(7)
  })

  it('goes through USD: amount ÷ rate(from) × rate(to)', () => {
    // 80 CNY ÷ 8 CNY/USD = 10 USD; 10 USD × 0.5 EUR/USD = 5 EUR.
    expect(convertPrice(80, 'CNY', 'EUR', RATES)).toBe(5)
    // 5 EUR ÷ 0.5 = 10 USD; × 8 = 80 CNY.
    expect(convertPrice(5, 'EUR', 'CNY', RATES)).toBe(80)
    // 10 USD × 8 = 80 CNY; 80 CNY ÷ 8 = 10 USD.
    expect(convertPrice(10, 'USD', 'CNY', RATES)).toBe(80)
    expect(convertPrice(80, 'CNY', 'USD', RATES)).toBe(10)
  })

  it('divides before it multiplies (the order the workbook formulas use)', () => {
    // 12,345.67 CNY at 7.1 CNY/USD and 0.93 EUR/USD: (a ÷ 7.1) × 0.93 and a × 0.93 ÷ 7.1 differ
    // in the last binary digit (…437 vs …44), so only the workbook's order agrees exactly.
    const rates: ExchangeRates = { USD: 1, CNY: 7.1, EUR: 0.93 }
    const amount = 12_345.67
    expect((amount / 7.1) * 0.93).not.toBe((amount * 0.93) / 7.1)
    expect(convertPrice(amount, 'CNY', 'EUR', rates)).toBe((amount / 7.1) * 0.93)
  })

  it('is linear in the amount and keeps the sign of a credit', () => {
    expect(convertPrice(-80, 'CNY', 'EUR', RATES)).toBe(-5)
    expect(convertPrice(0, 'CNY', 'EUR', RATES)).toBe(0)
  })
})
