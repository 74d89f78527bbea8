/**
 * The plan commands (stores/plan-commands.ts) through the plan store: plain data at the
 * store boundary, every command a transaction, and seeded random sequences of the commands
 * the UI offers (issue 13, critical).
 */
import { toRaw } from 'vue'
import { describe, expect, it } from 'vitest'
import { catalogForRenderer } from '@shared/core/catalog-data'
import { estimatePlan } from '@shared/core'
import { readPlanText } from '@shared/schema/plan-file'
import { usePlanStore } from '@renderer/stores/plan'
import {
  addWorkload,
  setPrice,
  useInventoryEntries,
  setCompareEnabled,
  setCompareCandidates
} from '@renderer/stores/plan-commands'
import { setup } from './harness'
import { nonPlainAt, runSequence } from './command-sequence'

const ATLAS = 'huawei-atlas-300i-pro'
const atlas = catalogForRenderer().accelerators.find((a) => a.id === ATLAS)

/** Seeds checked in every run; `npm run fuzz:commands` runs many more. */
const env = import.meta.env
const SEEDS = Number(env.COMMAND_FUZZ_SEEDS ?? 12)
const FIRST_SEED = Number(env.COMMAND_FUZZ_FIRST_SEED ?? 1)
const STEPS = Number(env.COMMAND_FUZZ_STEPS ?? 30)

describe('plan commands: plain data at the store boundary', () => {
  it('a price on Costs, then the library\'s "Use in plan": the plan estimates, saves and reopens', () => {
    setup()
    const store = usePlanStore()
    store.run((draft) => addWorkload(draft, 'video-analytics'))
    store.run((draft) => setPrice(draft, ATLAS, 12_345, atlas), `price:${ATLAS}`)
    store.run((draft) => useInventoryEntries(draft, []))
    expect(nonPlainAt(toRaw(store.plan))).toBeNull()
    const document = store.toDocument()
    // A price is a price: it is in the price book, and no inventory row appears for it.
    expect(document.inventory ?? []).toEqual([])
    expect(document.priceBook).toEqual([
      { partId: ATLAS, price: expect.objectContaining({ amount: 12_345 }) }
    ])
    expect(estimatePlan(document).ok).toBe(true)
    const reopened = readPlanText(JSON.stringify(document))
    expect(reopened.ok && reopened.plan).toEqual(document)
  })

  it('compare switched after choosing candidates keeps the plan plain', () => {
    setup()
    const store = usePlanStore()
    store.run((draft) => setCompareCandidates(draft, [ATLAS]))
    store.run((draft) => setCompareEnabled(draft, true))
    expect(nonPlainAt(toRaw(store.plan))).toBeNull()
    expect(store.toDocument().compare).toEqual({ enabled: true, candidates: [ATLAS] })
  })

  it('a value that is not plain data is refused: the plan stays, the planner is told', () => {
    setup()
    const store = usePlanStore()
    store.update((draft) => void (draft.name = 'kept'))
    const revision = store.revision
    store.update((draft) => {
      draft.name = 'changed'
      Object.assign(draft.settings, { server: new Date(0) })
    })
    expect(store.plan.name).toBe('kept')
    expect(store.revision).toBe(revision)
    expect(store.failure).toMatchObject({
      key: 'commands.notPlainData',
      params: { path: 'settings.server' }
    })
    store.update((draft) => void (draft.settings.pue = 1.4))
    expect(store.failure).toBeNull()
    expect(nonPlainAt(toRaw(store.plan))).toBeNull()
  })

  it('a command that throws changes nothing and is reported in words', () => {
    setup()
    const store = usePlanStore()
    const before = store.toDocument()
    const result = store.run(() => {
      throw new Error('boom')
    })
    expect(result).toBeUndefined()
    expect(store.toDocument()).toEqual(before)
    expect(store.canUndo).toBe(false)
    expect(store.failure).toMatchObject({ key: 'commands.failed', params: { detail: 'boom' } })
  })
})

describe('plan commands: seeded random sequences', () => {
  for (let seed = FIRST_SEED; seed < FIRST_SEED + SEEDS; seed++) {
    it(`seed ${seed}: ${STEPS} commands, each estimated, saved, reopened and undone`, async () => {
      setup()
      expect(await runSequence(seed, STEPS)).toBeNull()
    })
  }
})
