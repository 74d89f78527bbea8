/** stores/derivation.ts: which number the panel explains, with "back" through drilled steps. */
import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useDerivationStore, type DerivationTarget } from '@renderer/stores/derivation'

const total: DerivationTarget = { scope: 'total', field: 'accelerators' }
const group: DerivationTarget = { scope: 'group', acceleratorId: 'a', stepId: 'acceleratorsNeeded' }
const step: DerivationTarget = { scope: 'workload', workloadId: 'w', stepId: 'days' }

beforeEach(() => setActivePinia(createPinia()))

describe('the derivation store', () => {
  it('drills and walks back one step at a time to where it was opened', () => {
    const store = useDerivationStore()
    store.open(total)
    store.drill(group)
    store.drill(step)
    expect(store.target).toEqual(step)
    expect(store.trail).toEqual([total, group])
    store.back()
    expect(store.target).toEqual(group)
    store.back()
    expect(store.target).toEqual(total)
    store.back()
    expect(store.target).toEqual(total)
    expect(store.trail).toEqual([])
  })

  it('opening another number starts a new trail', () => {
    const store = useDerivationStore()
    store.open(total)
    store.drill(group)
    store.open(step)
    store.back()
    expect(store.target).toEqual(step)
  })

  it('drilling with nothing open opens without a trail; close clears both', () => {
    const store = useDerivationStore()
    store.drill(group)
    expect(store.trail).toEqual([])
    store.drill(step)
    store.close()
    expect(store.target).toBeNull()
    expect(store.trail).toEqual([])
  })
})
