import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'

describe('plan store', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('starts from a blank plan with the schema defaults, not dirty', () => {
    const store = usePlanStore()
    expect(store.plan.format).toBe('compute-planner/plan')
    expect(store.plan.workloads).toEqual([])
    expect(store.dirty).toBe(false)
    expect(store.canUndo).toBe(false)
  })

  it('undoes and redoes changes, and tracks dirty against the saved state', () => {
    const store = usePlanStore()
    store.update((draft) => void (draft.name = 'A'))
    store.update((draft) => void (draft.name = 'B'))
    expect(store.dirty).toBe(true)
    store.undo()
    expect(store.plan.name).toBe('A')
    store.undo()
    expect(store.plan.name).toBe('')
    expect(store.dirty).toBe(false)
    store.redo()
    store.redo()
    expect(store.plan.name).toBe('B')
    store.markSaved('/tmp/x.cplan')
    expect(store.dirty).toBe(false)
    expect(store.filePath).toBe('/tmp/x.cplan')
  })

  it('merges consecutive edits of one field into one undo step', () => {
    const store = usePlanStore()
    for (const name of ['G', 'GP', 'GPT']) store.update((draft) => void (draft.name = name), 'name')
    store.undo()
    expect(store.plan.name).toBe('')
  })

  it('a new change clears the redo stack; a no-op change records nothing', () => {
    const store = usePlanStore()
    store.update((draft) => void (draft.name = 'A'))
    store.undo()
    store.update((draft) => void (draft.name = 'C'))
    expect(store.canRedo).toBe(false)
    const revision = store.revision
    store.update((draft) => void (draft.name = 'C'))
    expect(store.revision).toBe(revision)
  })

  it('edits in place: untouched parts keep their identity, and undo still restores', () => {
    const store = usePlanStore()
    store.load({
      ...createBlankPlan('p'),
      workloads: [
        { id: 'a', kind: 'custom', flops: 1e15, utilization: 0.4 },
        { id: 'b', kind: 'custom', flops: 2e15, utilization: 0.4 }
      ]
    } as never)
    const second = store.plan.workloads[1]
    const revision = store.revision
    store.update((draft) => void (draft.workloads[0].name = 'first'))
    expect(store.plan.workloads[1]).toBe(second)
    expect(store.plan.workloads[0].name).toBe('first')
    expect(store.revision).toBe(revision + 1)
    store.undo()
    expect(store.plan.workloads[0].name).toBeUndefined()
  })

  it('a change that throws part-way leaves the plan as it was, with no history', () => {
    const store = usePlanStore()
    store.update((draft) => void (draft.name = 'kept'))
    const revision = store.revision
    store.update((draft) => {
      draft.name = 'half'
      draft.settings.pue = 1.5
      throw new Error('boom')
    })
    // Refused as a whole, and said in words (commands.failed, with the error's message).
    expect(store.failure).toMatchObject({ key: 'commands.failed', params: { detail: 'boom' } })
    expect(store.plan.name).toBe('kept')
    expect(store.plan.settings.pue).toBe(1.3)
    expect(store.revision).toBe(revision)
    store.undo()
    expect(store.plan.name).toBe('')
  })

  it('loading a document resets history and marks it saved', () => {
    const store = usePlanStore()
    store.update((draft) => void (draft.name = 'A'))
    store.load({ ...createBlankPlan('Opened') }, { filePath: 'plan.cplan' })
    expect(store.plan.name).toBe('Opened')
    expect(store.canUndo).toBe(false)
    expect(store.dirty).toBe(false)
    expect(store.filePath).toBe('plan.cplan')
  })
})
