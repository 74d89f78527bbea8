/**
 * core/evaluate.ts: one workload's typical scenario with its derivation, and the optimistic
 * and pessimistic re-runs folded into { typical, low, high } ranges. A custom workload is
 * used because its only assumption is `customUtilization`, so every range can be worked by
 * hand from the registry's variant: hours = FLOPs ÷ (peak × utilisation × 10¹²) ÷ 3600.
 */
import { describe, expect, it } from 'vitest'
import { evaluateFull, evaluateQuick } from '../../../src/shared/core/evaluate'
import { defaultCatalog } from '../../../src/shared/core/catalog'
import { assumptionDefinition } from '../../../src/shared/core/assumptions'
import { acceleratorById } from '../../../src/shared/core/resolve'
import { PLAN_FORMAT, PLAN_VERSION, parsePlan } from '../../../src/shared/schema/plan'
import type { ResolvedAccelerator } from '../../../src/shared/core/workloads/context'

const catalog = defaultCatalog()
const CARD = 'nvidia-a100-sxm4-80gb'
const a100 = acceleratorById(CARD, catalog, new Map()) as ResolvedAccelerator
const fp16 = catalog.accelerators.get(CARD)!.fp16Tflops!
const utilisation = assumptionDefinition('customUtilization')!.variants.at(-1)!

const FLOPS = 1e21
const CARDS = 8

function planOf(workload: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const parsed = parsePlan({
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    name: 'p',
    workloads: [{ id: 'w', kind: 'custom', precision: 'fp16', ...workload }],
    ...extra
  })
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
  return parsed.plan
}

/** Days for FLOPS on CARDS A100s at utilisation u (fp16 dense peak from the catalog). */
const days = (u: number) => FLOPS / (fp16 * u * 1e12) / 3600 / CARDS / 24

describe('evaluateFull', () => {
  const plan = planOf({ accelerator: CARD, totalFlops: FLOPS, accelerators: CARDS })

  it('the typical result uses the registry’s typical utilisation', () => {
    const result = evaluateFull(plan, plan.workloads[0], 0, a100, catalog)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    // e.g. 1e21 ÷ (312 × 0.4 × 1e12) ÷ 3600 ÷ 8 ÷ 24 = 11.59 days with the values of Dec 2026.
    expect(result.outcome.ranges.days.typical).toBeCloseTo(days(utilisation.typical), 9)
  })

  it('low and high come from the optimistic and pessimistic re-runs', () => {
    const result = evaluateFull(plan, plan.workloads[0], 0, a100, catalog)
    if (!result.ok) throw new Error('not ok')
    // Higher utilisation is better: the optimistic run uses the high end, so fewer days.
    expect(result.outcome.ranges.days.low).toBeCloseTo(days(utilisation.high), 9)
    expect(result.outcome.ranges.days.high).toBeCloseTo(days(utilisation.low), 9)
    // The card count was given: it does not move.
    expect(result.outcome.ranges.accelerators).toEqual({ typical: 8, low: 8, high: 8 })
  })

  it('every range holds its typical value', () => {
    const result = evaluateFull(plan, plan.workloads[0], 0, a100, catalog)
    if (!result.ok) throw new Error('not ok')
    for (const [key, range] of Object.entries(result.outcome.ranges)) {
      expect(range.low, key).toBeLessThanOrEqual(range.typical)
      expect(range.high, key).toBeGreaterThanOrEqual(range.typical)
    }
  })

  it('records the derivation: steps, the assumption used and its source', () => {
    const result = evaluateFull(plan, plan.workloads[0], 0, a100, catalog)
    if (!result.ok) throw new Error('not ok')
    const ids = result.outcome.steps.map((step) => step.id)
    expect(ids).toEqual(expect.arrayContaining(['peakTflops', 'acceleratorHours', 'days']))
    const used = result.outcome.assumptions.find((a) => a.id === 'customUtilization')
    expect(used).toMatchObject({ value: utilisation.typical, source: utilisation.source })
    expect(result.outcome.fieldSteps.days).toBe('days')
  })

  it('a workload override beats a plan override; its range drives low and high', () => {
    const both = planOf(
      {
        accelerator: CARD,
        totalFlops: FLOPS,
        accelerators: CARDS,
        assumptions: { customUtilization: { typical: 0.5, low: 0.25, high: 1 } }
      },
      { assumptionOverrides: { customUtilization: 0.1 } }
    )
    const result = evaluateFull(both, both.workloads[0], 0, a100, catalog)
    if (!result.ok) throw new Error('not ok')
    expect(result.outcome.ranges.days.typical).toBeCloseTo(days(0.5), 9)
    expect(result.outcome.ranges.days.low).toBeCloseTo(days(1), 9)
    expect(result.outcome.ranges.days.high).toBeCloseTo(days(0.25), 9)
  })

  it('a card with no compute figure is a located issue, not an exception', () => {
    const bare: ResolvedAccelerator = {
      id: 'inline:w',
      origin: 'inline',
      spec: { vendor: 'X', name: 'No figures', memoryGB: 16 }
    }
    const result = evaluateFull(plan, plan.workloads[0], 2, bare, catalog)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issue.path).toBe('workloads[2].accelerator')
    expect(result.issue.messageKey).toBe('core.validation.missingSpec')
  })
})

describe('evaluateQuick', () => {
  const plan = planOf({ accelerator: CARD, totalFlops: FLOPS, accelerators: CARDS })

  it('gives the typical figures without recording steps', () => {
    const quick = evaluateQuick(plan, plan.workloads[0], 0, a100, catalog)
    if (!quick.ok) throw new Error('not ok')
    expect(quick.outcome.metrics.days).toBeCloseTo(days(utilisation.typical), 9)
    expect(quick.outcome.steps).toEqual([])
  })

  it('agrees exactly with the full evaluation’s typical figures', () => {
    const quick = evaluateQuick(plan, plan.workloads[0], 0, a100, catalog)
    const full = evaluateFull(plan, plan.workloads[0], 0, a100, catalog)
    if (!quick.ok || !full.ok) throw new Error('not ok')
    for (const [key, value] of Object.entries(quick.outcome.metrics))
      expect(full.outcome.ranges[key].typical, key).toBe(value)
  })
})
