/**
 * stores/plan.ts edge cases beyond plan-store.test.ts: the history limit, what ends a merged
 * undo step, a command's result, refusals that are not plain data, and saved/dirty marks.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'

beforeEach(() => setActivePinia(createPinia()))

const rename = (name: string) => (draft: { name: string }) => void (draft.name = name)

describe('plan store history', () => {
  it('keeps the last 200 steps: undo stops at the 200th, not at the blank plan', () => {
    const store = usePlanStore()
    for (let i = 1; i <= 205; i++) store.update(rename(`n${i}`))
    let undone = 0
    while (store.canUndo) {
      store.undo()
      undone++
    }
    expect(undone).toBe(200)
    expect(store.plan.name).toBe('n5')
  })

  it('a different key, a keyless change or an undo ends a merged step', () => {
    const store = usePlanStore()
    store.update(rename('a'), 'name')
    store.update(rename('ab'), 'name')
    store.update((d) => void (d.settings.pue = 1.4), 'pue')
    store.update(rename('abc'), 'name')
    store.undo()
    expect(store.plan.name).toBe('ab')
    store.undo()
    expect(store.plan.settings.pue).toBe(1.3)
    // After an undo, typing in the same field again is a step of its own.
    store.update(rename('x'), 'name')
    store.update(rename('xy'), 'name')
    store.undo()
    expect(store.plan.name).toBe('ab')
  })

  it('redo walks forward through several undone steps in order', () => {
    const store = usePlanStore()
    for (const name of ['a', 'b', 'c']) store.update(rename(name))
    store.undo()
    store.undo()
    store.redo()
    expect(store.plan.name).toBe('b')
    store.redo()
    expect(store.plan.name).toBe('c')
    expect(store.canRedo).toBe(false)
    store.redo()
    expect(store.plan.name).toBe('c')
  })
})

describe('commands as transactions', () => {
  it('run returns what the command returns, also when it changes nothing', () => {
    const store = usePlanStore()
    expect(store.run((d) => d.workloads.push({ id: 'w', kind: 'custom' } as never))).toBe(1)
    expect(store.run((d) => d.workloads.length)).toBe(1)
  })

  it('refuses a command that leaves a value that is not JSON data, saying where', () => {
    const store = usePlanStore()
    const result = store.run((d) => {
      ;(d as { name: unknown }).name = new Date(0)
      return 'done'
    })
    expect(result).toBeUndefined()
    expect(store.failure).toMatchObject({ key: 'commands.notPlainData', params: { path: 'name' } })
    expect(store.plan.name).toBe('')
    expect(store.canUndo).toBe(false)
  })

  it('counts refusals (the same message twice is shown twice), and a success clears it', () => {
    const store = usePlanStore()
    const fail = () => {
      throw new Error('no')
    }
    store.run(fail)
    const first = store.failure!.count
    store.run(fail)
    expect(store.failure!.count).toBe(first + 1)
    store.run(rename('ok'))
    expect(store.failure).toBeNull()
  })
})

describe('saved state', () => {
  it('a plan loaded as not saved (a template, a restore) is dirty until saved', () => {
    const store = usePlanStore()
    store.load(createBlankPlan('From template'), { markSaved: false })
    expect(store.dirty).toBe(true)
    expect(store.filePath).toBeNull()
    store.markSaved('/plans/a.cplan')
    expect(store.dirty).toBe(false)
    expect(store.filePath).toBe('/plans/a.cplan')
  })

  it('markSaved without a path keeps the path; undoing back to the saved plan is clean', () => {
    const store = usePlanStore()
    store.load(createBlankPlan('P'), { filePath: 'p.cplan' })
    store.update(rename('Q'))
    expect(store.dirty).toBe(true)
    store.undo()
    expect(store.dirty).toBe(false)
    store.update(rename('R'))
    store.markSaved()
    expect(store.filePath).toBe('p.cplan')
    expect(store.dirty).toBe(false)
  })

  it('toDocument is a plain copy: editing it leaves the plan alone', () => {
    const store = usePlanStore()
    const copy = store.toDocument()
    copy.name = 'changed'
    expect(store.plan.name).toBe('')
    expect(createBlankPlan('x')).not.toBe(createBlankPlan('x'))
  })
})
