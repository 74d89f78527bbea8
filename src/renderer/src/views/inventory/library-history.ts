/**
 * The "My hardware" grid's edits as commands with undo and redo: each command (edit one
 * entry, add, remove) is a transaction on plain data — it is checked against the library
 * schema first and, if refused, changes nothing — and one undo step. Saving writes the
 * current list; the history stays until the library is reloaded.
 */
import { computed, shallowRef } from 'vue'
import { libraryEntrySchema, type InventoryItem, type LibraryEntry } from '@shared/schema/inventory'
import { plainData } from '../../lib/plain-data'

export function useLibraryHistory() {
  const entries = shallowRef<LibraryEntry[]>([])
  const past = shallowRef<LibraryEntry[][]>([])
  const future = shallowRef<LibraryEntry[][]>([])
  /** The list as last loaded or saved: the grid says when there are unsaved changes. */
  const saved = shallowRef<LibraryEntry[]>([])

  function apply(next: LibraryEntry[]): boolean {
    let copy: LibraryEntry[]
    try {
      copy = plainData(next)
    } catch {
      return false
    }
    if (!copy.every((entry) => libraryEntrySchema.safeParse(entry).success)) return false
    past.value = [...past.value, entries.value].slice(-200)
    future.value = []
    entries.value = copy
    return true
  }

  return {
    entries,
    canUndo: computed(() => past.value.length > 0),
    canRedo: computed(() => future.value.length > 0),
    dirty: computed(() => entries.value !== saved.value),
    /** A freshly loaded (or saved) library: history starts afresh. */
    reset(loaded: LibraryEntry[]): void {
      entries.value = plainData(loaded) as LibraryEntry[]
      saved.value = entries.value
      past.value = []
      future.value = []
    },
    markSaved(): void {
      saved.value = entries.value
    },
    /** Replaces one entry's figures (keeps its id and catalog link). */
    edit(id: string, item: InventoryItem): boolean {
      return apply(
        entries.value.map((entry) =>
          entry.id === id
            ? {
                ...item,
                id,
                ...(entry.catalogId !== undefined ? { catalogId: entry.catalogId } : {})
              }
            : entry
        )
      )
    },
    add(entry: LibraryEntry): boolean {
      return apply([entry, ...entries.value])
    },
    remove(id: string): boolean {
      return apply(entries.value.filter((entry) => entry.id !== id))
    },
    undo(): void {
      const previous = past.value.at(-1)
      if (!previous) return
      future.value = [entries.value, ...future.value]
      past.value = past.value.slice(0, -1)
      entries.value = previous
    },
    redo(): void {
      const next = future.value[0]
      if (!next) return
      past.value = [...past.value, entries.value]
      future.value = future.value.slice(1)
      entries.value = next
    }
  }
}
