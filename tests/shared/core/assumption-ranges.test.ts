/**
 * An assumption override may carry its own range ({ typical, low, high }): the optimistic and
 * pessimistic scenarios, and so `result.ranges`, use it; an unordered range is a located issue.
 */
import { describe, expect, it } from 'vitest'
import { estimatePlan, formatIssue, type ResolvedAssumption } from '../../../src/shared/core'
import { estimate, only, plan, run } from './helpers'

const training = {
  id: 'w',
  kind: 'llm-training',
  accelerator: 'nvidia-a100-sxm4-80gb',
  model: 'llama-2-7b',
  tokens: 2e12,
  accelerators: 256
}

type Ranges = Record<string, { typical: number; low: number; high: number }>

function result(workload: Record<string, unknown>, extra = {}) {
  return run<{ days: number; ranges: Ranges; assumptions: ResolvedAssumption[] }>(workload, extra)
}

const mfuOf = (r: { assumptions: ResolvedAssumption[] }) =>
  r.assumptions.find((a) => a.id === 'mfu') as ResolvedAssumption

describe('overridden assumption ranges', () => {
  it('the default range drives result.ranges', () => {
    const r = result(training)
    const mfu = mfuOf(r)
    expect(mfu.origin).toBe('default')
    expect(mfu.defaultRange).toBeUndefined()
    // Accelerator-hours scale with 1 / MFU (days also carry the goodput range): the
    // pessimistic end uses the low MFU.
    expect(r.ranges.acceleratorHours.high / r.ranges.acceleratorHours.typical).toBeCloseTo(
      mfu.typical / mfu.low,
      6
    )
    expect(r.ranges.acceleratorHours.low / r.ranges.acceleratorHours.typical).toBeCloseTo(
      mfu.typical / mfu.high,
      6
    )
  })

  it('{ typical, low, high } on a workload replaces the default range', () => {
    const r = result({ ...training, assumptions: { mfu: { typical: 0.4, low: 0.2, high: 0.5 } } })
    const mfu = mfuOf(r)
    expect(mfu).toMatchObject({ origin: 'workload', typical: 0.4, low: 0.2, high: 0.5 })
    // The default it replaces keeps its citation.
    expect(mfu.defaultRange?.source).toMatch(/published runs/)
    expect(r.ranges.acceleratorHours.high / r.ranges.acceleratorHours.typical).toBeCloseTo(
      0.4 / 0.2,
      6
    )
    expect(r.ranges.acceleratorHours.low / r.ranges.acceleratorHours.typical).toBeCloseTo(
      0.4 / 0.5,
      6
    )
    // A wider range than the default gives a wider result range.
    const base = result(training)
    expect(r.ranges.acceleratorHours.high / r.ranges.acceleratorHours.typical).toBeGreaterThan(
      base.ranges.acceleratorHours.high / base.ranges.acceleratorHours.typical
    )
  })

  it('a number (typical only) collapses the range; a missing end is the typical value', () => {
    const collapsed = result({ ...training, assumptions: { mfu: 0.4 } })
    expect(mfuOf(collapsed)).toMatchObject({ typical: 0.4, low: 0.4, high: 0.4 })
    expect(collapsed.ranges.acceleratorHours.low).toBeCloseTo(
      collapsed.ranges.acceleratorHours.typical,
      9
    )
    expect(collapsed.ranges.acceleratorHours.high).toBeCloseTo(
      collapsed.ranges.acceleratorHours.typical,
      9
    )
    const lowOnly = result({ ...training, assumptions: { mfu: { typical: 0.4, low: 0.2 } } })
    expect(mfuOf(lowOnly)).toMatchObject({ typical: 0.4, low: 0.2, high: 0.4 })
    expect(lowOnly.ranges.acceleratorHours.low).toBeCloseTo(
      lowOnly.ranges.acceleratorHours.typical,
      9
    )
    expect(
      lowOnly.ranges.acceleratorHours.high / lowOnly.ranges.acceleratorHours.typical
    ).toBeCloseTo(2, 6)
  })

  it('a plan-wide range applies to every workload that does not set its own', () => {
    const r = only(
      estimate([training], {
        assumptionOverrides: { mfu: { typical: 0.3, low: 0.25, high: 0.6 } }
      })
    ).result as unknown as { ranges: Ranges; assumptions: ResolvedAssumption[] }
    expect(mfuOf(r)).toMatchObject({ origin: 'plan', low: 0.25, high: 0.6 })
    expect(r.ranges.acceleratorHours.low / r.ranges.acceleratorHours.typical).toBeCloseTo(
      0.3 / 0.6,
      6
    )
  })

  it('low above typical or high below typical is a located issue, never silently swapped', () => {
    const answer = estimatePlan(
      plan([{ ...training, assumptions: { mfu: { typical: 0.4, low: 0.5, high: 0.3 } } }])
    )
    expect(answer.ok).toBe(false)
    expect(answer.issues.map(formatIssue)).toEqual([
      'workloads[0].assumptions.mfu.low: the low end must be ≤ the typical value (0.4)',
      'workloads[0].assumptions.mfu.high: the high end must be ≥ the typical value (0.4)'
    ])
    expect(answer.issues[0].messageKey).toBe('core.validation.rangeLowAboveTypical')
  })

  it('each end is checked against the accepted limits at its own path', () => {
    const answer = estimatePlan(
      plan([{ ...training, assumptions: { mfu: { typical: 0.4, low: 0, high: 1.5 } } }])
    )
    expect(answer.issues.map(formatIssue)).toEqual([
      'workloads[0].assumptions.mfu.low: must be ≥ 0.001',
      'workloads[0].assumptions.mfu.high: must be ≤ 1'
    ])
    // A plain number keeps its path.
    const number = estimatePlan(plan([{ ...training, assumptions: { mfu: 2 } }]))
    expect(number.issues.map(formatIssue)).toEqual(['workloads[0].assumptions.mfu: must be ≤ 1'])
  })

  it('a workload field (video efficiency) is the typical value; a range adds its ends', () => {
    const video = {
      kind: 'video-analytics',
      accelerator: 'seed-ascend-inference-card-88tops-int8',
      streams: 3000,
      topsPerStream: 5.5,
      efficiency: 0.9
    }
    type Video = { accelerators: number; ranges: Ranges; assumptions: ResolvedAssumption[] }
    const efficiency = (r: Video) =>
      r.assumptions.find((a) => a.id === 'clusterParallelEfficiency') as ResolvedAssumption
    const plain = run<Video>(video)
    expect(plain.accelerators).toBe(209)
    expect(efficiency(plain)).toMatchObject({ typical: 0.9, low: 0.9, high: 0.9 })
    // The range's own typical is ignored: the form field and the range never disagree.
    // The per-stream figure's carry-over band (videoMeasuredTransfer) is pinned so only the
    // efficiency range moves the card count.
    const ranged = run<Video>({
      ...video,
      assumptions: {
        clusterParallelEfficiency: { typical: 0.5, low: 0.8, high: 0.95 },
        videoMeasuredTransfer: 1
      }
    })
    expect(ranged.accelerators).toBe(209)
    expect(efficiency(ranged)).toMatchObject({ typical: 0.9, low: 0.8, high: 0.95 })
    expect(ranged.ranges.accelerators.low).toBe(Math.ceil(188 / 0.95))
    // The order check uses the field's typical value.
    const bad = estimatePlan(
      plan([
        {
          id: 'v',
          ...video,
          assumptions: { clusterParallelEfficiency: { typical: 0.9, low: 0.95 } }
        }
      ])
    )
    expect(bad.issues.map(formatIssue)).toEqual([
      'workloads[0].assumptions.clusterParallelEfficiency.low: the low end must be ≤ the typical value (0.9)'
    ])
  })
})
