/**
 * Issue 14, "auto = the smallest split that fits", as inference engines run it. A zh-CN
 * walkthrough got Qwen2.5-72B split 1 × 7 × 1 (seven pipeline stages of one card each inside
 * one server): no engine deploys that. vLLM and MindIE put tensor parallelism across the
 * cards of a server (a power of two dividing the attention and KV heads) and add pipeline
 * stages only across servers, once the tensor group is as wide as the server's scale-up
 * domain allows (docs/methodology.md, "Inference split"). The rule checked here:
 *   - tensor = a power of two dividing the heads (and the KV heads, or a multiple of them);
 *   - pipeline > 1 only with the widest such tensor degree inside the domain.
 *
 * Qwen2.5-72B: 72.7 B parameters, 80 layers, 64 heads, 8 KV heads → bf16 weights 145.4 GB.
 */
import { describe, expect, it } from 'vitest'
import type { LlmInferenceResult } from '../../../src/shared/core'
import { run } from './helpers'

type Inference = LlmInferenceResult & { steps: { id: string; value: number }[] }

const infer = (workload: Record<string, unknown>) =>
  run<Inference>({ kind: 'llm-inference', kvPrecision: 'fp16', ...workload })

const qwen72 = { model: 'qwen2.5-72b', weightPrecision: 'bf16', contextTokens: 4096 }

describe('auto split: tensor inside the server, pipeline only across servers', () => {
  it('72B bf16 on Ascend 910B (64 GB): 4 × 1, not 1 × 3', () => {
    // TP2: 145.4 / 2 = 72.7 GB per card > 64 GiB × 0.95 → does not fit; TP4: 36.4 GB per
    // card leaves room for 8 sequences of 4k context → one replica of 4 cards.
    const r = infer({ ...qwen72, accelerator: 'huawei-ascend-910b', concurrency: 8 })
    expect(r.split).toMatchObject({ tensor: 4, pipeline: 1, expert: 1, chosen: 'auto' })
    expect(r.accelerators).toBe(4)
  })

  it('72B bf16 on H100 80 GB: 2 × 1 (72.7 GB per card fits 80 GiB)', () => {
    const r = infer({ ...qwen72, accelerator: 'nvidia-h100-sxm5-80gb', concurrency: 8 })
    expect(r.split).toMatchObject({ tensor: 2, pipeline: 1 })
    expect(r.accelerators).toBe(2)
  })

  it('72B bf16 on RTX 4090 24 GB: 8 × 1 in the 8-card server, not 1 × 7', () => {
    // TP8: 145.4 / 8 = 18.2 GB per card of 24 GiB × 0.95 − 0.5 = 23.98 GB usable.
    const r = infer({ ...qwen72, accelerator: 'nvidia-geforce-rtx-4090-24gb', concurrency: 8 })
    expect(r.split).toMatchObject({ tensor: 8, pipeline: 1 })
    expect(r.accelerators).toBe(8)
  })

  it('72B int8 on RTX 4090 for 200 sequences: TP8 in each server, two servers by pipeline', () => {
    const r = infer({
      ...qwen72,
      accelerator: 'nvidia-geforce-rtx-4090-24gb',
      weightPrecision: 'int8',
      concurrency: 200
    })
    expect(r.split.tensor).toBe(8)
    expect(r.split.pipeline * r.replicas * 8).toBe(r.accelerators)
  })

  it('Llama-3.1-405B bf16 on H100: 8 × 2 (two HGX servers), not 1 × 11', () => {
    // 811.7 GB of weights > 8 × 85.9 GB: the tensor group fills the NVSwitch domain first.
    const r = infer({
      model: 'llama-3.1-405b',
      weightPrecision: 'bf16',
      contextTokens: 4096,
      accelerator: 'nvidia-h100-sxm5-80gb',
      concurrency: 16
    })
    expect(r.split).toMatchObject({ tensor: 8, pipeline: 2 })
  })

  it('MoE: DeepSeek-V3 int8 on 910B is 8 × 2 × 8 (two servers, experts over the tensor group), not 1 × 11 × 1', () => {
    // 671 B × 1 B = 671 GB > 8 × 64 GiB × 0.95 = 522 GB: one 8-card server cannot hold it;
    // two servers give 671 / 16 = 41.9 GB of weights per card. MLA heads: 128, TP8 divides.
    const r = infer({
      model: 'deepseek-v3',
      weightPrecision: 'int8',
      contextTokens: 4096,
      accelerator: 'huawei-ascend-910b',
      concurrency: 16
    })
    expect(r.split).toMatchObject({ tensor: 8, pipeline: 2, expert: 8 })
    expect(r.accelerators).toBe(16)
  })

  it('MoE that fits one server stays in it: Qwen3-235B-A22B bf16 on 910B is 8 × 1 × 8', () => {
    const r = infer({
      model: 'qwen3-235b-a22b',
      weightPrecision: 'bf16',
      contextTokens: 4096,
      accelerator: 'huawei-ascend-910b',
      concurrency: 16
    })
    expect(r.split).toMatchObject({ tensor: 8, pipeline: 1, expert: 8 })
  })

  it('a split forced by the planner is still used as given (1 × 3 on 910B)', () => {
    const r = infer({
      ...qwen72,
      accelerator: 'huawei-ascend-910b',
      concurrency: 8,
      parallel: { tensor: 1, pipeline: 3 }
    })
    expect(r.split).toMatchObject({ tensor: 1, pipeline: 3, chosen: 'given' })
  })
})

describe('property: every auto split is one an engine runs', () => {
  const cards = [
    'huawei-ascend-910b',
    'nvidia-h100-sxm5-80gb',
    'nvidia-geforce-rtx-4090-24gb',
    'nvidia-l40s-48gb',
    'nvidia-a100-sxm4-80gb'
  ]
  const models = [
    'llama-3.1-8b',
    'qwen2.5-72b',
    'llama-3.1-70b',
    'mixtral-8x7b',
    'qwen3-32b',
    'deepseek-v3'
  ]
  it.each(cards)('on %s', (accelerator) => {
    for (const model of models)
      for (const weightPrecision of ['bf16', 'int8'])
        for (const concurrency of [1, 32, 400]) {
          let r: Inference
          try {
            r = infer({ accelerator, model, weightPrecision, contextTokens: 8192, concurrency })
          } catch {
            continue // does not fit this card at all: refused with a message elsewhere
          }
          const { tensor, pipeline } = r.split
          const heads = r.steps.find((s) => s.id === 'attentionHeads')?.value
          const domain = r.scaleUp.accelerators
          const where = `${model} ${weightPrecision} ×${concurrency}: ${tensor}×${pipeline}`
          expect(Number.isInteger(Math.log2(tensor)), where).toBe(true)
          expect(heads, where).toBeDefined()
          expect(heads! % tensor, where).toBe(0)
          if (pipeline > 1) {
            // The widest power of two inside the domain that splits the heads.
            let widest = 1
            while (widest * 2 <= domain && heads! % (widest * 2) === 0) widest *= 2
            expect(tensor, where).toBe(widest)
          }
        }
  })
})
