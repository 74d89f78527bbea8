import { describe, expect, it } from 'vitest'
import { indexPriceBook, resolvePartPrice } from '../../../../src/shared/core/cluster/prices'
import type { PriceBookEntry } from '../../../../src/shared/schema/plan'

// Round rates (units per USD) so each conversion is exact by hand.
const settings = {
  currency: 'CNY' as const,
  exchangeRates: { USD: 1, CNY: 8, EUR: 0.5 },
  taxRate: 0.25
}

describe('indexPriceBook', () => {
  it('indexes by part id; a later entry for the same part wins', () => {
    const book = indexPriceBook([
      { partId: 'sw', price: { amount: 1, currency: 'USD' } },
      { partId: 'sw', price: { amount: 2, currency: 'USD' } },
      { partId: 'nic', price: { amount: 3, currency: 'USD' } }
    ])
    expect(book.size).toBe(2)
    expect(book.get('sw')?.price.amount).toBe(2)
    expect(indexPriceBook(undefined).size).toBe(0)
  })
})

describe('resolvePartPrice', () => {
  const catalogPrice = { amount: 100, currency: 'USD' as const, source: 'vendor list 2025' }

  it('no book entry and no catalog price: no price (never a guessed one)', () => {
    expect(resolvePartPrice('x', undefined, new Map(), settings)).toBeUndefined()
    expect(resolvePartPrice(undefined, undefined, new Map(), settings)).toBeUndefined()
  })

  it('a catalog price in another currency is converted through USD', () => {
    // 100 USD × 8 CNY/USD = 800 CNY.
    expect(resolvePartPrice('sw', catalogPrice, new Map(), settings)).toEqual({
      unitPrice: 800,
      amount: 100,
      currency: 'USD',
      taxIncluded: false,
      source: 'vendor list 2025',
      from: 'catalog'
    })
  })

  it('the price book wins over the catalog', () => {
    const book = indexPriceBook([{ partId: 'sw', price: { amount: 500, currency: 'CNY' } }])
    const price = resolvePartPrice('sw', catalogPrice, book, settings)
    expect(price).toMatchObject({ unitPrice: 500, from: 'priceBook', source: 'price book' })
  })

  it('a tax-included price is made net with the plan’s rate before conversion', () => {
    // 250 EUR incl. 25 % VAT = 200 EUR net; 200 ÷ 0.5 = 400 USD; × 8 = 3,200 CNY.
    const entries: PriceBookEntry[] = [
      {
        partId: 'sw',
        price: { amount: 250, currency: 'EUR', date: '2026-11-01' },
        taxIncluded: true
      }
    ]
    const price = resolvePartPrice('sw', undefined, indexPriceBook(entries), settings)
    expect(price).toMatchObject({
      unitPrice: 3200,
      amount: 200,
      currency: 'EUR',
      taxIncluded: true,
      date: '2026-11-01'
    })
  })

  it('the entry’s tax flag overrides the price’s own; absent, the price’s own counts', () => {
    const priceFlag = { amount: 125, currency: 'CNY' as const, taxIncluded: true }
    // Price says incl. VAT: 125 ÷ 1.25 = 100 net.
    const own = indexPriceBook([{ partId: 'a', price: priceFlag }])
    expect(resolvePartPrice('a', undefined, own, settings)?.unitPrice).toBe(100)
    // The entry says net: 125 stays 125.
    const entry = indexPriceBook([{ partId: 'a', price: priceFlag, taxIncluded: false }])
    expect(resolvePartPrice('a', undefined, entry, settings)?.unitPrice).toBe(125)
  })

  it('without a part id only the catalog price can apply', () => {
    const book = indexPriceBook([{ partId: 'sw', price: { amount: 1, currency: 'CNY' } }])
    expect(resolvePartPrice(undefined, catalogPrice, book, settings)?.from).toBe('catalog')
  })
})
