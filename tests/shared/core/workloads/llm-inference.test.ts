/**
 * core/workloads/llmInference.ts: the memory identities and the replica arithmetic, worked by
 * hand with an inline 8B GQA model (32 layers, 8 KV heads of 128 dims, no vocabulary given so
 * every weight is at the format's bytes). Serving speed, quantisation formats and the split
 * search are in inference.test.ts, inference-calibration.test.ts and inference-split.test.ts.
 */
import { describe, expect, it } from 'vitest'
import type { LlmInferenceResult } from '../../../../src/shared/core/workloads/llmInference'
import { estimatePlan } from '../../../../src/shared/core/estimate'
import { plan } from '../helpers'

/** The whole-cluster sizing is not this module's: left out so each estimate stays quick. */
const NO_CLUSTER = { settings: { cluster: { enabled: false } } }

const model = {
  name: 'Eight',
  params: 8e9,
  layers: 32,
  hiddenSize: 4096,
  attentionHeads: 32,
  kvHeads: 8,
  headDim: 128,
  ffnSize: 14336
}

type Inference = LlmInferenceResult & {
  steps: { id: string; value: number }[]
  assumptions: { id: string; value: number }[]
}

/** Results by input: a workload asked twice is estimated once (tests only read them). */
const cache = new Map<string, Inference>()

function serve(fields: Record<string, unknown>): Inference {
  const key = JSON.stringify(fields)
  const known = cache.get(key)
  if (known) return known
  const result = serveUncached(fields)
  cache.set(key, result)
  return result
}

function serveUncached(fields: Record<string, unknown>) {
  const result = estimatePlan(
    plan(
      [
        {
          id: 's',
          kind: 'llm-inference',
          accelerator: 'nvidia-a100-sxm4-80gb',
          model,
          weightPrecision: 'fp16',
          kvPrecision: 'fp16',
          contextTokens: 4096,
          concurrency: 64,
          ...fields
        }
      ],
      NO_CLUSTER
    )
  )
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result.workloads[0].result as unknown as Inference
}
const step = (r: Inference, id: string) => r.steps.find((s) => s.id === id)?.value

describe('weights and KV cache', () => {
  it('weights: params × bytes per weight (16-bit 2 B, int8 1 B)', () => {
    expect(serve({}).memory.weightsGB).toBeCloseTo(16, 9) // 8e9 × 2 B
    expect(serve({ weightPrecision: 'int8' }).memory.weightsGB).toBeCloseTo(8, 9)
  })

  it('KV per token: 2 (K, V) × 32 layers × 8 heads × 128 dims × bytes', () => {
    expect(serve({}).kvCacheBytesPerToken).toBe(131_072) // 2 B (fp16)
    expect(serve({ kvPrecision: 'fp8' }).kvCacheBytesPerToken).toBe(65_536)
  })

  it('KV per replica: per token × context × batch, in GB and GiB', () => {
    const r = serve({})
    const bytes = r.kvCacheBytesPerToken * 4096 * r.batchPerReplica
    expect(r.memory.kvCacheGB).toBeCloseTo(bytes / 1e9, 9)
    expect(r.memory.kvCacheGiB).toBeCloseTo(bytes / 2 ** 30, 9)
  })

  it('without kvHeads the model is multi-head: KV heads = attention heads (a noted default)', () => {
    const { kvHeads: _kv, ...mha } = model
    const r = serve({ model: mha })
    expect(r.kvCacheBytesPerToken).toBe(2 * 32 * 32 * 128 * 2)
  })
})

describe('memory identities', () => {
  it('one card: weights + KV + activations + runtime overhead', () => {
    const m = serve({}).memoryPerAccelerator
    expect(m.totalGB).toBeCloseTo(m.weightsGB + m.kvCacheGB + m.activationsGB + m.overheadGB, 9)
    expect(m.totalGB).toBeLessThanOrEqual(m.usableGB + 1e-9)
    expect(m.usableGB).toBeLessThan(m.capacityGB)
  })

  it('the card’s capacity: 80 GiB as shipped = 85.9 GB', () => {
    const m = serve({}).memoryPerAccelerator
    expect(m.capacityUnit).toBe('GiB')
    expect(m.capacityAsShipped).toBe(80)
    expect(m.capacityGB).toBeCloseTo((80 * 2 ** 30) / 1e9, 9)
  })

  it('a replica: its cards’ weights are the model’s; totals in GiB are the GB ÷ 1.0737', () => {
    const r = serve({})
    expect(r.memoryPerAccelerator.weightsGB * r.acceleratorsPerReplica).toBeCloseTo(
      r.memory.weightsGB,
      9
    )
    expect(r.memory.totalGiB).toBeCloseTo((r.memory.totalGB * 1e9) / 2 ** 30, 9)
  })
})

describe('replicas', () => {
  it('replicas = ceil(concurrency ÷ largest batch); cards = replicas × cards per replica', () => {
    const r = serve({ concurrency: 1000 })
    expect(r.replicas).toBe(Math.ceil(1000 / r.maxBatchPerReplica))
    expect(r.batchPerReplica).toBe(Math.ceil(1000 / r.replicas))
    expect(r.accelerators).toBe(r.replicas * r.acceleratorsPerReplica)
    expect(r.concurrencyWholePlan).toBe(1000)
  })

  it('the largest batch is what fits beside the weights, capped by the scheduler', () => {
    const r = serve({})
    const m = r.memoryPerAccelerator
    const perSequence = (r.kvCacheBytesPerTokenPerAccelerator * 4096) / 1e9
    const maxSequences = r.assumptions.find((a) => a.id === 'maxSequencesPerReplica')!.value
    const fits = Math.floor((m.usableGB - m.weightsGB - m.activationsGB) / perSequence + 1e-9)
    expect(r.maxBatchPerReplica).toBe(Math.min(maxSequences, fits))
  })

  it('twice the concurrency never needs fewer cards', () => {
    expect(serve({ concurrency: 512 }).accelerators).toBeGreaterThanOrEqual(
      serve({ concurrency: 256 }).accelerators
    )
  })

  it('a longer context holds fewer sequences per replica', () => {
    expect(serve({ contextTokens: 32_768 }).maxBatchPerReplica).toBeLessThan(
      serve({ contextTokens: 4096 }).maxBatchPerReplica
    )
    expect(step(serve({}), 'batchPerReplica')).toBe(serve({}).batchPerReplica)
  })
})
