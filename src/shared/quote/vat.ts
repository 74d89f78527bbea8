/**
 * The VAT rate a new plan starts with, by its currency. Mainland China's general rate for
 * goods (hardware) is 13 % (增值税 general rate since 1 April 2019: Ministry of Finance, State
 * Taxation Administration and General Administration of Customs announcement 2019 No. 39);
 * other currencies start at 0 because the buyer's rate is not known. Editable per plan
 * (Costs step, and the Plan_taxRate cell on the workbook's Assumptions sheet).
 */
import type { Currency } from '../schema/plan'

export const DEFAULT_VAT_RATES: Readonly<Record<Currency, number>> = { CNY: 0.13, USD: 0, EUR: 0 }

export function defaultVatRate(currency: Currency): number {
  return DEFAULT_VAT_RATES[currency]
}
