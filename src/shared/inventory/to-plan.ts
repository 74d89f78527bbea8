/**
 * Inventory items → the plan's inventory (schema/plan `inventoryEntrySchema`): accelerators
 * only, the catalog's field names, quantity on hand. Used by the Inventory view and by
 * `compute-planner estimate --inventory`. Entries the plan cannot take as they are (servers,
 * no vendor) are listed with the reason instead of being altered, and a compute figure the
 * file marked sparse is left out unless the user confirmed halving it: sparse peaks are never
 * used silently.
 */
import { CURRENCIES, type InventoryEntry } from '../schema/plan'
import { NUMERIC_FIELDS, type InventoryItem } from '../schema/inventory'

export interface PlanInventoryConversion {
  entries: InventoryEntry[]
  skipped: { id: string; reason: 'server' | 'noVendor' }[]
  /** Figures left out because they were marked sparse and not confirmed: `id.field`. */
  unconfirmedSparse: string[]
}

/** What an accelerator in the plan can carry: the inventory's figures (servers' own fields aside). */
const SPEC_FIELDS = [
  'formFactor',
  'memoryType',
  ...NUMERIC_FIELDS.filter((field) => field !== 'acceleratorsPerServer')
] as const

export function toPlanInventory(
  items: readonly (InventoryItem & { id: string; catalogId?: string })[]
): PlanInventoryConversion {
  const result: PlanInventoryConversion = { entries: [], skipped: [], unconfirmedSparse: [] }
  for (const item of items) {
    if (item.kind === 'server') {
      result.skipped.push({ id: item.id, reason: 'server' })
      continue
    }
    if (!item.vendor) {
      result.skipped.push({ id: item.id, reason: 'noVendor' })
      continue
    }
    const entry: Record<string, unknown> = {
      id: item.id,
      vendor: item.vendor,
      name: item.name,
      quantityOnHand: item.quantityOnHand ?? 0,
      // The match travels with the entry: what the row leaves out, the catalog card supplies.
      ...(item.catalogId !== undefined ? { catalogId: item.catalogId } : {})
    }
    for (const field of SPEC_FIELDS) {
      if (item[field] === undefined) continue
      const sparse = (item.sparse as Record<string, { halved: boolean }> | undefined)?.[field]
      if (sparse && !sparse.halved) {
        result.unconfirmedSparse.push(`${item.id}.${field}`)
        continue
      }
      entry[field] = item[field]
    }
    // The plan keeps shorter notes and sources than the library.
    if (item.notes !== undefined) entry.notes = item.notes.slice(0, 2000)
    // The plan prices in CNY/USD/EUR only; other currencies stay in the library.
    if (item.price && (CURRENCIES as readonly string[]).includes(item.price.currency)) {
      const { source, ...price } = item.price
      entry.price = source === undefined ? price : { ...price, source: source.slice(0, 500) }
    }
    result.entries.push(entry as InventoryEntry)
  }
  return result
}

/** Plan-safe ids (`inv-a100-80gb`, `inv-a100-80gb-2`) for items that have none yet. */
export function assignInventoryIds<T extends { name: string }>(
  items: readonly T[],
  taken: ReadonlySet<string> = new Set()
): (T & { id: string })[] {
  const used = new Set(taken)
  return items.map((item) => {
    const slug =
      item.name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 80) || 'item'
    let id = `inv-${slug}`
    for (let n = 2; used.has(id); n++) id = `inv-${slug}-${n}`
    used.add(id)
    return { ...item, id }
  })
}
