/** Accelerator choices for pickers: the catalog plus the plan's own inventory, filterable. */
import type { InventoryEntry, Precision, PriceBookEntry } from '@shared/schema/plan'
import { bookPrices, readLegacyPrices } from '@shared/core/price-book'
import { PEAK_FIELD as PEAK_FIELDS } from '@shared/core/peaks'
import type { CatalogAccelerator } from '../stores/catalog'

export interface AcceleratorChoice {
  id: string
  origin: 'catalog' | 'inventory'
  vendor: string
  name: string
  /** The vendor's Chinese name (catalog or the planner's own), shown under zh-CN. */
  nameZh?: string
  memoryGB?: number
  priceKnown: boolean
  spec: Omit<CatalogAccelerator, 'id' | 'source'> & { source?: string }
  quantityOnHand?: number
}

// One precision → peak-field map for the whole app: the core's.
export { PEAK_FIELDS }
export type { PeakField } from '@shared/core/peaks'

export interface AcceleratorFilter {
  vendors: string[]
  minMemoryGB: number | null
  precision: Precision | null
  priceKnown: boolean
  inventoryOnly: boolean
}

export const EMPTY_FILTER: AcceleratorFilter = {
  vendors: [],
  minMemoryGB: null,
  precision: null,
  priceKnown: false,
  inventoryOnly: false
}

/**
 * The catalog and the plan's own cards, each with the price the core will use: the plan's
 * price book first (core/price-book.ts). A session-4 price-only row is a price, not a card
 * the planner has: it is read into the book and not listed as inventory.
 */
export function acceleratorChoices(
  catalog: readonly CatalogAccelerator[],
  inventory: readonly InventoryEntry[] | undefined,
  priceBook?: readonly PriceBookEntry[]
): AcceleratorChoice[] {
  const catalogIds = new Set(catalog.map((entry) => entry.id))
  const read = readLegacyPrices(
    {
      inventory: inventory ? [...inventory] : undefined,
      priceBook: priceBook ? [...priceBook] : undefined
    },
    (id) => catalogIds.has(id)
  )
  const book = bookPrices(read.priceBook)
  const priced = <T extends { price?: InventoryEntry['price'] }>(id: string, spec: T): T => {
    const price = book.get(id)
    return price ? { ...spec, price } : spec
  }
  const own = (read.inventory ?? []).map(({ id, quantityOnHand, ...rest }): AcceleratorChoice => {
    const spec = priced(id, rest)
    return {
      id,
      origin: 'inventory',
      vendor: spec.vendor,
      name: spec.name,
      ...(spec.nameZh !== undefined ? { nameZh: spec.nameZh } : {}),
      memoryGB: spec.memoryGB,
      priceKnown: spec.price !== undefined,
      spec,
      quantityOnHand
    }
  })
  const ownIds = new Set(own.map((choice) => choice.id))
  const builtIn = catalog
    .filter((entry) => !ownIds.has(entry.id))
    .map(({ id, ...rest }): AcceleratorChoice => {
      const spec = priced(id, rest)
      return {
        id,
        origin: 'catalog',
        vendor: spec.vendor,
        name: spec.name,
        ...(spec.nameZh !== undefined ? { nameZh: spec.nameZh } : {}),
        memoryGB: spec.memoryGB,
        priceKnown: spec.price !== undefined,
        spec
      }
    })
  return [...own, ...builtIn]
}

export function matchesFilter(choice: AcceleratorChoice, filter: AcceleratorFilter): boolean {
  if (filter.vendors.length > 0 && !filter.vendors.includes(choice.vendor)) return false
  if (filter.minMemoryGB !== null && (choice.memoryGB ?? 0) < filter.minMemoryGB) return false
  if (filter.precision && choice.spec[PEAK_FIELDS[filter.precision]] === undefined) return false
  if (filter.priceKnown && !choice.priceKnown) return false
  if (filter.inventoryOnly && choice.origin !== 'inventory') return false
  return true
}

export function vendorsOf(choices: readonly AcceleratorChoice[]): string[] {
  return [...new Set(choices.map((choice) => choice.vendor))].sort((a, b) => a.localeCompare(b))
}
