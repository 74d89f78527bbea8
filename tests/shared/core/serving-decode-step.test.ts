/**
 * Issue 16, serving throughput: one decode step is the linear layers (weights streamed once
 * for the batch, or their FLOPs once the batch makes them compute-bound) followed by attention
 * over every sequence's cache, a separate bandwidth-bound kernel; prefill and large-batch
 * matrix multiplies reach a share of peak that depends on the compute precision (GPU 16-bit
 * 0.7, 8-bit 0.45 of the 8-bit peak); the TensorRT-LLM preset streams at 0.8 of peak with
 * 15 µs per layer. Sources: src/shared/core/assumptions.ts, frameworks.ts,
 * docs/methodology.md § Speed.
 */
import { describe, expect, it } from 'vitest'
import { estimate, only } from './helpers'

interface Step {
  id: string
  value: number
}
interface Result {
  steps: Step[]
  assumptions: { id: string; value: number }[]
  timePerOutputTokenMs: number
  prefillTokensPerSecond: number
}

function result(workload: Record<string, unknown>): Result {
  return only(estimate([{ id: 'w', kind: 'llm-inference', ...workload }]))
    .result as unknown as Result
}
const value = (r: Result, id: string) => {
  const s = r.steps.find((x) => x.id === id)
  if (s === undefined) throw new Error(`no step ${id}`)
  return s.value
}
const assumption = (r: Result, id: string) => {
  const a = r.assumptions.find((x) => x.id === id)
  if (a === undefined) throw new Error(`no assumption ${id}`)
  return a.value
}

const a100 = {
  accelerator: 'nvidia-a100-sxm4-80gb',
  model: 'llama-2-7b',
  weightPrecision: 'fp16',
  contextTokens: 256
}
const served = (batch: number) => ({
  ...a100,
  concurrency: batch,
  target: { requestsPerSecond: 0.001, inputTokens: 128, outputTokens: 128 }
})

describe('decode step: linear layers, then attention over the cache', () => {
  it('at a large batch the linear layers are compute-bound and the cache reads add on top', () => {
    // 256: the default scheduler cap (maxSequencesPerReplica).
    const r = result(served(256))
    const compute = value(r, 'decodeComputeMs')
    const weights = value(r, 'decodeWeightsMs')
    const kv = value(r, 'decodeKvMs')
    expect(compute).toBeGreaterThan(weights)
    // 256 sequences × 2 × 6.74 B FLOPs on one A100 (312 TFLOP/s fp16) at 0.7 of peak.
    expect(compute).toBeCloseTo(((256 * 2 * 6.74e9) / (312e12 * 0.7)) * 1000, 6)
    // Llama-2-7B fp16 cache: 2 × 32 layers × 4096 × 2 bytes per token, read at the average
    // position 128 + 64 for each of 256 sequences, at 0.8 × 2,039 GB/s.
    const kvBytes = 2 * 32 * 4096 * 2 * (128 + 64) * 256
    expect(kv).toBeCloseTo((kvBytes / 1e9 / (2039 * 0.8)) * 1000, 6)
    // The step: compute + cache + 32 layers × 50 µs (no framework preset), one card.
    expect(r.timePerOutputTokenMs).toBeCloseTo(compute + kv + (32 * 50) / 1000, 6)
    // A single roofline over all bytes (the former model) would have hidden the cache reads.
    expect(r.timePerOutputTokenMs).toBeGreaterThan(
      Math.max(weights + kv, compute) + (32 * 50) / 1000
    )
  })

  it('at batch 1 the step is every byte over the bandwidth, as before', () => {
    const r = result({ ...a100, concurrency: 1 })
    const memory = value(r, 'decodeMemoryMs')
    expect(memory).toBeCloseTo(value(r, 'decodeWeightsMs') + value(r, 'decodeKvMs'), 9)
    expect(value(r, 'decodeComputeMs')).toBeLessThan(value(r, 'decodeWeightsMs'))
    expect(r.timePerOutputTokenMs).toBeCloseTo(memory + (32 * 50) / 1000, 6)
  })

  it('the step time grows with the batch (no batch is faster per step than a smaller one)', () => {
    const tpots = [1, 8, 64, 128, 256].map((b) => result(served(b)).timePerOutputTokenMs)
    for (let i = 1; i < tpots.length; i++) expect(tpots[i]).toBeGreaterThan(tpots[i - 1])
  })
})

describe('prefill MFU by compute precision', () => {
  it('GPU 16-bit 0.7, GPU 8-bit 0.45 of its own peak, other accelerators 0.5', () => {
    expect(assumption(result({ ...a100, concurrency: 1 }), 'prefillMfu')).toBe(0.7)
    const h100Fp8 = result({
      accelerator: 'nvidia-h100-sxm5-80gb',
      model: 'llama-2-7b',
      weightPrecision: 'fp8',
      quantization: 'fp8',
      contextTokens: 2048,
      concurrency: 1
    })
    expect(assumption(h100Fp8, 'prefillMfu')).toBe(0.45)
    // Weight-only int4 computes in 16 bits: the 16-bit share applies.
    const int4 = result({
      ...a100,
      weightPrecision: 'int4',
      quantization: 'awq-int4',
      concurrency: 1
    })
    expect(assumption(int4, 'prefillMfu')).toBe(0.7)
    const npu = result({
      accelerator: 'huawei-ascend-910b',
      model: 'llama-2-7b',
      weightPrecision: 'fp16',
      contextTokens: 2048,
      concurrency: 1
    })
    expect(assumption(npu, 'prefillMfu')).toBe(0.5)
  })

  it('a 2,048-token prompt on one A100 at 0.7 of 312 TFLOP/s', () => {
    const r = result({ ...a100, contextTokens: 2048, concurrency: 1 })
    // FLOPs per prompt token: 2 × 6.74 B + 2 × 32 layers × 2,048 × 32 heads × 128.
    const flopsPerToken = 2 * 6.74e9 + 2 * 32 * 2048 * 32 * 128
    expect(r.prefillTokensPerSecond).toBeCloseTo((312e12 * 0.7) / flopsPerToken, 3)
  })
})

describe('TensorRT-LLM preset', () => {
  it('streams at 0.8 of peak bandwidth with 15 µs of fixed time per layer', () => {
    const r = result({ ...a100, framework: 'tensorrt-llm', concurrency: 1 })
    expect(assumption(r, 'decodeBandwidthEfficiency')).toBe(0.8)
    expect(assumption(r, 'decodeLayerOverheadUs')).toBe(15)
    const plain = result({ ...a100, concurrency: 1 })
    expect(r.timePerOutputTokenMs).toBeLessThan(plain.timePerOutputTokenMs)
  })
})
