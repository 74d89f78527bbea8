import { describe, expect, it } from 'vitest'
import { DEFAULT_VAT_RATES, defaultVatRate } from '../../../src/shared/quote/vat'
import { CURRENCIES } from '../../../src/shared/schema/plan'

describe('defaultVatRate', () => {
  it('starts a CNY plan at mainland China’s 13 % general rate for goods', () => {
    // MoF/STA/GACC announcement 2019 No. 39: 16 % → 13 % from 1 April 2019.
    expect(defaultVatRate('CNY')).toBe(0.13)
  })

  it('starts USD and EUR plans at 0 (the buyer’s rate is not known)', () => {
    expect(defaultVatRate('USD')).toBe(0)
    expect(defaultVatRate('EUR')).toBe(0)
  })

  it('has a rate for every plan currency, each a fraction in [0, 1)', () => {
    for (const currency of CURRENCIES) {
      const rate = defaultVatRate(currency)
      expect(rate, currency).toBeGreaterThanOrEqual(0)
      expect(rate, currency).toBeLessThan(1)
    }
    expect(Object.keys(DEFAULT_VAT_RATES).sort()).toEqual([...CURRENCIES].sort())
  })
})
