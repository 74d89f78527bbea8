/**
 * core/workloads/inferenceSplit.ts on a made-up 8B GQA model and card with round figures, so
 * each number is worked by hand from the formulas in the module. The choice of split for real
 * models is in inference-split-rule.test.ts.
 */
import { describe, expect, it } from 'vitest'
import {
  largestBatchMeetingTpot,
  pipelineCommMs,
  splitCapacity,
  splitTiming,
  tensorCommMs,
  tensorDegrees,
  type SplitHardware,
  type SplitModel,
  type SplitWorkload
} from '../../../../src/shared/core/workloads/inferenceSplit'

const model: SplitModel = {
  params: 8e9,
  activeParams: 8e9,
  layers: 32,
  hiddenSize: 4096,
  ffnSize: 14336,
  attentionHeads: 32,
  kvHeads: 8,
  headDim: 128,
  mlaDims: 0,
  kvBytesPerElement: 2,
  kvReadFactor: 1,
  activationBytesPerElement: 2,
  weightsGB: 16,
  embeddingTableGB: 0,
  sixteenBitHeadGB: 0,
  prefillFlopsPerToken: 16e9,
  decodeLinearFlopsPerToken: 16e9
}
const hw: SplitHardware = {
  usableMemoryPerAcceleratorGB: 80,
  memoryBandwidthGBs: 2000,
  decodeBandwidthEfficiency: 0.5,
  weightReadEfficiency: 1,
  decodeLayerOverheadUs: 0,
  computeFlopsPerSecond: 400e12,
  scaleUpAccelerators: 8,
  scaleUpBandwidthGBs: 400,
  scaleUpLatencyUs: 5,
  scaleOutBandwidthGBs: 50,
  scaleOutLatencyUs: 10,
  collectiveHopLatencyUs: 1
}
const work: SplitWorkload = {
  contextTokens: 4096,
  promptTokens: 1024,
  decodeContextTokens: 4096,
  prefillTokensInFlight: 2048,
  activationTensorsLive: 4,
  maxSequencesPerReplica: 1000
}

describe('splitCapacity', () => {
  it('TP2: KV heads split, weights halved, the KV capacity sets the batch', () => {
    const c = splitCapacity(model, hw, work, 2, 1)
    expect(c.kvHeadsPerCard).toBe(4) // ceil(8 / 2)
    // 2 (K and V) × 32 layers × 4 heads × 128 dims × 2 bytes = 65,536 B per token per card
    expect(c.kvBytesPerTokenPerCard).toBe(65_536)
    expect(c.weightsPerCardGB).toBe(8)
    // 2048 tokens × (4096 + 14336 / 2) × 4 tensors × 2 B = 0.184549376 GB
    expect(c.activationsPerCardGB).toBeCloseTo(0.184549376, 12)
    // 65,536 B × 4096 tokens = 0.268435456 GB per sequence
    expect(c.kvPerSequencePerCardGB).toBeCloseTo(0.268435456, 12)
    // (80 − 8 − 0.1845) ÷ 0.2684 = 267.5 → 267 sequences
    expect(c.maxBatch).toBe(267)
  })

  it('the scheduler’s limit caps the batch; no room gives 0, never a negative batch', () => {
    expect(splitCapacity(model, hw, { ...work, maxSequencesPerReplica: 256 }, 2, 1).maxBatch).toBe(
      256
    )
    const tiny = { ...hw, usableMemoryPerAcceleratorGB: 10 }
    expect(splitCapacity(model, tiny, work, 1, 1).maxBatch).toBe(0)
  })

  it('beyond the KV-head count each rank keeps one whole head (replicated)', () => {
    expect(splitCapacity(model, hw, work, 16, 1).kvHeadsPerCard).toBe(1)
  })

  it('pipeline stages each hold their own layers: ceil(32 / 3) = 11', () => {
    const c = splitCapacity(model, hw, work, 1, 3)
    expect(c.layersPerStage).toBe(11)
    expect(c.kvBytesPerTokenPerCard).toBe(2 * 11 * 8 * 128 * 2)
  })

  it('MLA: the latent is replicated on every rank (tensor does not split it)', () => {
    const mla = { ...model, mlaDims: 576 }
    const one = splitCapacity(mla, hw, work, 1, 1)
    const eight = splitCapacity(mla, hw, work, 8, 1)
    expect(one.kvBytesPerTokenPerCard).toBe(32 * 576 * 2)
    expect(eight.kvBytesPerTokenPerCard).toBe(one.kvBytesPerTokenPerCard)
  })

  it('links: inside the scale-up domain its fabric, beyond it the scale-out network', () => {
    const inside = splitCapacity(model, hw, work, 8, 1)
    expect([inside.tensorBandwidthGBs, inside.tensorLatencyUs]).toEqual([400, 5])
    const across = splitCapacity(model, hw, work, 16, 1)
    expect([across.tensorBandwidthGBs, across.tensorLatencyUs]).toEqual([50, 10])
    // TP8 × PP2 = 16 cards: tensor inside a server, the pipeline hop between servers.
    const both = splitCapacity(model, hw, work, 8, 2)
    expect(both.tensorBandwidthGBs).toBe(400)
    expect([both.pipelineBandwidthGBs, both.pipelineLatencyUs]).toEqual([50, 10])
  })
})

describe('communication', () => {
  it('tensor: 2 all-reduces per layer; each (latency + 2(n−1) hops) + 2(n−1)/n × bytes ÷ bandwidth', () => {
    const c = splitCapacity(model, hw, work, 2, 1)
    // One token: 4096 × 2 B = 8192 B. (5 + 2 × 1 × 1) µs = 0.007 ms; 1 × 8192 ÷ 400e9 s =
    // 2.048e-5 ms. × 2 × 32 layers = 0.44931072 ms.
    expect(tensorCommMs(model, c, 1, 1)).toBeCloseTo(0.44931072, 12)
    expect(tensorCommMs(model, splitCapacity(model, hw, work, 1, 1), 1, 1)).toBe(0)
  })

  it('pipeline: one hand-over per stage boundary', () => {
    const c = splitCapacity(model, hw, work, 1, 2)
    // 0.005 ms + 8192 ÷ 400e9 s = 0.00502048 ms
    expect(pipelineCommMs(model, c, 1)).toBeCloseTo(0.00502048, 12)
    expect(pipelineCommMs(model, splitCapacity(model, hw, work, 1, 1), 1)).toBe(0)
  })
})

describe('splitTiming', () => {
  const one = splitCapacity(model, hw, work, 1, 1)

  it('TTFT: prompt FLOPs ÷ the tensor group’s compute', () => {
    // 1024 × 16e9 ÷ 400e12 = 40.96 ms
    expect(splitTiming(model, hw, work, one, 1).timeToFirstTokenMs).toBeCloseTo(40.96, 9)
  })

  it('TPOT: weights plus the batch’s cache, read at the effective bandwidth', () => {
    // KV per sequence: 131,072 B × 4096 = 0.536870912 GB. (16 + 0.5369 b) GB ÷ 1000 GB/s.
    const t1 = splitTiming(model, hw, work, one, 1)
    expect(t1.decodeMemoryMs).toBeCloseTo(16.536870912, 9)
    expect(t1.decodeComputeMs).toBeCloseTo(0.04, 12) // 16e9 ÷ 400e12
    expect(t1.timePerOutputTokenMs).toBeCloseTo(16.536870912, 9)
    expect(splitTiming(model, hw, work, one, 10).decodeMemoryMs).toBeCloseTo(16 + 5.36870912, 9)
  })

  it('the per-layer overhead adds layers × µs', () => {
    const slow = { ...hw, decodeLayerOverheadUs: 100 }
    const base = splitTiming(model, hw, work, one, 1).timePerOutputTokenMs
    expect(splitTiming(model, slow, work, one, 1).timePerOutputTokenMs).toBeCloseTo(base + 3.2, 9)
  })

  it('MoE: a small batch reads only the experts it touches', () => {
    // active 1e9 of 8e9: a batch of 2 reads 16 × 2/8 = 4 GB of weights.
    const moe = { ...model, activeParams: 1e9 }
    const t = splitTiming(moe, hw, work, one, 2)
    expect(t.decodeMemoryMs).toBeCloseTo(4 + 2 * 0.536870912, 9)
  })

  it('the embedding table is never read; a 16-bit head is read without the dequantisation penalty', () => {
    const quantised = { ...model, embeddingTableGB: 1, sixteenBitHeadGB: 1 }
    const slowDequant = { ...hw, weightReadEfficiency: 0.5 }
    // ((16 − 1) − 1) ÷ 0.5 + 1 + 0.5369 = 29.5369 GB at 1000 GB/s.
    expect(splitTiming(quantised, slowDequant, work, one, 1).decodeMemoryMs).toBeCloseTo(
      29.536870912,
      9
    )
  })
})

describe('largestBatchMeetingTpot', () => {
  const one = splitCapacity(model, hw, work, 1, 1)

  it('the largest batch whose TPOT meets the target', () => {
    // TPOT = 16 + 0.536870912 b ms ≤ 50 → b ≤ 63.3 → 63.
    expect(largestBatchMeetingTpot(model, hw, work, one, 256, 50)).toBe(63)
    const at = splitTiming(model, hw, work, one, 63).timePerOutputTokenMs
    const over = splitTiming(model, hw, work, one, 64).timePerOutputTokenMs
    expect(at).toBeLessThanOrEqual(50)
    expect(over).toBeGreaterThan(50)
  })

  it('no target: the limit; a target the limit meets: the limit; no room: 0', () => {
    expect(largestBatchMeetingTpot(model, hw, work, one, 40, undefined)).toBe(40)
    expect(largestBatchMeetingTpot(model, hw, work, one, 40, 1000)).toBe(40)
    expect(largestBatchMeetingTpot(model, hw, work, one, 0, 50)).toBe(0)
    // Even one sequence misses a 10 ms target (16.5 ms): 0.
    expect(largestBatchMeetingTpot(model, hw, work, one, 40, 10)).toBe(0)
  })
})

describe('tensorDegrees', () => {
  it('powers of two that split the heads; KV heads split or each rank holds whole ones', () => {
    expect(tensorDegrees(model, 16)).toEqual([1, 2, 4, 8, 16])
    expect(tensorDegrees(model, 12)).toEqual([1, 2, 4, 8])
    // 24 heads, 6 KV heads: 4 splits the heads but neither divides nor is divided by 6.
    expect(tensorDegrees({ ...model, attentionHeads: 24, kvHeads: 6 }, 8)).toEqual([1, 2])
  })

  it('MLA ignores KV heads', () => {
    expect(tensorDegrees({ ...model, attentionHeads: 128, kvHeads: 3, mlaDims: 576 }, 8)).toEqual([
      1, 2, 4, 8
    ])
  })
})
