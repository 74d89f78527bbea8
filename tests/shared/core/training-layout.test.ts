/**
 * core/workloads/trainingLayout.ts: the layout named in the "does not fit" warning of a
 * training plan that states none, and the warning itself.
 */
import { describe, expect, it } from 'vitest'
import { estimatePlan, parsePlan } from '@shared/core'
import { suggestLayout } from '@shared/core/workloads/trainingLayout'
import { ascend70bPlan } from '../../support/ascend-70b'

/** The walkthrough's 70B plan through the core, with or without a stated layout. */
function estimate(parallelism?: { tensor: number; pipeline: number }) {
  const parsed = parsePlan(ascend70bPlan(parallelism))
  if (!parsed.ok) throw new Error('fixture plan invalid')
  return estimatePlan(parsed.plan).workloads[0]
}

describe('suggestLayout', () => {
  it('takes tensor parallel first, then pipeline stages, the fewest model-parallel cards', () => {
    // S = 280 GB of model states, A = 96 GB of activations at t = 1, 60 GB usable.
    // t = 1: 96 > 60, no room. t = 2: room 60 − 48 = 12 → p = ceil(280 / 24) = 12 (24 cards).
    // t = 4: room 60 − 24 = 36 → p = ceil(280 / 144) = 2 (8 cards).
    // t = 8: room 60 − 12 = 48 → p = ceil(280 / 384) = 1 (8 cards): a tie, fewer stages win.
    expect(
      suggestLayout({
        modelStatesGB: 280,
        activationsGB: 96,
        tensorParallel: 1,
        pipelineParallel: 1,
        usableGB: 60
      })
    ).toEqual({ tensor: 8, pipeline: 1, perAcceleratorGB: 280 / 8 + 96 / 8 })
  })

  it('starts from the figures at the current layout and skips a t the heads do not divide', () => {
    // Today t = 2, p = 1: S = 140 × 2 = 280, A = 48 × 2 = 96 — the case above. 12 heads:
    // t = 8 does not divide them, so t = 4, p = 2.
    expect(
      suggestLayout({
        modelStatesGB: 140,
        activationsGB: 48,
        tensorParallel: 2,
        pipelineParallel: 1,
        usableGB: 60,
        attentionHeads: 12
      })
    ).toEqual({ tensor: 4, pipeline: 2, perAcceleratorGB: 280 / 8 + 96 / 4 })
  })

  it('none when even t = 8 leaves no room for the activations, or p would exceed the layers', () => {
    const base = { tensorParallel: 1, pipelineParallel: 1, usableGB: 60 }
    expect(suggestLayout({ ...base, modelStatesGB: 10, activationsGB: 8 * 61 })).toBeNull()
    // t = 8: room 48 → p = ceil(4000 / 384) = 11 > 10 layers; smaller t need more stages still.
    expect(
      suggestLayout({ ...base, modelStatesGB: 4000, activationsGB: 96, layers: 10 })
    ).toBeNull()
  })
})

describe('a 70B training plan that states no layout', () => {
  it('names a layout that fits, and the core agrees once it is entered', () => {
    const w = estimate()
    const warning = w.result.warnings.find(
      (x) => x.key === 'core.warnings.trainingDoesNotFitLayout'
    )
    expect(warning).toBeDefined()
    const { tensor, pipeline } = warning!.params as { tensor: number; pipeline: number }
    // 64 heads and 80 layers allow t = 8; the 910B's 64 GB hold a 70B shard at t = 8.
    expect(tensor * pipeline).toBeLessThanOrEqual(8)
    const entered = estimate({ tensor, pipeline })
    const keys = entered.result.warnings.map((x) => x.key)
    expect(keys).not.toContain('core.warnings.trainingDoesNotFit')
    expect(keys).not.toContain('core.warnings.trainingDoesNotFitLayout')
  })

  it('a stated layout that does not fit keeps the plain warning (the planner chose it)', () => {
    const keys = estimate({ tensor: 1, pipeline: 2 }).result.warnings.map((x) => x.key)
    expect(keys).toContain('core.warnings.trainingDoesNotFit')
    expect(keys).not.toContain('core.warnings.trainingDoesNotFitLayout')
  })
})

describe('a deadline plan with a stated layout', () => {
  it('buys whole model replicas: the card count is a multiple of tensor × pipeline', () => {
    const run = (parallelism?: { tensor: number; pipeline: number }) => estimate(parallelism).result
    for (const layout of [
      { tensor: 8, pipeline: 1 },
      { tensor: 4, pipeline: 3 }
    ]) {
      const result = run(layout)
      const step = (id: string) => result.steps.find((s) => s.id === id)!.value
      const replicaCards = layout.tensor * layout.pipeline
      // ceil(cards the deadline needs ÷ t·p) × t·p: the next whole replica, never fewer cards.
      expect(step('accelerators')).toBe(
        Math.ceil(step('acceleratorsForDeadline') / replicaCards) * replicaCards
      )
      expect(step('accelerators') % replicaCards).toBe(0)
      expect(step('accelerators') - step('acceleratorsForDeadline')).toBeLessThan(replicaCards)
    }
    // No model parallelism: no rounding step, the derivation as before.
    expect(run().steps.some((s) => s.id === 'acceleratorsForDeadline')).toBe(false)
  })
})
