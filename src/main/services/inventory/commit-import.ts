/**
 * Merges an import's accepted rows into the user library, applying the user's per-row
 * catalog decision (keep mine by default: the user's own figures are never overwritten
 * silently). Entries are keyed by kind + normalised name, so re-importing a model updates
 * it; duplicates within one file get numbered ids so no row is lost.
 */
import type { ImportedRow, LibraryEntry, MatchDecision } from '@shared/schema/inventory'
import { applyDecision, type CatalogMatcher } from './catalog-match'
import { entryIdFor } from './library-store'

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
  catalog: CatalogMatcher | undefined
): { entries: LibraryEntry[]; summary: CommitSummary } {
  const byId = new Map(library.map((entry) => [entry.id, entry]))
  const usedThisCommit = new Set<string>()
  let added = 0
  let updated = 0
  let skipped = 0
  for (const row of rows) {
    if (!row.item) continue
    const decision = decisions.get(row.row) ?? 'keep-mine'
    // Imports are matched lazily (per result page), so match here what was not matched yet.
    const match = row.match ?? (catalog && catalog.size > 0 ? catalog.match(row.item) : undefined)
    const catalogEntry =
      match?.catalogId !== undefined ? catalog?.entry(match.catalogId) : undefined
    const kept = applyDecision(row.item, catalogEntry, decision)
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
  const entries = [...byId.values()]
  return { entries, summary: { added, updated, skipped, total: entries.length } }
}
