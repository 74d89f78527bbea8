/** Issue 13: "My hardware" edits are commands — checked, one undo step each, refused whole. */
import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import { useLibraryHistory } from '../../src/renderer/src/views/inventory/library-history'
import { editSpec } from '@shared/inventory/spec-fields'
import type { LibraryEntry } from '@shared/schema/inventory'
import { H20_ENTRY } from './library-entries'

const h20: LibraryEntry = { ...H20_ENTRY, catalogId: 'nvidia-h20' }

describe('useLibraryHistory', () => {
  it('edits, undoes and redoes, keeping the id and the catalog link', () => {
    const history = useLibraryHistory()
    history.reset([h20])
    const edited = editSpec(history.entries.value[0], 'tdpW', '400')
    expect(edited.ok).toBe(true)
    if (!edited.ok) return
    expect(history.edit('acc-h20', edited.item)).toBe(true)
    expect(history.entries.value[0]).toMatchObject({ tdpW: 400, catalogId: 'nvidia-h20' })
    expect(history.dirty.value).toBe(true)
    history.undo()
    expect(history.entries.value[0].tdpW).toBeUndefined()
    expect(history.canRedo.value).toBe(true)
    history.redo()
    expect(history.entries.value[0].tdpW).toBe(400)
    history.markSaved()
    expect(history.dirty.value).toBe(false)
  })

  it('refuses an edit the library schema refuses and changes nothing', () => {
    const history = useLibraryHistory()
    history.reset([h20])
    const before = history.entries.value
    expect(history.edit('acc-h20', { ...h20, memoryGB: -1 })).toBe(false)
    expect(history.entries.value).toBe(before)
    expect(history.canUndo.value).toBe(false)
  })

  it('stores plain data even when handed a reactive entry', () => {
    const history = useLibraryHistory()
    history.reset([h20])
    history.add(reactive({ ...h20, id: 'acc-h20-2' }))
    expect(() => structuredClone(history.entries.value)).not.toThrow()
    history.remove('acc-h20')
    expect(history.entries.value.map((entry) => entry.id)).toEqual(['acc-h20-2'])
    history.undo()
    history.undo()
    expect(history.entries.value.map((entry) => entry.id)).toEqual(['acc-h20'])
  })
})
