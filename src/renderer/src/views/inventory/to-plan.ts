/**
 * Library entries → the plan's inventory (schema/plan `inventoryEntrySchema`): accelerators
 * only, the catalog's field names, quantity on hand. Entries the plan cannot take as they are
 * (servers, no vendor) are listed with the reason instead of being altered.
 */
import { CURRENCIES, type InventoryEntry } from '@shared/schema/plan'
import type { LibraryEntry } from '@shared/schema/inventory'

export interface PlanInventoryConversion {
  entries: InventoryEntry[]
  skipped: { id: string; reason: 'server' | 'noVendor' }[]
}

const SPEC_FIELDS = [
  'formFactor',
  'memoryGB',
  'memoryType',
  'memoryBandwidthGBs',
  'fp32Tflops',
  'tf32Tflops',
  'fp16Tflops',
  'bf16Tflops',
  'fp8Tflops',
  'int8Tops',
  'int4Tops',
  'tdpW',
  'launchYear',
  'decode1080p30Streams',
  'notes'
] as const

export function toPlanInventory(entries: readonly LibraryEntry[]): PlanInventoryConversion {
  const result: PlanInventoryConversion = { entries: [], skipped: [] }
  for (const entry of entries) {
    if (entry.kind === 'server') {
      result.skipped.push({ id: entry.id, reason: 'server' })
      continue
    }
    if (!entry.vendor) {
      result.skipped.push({ id: entry.id, reason: 'noVendor' })
      continue
    }
    const planEntry: Record<string, unknown> = {
      id: entry.id,
      vendor: entry.vendor,
      name: entry.name,
      quantityOnHand: entry.quantityOnHand ?? 0
    }
    for (const field of SPEC_FIELDS) if (entry[field] !== undefined) planEntry[field] = entry[field]
    // The plan keeps shorter notes and sources than the library.
    if (entry.notes !== undefined) planEntry.notes = entry.notes.slice(0, 2000)
    // The plan prices in CNY/USD/EUR only; other currencies stay in the library.
    if (entry.price && (CURRENCIES as readonly string[]).includes(entry.price.currency)) {
      const { source, ...price } = entry.price
      planEntry.price = source === undefined ? price : { ...price, source: source.slice(0, 500) }
    }
    result.entries.push(planEntry as InventoryEntry)
  }
  return result
}
