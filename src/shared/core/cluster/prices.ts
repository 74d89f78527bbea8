/**
 * The price book: the unit price of a part in the plan currency, before VAT, and where it
 * comes from. The planner's price book (typed in the app or imported from a price list)
 * wins over the catalog's reference price; a part with neither is "price needed" — never a
 * guessed number.
 */
import type { Currency, PlanSettings, Price, PriceBookEntry } from '../../schema/plan'
import { netPrice } from '../rollup'

export interface ResolvedPrice {
  /** Plan currency, before VAT. */
  unitPrice: number
  /** As written in the source (for the derivation and the quote's converted-price formula). */
  amount: number
  currency: Currency
  taxIncluded: boolean
  date?: string
  source: string
  from: 'priceBook' | 'catalog'
}

export function indexPriceBook(
  entries: readonly PriceBookEntry[] | undefined
): ReadonlyMap<string, PriceBookEntry> {
  // Later entries win: an imported list after the planner's earlier edits replaces them.
  return new Map((entries ?? []).map((e) => [e.partId, e]))
}

export function resolvePartPrice(
  partId: string | undefined,
  catalogPrice: Price | undefined,
  book: ReadonlyMap<string, PriceBookEntry>,
  settings: Pick<PlanSettings, 'currency' | 'exchangeRates' | 'taxRate'>
): ResolvedPrice | undefined {
  const entry = partId !== undefined ? book.get(partId) : undefined
  const price = entry?.price ?? catalogPrice
  if (!price) return undefined
  // The entry's flag, else the price's own (an imported 含税 column sets either).
  const taxIncluded = (entry?.taxIncluded ?? price.taxIncluded) === true
  const rates = settings.exchangeRates
  const beforeTax = netPrice({ amount: price.amount, taxIncluded }, settings.taxRate)
  const unitPrice =
    price.currency === settings.currency
      ? beforeTax
      : (beforeTax / rates[price.currency]) * rates[settings.currency]
  return {
    unitPrice,
    amount: beforeTax,
    currency: price.currency,
    taxIncluded,
    ...(price.date !== undefined ? { date: price.date } : {}),
    source: price.source ?? (entry ? 'price book' : 'catalog'),
    from: entry ? 'priceBook' : 'catalog'
  }
}
