import { describe, expect, it } from 'vitest'
import { Derivation } from '../../../src/shared/core/derivation'
import { recordPlanCurrencyPrice } from '../../../src/shared/core/plan-currency-price'
import { settingsSchema } from '../../../src/shared/schema/plan'

const steps = { list: 'serverListPrice', rate: 'serverPriceRate', unit: 'serverUnitPrice' }

function priced(listPrice: number, priceCurrency: 'CNY' | 'USD', planCurrency: 'CNY' | 'USD') {
  const settings = settingsSchema.parse({ currency: planCurrency })
  const d = new Derivation()
  d.lookup(steps.list, listPrice, priceCurrency, 'test price')
  const unit = recordPlanCurrencyPrice(d, steps, priceCurrency, settings)
  return { unit, d, settings }
}

describe('a list price in the plan currency', () => {
  it('is taken as given when already in the plan currency: no rate step, no ¥999,999.9999…', () => {
    const { unit, d } = priced(1_000_000, 'CNY', 'CNY')
    expect(unit).toBe(1_000_000)
    expect(d.has(steps.rate)).toBe(false)
    expect(d.has('planCurrencyRate')).toBe(false)
  })

  it('goes through USD with both rates shown otherwise', () => {
    const { unit, d, settings } = priced(10_000, 'USD', 'CNY')
    expect(d.value(steps.rate)).toBe(settings.exchangeRates.USD)
    expect(d.value('planCurrencyRate')).toBe(settings.exchangeRates.CNY)
    expect(unit).toBeCloseTo((10_000 / settings.exchangeRates.USD) * settings.exchangeRates.CNY, 9)
  })
})
