/**
 * Training parallelism costs (issue 16): tensor-parallel all-reduces, pipeline sends and
 * bubble, data-parallel gradient all-reduce, each checked by hand against its formula
 * (docs/methodology.md § Parallelism costs), and the properties a planner relies on.
 */
import { describe, expect, it } from 'vitest'
import type { LlmTrainingResult, WorkloadEstimate } from '../../../src/shared/core'
import { estimate, only } from './helpers'

const MODEL = {
  name: 'GPT 10B',
  params: 10e9,
  layers: 40,
  hiddenSize: 5120,
  attentionHeads: 40,
  maxContext: 2048
}
const BASE = {
  id: 'w',
  kind: 'llm-training',
  accelerator: 'nvidia-a100-sxm4-80gb',
  model: MODEL,
  tokens: 1e11,
  accelerators: 256,
  sequenceLength: 2048,
  microBatchSize: 1,
  globalBatchSize: 512,
  recompute: 'selective',
  parallelism: { tensor: 8, pipeline: 4 },
  assumptions: { mfu: 0.5 }
}

const estimateOne = (workload: Record<string, unknown>): WorkloadEstimate =>
  only(estimate([{ ...BASE, ...workload }]))
const step = (w: WorkloadEstimate, id: string): number => {
  // A formula step, or an assumption (assumptions are listed beside the steps).
  const found =
    stepsOf(w).find((s) => s.id === id) ??
    (w.result as unknown as { assumptions: { id: string; value: number }[] }).assumptions.find(
      (a) => a.id === id
    )
  if (!found) throw new Error(`no step ${id}`)
  return found.value
}
const stepsOf = (w: WorkloadEstimate) =>
  (w.result as unknown as { steps: { id: string; value: number }[] }).steps
const result = (w: WorkloadEstimate) => w.result as unknown as LlmTrainingResult

describe('training parallelism costs, by formula', () => {
  const w = estimateOne({})

  it('splits the global batch into micro-batches per pipeline', () => {
    // 256 cards ÷ (8 × 4) = 8 replicas; 512 sequences ÷ (1 × 8) = 64 micro-batches.
    expect(step(w, 'dataParallel')).toBe(8)
    expect(step(w, 'microBatchesPerPipeline')).toBe(64)
  })

  it('pipeline bubble is (p − 1) / (m + p − 1)', () => {
    expect(step(w, 'pipelineBubbleFraction')).toBeCloseTo(3 / 67, 12)
    expect(result(w).communication?.pipelineBubbleFraction).toBeCloseTo(3 / 67, 12)
  })

  it('tensor parallelism: 4 ring all-reduces per layer on the NVSwitch link (600 GB/s ÷ 2)', () => {
    expect(step(w, 'tensorParallelBandwidthGBs')).toBe(300)
    // base latency + 2 (t − 1) ring steps × hop latency
    const latency =
      (step(w, 'fabricCollectiveLatencyUs') + 2 * 7 * step(w, 'collectiveHopLatencyUs')) / 1e6
    const bytes = 2048 * 5120 * 2
    const expected = 4 * 10 * (latency + ((2 * 7) / 8) * (bytes / 300e9))
    expect(step(w, 'tensorParallelSecondsPerMicroBatch')).toBeCloseTo(expected, 12)
  })

  it('full recomputation repeats the forward all-reduces: 6 per layer', () => {
    const full = estimateOne({ recompute: 'full' })
    expect(step(full, 'tensorParallelAllReducesPerLayer')).toBe(6)
    expect(step(full, 'tensorParallelSecondsPerMicroBatch')).toBeCloseTo(
      (step(w, 'tensorParallelSecondsPerMicroBatch') * 6) / 4,
      12
    )
  })

  it('pipeline sends cross servers (32 cards > the 8-card domain) with 1/t of the activations', () => {
    expect(step(w, 'pipelineBandwidthGBs')).toBe(step(w, 'scaleOutBandwidthGBs'))
    const latency = step(w, 'hostCollectiveLatencyUs') / 1e6
    const bandwidth = step(w, 'scaleOutBandwidthGBs') * 1e9
    const expected = 2 * (latency + (2048 * 5120 * 2) / 8 / bandwidth)
    expect(step(w, 'pipelineCommSecondsPerMicroBatch')).toBeCloseTo(expected, 12)
  })

  it('data parallelism: ring all-reduce of the gradients, the overlapped share hidden', () => {
    const gradientBytes = (10e9 / 32) * 2
    expect(step(w, 'gradientBytesPerAccelerator')).toBeCloseTo(gradientBytes, 3)
    const latency =
      (step(w, 'hostCollectiveLatencyUs') + 2 * 7 * step(w, 'collectiveHopLatencyUs')) / 1e6
    const bandwidth = step(w, 'scaleOutBandwidthGBs') * 1e9
    const allReduce = latency + ((2 * 7) / 8) * (gradientBytes / bandwidth)
    expect(step(w, 'dataParallelAllReduceSeconds')).toBeCloseTo(allReduce, 12)
    const overlap = step(w, 'dataParallelOverlap')
    expect(step(w, 'dataParallelExposedSeconds')).toBeCloseTo(allReduce * (1 - overlap), 12)
  })

  it('step time and efficiency: (m + p − 1) micro-batch slots plus the exposed all-reduce', () => {
    const m = 64
    const microBatch =
      step(w, 'computeSecondsPerMicroBatch') +
      step(w, 'tensorParallelSecondsPerMicroBatch') +
      step(w, 'pipelineCommSecondsPerMicroBatch')
    const stepSeconds = (m + 3) * microBatch + step(w, 'dataParallelExposedSeconds')
    expect(step(w, 'stepSeconds')).toBeCloseTo(stepSeconds, 9)
    const efficiency = (m * step(w, 'computeSecondsPerMicroBatch')) / stepSeconds
    expect(step(w, 'parallelEfficiency')).toBeCloseTo(efficiency, 12)
    expect(step(w, 'effectiveTflopsPerAccelerator')).toBeCloseTo(
      step(w, 'computeTflopsPerAccelerator') * efficiency,
      9
    )
  })

  it('compute per micro-batch is 6 N × tokens ÷ model-parallel cards at the MFU speed', () => {
    const computeTflops = (312 * 0.5 * step(w, 'modelFlopsShare')) / step(w, 'mfuLayoutEfficiency')
    expect(step(w, 'computeTflopsPerAccelerator')).toBeCloseTo(computeTflops, 9)
    expect(step(w, 'computeSecondsPerMicroBatch')).toBeCloseTo(
      (6 * 10e9 * 2048) / 32 / (computeTflops * 1e12),
      12
    )
  })

  it('no stated layout: no communication steps, the MFU model alone (calibration unchanged)', () => {
    const plain = only(estimate([{ ...BASE, parallelism: undefined, globalBatchSize: undefined }]))
    expect(stepsOf(plain).some((s) => s.id === 'parallelEfficiency')).toBe(false)
    expect(result(plain).communication).toBeNull()
  })

  it('a measured throughput already includes communication: not modelled again', () => {
    const measured = estimateOne({
      assumptions: { tokensPerSecondPerAccelerator: 3000 }
    })
    expect(stepsOf(measured).some((s) => s.id === 'parallelEfficiency')).toBe(false)
  })

  it('without a global batch, the globalBatchTokens default sets it', () => {
    const d = estimateOne({ globalBatchSize: undefined })
    expect(step(d, 'globalBatchSequences')).toBe(Math.round(step(d, 'globalBatchTokens') / 2048))
  })

  it('tensor parallelism beyond the server uses the scale-out network and costs more', () => {
    const wide = estimateOne({ parallelism: { tensor: 16, pipeline: 2 } })
    expect(step(wide, 'tensorParallelBandwidthGBs')).toBe(step(wide, 'scaleOutBandwidthGBs'))
    expect(step(wide, 'parallelEfficiency')).toBeLessThan(step(w, 'parallelEfficiency'))
  })
})

describe('training parallelism costs, properties', () => {
  const days = (workload: Record<string, unknown>) => result(estimateOne(workload)).days

  it('more scale-out bandwidth is never slower', () => {
    const seq = [6.25, 12.5, 25, 50, 100, 400].map((bw) =>
      days({ assumptions: { mfu: 0.5, scaleOutBandwidthGBs: bw } })
    )
    for (let i = 1; i < seq.length; i++) expect(seq[i]).toBeLessThanOrEqual(seq[i - 1])
    expect(seq[seq.length - 1]).toBeLessThan(seq[0])
  })

  it('more scale-up bandwidth (catalog interconnectGBs) is never slower', () => {
    const card = (interconnectGBs: number) => ({
      vendor: 'NVIDIA',
      name: `A100-like ${interconnectGBs}`,
      architecture: 'ampere',
      formFactorClass: 'sxm',
      bf16Tflops: 312,
      memoryGB: 80,
      memoryBandwidthGBs: 2039,
      interconnectGBs
    })
    const runs = [100, 300, 600, 900, 1800].map((bw) =>
      estimateOne({ accelerator: card(bw), parallelism: { tensor: 8, pipeline: 1 } })
    )
    runs.forEach((r, i) =>
      expect(step(r, 'scaleUpBandwidthGBs')).toBe([100, 300, 600, 900, 1800][i] / 2)
    )
    const seq = runs.map((r) => result(r).days)
    for (let i = 1; i < seq.length; i++) expect(seq[i]).toBeLessThanOrEqual(seq[i - 1])
    expect(seq[seq.length - 1]).toBeLessThan(seq[0])
  })

  it('more micro-batches never make a bigger bubble', () => {
    let previous = Infinity
    for (const batch of [32, 64, 128, 256, 512, 1024, 4096]) {
      const bubble = step(estimateOne({ globalBatchSize: batch }), 'pipelineBubbleFraction')
      expect(bubble).toBeLessThanOrEqual(previous)
      previous = bubble
    }
    for (const pipeline of [2, 4, 8])
      for (let m = 1; m < 200; m += 7) {
        const b = (pipeline - 1) / (m + pipeline - 1)
        const next = (pipeline - 1) / (m + 1 + pipeline - 1)
        expect(next).toBeLessThanOrEqual(b)
      }
  })

  it('parallel efficiency stays in (0, 1] and the range holds the typical value', () => {
    for (const parallelism of [
      { tensor: 1, pipeline: 1 },
      { tensor: 2, pipeline: 1 },
      { tensor: 8, pipeline: 8 },
      { tensor: 4, pipeline: 16, data: 4 }
    ]) {
      const r = estimateOne({ parallelism })
      const e = step(r, 'parallelEfficiency')
      expect(e).toBeGreaterThan(0)
      expect(e).toBeLessThanOrEqual(1)
      const range = r.result.ranges.days
      expect(range.low).toBeLessThanOrEqual(range.typical)
      expect(range.high).toBeGreaterThanOrEqual(range.typical)
    }
  })

  it('a deadline with a layout sizes the cards with the communication included', () => {
    const r = estimateOne({ accelerators: undefined, targetDays: 30 })
    const res = result(r)
    expect(res.communication).not.toBeNull()
    expect(res.days).toBeLessThanOrEqual(30 * 1.0000001)
  })
})
