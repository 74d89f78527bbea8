/** Physical properties the estimates must respect, checked across inputs and the catalog. */
import { describe, expect, it } from 'vitest'
import {
  defaultCatalog,
  estimatePlan,
  type LlmInferenceResult,
  type LlmTrainingResult
} from '../../../src/shared/core'
import { plan, run } from './helpers'

const train = (extra: Record<string, unknown>) =>
  run<LlmTrainingResult>({
    kind: 'llm-training',
    accelerator: 'nvidia-h100-sxm5-80gb',
    model: 'llama-3.1-8b',
    tokens: 1e12,
    accelerators: 256,
    ...extra
  })

const infer = (extra: Record<string, unknown>) =>
  run<LlmInferenceResult>({
    kind: 'llm-inference',
    accelerator: 'nvidia-h100-sxm5-80gb',
    model: 'llama-3.1-8b',
    weightPrecision: 'fp16',
    contextTokens: 4096,
    concurrency: 4,
    ...extra
  })

describe('training', () => {
  it('more tokens → more days', () => {
    const days = [1e11, 1e12, 5e12, 2e13].map((tokens) => train({ tokens }).days)
    for (let i = 1; i < days.length; i++) expect(days[i]).toBeGreaterThan(days[i - 1])
  })

  it('more accelerators → fewer days, never below the ideal (linear-scaling) time', () => {
    let previous = Infinity
    for (const accelerators of [8, 64, 512, 4096]) {
      const r = train({ accelerators })
      const ideal = r.totalFlops / (accelerators * 989.4e12 * r.achievedMfu) / 86_400
      expect(r.days).toBeLessThan(previous)
      expect(r.days).toBeGreaterThanOrEqual(ideal * (1 - 1e-12))
      previous = r.days
    }
  })

  it('a target duration gives enough accelerators to meet it', () => {
    for (const targetDays of [3, 30, 300]) {
      const r = train({ accelerators: undefined, targetDays })
      expect(r.days).toBeLessThanOrEqual(targetDays)
    }
  })

  it('ranges bracket the typical value', () => {
    const result = estimatePlan(
      plan([
        {
          id: 'w',
          kind: 'llm-training',
          accelerator: 'nvidia-a100-sxm4-80gb',
          model: 'llama-2-13b',
          tokens: 2e12,
          targetDays: 30
        }
      ])
    )
    const { days, accelerators } = result.workloads[0].result.ranges
    for (const range of [days, accelerators]) {
      expect(range.low).toBeLessThanOrEqual(range.typical)
      expect(range.high).toBeGreaterThanOrEqual(range.typical)
    }
    expect(accelerators.low).toBeLessThan(accelerators.high)
  })

  it('MoE training counts active parameters', () => {
    const moe = train({ model: 'mixtral-8x7b' })
    expect(moe.totalFlops).toBeCloseTo(6 * 12.9e9 * 1e12, -10)
  })
})

describe('inference memory', () => {
  it('int4 < int8 < fp16 < fp32 weights', () => {
    const w = ['int4', 'int8', 'fp16', 'fp32'].map(
      (p) => infer({ weightPrecision: p }).memory.weightsGB
    )
    for (let i = 1; i < w.length; i++) expect(w[i]).toBeGreaterThan(w[i - 1])
  })

  it('KV cache grows linearly with context and with concurrency', () => {
    const base = infer({ contextTokens: 2048, concurrency: 1 }).memory.kvCacheGB
    expect(infer({ contextTokens: 8192, concurrency: 1 }).memory.kvCacheGB).toBeCloseTo(
      4 * base,
      12
    )
    expect(infer({ contextTokens: 2048, concurrency: 16 }).memory.kvCacheGB).toBeCloseTo(
      16 * base,
      12
    )
  })

  it('GQA shrinks the KV cache by heads / kvHeads', () => {
    const arch = { params: 8e9, layers: 32, hiddenSize: 4096, attentionHeads: 32, ffnSize: 14336 }
    const mha = infer({ model: { ...arch, kvHeads: 32 } }).kvCacheBytesPerToken
    const gqa = infer({ model: { ...arch, kvHeads: 8 } }).kvCacheBytesPerToken
    const mqa = infer({ model: { ...arch, kvHeads: 1 } }).kvCacheBytesPerToken
    expect(mha / gqa).toBe(4)
    expect(mha / mqa).toBe(32)
  })

  it('MLA caches one latent per token (DeepSeek-V3: 61 × (512 + 64) × 2 bytes)', () => {
    expect(
      infer({ model: 'deepseek-v3', accelerator: 'nvidia-h200-sxm-141gb' }).kvCacheBytesPerToken
    ).toBe(61 * 576 * 2)
  })

  it('a model too big for one card is split across a power-of-two number of cards', () => {
    const r = infer({ model: 'llama-3.1-70b', accelerator: 'nvidia-a100-sxm4-40gb' })
    expect(r.acceleratorsPerReplica).toBe(4)
    expect(r.memory.totalGB / r.acceleratorsPerReplica).toBeLessThan(40)
  })

  it('missing optional fields fall back to documented defaults, and the result says so', () => {
    const result = estimatePlan(
      plan([
        {
          id: 'w',
          kind: 'llm-inference',
          accelerator: 'nvidia-a100-sxm4-80gb',
          model: { params: 7e9, layers: 32, hiddenSize: 4096, attentionHeads: 32 },
          weightPrecision: 'fp16',
          contextTokens: 2048
        }
      ])
    )
    const fields = result.workloads[0].result.defaultsApplied.map((d) => d.field)
    expect(fields).toEqual(
      expect.arrayContaining([
        'model.headDim',
        'model.kvHeads',
        'model.ffnSize',
        'concurrency',
        'kvPrecision'
      ])
    )
    expect((result.workloads[0].result as LlmInferenceResult).kvCacheBytesPerToken).toBe(
      2 * 32 * 32 * 128 * 2
    )
  })
})

describe('every catalog model × accelerator pair', () => {
  const catalog = defaultCatalog()
  const accelerators = [...catalog.accelerators.values()]
  const complete = accelerators.filter(
    (a) => a.memoryGB !== undefined && a.memoryBandwidthGBs !== undefined
  )

  it('gives finite, positive results where the card publishes memory and bandwidth', () => {
    for (const model of catalog.llms.keys()) {
      const workloads = complete.map((a, i) => ({
        id: `${model}-${i}`,
        kind: 'llm-inference',
        accelerator: a.id,
        model,
        weightPrecision: 'int8',
        contextTokens: 4096,
        concurrency: 2
      }))
      const result = estimatePlan(plan(workloads))
      expect(result.issues).toEqual([])
      for (const w of result.workloads) {
        const r = w.result as LlmInferenceResult
        for (const v of [
          r.memory.totalGB,
          r.accelerators,
          r.outputTokensPerSecond,
          r.prefillTokensPerSecond,
          r.hostMemoryGB
        ]) {
          expect(Number.isFinite(v) && v > 0, w.id).toBe(true)
        }
      }
    }
    // Every catalog model × every complete card, fully evaluated: minutes on a loaded CI box.
  }, 120_000)

  it('training gives finite, positive days for every model on every card with a peak figure', () => {
    const usable = accelerators.filter(
      (a) =>
        a.memoryGB !== undefined &&
        [a.fp16Tflops, a.bf16Tflops, a.fp32Tflops, a.fp8Tflops, a.int8Tops].some(
          (v) => v !== undefined
        )
    )
    for (const model of catalog.llms.keys()) {
      const workloads = usable.map((a, i) => ({
        id: `${model}-${i}`,
        kind: 'llm-training',
        accelerator: a.id,
        model,
        tokens: 1e11,
        accelerators: 64
      }))
      const result = estimatePlan(plan(workloads))
      expect(result.issues).toEqual([])
      for (const w of result.workloads) {
        const r = w.result as LlmTrainingResult
        expect(Number.isFinite(r.days) && r.days > 0, w.id).toBe(true)
      }
    }
    // As the inference sweep above: every catalog model × card, seconds on a loaded CI box
    // (the catalog's domestic entries made it pass the 5 s default there).
  }, 120_000)

  it('cards missing a needed figure give a located issue instead', () => {
    const incomplete = accelerators.filter(
      (a) => a.memoryGB === undefined || a.memoryBandwidthGBs === undefined
    )
    const result = estimatePlan(
      plan(
        incomplete.map((a, i) => ({
          id: `w${i}`,
          kind: 'llm-inference',
          accelerator: a.id,
          model: 'llama-2-7b',
          weightPrecision: 'fp16',
          contextTokens: 2048
        }))
      )
    )
    expect(result.issues.length).toBe(incomplete.length)
    for (const issue of result.issues) expect(issue.messageKey).toBe('core.validation.missingSpec')
  })
})
