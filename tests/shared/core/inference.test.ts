/**
 * LLM inference: KV placement per card, the replica split search (tensor × pipeline ×
 * expert), memory as shipped (GiB), quantisation formats, framework presets and the
 * latency model. Hand-checked numbers are written out in the comments.
 */
import { describe, expect, it } from 'vitest'
import type { LlmInferenceResult, WorkloadEstimate } from '../../../src/shared/core'
import { estimate, only, run } from './helpers'

type Inference = LlmInferenceResult & {
  ranges: Record<string, { typical: number; low: number; high: number }>
  assumptions: { id: string; value: number; source: string }[]
  steps: { id: string; value: number }[]
  warnings: { key: string }[]
}

const infer = (workload: Record<string, unknown>, extra = {}) =>
  run<Inference>({ kind: 'llm-inference', ...workload }, extra)

const estimateOne = (workload: Record<string, unknown>): WorkloadEstimate =>
  only(estimate([{ id: 'w', kind: 'llm-inference', ...workload }]))

// Qwen2.5-72B: 80 layers, 64 heads, 8 KV heads, head dim 128, hidden 8192, FFN 29568.
const qwen72OnRtx4090 = {
  accelerator: 'nvidia-geforce-rtx-4090-24gb',
  model: 'qwen2.5-72b',
  weightPrecision: 'int8',
  kvPrecision: 'fp16',
  contextTokens: 4096,
  concurrency: 200
}

describe('issue 19: KV heads are replicated when tensor parallelism exceeds them', () => {
  it('whole-model KV for 200 × 4k sequences is 268.4 GB (2 × 80 × 8 × 128 × 2 = 327,680 B/token)', () => {
    const r = infer({ ...qwen72OnRtx4090, parallel: { pipeline: 1 } })
    expect(r.kvCacheBytesPerToken).toBe(327_680)
    // 327,680 × 4096 × 200 = 268,435,456,000 B = 268.4 GB
    expect((r.kvCacheBytesPerToken * 4096 * 200) / 1e9).toBeCloseTo(268.4, 1)
  })

  it('TP16 keeps one whole KV head per card: 33.6 GB of cache per card for 200 sequences > 24 GiB', () => {
    // At TP16 each card still holds ceil(8 / 16) = 1 KV head of all 80 layers:
    // 2 × 80 × 1 × 128 × 2 = 40,960 B/token; × 4096 × 200 = 33.55 GB (= 268.4 GB / 8) > 25.8 GB.
    const r = infer({
      ...qwen72OnRtx4090,
      parallel: { tensor: 16, pipeline: 1, multiNodeTensor: true }
    })
    expect(r.kvCacheBytesPerTokenPerAccelerator).toBe(40_960)
    expect((40_960 * 4096 * 200) / 1e9).toBeCloseTo(33.55, 2)
    // So one TP16 replica cannot hold the 200 sequences: usable 24 GiB × 0.95 − 0.5 = 23.98 GB,
    // weights 72.7 / 16 = 4.54 GB, activations 2048 × (8192 + 29568/16) × 2 × 2 B = 0.08 GB,
    // KV per sequence 40,960 × 4096 = 0.168 GB → floor(19.36 / 0.168) = 115 sequences.
    expect(r.maxBatchPerReplica).toBe(115)
    expect(r.replicas).toBe(2)
    expect(r.accelerators).toBe(32)
    expect(r.memoryPerAccelerator.totalGB).toBeLessThanOrEqual(r.memoryPerAccelerator.capacityGB)
  })

  it('tensor parallel only: the floor is 3 replicas of TP8 (24 cards)', () => {
    // TP8: weights 72.7 / 8 = 9.09 GB, activations 2048 × (8192 + 3696) × 4 B = 0.10 GB,
    // free 23.98 − 9.09 − 0.10 = 14.79 GB, KV per sequence 0.168 GB → 88 sequences per
    // replica → ceil(200 / 88) = 3 replicas × 8 = 24 cards. TP4 would need 13 × 4 = 52.
    const r = infer({ ...qwen72OnRtx4090, parallel: { pipeline: 1 } })
    expect(r.split).toMatchObject({ tensor: 8, pipeline: 1 })
    expect(r.maxBatchPerReplica).toBe(88)
    expect(r.replicas).toBe(3)
    expect(r.batchPerReplica).toBe(67)
    expect(r.accelerators).toBe(24)
  })

  it('TP16 is refused on a PCIe server unless multi-node tensor parallelism is allowed', () => {
    const result = estimate([
      { id: 'w', kind: 'llm-inference', ...qwen72OnRtx4090, parallel: { tensor: 16 } }
    ])
    expect(result.ok).toBe(false)
    expect(result.issues[0].path).toBe('workloads[0].parallel.tensor')
    expect(result.issues[0].messageKey).toBe('core.validation.tensorBeyondScaleUp')
    expect(result.issues[0].message).toContain('8-card')
  })

  it('auto split (pipeline allowed) fits per card and never needs more than the TP-only floor', () => {
    const r = infer(qwen72OnRtx4090)
    expect(r.split.tensor).toBeLessThanOrEqual(8) // stays inside the 8-card PCIe server
    expect(r.accelerators).toBeLessThanOrEqual(24)
    expect(r.memoryPerAccelerator.totalGB).toBeLessThanOrEqual(r.memoryPerAccelerator.capacityGB)
    expect(r.memoryPerAccelerator.totalGB - r.memoryPerAccelerator.overheadGB).toBeLessThanOrEqual(
      r.memoryPerAccelerator.usableGB + 1e-9
    )
    expect(r.batchPerReplica * r.replicas).toBeGreaterThanOrEqual(200)
  })

  it('MLA latent is replicated on every tensor-parallel rank (DeepSeek-V3: 61 × (512 + 64) × 1 B)', () => {
    const tp = (tensor: number) =>
      infer({
        accelerator: 'nvidia-h200-sxm-141gb',
        model: 'deepseek-v3',
        weightPrecision: 'fp8',
        kvPrecision: 'fp8',
        contextTokens: 8192,
        concurrency: 8,
        parallel: { tensor, pipeline: 1 }
      })
    // 61 layers × 576 dims × 1 byte = 35,136 B/token, the same on every rank.
    expect(tp(8).kvCacheBytesPerTokenPerAccelerator).toBe(35_136)
    expect(tp(8).kvCacheBytesPerToken).toBe(35_136)
  })
})

describe('issue 16: memory as shipped (GiB) and the seed 4-bit LLaMA table', () => {
  const int4 = (model: string, accelerator: unknown) => ({
    accelerator,
    model,
    weightPrecision: 'int4',
    kvPrecision: 'fp16',
    contextTokens: 2048,
    concurrency: 1
  })

  it('LLaMA-65B 4-bit at 2k context fits ONE A100-40GB (40 GiB = 42.9 GB as shipped)', () => {
    const r = infer(int4('llama-65b', 'nvidia-a100-sxm4-40gb'))
    expect(r.memoryPerAccelerator.capacityAsShipped).toBe(40)
    expect(r.memoryPerAccelerator.capacityUnit).toBe('GiB')
    expect(r.memoryPerAccelerator.capacityGB).toBeCloseTo(42.95, 2)
    expect(r.acceleratorsPerReplica).toBe(1)
    expect(r.accelerators).toBe(1)
  })

  it('a card recorded in decimal GB is taken at its word', () => {
    const card = {
      vendor: 'X',
      name: 'Decimal card',
      memoryGB: 40,
      memoryUnit: 'GB',
      memoryBandwidthGBs: 1555,
      fp16Tflops: 312
    }
    const r = infer(int4('llama-7b', card))
    expect(r.memoryPerAccelerator.capacityGB).toBe(40)
  })

  const card = (gib: number) => ({
    vendor: 'Seed',
    name: `${gib} GiB card`,
    memoryGB: gib,
    memoryBandwidthGBs: 900,
    fp16Tflops: 100
  })
  // Seed table: minimum VRAM 6 / 10 / 20 / 40 GB for LLaMA 7B / 13B / 30B / 65B at 4 bits.
  it.each([
    ['llama-7b', 6, 4],
    ['llama-13b', 10, 8],
    ['llama-33b', 20, 16],
    ['llama-65b', 40, 32]
  ])('%s: one %i GiB card is within the range, one %i GiB card is not', (model, min, smaller) => {
    const fits = estimateOne(int4(model, card(min))).result.ranges.accelerators
    expect(fits.low).toBe(1)
    const tooSmall = estimateOne(int4(model, card(smaller))).result.ranges.accelerators
    expect(tooSmall.low).toBeGreaterThanOrEqual(2)
  })

  it('memory has a range, and the range holds the typical value', () => {
    const r = estimateOne(int4('llama-13b', 'nvidia-a100-sxm4-80gb')).result
    for (const key of ['totalGB', 'memoryPerAcceleratorGB']) {
      const range = r.ranges[key]
      expect(range.low).toBeLessThan(range.high)
      expect(range.low).toBeLessThanOrEqual(range.typical)
      expect(range.high).toBeGreaterThanOrEqual(range.typical)
    }
  })
})

describe('issue 14: the inference knobs', () => {
  const base = {
    accelerator: 'nvidia-h100-sxm5-80gb',
    model: 'llama-3.1-70b',
    weightPrecision: 'bf16',
    kvPrecision: 'fp16',
    contextTokens: 4096,
    concurrency: 16
  }

  it('a model larger than one server spans servers by pipeline, not tensor, parallelism', () => {
    // Llama-3.1-405B bf16: 811.7 GB of weights > 8 × 80 GiB → TP8 × PP2 at least.
    const r = infer({ ...base, model: 'llama-3.1-405b' })
    expect(r.split.tensor).toBeLessThanOrEqual(8)
    expect(r.split.pipeline).toBeGreaterThanOrEqual(2)
    expect(r.scaleUp).toMatchObject({ fabric: 'nvswitch', accelerators: 8 })
  })

  it('PCIe cards pay PCIe bandwidth; NVLink cards use half their interconnect figure', () => {
    const stepValue = (r: Inference, id: string) => r.steps.find((s) => s.id === id)?.value
    const pcie = infer({ ...qwen72OnRtx4090, parallel: { tensor: 8, pipeline: 1 } })
    expect(stepValue(pcie, 'scaleUpBandwidthGBs')).toBe(25)
    const nvlink = infer({ ...base, parallel: { tensor: 8, pipeline: 1 } })
    expect(stepValue(nvlink, 'scaleUpBandwidthGBs')).toBe(450)
    // Communication makes TPOT longer than the memory time alone, more so over PCIe.
    const comm = (r: Inference) => stepValue(r, 'decodeCommMs') ?? 0
    expect(comm(pcie)).toBeGreaterThan(0)
    expect(comm(pcie)).toBeGreaterThan(comm(nvlink))
  })

  it('forced split is used as given; TP1 is refused when the model cannot fit one card', () => {
    const r = infer({ ...base, parallel: { tensor: 4, pipeline: 2 } })
    expect(r.split).toMatchObject({ tensor: 4, pipeline: 2, chosen: 'given' })
    expect(r.acceleratorsPerReplica).toBe(8)
    const result = estimate([
      { id: 'w', kind: 'llm-inference', ...base, parallel: { tensor: 1, pipeline: 1 } }
    ])
    expect(result.ok).toBe(false)
    expect(result.issues[0].messageKey).toBe('core.validation.modelDoesNotFit')
  })

  it('fp8 and int8 KV halve the cache per token and raise the batch a replica holds', () => {
    const fp16 = infer({ ...base, parallel: { tensor: 2, pipeline: 1 } })
    const fp8 = infer({ ...base, kvPrecision: 'fp8', parallel: { tensor: 2, pipeline: 1 } })
    const int8 = infer({ ...base, kvPrecision: 'int8', parallel: { tensor: 2, pipeline: 1 } })
    expect(fp8.kvCacheBytesPerToken).toBe(fp16.kvCacheBytesPerToken / 2)
    expect(int8.kvCacheBytesPerToken).toBe(fp16.kvCacheBytesPerToken / 2)
    expect(fp8.maxBatchPerReplica).toBeGreaterThan(fp16.maxBatchPerReplica)
  })

  it("with a request rate and no concurrency, the whole-plan concurrency follows Little's law", () => {
    const target = {
      requestsPerSecond: 20,
      inputTokens: 1000,
      outputTokens: 250,
      maxTimeToFirstTokenMs: 2000,
      maxTimePerOutputTokenMs: 50
    }
    const r = infer({ ...base, concurrency: undefined, target })
    const inFlightSeconds = (r.timeToFirstTokenMs + 250 * r.timePerOutputTokenMs) / 1000
    expect(r.concurrencyWholePlan).toBeCloseTo(20 * inFlightSeconds, 9)
    expect(r.timePerOutputTokenMs).toBeLessThanOrEqual(50)
    expect(r.meetsLatencyTargets).toBe(true)
    expect(r.batchPerReplica).toBeLessThanOrEqual(r.maxBatchPerReplica)
    expect(r.requestsPerSecondPerReplica! * r.replicas).toBeGreaterThanOrEqual(20)
  })

  it('a tighter TPOT target gives smaller batches and more replicas', () => {
    const at = (tpot: number) =>
      infer({
        ...base,
        concurrency: undefined,
        target: {
          requestsPerSecond: 20,
          inputTokens: 1000,
          outputTokens: 250,
          maxTimePerOutputTokenMs: tpot
        }
      })
    const loose = at(80)
    const tight = at(25)
    expect(tight.accelerators).toBeGreaterThanOrEqual(loose.accelerators)
    expect(tight.timePerOutputTokenMs).toBeLessThanOrEqual(25)
    // Batches compare on one split (the search may pick a wider split for the tight target,
    // whose larger KV room holds a larger batch than the loose target's memory-bound one).
    const onTp8 = (tpot: number) =>
      infer({
        ...base,
        concurrency: undefined,
        parallel: { tensor: 8, pipeline: 1 },
        target: {
          requestsPerSecond: 20,
          inputTokens: 1000,
          outputTokens: 250,
          maxTimePerOutputTokenMs: tpot
        }
      })
    expect(onTp8(25).batchPerReplica).toBeLessThan(onTp8(80).batchPerReplica)
    expect(onTp8(25).replicas).toBeGreaterThanOrEqual(onTp8(80).replicas)
  })

  it('expert parallel for MoE defaults to the tensor-parallel group and is checked', () => {
    const moe = { ...base, model: 'mixtral-8x7b', concurrency: 8 }
    const r = infer({ ...moe, parallel: { tensor: 2, pipeline: 1 } })
    expect(r.split.expert).toBe(2)
    expect(infer({ ...moe, parallel: { tensor: 2, pipeline: 1, expert: 1 } }).split.expert).toBe(1)
    const bad = estimate([
      { id: 'w', kind: 'llm-inference', ...moe, parallel: { tensor: 2, pipeline: 1, expert: 3 } }
    ])
    expect(bad.issues[0].path).toBe('workloads[0].parallel.expert')
    expect(infer({ ...base, model: 'llama-3.1-8b' }).split.expert).toBe(1)
    // A dense model has no experts to spread: a forced degree above 1 is refused, not ignored.
    const dense = estimate([
      { id: 'w', kind: 'llm-inference', ...base, parallel: { tensor: 2, pipeline: 1, expert: 2 } }
    ])
    expect(dense.issues[0].path).toBe('workloads[0].parallel.expert')
  })

  it('the result says per replica and whole plan apart', () => {
    const r = infer({ ...qwen72OnRtx4090, parallel: { pipeline: 1 } })
    expect(r.outputTokensPerSecondWholePlan).toBeCloseTo(r.outputTokensPerSecond * r.replicas, 9)
    expect(r.accelerators).toBe(r.acceleratorsPerReplica * r.replicas)
    expect(r.concurrencyWholePlan).toBe(200)
  })
})

describe('issue 16: quantisation formats, decode efficiency by memory type, framework presets', () => {
  const seven = {
    accelerator: 'nvidia-a100-sxm4-80gb',
    model: 'llama-2-7b',
    contextTokens: 2048,
    concurrency: 1
  }

  // Llama-2-7B: 32,000 × 4,096 embedding and an untied LM head of the same size.
  const sevenEmbedAndHead = 2 * 32_000 * 4096
  it.each([
    ['gguf-q4_k_m', 'int4', 4.84 / 8, 0],
    ['gguf-q5_k_m', 'int4', 5.68 / 8, 0],
    ['gguf-q8_0', 'int8', 8.5 / 8, 0],
    ['int8-weight-only', 'int8', 1, sevenEmbedAndHead],
    ['w8a8-int8', 'int8', 1, sevenEmbedAndHead],
    ['fp8', 'fp8', 1, sevenEmbedAndHead]
  ])(
    '%s stores %s weights at the published bytes per weight, its 16-bit tensors at 2',
    (quantization, precision, bytes, sixteenBit) => {
      const r = infer({ ...seven, weightPrecision: precision, quantization })
      const expected = ((6.74e9 - sixteenBit) * bytes + sixteenBit * 2) / 1e9
      expect(r.memory.weightsGB).toBeCloseTo(expected, 9)
    }
  )

  it('a plain precision (no format named) counts every weight at its width: params × bytes', () => {
    expect(infer({ ...seven, weightPrecision: 'fp8' }).memory.weightsGB).toBeCloseTo(6.74, 9)
    expect(infer({ ...seven, weightPrecision: 'int8' }).memory.weightsGB).toBeCloseTo(6.74, 9)
  })

  it('a tied embedding is one 16-bit matrix, an untied one two (Qwen2.5-3B ties, -7B does not)', () => {
    const awq = (model: string) =>
      infer({ ...seven, model, weightPrecision: 'int4', quantization: 'awq-int4' }).memory.weightsGB
    const bytes = (4 + 20 / 128) / 8
    expect(awq('qwen2.5-3b')).toBeCloseTo(
      ((3.09e9 - 151_936 * 2048) * bytes + 151_936 * 2048 * 2) / 1e9,
      9
    )
    const untied = 2 * 152_064 * 3584
    expect(awq('qwen2.5-7b')).toBeCloseTo(((7.61e9 - untied) * bytes + untied * 2) / 1e9, 9)
  })

  it('seed §2: per-channel GPTQ with fp16 embed_tokens and lm_head gives the 4-bit table in GiB (±2 %)', () => {
    // The seed's "4-bit model size" (3.5 / 6.5 / 15.8 / 31.2) is GPTQ-for-LLaMa files without
    // groups; a group as wide as the largest row (22,016) stands for per-channel scales.
    const table: [string, number][] = [
      ['llama-7b', 3.5],
      ['llama-13b', 6.5],
      ['llama-33b', 15.8],
      ['llama-65b', 31.2]
    ]
    for (const [model, gib] of table) {
      const r = infer({
        ...seven,
        model,
        weightPrecision: 'int4',
        quantization: 'gptq-int4',
        assumptions: { quantGroupSize: 22_016, quantZeroBits: 0 }
      })
      expect(Math.abs((r.memory.weightsGB * 1e9) / 2 ** 30 / gib - 1), model).toBeLessThanOrEqual(
        0.02
      )
    }
  })

  it('GPTQ/AWQ int4 follow the group size: (4 + (16 + 4) / group) / 8 bytes per weight', () => {
    const at = (group: number) =>
      infer({
        ...seven,
        weightPrecision: 'int4',
        quantization: 'awq-int4',
        assumptions: { quantGroupSize: group }
      }).memory.weightsGB
    const embedAndHead = 2 * 32_000 * 4096
    expect(at(128)).toBeCloseTo(
      ((6.74e9 - embedAndHead) * (4 + 20 / 128)) / 8 / 1e9 + (embedAndHead * 2) / 1e9,
      9
    )
    expect(at(32)).toBeGreaterThan(at(128))
  })

  it('W8A8 computes on INT8 units, weight-only INT8 in 16-bit: prefill is faster with W8A8', () => {
    const w8a8 = infer({ ...seven, weightPrecision: 'int8', quantization: 'w8a8-int8' })
    const weightOnly = infer({
      ...seven,
      weightPrecision: 'int8',
      quantization: 'int8-weight-only'
    })
    expect(w8a8.timeToFirstTokenMs).toBeLessThan(weightOnly.timeToFirstTokenMs)
  })

  it('W8A8 on 910B: prefill at the INT8 dense peak (640 TOPS), weight-only INT8 at FP16 (320); decode reads 1 byte per weight in both, weight-only dequantises as it reads', () => {
    // Hand check (910B catalog row: FP16 320 TFLOPS, INT8 640 TOPS dense; Qwen2.5-7B 7.61e9
    // params, 2 × 152,064 × 3,584 of them in the 16-bit embedding and head): both store
    // 8.70 GB of weights; the compute-bound prefill doubles its peak.
    const on910b = { accelerator: 'huawei-ascend-910b', model: 'qwen2.5-7b', contextTokens: 4096 }
    const w8a8 = estimateOne({ ...on910b, weightPrecision: 'int8', quantization: 'w8a8-int8' })
    const weightOnly = estimateOne({
      ...on910b,
      weightPrecision: 'int8',
      quantization: 'int8-weight-only'
    })
    const step = (e: WorkloadEstimate, id: string) => e.result.steps.find((s) => s.id === id)!
    expect(step(w8a8, 'peakTflops')).toMatchObject({ value: 640, unit: 'TOPS' })
    expect(step(w8a8, 'peakTflops').source).toContain('int8Tops')
    expect(step(weightOnly, 'peakTflops')).toMatchObject({ value: 320, unit: 'TFLOPS' })
    expect(step(weightOnly, 'peakTflops').source).toContain('fp16Tflops')
    const r8 = w8a8.result as unknown as Inference
    const rw = weightOnly.result as unknown as Inference
    const sixteenBit = 2 * 152_064 * 3584
    const expected = (7.61e9 + sixteenBit) / 1e9
    expect(r8.memory.weightsGB).toBeCloseTo(expected, 9)
    expect(rw.memory.weightsGB).toBeCloseTo(expected, 9)
    // Same bytes per step; weight-only kernels dequantise as they read and keep only
    // weightOnlyDecodeEfficiency of the bandwidth (0.85 for int8), so their decode is slower.
    const weightRead = (e: WorkloadEstimate) => step(e, 'weightReadEfficiency').value
    expect(weightRead(w8a8)).toBe(1)
    expect(weightRead(weightOnly)).toBeCloseTo(0.85, 9)
    expect(r8.timePerOutputTokenMs).toBeLessThan(rw.timePerOutputTokenMs)
    expect(r8.timeToFirstTokenMs).toBeLessThan(rw.timeToFirstTokenMs)
  })

  it('W8A8 on a card without an INT8 peak falls back in words, never silently', () => {
    const gaudi = estimateOne({
      accelerator: 'intel-gaudi2-hl-225h-96gb',
      model: 'qwen2.5-7b',
      contextTokens: 4096,
      weightPrecision: 'int8',
      quantization: 'w8a8-int8'
    })
    expect(gaudi.result.warnings).toContainEqual(
      expect.objectContaining({
        key: 'core.warnings.precisionFallback',
        params: expect.objectContaining({ requested: 'int8' })
      })
    )
  })

  it('a format that contradicts weightPrecision is refused, located', () => {
    const result = estimate([
      {
        id: 'w',
        kind: 'llm-inference',
        ...seven,
        weightPrecision: 'fp16',
        quantization: 'gptq-int4'
      }
    ])
    expect(result.ok).toBe(false)
    expect(result.issues[0].path).toBe('workloads[0].quantization')
  })

  it('decode efficiency depends on the memory type: HBM 0.8, GDDR 0.65, unified 0.55', () => {
    const efficiency = (accelerator: string) =>
      infer({ ...seven, accelerator, weightPrecision: 'int4' }).assumptions.find(
        (a) => a.id === 'decodeBandwidthEfficiency'
      )?.value
    expect(efficiency('nvidia-a100-sxm4-80gb')).toBe(0.8)
    expect(efficiency('nvidia-geforce-rtx-4090-24gb')).toBe(0.65)
    expect(efficiency('nvidia-jetson-agx-orin-64gb')).toBe(0.55)
  })

  it('a framework preset replaces the defaults, with its source; a planner override still wins', () => {
    const vllm = infer({ ...seven, weightPrecision: 'fp16', framework: 'vllm' })
    const fraction = vllm.assumptions.find((a) => a.id === 'usableMemoryFraction')
    expect(fraction?.value).toBe(0.9)
    expect(fraction?.source).toContain('vLLM preset')
    const llamaCpp = infer({ ...seven, weightPrecision: 'fp16', framework: 'llama.cpp' })
    expect(llamaCpp.decodeTokensPerSecondPerSequence).toBeLessThan(
      vllm.decodeTokensPerSecondPerSequence
    )
    const overridden = infer({
      ...seven,
      weightPrecision: 'fp16',
      framework: 'vllm',
      assumptions: { usableMemoryFraction: 0.8 }
    })
    expect(overridden.assumptions.find((a) => a.id === 'usableMemoryFraction')?.value).toBe(0.8)
  })
})

describe('properties', () => {
  it('every card of every replica fits, across models, cards and concurrency', () => {
    for (const accelerator of [
      'nvidia-geforce-rtx-4090-24gb',
      'nvidia-h100-sxm5-80gb',
      'huawei-ascend-910b',
      'nvidia-l40s-48gb'
    ]) {
      for (const model of ['llama-3.1-8b', 'qwen2.5-72b', 'mixtral-8x7b']) {
        for (const concurrency of [1, 64, 500]) {
          const r = infer({
            accelerator,
            model,
            weightPrecision: 'int8',
            contextTokens: 8192,
            concurrency
          })
          const card = r.memoryPerAccelerator
          expect(card.totalGB - card.overheadGB).toBeLessThanOrEqual(card.usableGB + 1e-9)
          expect(r.batchPerReplica).toBeLessThanOrEqual(r.maxBatchPerReplica)
          expect(r.batchPerReplica * r.replicas).toBeGreaterThanOrEqual(concurrency)
        }
      }
    }
  })

  it('more concurrency never needs fewer cards; longer context never holds more sequences', () => {
    let previous = 0
    for (const concurrency of [1, 10, 100, 400, 1000]) {
      const r = infer({ ...qwen72OnRtx4090, concurrency })
      expect(r.accelerators).toBeGreaterThanOrEqual(previous)
      previous = r.accelerators
    }
    const forced = { ...qwen72OnRtx4090, parallel: { tensor: 8, pipeline: 1 } }
    const batches = [1024, 4096, 16384].map(
      (contextTokens) => infer({ ...forced, contextTokens }).maxBatchPerReplica
    )
    expect(batches[1]).toBeLessThanOrEqual(batches[0])
    expect(batches[2]).toBeLessThanOrEqual(batches[1])
  })
})

describe('issue 16: decode reads at a batch (GQA re-reads, the embedding table, the 16-bit head)', () => {
  const seventy = {
    accelerator: 'nvidia-h100-sxm5-80gb',
    model: 'llama-2-70b',
    weightPrecision: 'fp16',
    contextTokens: 4096,
    concurrency: 64,
    parallel: { tensor: 4, pipeline: 1 }
  }
  const step = (workload: Record<string, unknown>, id: string) =>
    estimateOne(workload).result.steps.find((s) => s.id === id)!.value

  it('KV bytes read per cached byte: 1 + share × (heads ÷ KV heads − 1); 1 for MHA', () => {
    // Llama-2-70B: 64 query heads over 8 KV heads.
    expect(step({ ...seventy, assumptions: { kvGroupReadShare: 0 } }, 'kvReadFactor')).toBe(1)
    expect(step({ ...seventy, assumptions: { kvGroupReadShare: 1 } }, 'kvReadFactor')).toBe(8)
    expect(step({ ...seventy, assumptions: { kvGroupReadShare: 0.5 } }, 'kvReadFactor')).toBe(4.5)
    expect(step({ ...seventy, model: 'llama-2-7b' }, 'kvReadFactor')).toBe(1)
  })

  it('per-head KV re-reads slow a large batch down, and matter less at batch 1', () => {
    const tpot = (share: number, concurrency: number) =>
      infer({ ...seventy, concurrency, assumptions: { kvGroupReadShare: share } })
        .timePerOutputTokenMs
    const atBatch = tpot(1, 64) / tpot(0, 64)
    const atOne = tpot(1, 1) / tpot(0, 1)
    expect(atBatch).toBeGreaterThan(1.5)
    expect(atOne).toBeLessThan(atBatch)
  })

  it('a decode step does not stream the untied input embedding table; a tied one is read as the head', () => {
    const llama3 = { ...seventy, model: 'llama-3.1-8b', concurrency: 1, parallel: undefined }
    expect(step(llama3, 'embeddingTableGB')).toBeCloseTo((128_256 * 4096 * 2) / 1e9, 9)
    expect(step(llama3, 'weightsReadPerStepGB')).toBeCloseTo(
      step(llama3, 'weightsGB') - step(llama3, 'embeddingTableGB'),
      9
    )
    expect(step({ ...llama3, model: 'llama-3.2-1b' }, 'embeddingTableGB')).toBe(0)
  })

  it('the 16-bit LM head of an AWQ checkpoint is read at full efficiency, the 4-bit layers dequantised', () => {
    const awq = {
      accelerator: 'nvidia-a100-sxm4-80gb',
      model: 'qwen2.5-7b',
      weightPrecision: 'int4',
      quantization: 'awq-int4',
      contextTokens: 2049,
      concurrency: 1
    }
    const head = step(awq, 'sixteenBitHeadGB')
    expect(head).toBeCloseTo((152_064 * 3584 * 2) / 1e9, 9)
    const read = step(awq, 'weightsReadPerStepGB')
    const efficiency = step(awq, 'weightReadEfficiency')
    const decodeEfficiency = estimateOne(awq).result.assumptions.find(
      (a) => a.id === 'decodeBandwidthEfficiency'
    )!.value
    const bandwidth = step(awq, 'memoryBandwidthGBs') * decodeEfficiency
    const kv = step(awq, 'kvReadPerStepGB')
    expect(step(awq, 'decodeMemoryMs')).toBeCloseTo(
      (((read - head) / efficiency + head + kv) / bandwidth) * 1000,
      9
    )
  })
})
