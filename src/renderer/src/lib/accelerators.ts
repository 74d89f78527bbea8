/** Accelerator choices for pickers: the catalog plus the plan's own inventory, filterable. */
import type { InventoryEntry, Precision } from '@shared/schema/plan'
import { PEAK_FIELD as PEAK_FIELDS } from '@shared/core/peaks'
import type { CatalogAccelerator } from '../stores/catalog'

export interface AcceleratorChoice {
  id: string
  origin: 'catalog' | 'inventory'
  vendor: string
  name: string
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

export function acceleratorChoices(
  catalog: readonly CatalogAccelerator[],
  inventory: readonly InventoryEntry[] | undefined
): AcceleratorChoice[] {
  const own = (inventory ?? []).map(({ id, quantityOnHand, ...spec }): AcceleratorChoice => ({
    id,
    origin: 'inventory',
    vendor: spec.vendor,
    name: spec.name,
    memoryGB: spec.memoryGB,
    priceKnown: spec.price !== undefined,
    spec,
    quantityOnHand
  }))
  const ownIds = new Set(own.map((choice) => choice.id))
  const builtIn = catalog
    .filter((entry) => !ownIds.has(entry.id))
    .map(({ id, ...spec }): AcceleratorChoice => ({
      id,
      origin: 'catalog',
      vendor: spec.vendor,
      name: spec.name,
      memoryGB: spec.memoryGB,
      priceKnown: spec.price !== undefined,
      spec
    }))
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
