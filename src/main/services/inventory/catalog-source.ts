/**
 * Where catalog entries for matching come from: the calculation core's built-in catalog
 * (accelerators and servers), seen as the plain `{ id, vendor, name, ...fields }` list the
 * matcher works on, so the matcher does not depend on how the catalog is loaded.
 */
import { defaultCatalog } from '@shared/core'
import type { ImportedRow } from '@shared/schema/inventory'
import type { CatalogEntryLike, CatalogMatcher } from './catalog-match'

/** The built-in catalog as plain entries; matching is skipped if it cannot be loaded. */
export function builtInCatalogEntries(): CatalogEntryLike[] {
  try {
    const catalog = defaultCatalog()
    return [
      ...catalog.accelerators.values(),
      ...catalog.servers.values()
    ] as unknown as CatalogEntryLike[]
  } catch {
    return []
  }
}

/** The row with its catalog match (rejected rows have no item and get none). */
export function withCatalogMatch(row: ImportedRow, catalog: CatalogMatcher): ImportedRow {
  return row.item && catalog.size > 0 && !row.match
    ? { ...row, match: catalog.match(row.item) }
    : row
}
