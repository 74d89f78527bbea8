/**
 * The plan's price book over accelerators and servers. A price the planner types (Costs step)
 * or imports is a price, not a card on hand: it lives in `plan.priceBook` under the part's id
 * (accelerator, server or network part) and wins over the catalog's reference price and over
 * the price an inventory row carries. Nothing is ever added to the inventory for a price.
 *
 * Plans written before this (session 4) stored a typed price as a copy of the catalog card
 * with nothing on hand, marked with `USER_PRICE_SOURCE`. `readLegacyPrices` reads those rows
 * as prices, in memory, every time a plan is estimated or shown; the file is not rewritten
 * (no plan version bump, no migration) and the rows become book entries the next time the
 * planner edits that price.
 */
import type { InventoryEntry, PlanDocument, Price, PriceBookEntry } from '../schema/plan'
import type { Catalog, ServerSpec } from './catalog'

/** Marks a price typed on the Costs step (kept in English: it is data saved in the plan). */
export const USER_PRICE_SOURCE = 'Price entered in this plan'

/** A book entry's price, with the entry's tax flag (which wins over the price's own). */
export function bookEntryPrice(entry: PriceBookEntry): Price {
  const taxIncluded = entry.taxIncluded ?? entry.price.taxIncluded
  const { taxIncluded: _ignored, ...price } = entry.price
  return taxIncluded === true ? { ...price, taxIncluded: true } : price
}

/**
 * A session-4 price-only row: a catalog card copied into the inventory only to carry the
 * price the planner typed (nothing on hand, the Costs step's source mark).
 */
export function isPriceOnlyEntry(
  entry: InventoryEntry,
  isCatalogAccelerator: (id: string) => boolean
): boolean {
  return (
    entry.quantityOnHand === 0 &&
    entry.price?.source === USER_PRICE_SOURCE &&
    isCatalogAccelerator(entry.id)
  )
}

/**
 * The plan with its price-only inventory rows read as price book entries (an entry already in
 * the book wins). Returns the same object when there is nothing to read.
 */
export function readLegacyPrices<P extends Pick<PlanDocument, 'inventory' | 'priceBook'>>(
  plan: P,
  isCatalogAccelerator: (id: string) => boolean
): P {
  const inventory = plan.inventory ?? []
  const priceOnly = inventory.filter((entry) => isPriceOnlyEntry(entry, isCatalogAccelerator))
  if (priceOnly.length === 0) return plan
  const booked = new Set((plan.priceBook ?? []).map((entry) => entry.partId))
  const moved: PriceBookEntry[] = priceOnly
    .filter((entry) => entry.price !== undefined && !booked.has(entry.id))
    .map((entry) => ({ partId: entry.id, price: { ...(entry.price as Price) } }))
  const kept = inventory.filter((entry) => !priceOnly.includes(entry))
  const next: P = { ...plan, priceBook: [...moved, ...(plan.priceBook ?? [])] }
  if (kept.length > 0) next.inventory = kept
  else delete next.inventory
  return next
}

/** Book prices by part id (later entries win, as in `indexPriceBook`). */
export function bookPrices(entries: readonly PriceBookEntry[] | undefined): Map<string, Price> {
  return new Map((entries ?? []).map((entry) => [entry.partId, bookEntryPrice(entry)]))
}

/**
 * The catalog with the book's prices on its accelerators and servers, so every consumer
 * (roll-up, compare, the quote's derived lines) prices a card or a server the same way.
 */
export function pricedCatalog(catalog: Catalog, book: ReadonlyMap<string, Price>): Catalog {
  if (book.size === 0) return catalog
  const reprice = <T extends { id: string; price?: Price }>(
    map: ReadonlyMap<string, T>
  ): ReadonlyMap<string, T> => {
    if (![...map.keys()].some((id) => book.has(id))) return map
    const next = new Map<string, T>()
    for (const [id, entry] of map) {
      const price = book.get(id)
      next.set(id, price ? { ...entry, price: { ...price } } : entry)
    }
    return next
  }
  return {
    ...catalog,
    accelerators: reprice(catalog.accelerators),
    servers: repriceSystems(reprice(catalog.servers), book)
  }
}

/** A complete system's price from the book, under the system's own id (not the chassis'). */
function repriceSystems(
  servers: ReadonlyMap<string, ServerSpec>,
  book: ReadonlyMap<string, Price>
): ReadonlyMap<string, ServerSpec> {
  if (![...servers.values()].some((s) => s.completeSystem && book.has(s.completeSystem.id)))
    return servers
  const next = new Map<string, ServerSpec>()
  for (const [id, server] of servers) {
    const system = server.completeSystem
    const price = system ? book.get(system.id) : undefined
    next.set(
      id,
      system && price ? { ...server, completeSystem: { ...system, price: { ...price } } } : server
    )
  }
  return next
}

/**
 * The plan and catalog as the core prices them: price-only rows read as book entries, then
 * the book's price on every catalog accelerator and server and on every inventory row with
 * the same id (the planner's price wins over an imported sheet's).
 */
export function applyPriceBook(
  plan: PlanDocument,
  catalog: Catalog
): { plan: PlanDocument; catalog: Catalog } {
  const read = readLegacyPrices(plan, (id) => catalog.accelerators.has(id))
  const book = bookPrices(read.priceBook)
  if (book.size === 0) return { plan: read, catalog }
  const inventory = read.inventory?.map((entry) => {
    const price = book.get(entry.id)
    return price ? { ...entry, price: { ...price } } : entry
  })
  return {
    plan: inventory ? { ...read, inventory } : read,
    catalog: pricedCatalog(catalog, book)
  }
}
