/**
 * core/workloads/custom.ts: a custom workload given as total FLOPs or accelerator-hours,
 * sized by cards or a deadline, or a platform sized by a target dense PFLOP/s. Expected
 * figures are worked out here from the card's catalog peak and the stated utilisation.
 */
import { describe, expect, it } from 'vitest'
import { defaultCatalog } from '../../../src/shared/core/catalog'
import type { CustomResult } from '../../../src/shared/core/workloads/custom'
import { run } from './helpers'

const CARD = 'nvidia-a100-sxm4-80gb'
const bf16 = defaultCatalog().accelerators.get(CARD)?.bf16Tflops ?? NaN

type Custom = CustomResult & { defaultsApplied: { field: string; value: unknown }[] }

const custom = (fields: Record<string, unknown>) =>
  run<Custom>({ kind: 'custom', accelerator: CARD, precision: 'bf16', ...fields })

describe('custom workload', () => {
  it('total FLOPs and a deadline: hours at peak × utilisation, cards rounded up', () => {
    expect(bf16).toBeGreaterThan(0)
    const r = custom({ totalFlops: 1e21, utilization: 0.5, targetDays: 7 })
    const hours = 1e21 / (bf16 * 1e12 * 0.5) / 3600
    expect(r.acceleratorHours).toBeCloseTo(hours, 6)
    expect(r.accelerators).toBe(Math.ceil(hours / (7 * 24)))
    // Whole cards finish a little before the deadline.
    expect(r.days).toBeCloseTo(hours / r.accelerators / 24, 9)
    expect(r.days).toBeLessThanOrEqual(7)
  })

  it('accelerator-hours and a number of cards: the FLOPs follow from the hours', () => {
    const r = custom({ acceleratorHours: 10_000, utilization: 0.25, accelerators: 50 })
    expect(r.totalFlops).toBeCloseTo(10_000 * 3600 * bf16 * 1e12 * 0.25, -12)
    expect(r.accelerators).toBe(50)
    expect(r.days).toBeCloseTo(10_000 / 50 / 24, 9)
  })

  it('halving the utilisation doubles the hours for the same work', () => {
    const full = custom({ totalFlops: 1e22, utilization: 0.6, accelerators: 8 })
    const half = custom({ totalFlops: 1e22, utilization: 0.3, accelerators: 8 })
    expect(half.acceleratorHours / full.acceleratorHours).toBeCloseTo(2, 9)
    expect(half.days / full.days).toBeCloseTo(2, 9)
  })

  it('a target PFLOP/s buys the cards whose dense peak reaches it, with no utilisation', () => {
    const r = custom({ targetPflops: 10 })
    expect(r.accelerators).toBe(Math.ceil((10 * 1000) / bf16))
    expect(r.deliveredPflops).toBeCloseTo((r.accelerators * bf16) / 1000, 9)
    expect(r.deliveredPflops).toBeGreaterThanOrEqual(10)
    // One card fewer would not reach the target.
    expect(((r.accelerators - 1) * bf16) / 1000).toBeLessThan(10)
    expect(r.days).toBe(365)
    expect(r.acceleratorHours).toBe(r.accelerators * 365 * 24)
  })

  it('without a precision it uses the default and says so', () => {
    const r = run<Custom>({ kind: 'custom', accelerator: CARD, totalFlops: 1e21, accelerators: 8 })
    expect(r.defaultsApplied.map((d) => d.field)).toContain('precision')
  })
})
