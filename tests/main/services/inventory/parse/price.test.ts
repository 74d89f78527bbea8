import { describe, expect, it } from 'vitest'
import {
  parseCurrencyWord,
  parsePrice,
  priceHintFromHeader
} from '../../../../../src/main/services/inventory/parse/price'
import { parseCell } from '../../../../../src/main/services/inventory/parse/cells'

const PLAIN = { multiplier: 1 }

describe('priceHintFromHeader', () => {
  it('is neutral for a header without a unit', () => {
    expect(priceHintFromHeader(undefined)).toEqual({ multiplier: 1 })
    expect(priceHintFromHeader('')).toEqual({ multiplier: 1 })
  })

  it.each([
    ['usd', 'USD', 1],
    ['万美元', 'USD', 1e4],
    ['千元', 'CNY', 1e3],
    ['亿元', 'CNY', 1e8],
    ['k usd', 'USD', 1e3],
    ['HK$', 'HKD', 1],
    ['ｕｓｄ', 'USD', 1],
    ['円', 'JPY', 1],
    ['英镑', 'GBP', 1]
  ] as const)('%s → %s ×%d', (header, currency, multiplier) => {
    expect(priceHintFromHeader(header)).toEqual({ currency, multiplier })
  })

  it('gives no currency for a header naming two', () => {
    expect(priceHintFromHeader('USD/EUR').currency).toBeUndefined()
  })
})

describe('parsePrice', () => {
  it('scales a bare number by the header, and refuses non-finite numbers', () => {
    expect(parsePrice(12.5, { currency: 'USD', multiplier: 1000 })).toEqual({
      amount: 12500,
      currency: 'USD'
    })
    expect(parsePrice(Number.NaN, PLAIN)).toBeNull()
    expect(parsePrice(Number.POSITIVE_INFINITY, PLAIN)).toBeNull()
  })

  it('takes the currency of the cell over the header, and the header scale only for bare figures', () => {
    const header = { currency: 'CNY', multiplier: 1e4 }
    expect(parsePrice('$30,000', header)).toEqual({ amount: 30000, currency: 'USD' })
    expect(parsePrice('3', header)).toEqual({ amount: 30000, currency: 'CNY' })
    // A scale word in the cell replaces the header's.
    expect(parsePrice('3k', header)).toEqual({ amount: 3000, currency: 'CNY' })
  })

  it('accepts per-unit suffixes', () => {
    expect(parsePrice('¥250,000/台', PLAIN)).toEqual({ amount: 250000, currency: 'CNY' })
    expect(parsePrice('250000元/台', PLAIN)).toEqual({ amount: 250000, currency: 'CNY' })
    expect(parsePrice('$1,200 /unit', PLAIN)).toEqual({ amount: 1200, currency: 'USD' })
    expect(parsePrice('$1,200 per box', PLAIN)).toBeNull()
  })

  it('keeps a minus sign written before the currency', () => {
    expect(parsePrice('$-100', PLAIN)).toEqual({ amount: -100, currency: 'USD' })
    expect(parsePrice('-$100', PLAIN)).toEqual({ amount: -100, currency: 'USD' })
    expect(parsePrice('-¥250,000', PLAIN)).toEqual({ amount: -250000, currency: 'CNY' })
    // Two signs are not a price.
    expect(parsePrice('-$-100', PLAIN)).toBeNull()
    expect(parsePrice('--$100', PLAIN)).toBeNull()
  })

  it('so a negative price cell is refused as out of range, whichever side the sign is on', () => {
    for (const text of ['-$100', '$-100']) {
      const issues: string[] = []
      const context = {
        field: 'price' as const,
        sparseColumn: false,
        priceHint: PLAIN,
        halveSparse: false,
        date1904: false
      }
      expect(
        parseCell(text, context, (_severity, name) => issues.push(name)),
        text
      ).toBeUndefined()
      expect(issues, text).toEqual(['outOfRange'])
    }
  })

  it('rounds away binary noise from scaling to a millionth', () => {
    // 0.1 × 3 × 10⁴ is 3000.0000000000005 in binary floating point.
    expect(parsePrice('0.3万', PLAIN)).toEqual({ amount: 3000, currency: undefined })
    expect(parsePrice('1.1k', PLAIN)?.amount).toBe(1100)
  })

  it('refuses a scale word glued to a longer word, sparse marks, conflicts and empty text', () => {
    expect(parsePrice('5 million', PLAIN)).toBeNull()
    expect(parsePrice('5 kilos', PLAIN)).toBeNull()
    expect(parsePrice('100 (sparse)', PLAIN)).toBeNull()
    expect(parsePrice('€100元', PLAIN)).toBeNull()
    expect(parsePrice('USD 100 EUR', PLAIN)).toBeNull()
    expect(parsePrice('', PLAIN)).toBeNull()
    expect(parsePrice('price: 100', PLAIN)).toBeNull()
  })

  it('reads HK$ as Hong Kong dollars, not a conflict between HKD and $', () => {
    expect(parsePrice('HK$80,000', PLAIN)).toEqual({ amount: 80000, currency: 'HKD' })
    expect(parsePrice('80,000 HKD', { currency: 'USD', multiplier: 1 })).toEqual({
      amount: 80000,
      currency: 'HKD'
    })
  })
})

describe('parseCurrencyWord', () => {
  it.each([
    ['CNY', 'CNY'],
    ['usd', 'USD'],
    ['ｅｕｒ', 'EUR'],
    ['人民币', 'CNY'],
    ['$', 'USD'],
    ['US$', 'USD'],
    ['港币', 'HKD'],
    // Any three letters are taken as an ISO code (the schema validates it later).
    ['chf', 'CHF']
  ])('%s → %s', (word, code) => {
    expect(parseCurrencyWord(word)).toBe(code)
  })

  it('gives undefined for words that are not a currency', () => {
    expect(parseCurrencyWord('dollars')).toBeUndefined()
    expect(parseCurrencyWord('')).toBeUndefined()
    expect(parseCurrencyWord('USD EUR')).toBeUndefined()
    expect(parseCurrencyWord('$ 100')).toBeUndefined()
  })
})
