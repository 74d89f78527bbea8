/** lib/whatif.ts: the variants the charts send to the core (the renderer only picks inputs). */
import { describe, expect, it } from 'vitest'
import {
  acceleratorVariants,
  byId,
  rateVariants,
  sensitivityFigure,
  sensitivityVariants,
  tornadoRows,
  variantPlan
} from '@renderer/lib/whatif'
import { newWorkload } from '@renderer/lib/workloads'
import { ascend70bPlan } from '../support/ascend-70b'
import { estimatePlan, parsePlan } from '@shared/core'
import { PLAN_FORMAT, PLAN_VERSION, type PlanDocument, type Workload } from '@shared/schema/plan'

const accelerators = (variants: { workload: Workload }[] | null) =>
  variants?.map((v) => (v.workload as { accelerators?: number }).accelerators)

describe('acceleratorVariants', () => {
  it('scales the card count by ¼…4×, rounded, at least one card, without duplicates', () => {
    const training = newWorkload('llm-training', 't')
    expect(accelerators(acceleratorVariants(training, 64))).toEqual([16, 32, 64, 128, 256])
    // 1 × 0.25 and 1 × 0.5 both round up to the one-card floor.
    expect(accelerators(acceleratorVariants(training, 1))).toEqual([1, 2, 4])
    // 3 × 0.25 = 0.75 → 1, 3 × 0.5 = 1.5 → 2.
    expect(acceleratorVariants(training, 3)?.map((v) => v.id)).toEqual([
      'n1',
      'n2',
      'n3',
      'n6',
      'n12'
    ])
  })

  it('fixes the card count instead of the days, and leaves the workload itself alone', () => {
    const training = newWorkload('llm-training', 't')
    const [first] = acceleratorVariants(training, 8) ?? []
    expect(first.workload).not.toHaveProperty('targetDays')
    expect(training).toHaveProperty('targetDays', 30)
    expect(training).not.toHaveProperty('accelerators')
  })

  it('has no card-count series for inference, video, a PFLOPS target or a run portfolio', () => {
    expect(acceleratorVariants(newWorkload('llm-inference', 'i'), 8)).toBeNull()
    expect(acceleratorVariants(newWorkload('video-analytics', 'v'), 8)).toBeNull()
    const custom = { ...newWorkload('custom', 'c'), targetPflops: 5 } as Workload
    expect(acceleratorVariants(custom, 8)).toBeNull()
    const portfolio = { ...newWorkload('vision-training', 'p'), cardsPerRun: 8 } as Workload
    expect(acceleratorVariants(portfolio, 8)).toBeNull()
    expect(acceleratorVariants(newWorkload('vision-training', 'p'), 8)).toHaveLength(5)
  })
})

describe('rateVariants', () => {
  it('scales the request rate only when the service has a rate target', () => {
    const plain = newWorkload('llm-inference', 'i')
    expect(rateVariants(plain)).toBeNull()
    expect(rateVariants(newWorkload('llm-training', 't'))).toBeNull()
    const targeted = {
      ...plain,
      target: { requestsPerSecond: 3, inputTokens: 500, outputTokens: 200 }
    } as Workload
    const rates = rateVariants(targeted)?.map(
      (v) => (v.workload as { target: { requestsPerSecond: number } }).target.requestsPerSecond
    )
    expect(rates).toEqual([0.75, 1.5, 3, 6, 12])
    expect((targeted as { target: { requestsPerSecond: number } }).target.requestsPerSecond).toBe(3)
  })
})

describe('sensitivityVariants', () => {
  it('skips assumptions with no range and stops at eight (16 variants)', () => {
    const w = newWorkload('llm-training', 't')
    const ranges = Array.from({ length: 10 }, (_, i) => ({ id: `a${i}`, low: 0.1, high: 0.2 }))
    expect(sensitivityVariants(w, [{ id: 'flat', low: 0.3, high: 0.3 }])).toEqual([])
    const variants = sensitivityVariants(w, ranges)
    expect(variants).toHaveLength(16)
    expect(variants.slice(0, 2).map((v) => v.id)).toEqual(['s0-low', 's0-high'])
    expect(variants[1].workload.assumptions).toEqual({ a0: 0.2 })
  })

  it('keeps the workload’s other overrides and moves a field that stands for the assumption', () => {
    const video = { ...newWorkload('video-analytics', 'v'), efficiency: 0.8, assumptions: { x: 1 } }
    const [low, high] = sensitivityVariants(video as Workload, [
      { id: 'clusterParallelEfficiency', low: 0.6, high: 0.9 }
    ])
    expect(low.workload.assumptions).toEqual({ x: 1, clusterParallelEfficiency: 0.6 })
    expect((low.workload as { efficiency?: number }).efficiency).toBe(0.6)
    expect((high.workload as { efficiency?: number }).efficiency).toBe(0.9)
    expect(video.efficiency).toBe(0.8)
  })
})

describe('variantPlan and byId', () => {
  it('one plan of the variants, ids renamed, comparison off; the core answers by those ids', () => {
    const base = parsePlan({
      format: PLAN_FORMAT,
      version: PLAN_VERSION,
      name: 'base',
      workloads: [newWorkload('llm-training', 't')],
      compare: { enabled: true, candidates: ['nvidia-h100-sxm5-80gb'] }
    })
    if (!base.ok) throw new Error(JSON.stringify(base.issues))
    const training = base.plan.workloads[0]
    const plan: PlanDocument = variantPlan(base.plan, acceleratorVariants(training, 8) ?? [])
    expect(plan.workloads.map((w) => w.id)).toEqual(['n2', 'n4', 'n8', 'n16', 'n32'])
    expect(plan.compare).toEqual({ enabled: false, candidates: [] })
    expect(plan.name).toBe('base')
    const results = byId(estimatePlan(plan))
    expect([...results.keys()]).toEqual(['n2', 'n4', 'n8', 'n16', 'n32'])
    // The same work on twice the cards takes about half the days (never more).
    const days = (id: string) => (results.get(id)!.result as { days: number }).days
    expect(days('n16')).toBeLessThan(days('n8'))
    expect(days('n16')).toBeGreaterThanOrEqual(days('n8') / 2 - 1e-9)
  })
})

describe('sensitivityFigure', () => {
  it('shows a deadline plan in cards and a fixed fleet in days', () => {
    // The deadline fixes the days (60 stays 60): only the card count can move.
    const deadline = { ...newWorkload('llm-training', 't'), targetDays: 60 } as Workload
    expect(sensitivityFigure(deadline, true)).toBe('accelerators')
    const fleet = { ...newWorkload('llm-training', 't'), accelerators: 512 } as Workload
    delete (fleet as { targetDays?: number }).targetDays
    expect(sensitivityFigure(fleet, true)).toBe('days')
    // Both given: the core takes the card count and works out the days.
    expect(sensitivityFigure({ ...fleet, targetDays: 60 } as Workload, true)).toBe('days')
    expect(sensitivityFigure(newWorkload('llm-inference', 'i'), true)).toBe('accelerators')
    expect(sensitivityFigure(fleet, false)).toBe('accelerators')
  })

  it('on a 70B deadline plan, the efficiency assumptions move the card count, memory ones do not', () => {
    const parsed = parsePlan(ascend70bPlan())
    if (!parsed.ok) throw new Error('fixture plan invalid')
    const train = parsed.plan.workloads[0]
    const typical = estimatePlan(parsed.plan).workloads[0]
    const ranged = typical.result.assumptions.filter((a) => a.low !== a.high)
    const figure = sensitivityFigure(train, true)
    const variants = sensitivityVariants(train, ranged)
    const answer = byId(estimatePlan(variantPlan(parsed.plan, variants)))
    const rows = ranged.slice(0, 8).map((a, i) => ({
      labelKey: a.labelKey,
      id: a.id,
      low: (answer.get(`s${i}-low`)?.result as unknown as Record<string, number>)[figure],
      high: (answer.get(`s${i}-high`)?.result as unknown as Record<string, number>)[figure]
    }))
    const { moving, still } = tornadoRows(rows)
    // Fewer FLOPs per second per card (lower MFU) need more cards for the same 60 days.
    expect(moving.map((row) => row.id)).toContain('mfu')
    const mfu = moving.find((row) => row.id === 'mfu')!
    expect(mfu.max).toBeGreaterThan(mfu.min)
    // The usable share of memory decides how the model splits, not how many cards it takes.
    expect(still.map((row) => row.id)).toContain('usableMemoryFraction')
  })
})

describe('tornadoRows', () => {
  it('sorts the moving rows by swing and names the still ones instead of drawing them', () => {
    const row = (id: string, low: number, high: number) => ({ labelKey: id, id, low, high })
    const { moving, still } = tornadoRows([
      row('small', 10, 11),
      row('flat', 60, 60),
      row('wide', 14, 6),
      row('mid', 9, 12)
    ])
    // Swings: wide 8 (6…14, the high end below the low), mid 3, small 1.
    expect(moving.map((r) => [r.id, r.min, r.max])).toEqual([
      ['wide', 6, 14],
      ['mid', 9, 12],
      ['small', 10, 11]
    ])
    expect(still.map((r) => r.id)).toEqual(['flat'])
  })
})
