/**
 * core/workloads/llmTraining.ts: the compute, time and memory formulas, worked by hand with an
 * inline 1B model and a measured throughput (so the MFU model, which calibration work moves,
 * does not enter): FLOPs = 6 × active params × tokens; card-hours = FLOPs ÷ (6 × N × tokens/s
 * per card); wall-clock days = productive days ÷ goodput. The MFU model and the parallel
 * layout are in training-mfu.test.ts and training-parallel*.test.ts.
 */
import { describe, expect, it } from 'vitest'
import type { LlmTrainingResult } from '../../../../src/shared/core/workloads/llmTraining'
import { estimatePlan } from '../../../../src/shared/core/estimate'
import { plan } from '../helpers'

/** The whole-cluster sizing is not this module's: left out so each estimate stays quick. */
const NO_CLUSTER = { settings: { cluster: { enabled: false } } }

const model = { name: 'Tiny', params: 1e9, layers: 16, hiddenSize: 2048, attentionHeads: 16 }
const measured = { tokensPerSecondPerAccelerator: 1000 }

type Training = LlmTrainingResult & {
  assumptions: { id: string; value: number }[]
  steps: { id: string; value: number }[]
}

/** Results by input: a workload asked twice is estimated once (tests only read them). */
const cache = new Map<string, Training>()

function train(fields: Record<string, unknown>): Training {
  const key = JSON.stringify(fields)
  const known = cache.get(key)
  if (known) return known
  const result = trainUncached(fields)
  cache.set(key, result)
  return result
}

function trainUncached(fields: Record<string, unknown>) {
  const result = estimatePlan(
    plan(
      [
        {
          id: 't',
          kind: 'llm-training',
          accelerator: 'nvidia-a100-sxm4-80gb',
          precision: 'bf16',
          model,
          assumptions: measured,
          ...fields
        }
      ],
      NO_CLUSTER
    )
  )
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result.workloads[0].result as unknown as Training
}
const step = (r: Training, id: string) => r.steps.find((s) => s.id === id)?.value
const used = (r: Training, id: string) => r.assumptions.find((a) => a.id === id)!.value

describe('compute', () => {
  it('6 × 1e9 params × 1e11 tokens = 6e20 FLOP = 6.944 PF-days', () => {
    const r = train({ tokens: 1e11, accelerators: 100 })
    expect(r.totalFlops).toBe(6e20)
    // 6e20 ÷ (1e15 × 86,400) = 6.944…
    expect(step(r, 'pfDays')).toBeCloseTo(6e20 / 8.64e19, 12)
  })

  it('a corpus in gigabytes becomes tokens at the language’s bytes per token', () => {
    const r = train({ corpus: { gigabytes: 400, language: 'en' }, accelerators: 100 })
    const bytesPerToken = used(r, 'corpusBytesPerToken')
    expect(step(r, 'tokens')).toBeCloseTo(400e9 / bytesPerToken, 3)
  })

  it('recomputation: none ×1, full ×8/6, selective ×(1 + overhead) on hardware FLOPs only', () => {
    const none = train({ tokens: 1e11, accelerators: 100, recompute: 'none' })
    const full = train({ tokens: 1e11, accelerators: 100, recompute: 'full' })
    const selective = train({ tokens: 1e11, accelerators: 100, recompute: 'selective' })
    expect(step(none, 'hardwareFlops')).toBe(6e20)
    expect(step(full, 'hardwareFlops')).toBeCloseTo((6e20 * 8) / 6, -6)
    const overhead = used(selective, 'selectiveRecomputeOverhead')
    expect(step(selective, 'hardwareFlops')).toBeCloseTo(6e20 * (1 + overhead), -6)
    // Model FLOPs (what the time is computed from here) do not change.
    expect(full.totalFlops).toBe(none.totalFlops)
  })
})

describe('time', () => {
  it('a measured 1,000 tokens/s per card is 6 TFLOP/s of model compute', () => {
    const r = train({ tokens: 1e11, accelerators: 100 })
    expect(step(r, 'effectiveTflopsPerAccelerator')).toBeCloseTo(6, 12)
    // 6e20 ÷ 6e12 FLOP/s = 1e8 card-seconds = 27,777.8 card-hours
    expect(r.acceleratorHours).toBeCloseTo(1e8 / 3600, 6)
  })

  it('wall-clock days are the productive days ÷ goodput', () => {
    const r = train({ tokens: 1e11, accelerators: 100 })
    const goodput = used(r, 'trainingGoodput')
    const computeDays = 1e8 / 3600 / 100 / 24 // 11.574 days
    expect(step(r, 'computeDays')).toBeCloseTo(computeDays, 9)
    expect(r.days).toBeCloseTo(computeDays / goodput, 9)
    expect(r.days).toBeGreaterThanOrEqual(computeDays)
  })

  it('a deadline is wall-clock time: cards = ceil(hours ÷ (days × 24 × goodput))', () => {
    const r = train({ tokens: 1e11, targetDays: 10 })
    const goodput = used(r, 'trainingGoodput')
    expect(r.accelerators).toBe(Math.ceil(1e8 / 3600 / (10 * 24 * goodput)))
    expect(r.days).toBeLessThanOrEqual(10)
  })
})

describe('memory per card (ZeRO sharding over data-parallel ranks)', () => {
  const states = (r: Training) => ({
    weights: step(r, 'weightsPerAcceleratorGB')!,
    gradients: step(r, 'gradientsPerAcceleratorGB')!,
    optimizer: step(r, 'optimizerStatesPerAcceleratorGB')!
  })
  const bytes = (r: Training) => ({
    weights: step(r, 'weightBytesPerParam')!,
    gradients: step(r, 'gradientBytesPerParam')!,
    optimizer: step(r, 'optimizerBytesPerParam')!
  })

  it.each([0, 1, 2, 3])('stage %i shards what it should over 8 ranks', (zeroStage) => {
    const r = train({
      tokens: 1e10,
      accelerators: 8,
      zeroStage,
      parallelism: { tensor: 1, pipeline: 1 }
    })
    const b = bytes(r)
    // Stage ≥ 1 shards optimizer states, ≥ 2 gradients, 3 weights: ÷ 8 each.
    const shard = (from: number) => (zeroStage >= from ? 8 : 1)
    expect(states(r).optimizer).toBeCloseTo((1e9 * b.optimizer) / shard(1) / 1e9, 12)
    expect(states(r).gradients).toBeCloseTo((1e9 * b.gradients) / shard(2) / 1e9, 12)
    expect(states(r).weights).toBeCloseTo((1e9 * b.weights) / shard(3) / 1e9, 12)
  })

  it('tensor × pipeline divides every state by the model-parallel degree', () => {
    const one = train({
      tokens: 1e10,
      accelerators: 8,
      zeroStage: 0,
      parallelism: { tensor: 1, pipeline: 1 }
    })
    const four = train({
      tokens: 1e10,
      accelerators: 8,
      zeroStage: 0,
      parallelism: { tensor: 2, pipeline: 2 }
    })
    expect(states(four).weights).toBeCloseTo(states(one).weights / 4, 12)
    expect(states(four).optimizer).toBeCloseTo(states(one).optimizer / 4, 12)
  })
})
