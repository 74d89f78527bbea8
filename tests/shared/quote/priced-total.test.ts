import { describe, expect, it } from 'vitest'
import { pricedTotal, pricedTotalOf } from '@shared/quote/priced-total'

describe('a total over lines that may lack a price', () => {
  it('is a plain figure only when every line has a price', () => {
    expect(pricedTotal(1200, 0, 3)).toEqual({ kind: 'complete', amount: 1200 })
  })
  it('is no figure when no line has one (not zero)', () => {
    expect(pricedTotal(0, 5, 5)).toEqual({ kind: 'none', missing: 5 })
  })
  it('says how many lines it leaves out otherwise', () => {
    expect(pricedTotal(800, 2, 5)).toEqual({ kind: 'partial', amount: 800, missing: 2 })
  })
  it('sums only the priced lines', () => {
    expect(
      pricedTotalOf([
        { lineTotal: 100, priceMissing: false },
        { lineTotal: 0, priceMissing: true },
        { lineTotal: 50, priceMissing: false }
      ])
    ).toEqual({ kind: 'partial', amount: 150, missing: 1 })
    expect(pricedTotalOf([])).toEqual({ kind: 'complete', amount: 0 })
  })
})
