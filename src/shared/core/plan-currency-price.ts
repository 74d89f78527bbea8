/**
 * A list price in the plan's currency, as derivation steps: `unitStep` from `listStep`. One
 * rule for every bought part (cards, chassis, complete systems): a price already in the plan's
 * currency is taken as given — dividing and multiplying by the same exchange rate would print
 * ¥999,999.9999… on the quote; any other currency goes through USD, with both rates shown.
 */
import type { Currency, PlanSettings } from '../schema/plan'
import type { Derivation } from './derivation'

export function recordPlanCurrencyPrice(
  d: Derivation,
  steps: { list: string; rate: string; unit: string },
  priceCurrency: Currency,
  settings: PlanSettings
): number {
  if (priceCurrency === settings.currency)
    return d.formula(steps.unit, steps.list, settings.currency)
  const rates = settings.exchangeRates
  d.input(steps.rate, rates[priceCurrency], `${priceCurrency}/USD`)
  if (!d.has('planCurrencyRate'))
    d.input('planCurrencyRate', rates[settings.currency], `${settings.currency}/USD`)
  return d.formula(
    steps.unit,
    `${steps.list} / ${steps.rate} * planCurrencyRate`,
    settings.currency
  )
}
