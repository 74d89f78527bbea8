/**
 * Merges an import's accepted rows into the user library, applying the user's per-row
 * catalog decision (keep mine by default: the user's own figures are never overwritten
 * silently; a row naming a switch, optics or cable rather than a card is skipped by default).
 * Entries are keyed by kind + normalised name, so re-importing a model updates it; duplicates
 * within one file get numbered ids so no row is lost.
 */
import type {
  ImportedRow,
  InventoryItem,
  LibraryEntry,
  MatchDecision
} from '@shared/schema/inventory'
import { ServiceError } from '@shared/ipc/envelope'
import { translate } from '@shared/i18n'
import { defaultDecision, networkParts } from '@shared/inventory/price-list'
import { defaultNetworkCatalog } from '@shared/core/cluster/network-catalog'
import { applyDecision, type CatalogMatcher } from './catalog-match'
import { entryIdFor } from './library-store'

const CLUSTER_PARTS = networkParts(defaultNetworkCatalog())

export interface CommitSummary {
  added: number
  updated: number
  skipped: number
  total: number
}

export function mergeIntoLibrary(
  library: LibraryEntry[],
  rows: Iterable<ImportedRow>,
  decisions: ReadonlyMap<number, MatchDecision>,
  catalog: CatalogMatcher | undefined,
  edits: ReadonlyMap<number, InventoryItem> = new Map()
): { entries: LibraryEntry[]; summary: CommitSummary } {
  const unused = new Set(edits.keys())
  const byId = new Map(library.map((entry) => [entry.id, entry]))
  const usedThisCommit = new Set<string>()
  let added = 0
  let updated = 0
  let skipped = 0
  for (const row of rows) {
    if (!row.item) continue
    // The planner's correction in the review replaces the parsed figures; the match stays.
    const item = edits.get(row.row) ?? row.item
    unused.delete(row.row)
    // Imports are matched lazily (per result page), so match here what was not matched yet.
    const match = row.match ?? (catalog && catalog.size > 0 ? catalog.match(item) : undefined)
    const decision =
      decisions.get(row.row) ??
      defaultDecision({ ...row, item, ...(match ? { match } : {}) }, CLUSTER_PARTS)
    const catalogEntry =
      match?.catalogId !== undefined ? catalog?.entry(match.catalogId) : undefined
    const kept = applyDecision(item, catalogEntry, decision)
    if (!kept) {
      skipped++
      continue
    }
    const baseId = entryIdFor(kept)
    let id = baseId
    for (let suffix = 2; usedThisCommit.has(id); suffix++) id = `${baseId}-${suffix}`
    usedThisCommit.add(id)
    if (byId.has(id)) updated++
    else added++
    byId.set(id, { ...kept, id })
  }
  if (unused.size > 0) {
    // An edit for a row that was not imported would be lost silently: refuse the commit.
    const params = { rows: [...unused].sort((a, b) => a - b).join(', ') }
    const key = 'inventoryReview.editedRowMissing'
    const message = translate('en', key, params)
    throw new ServiceError('BAD_REQUEST', message, [{ path: 'edits', message, key, params }])
  }
  const entries = [...byId.values()]
  return { entries, summary: { added, updated, skipped, total: entries.length } }
}
