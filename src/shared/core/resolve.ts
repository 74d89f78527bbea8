/** Turning a workload's `accelerator` (catalog id, inventory id or inline object) into a spec. */
import {
  makeIssue,
  type AcceleratorSpec,
  type InventoryEntry,
  type Price,
  type PlanDocument,
  type PlanIssue,
  type Workload
} from '../schema/plan'
import type { Catalog } from './catalog'
import type { ResolvedAccelerator } from './workloads/context'

/**
 * An inventory entry as the core uses it. An entry matched to a catalog card (`catalogId`)
 * is that card with the entry's own figures on top: a sheet that gives only name, memory and
 * quantity must not lose the card's architecture (utilisation defaults), form factor class
 * (server choice) or TDP (power). `fromCatalog` lists the fields the match supplied.
 */
export function inventoryAccelerator(
  entry: InventoryEntry,
  catalog?: Catalog
): ResolvedAccelerator {
  const { id, quantityOnHand, catalogId, ...own } = entry
  const matched = catalogId === undefined ? undefined : catalog?.accelerators.get(catalogId)
  if (!matched) return { id, origin: 'inventory', spec: own, quantityOnHand }
  const { id: _matchedId, ...catalogSpec } = matched
  const spec: Record<string, unknown> = { ...catalogSpec }
  for (const [field, value] of Object.entries(own)) if (value !== undefined) spec[field] = value
  const fromCatalog = Object.keys(catalogSpec).filter(
    (field) => (own as Record<string, unknown>)[field] === undefined
  )
  return {
    id,
    origin: 'inventory',
    spec: spec as AcceleratorSpec,
    quantityOnHand,
    catalogId,
    fromCatalog
  }
}

/**
 * Inventory first (the user's own figures win), then the catalog. `prices`: prices the
 * planner typed for catalog cards that have none (compare mode's "price needed" field); a
 * catalog price is never replaced by one.
 */
export function acceleratorById(
  id: string,
  catalog: Catalog,
  inventory: ReadonlyMap<string, InventoryEntry>,
  prices: Readonly<Record<string, Price>> = {}
): ResolvedAccelerator | undefined {
  const own = inventory.get(id)
  if (own) return inventoryAccelerator(own, catalog)
  const entry = catalog.accelerators.get(id)
  if (!entry) return undefined
  const { id: catalogId, ...spec } = entry
  const typed = prices[catalogId]
  if (spec.price === undefined && typed !== undefined) spec.price = { ...typed }
  return { id: catalogId, origin: 'catalog', spec }
}

export function resolveWorkloadAccelerator(
  w: Workload,
  index: number,
  catalog: Catalog,
  inventory: ReadonlyMap<string, InventoryEntry>,
  prices: Readonly<Record<string, Price>> = {}
): ResolvedAccelerator | PlanIssue {
  const ref = w.accelerator
  if (typeof ref !== 'string') return { id: `inline:${w.id}`, origin: 'inline', spec: ref }
  return (
    acceleratorById(ref, catalog, inventory, prices) ??
    makeIssue(['workloads', index, 'accelerator'], 'unknownAccelerator', { id: ref })
  )
}

export function inventoryMap(plan: PlanDocument): Map<string, InventoryEntry> {
  return new Map((plan.inventory ?? []).map((entry) => [entry.id, entry]))
}
