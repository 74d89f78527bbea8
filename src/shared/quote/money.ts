/**
 * Currency conversion with the plan's exchange rates (currency units per 1 USD), in the same
 * order of operations as the core's roll-up and the workbook's formulas
 * (amount ÷ rate of its currency × rate of the plan currency), so all three agree exactly.
 */
import type { Currency } from '../schema/plan'

export type ExchangeRates = Readonly<Record<Currency, number>>

export function convertPrice(
  amount: number,
  from: Currency,
  to: Currency,
  rates: ExchangeRates
): number {
  if (from === to) return amount
  return (amount / rates[from]) * rates[to]
}
