/**
 * core/workloads/visionTraining.ts: the first-principles FLOPs and the portfolio form, worked
 * by hand. The data-loading and global-batch limits are in vision-training-limits.test.ts.
 * FLOPs = 3 (forward + backward) × 2 (FLOPs per MAC) × MACs × images × epochs × runs.
 */
import { describe, expect, it } from 'vitest'
import type { VisionTrainingResult } from '../../../../src/shared/core/workloads/visionTraining'
import { estimatePlan } from '../../../../src/shared/core/estimate'
import { plan } from '../helpers'

/** The whole-cluster sizing is not this module's: left out so each estimate stays quick. */
const NO_CLUSTER = { settings: { cluster: { enabled: false } } }

const card = {
  vendor: 'Test',
  name: 'Train card',
  architecture: 'ampere',
  fp16Tflops: 320,
  bf16Tflops: 320,
  memoryGB: 80
}
// A model with round figures: 4 GMAC per image at 224 px.
const model = { name: 'Net', paramsM: 25, gmacs: 4, inputResolution: 224 }

type Vision = VisionTrainingResult & {
  assumptions: { id: string; value: number }[]
  steps: { id: string; value: number }[]
}

function vision(fields: Record<string, unknown>) {
  const result = estimatePlan(
    plan(
      [{ id: 'v', kind: 'vision-training', accelerator: card, precision: 'fp16', ...fields }],
      NO_CLUSTER
    )
  )
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result.workloads[0].result as unknown as Vision
}
const step = (r: Vision, id: string) => r.steps.find((s) => s.id === id)?.value

describe('first-principles form', () => {
  it('total FLOPs: 6 × 4 GMAC × 1e9 × 1,000,000 images × 10 epochs × 1 run = 2.4e17', () => {
    const r = vision({ model, images: 1_000_000, epochs: 10, runs: 1, accelerators: 8 })
    expect(r.totalFlops).toBeCloseTo(2.4e17, -10)
    expect(r.form).toBe('first-principles')
  })

  it('cost grows with the square of the input resolution: 448 px is 4 × 224 px', () => {
    const small = vision({ model, images: 1000, epochs: 1, runs: 1, accelerators: 8 })
    const large = vision({
      model,
      images: 1000,
      epochs: 1,
      runs: 1,
      accelerators: 8,
      inputResolution: 448
    })
    expect(large.totalFlops / small.totalFlops).toBeCloseTo(4, 12)
  })

  it('hours follow the images per second per card, from peak × utilisation when compute binds', () => {
    const r = vision({ model, images: 1_000_000, epochs: 10, runs: 1, accelerators: 8 })
    const mfu = r.assumptions.find((a) => a.id === 'visionMfu')!.value
    // images/s per card = 320e12 × mfu ÷ (6 × 4e9 FLOP); hours = 1e7 images ÷ that ÷ 3600.
    const computeRate = (320e12 * mfu) / 24e9
    expect(step(r, 'computeImagesPerSecondPerAccelerator')).toBeCloseTo(computeRate, 6)
    const rate = Math.min(computeRate, step(r, 'dataImagesPerSecondPerAccelerator')!)
    expect(r.acceleratorHours).toBeCloseTo(1e7 / rate / 3600, 6)
    expect(r.days).toBeCloseTo(r.acceleratorHours / 8 / 24, 9)
    expect(r.imagesPerSecond).toBeCloseTo(8 * rate, 6)
  })

  it('a deadline buys the cards: ceil(hours ÷ (days × 24))', () => {
    const r = vision({ model, images: 1_000_000, epochs: 90, runs: 1, targetDays: 1 })
    expect(r.accelerators).toBe(Math.ceil(r.acceleratorHours / 24))
    expect(r.days).toBeLessThanOrEqual(1)
  })

  it('provisioned compute is cards × peak', () => {
    const r = vision({ model, images: 1000, epochs: 1, runs: 1, accelerators: 16 })
    expect(r.provisionedTflops).toBe(16 * 320)
    expect(r.provisionedPflops).toBeCloseTo(5.12, 12)
  })

  it('without a model the first-principles form is refused at model', () => {
    const result = estimatePlan(
      plan([
        {
          id: 'v',
          kind: 'vision-training',
          accelerator: card,
          images: 1,
          epochs: 1,
          accelerators: 1
        }
      ])
    )
    expect(result.issues.map((i) => i.path)).toContain('workloads[0].model')
  })
})

describe('portfolio form (seed §7)', () => {
  it('8 runs side by side × 8 cards × 320 TFLOPS = 20,480 TFLOPS on 64 cards', () => {
    const r = vision({ cardsPerRun: 8, daysPerRun: 3, runs: 8, parallelRuns: 8 })
    expect(r.form).toBe('portfolio')
    expect(r.accelerators).toBe(64)
    expect(r.provisionedTflops).toBe(20_480)
    expect(r.days).toBe(3) // one wave
    expect(r.acceleratorHours).toBe(8 * 8 * 3 * 24)
    expect(r.imagesPerSecond).toBeNull()
  })

  it('fewer side-by-side runs: more waves', () => {
    // 8 runs, 3 at a time → ceil(8 / 3) = 3 waves × 3 days = 9 days on 24 cards.
    const r = vision({ cardsPerRun: 8, daysPerRun: 3, runs: 8, parallelRuns: 3 })
    expect(r.days).toBe(9)
    expect(r.accelerators).toBe(24)
  })

  it('given cards set the side-by-side runs: floor(20 ÷ 8) = 2 runs, ceil(8 ÷ 2) × 3 = 12 days', () => {
    const r = vision({ cardsPerRun: 8, daysPerRun: 3, runs: 8, accelerators: 20 })
    expect(step(r, 'parallelRuns')).toBe(2)
    expect(r.days).toBe(12)
    expect(r.accelerators).toBe(20)
  })

  it('a deadline sets them: 9 days allow 3 waves → ceil(8 ÷ 3) = 3 runs side by side', () => {
    const r = vision({ cardsPerRun: 8, daysPerRun: 3, runs: 8, targetDays: 9 })
    expect(step(r, 'parallelRuns')).toBe(3)
    expect(r.days).toBe(9)
  })

  it('tasks per year: cards busy all year, at least the side-by-side cards', () => {
    // 12 tasks × 8 runs × 8 cards × 3 days / 365 = 6.31 → 7 < 64 side-by-side cards.
    const r = vision({ cardsPerRun: 8, daysPerRun: 3, runs: 8, parallelRuns: 8, tasksPerYear: 12 })
    expect(step(r, 'acceleratorsForYear')).toBe(7)
    expect(r.accelerators).toBe(64)
    expect(r.acceleratorHours).toBe(12 * 8 * 8 * 3 * 24)
  })
})
