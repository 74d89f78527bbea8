/**
 * llm-finetuning: full, LoRA and QLoRA memory and time, against published fine-tuning
 * figures (QLoRA and LoRA papers, Hugging Face PEFT) and by formula and property.
 */
import { describe, expect, it } from 'vitest'
import type { LlmFinetuningResult } from '../../../src/shared/core'
import { estimatePlan, formatIssue } from '../../../src/shared/core'
import { estimate, only, plan, run, within } from './helpers'

const base = {
  kind: 'llm-finetuning',
  accelerator: 'nvidia-a100-sxm4-80gb',
  samples: 10_000,
  tokensPerSample: 512
}
const ft = (extra: Record<string, unknown>) =>
  run<LlmFinetuningResult>({ ...base, model: 'llama-2-7b', ...extra })

describe('published fine-tuning measurements', () => {
  it('PEFT: Llama-2-7B LoRA r=8 on q_proj, v_proj trains 4,194,304 parameters (exact)', () => {
    // Hugging Face PEFT, print_trainable_parameters() for meta-llama/Llama-2-7b-hf with
    // LoraConfig(r=8, target_modules=["q_proj", "v_proj"]): "trainable params: 4,194,304".
    const r = ft({ method: 'lora', loraRank: 8, loraTargets: 'qv' })
    expect(r.trainableParams).toBe(4_194_304)
  })

  it('LoRA paper: GPT-3 175B, r=4 on Wq and Wv: checkpoint ≈ 35 MB (±10 %), VRAM ≈ 350 GB (±5 %)', () => {
    // Hu et al., arXiv 2106.09685 §4.2: "reduces VRAM consumption during training from 1.2TB
    // to 350GB … the checkpoint size by roughly 10,000× (from 350GB to 35MB)".
    const r = run<LlmFinetuningResult>({
      ...base,
      model: 'gpt-3-175b',
      method: 'lora',
      loraRank: 4,
      loraTargets: 'qv',
      precision: 'fp16',
      sequenceLength: 2048
    })
    expect(within((r.trainableParams * 2) / 1e6, 35, 0.1)).toBe(true)
    expect(within(r.memoryPerAcceleratorGB.total, 350, 0.05)).toBe(true)
  })

  it('QLoRA paper: 33B fine-tunes on a 24 GB card and 65B on a 48 GB card (r=64, all linear layers)', () => {
    // Dettmers et al., arXiv 2305.14314 abstract and §5: Guanaco 33B on a single 24 GB
    // consumer GPU, 65B on a single 48 GB GPU (sequences of 384 + 128 tokens, batch 1 with
    // gradient accumulation, gradient checkpointing).
    const qlora = (model: string) =>
      run<LlmFinetuningResult>({
        ...base,
        model,
        method: 'qlora',
        loraRank: 64,
        loraTargets: 'all-linear',
        sequenceLength: 512,
        microBatchSize: 1
      }).memoryPerAcceleratorGB.total
    expect(qlora('llama-33b')).toBeLessThanOrEqual(24)
    expect(qlora('llama-33b')).toBeGreaterThan(0.75 * 24)
    expect(qlora('llama-65b')).toBeLessThanOrEqual(48)
    expect(qlora('llama-65b')).toBeGreaterThan(0.75 * 48)
  })

  it('QLoRA paper: full 16-bit fine-tuning of a 65B model needs more than 780 GB', () => {
    const r = run<LlmFinetuningResult>({ ...base, model: 'llama-65b', method: 'full' })
    expect(r.memoryPerAcceleratorGB.total).toBeGreaterThan(780)
    expect(r.fitsInMemory).toBe(false)
    expect(r.minimumAccelerators).toBeGreaterThan(10)
  })
})

describe('llm-finetuning formulas', () => {
  it('tokens = samples × tokens per sample × epochs', () => {
    expect(ft({ epochs: 3 }).tokens).toBe(10_000 * 512 * 3)
  })

  it('QLoRA base weights: NF4 4.127 bits for linear layers, 16-bit embeddings and head', () => {
    const r = ft({ method: 'qlora' })
    const embeddings = 2 * 32_000 * 4096
    expect(r.memoryPerAcceleratorGB.baseWeights).toBeCloseTo(
      ((6.74e9 - embeddings) * 4.127) / 8 / 1e9 + (embeddings * 2) / 1e9,
      2
    )
  })

  it('LoRA on all linear layers of a gated MLP counts gate, up and down', () => {
    const r = ft({ method: 'lora', loraRank: 16, loraTargets: 'all-linear' })
    const perLayer = 4 * (4096 + 4096) + 3 * (4096 + 11008)
    expect(r.trainableParams).toBe(32 * 16 * perLayer)
  })

  it('a frozen base skips weight gradients: LoRA FLOPs per token ≈ 2/3 of full fine-tuning', () => {
    const full = ft({ method: 'full', gradientCheckpointing: false })
    const lora = ft({ method: 'lora', gradientCheckpointing: false })
    expect(lora.flopsPerToken / full.flopsPerToken).toBeGreaterThan(0.66)
    expect(lora.flopsPerToken / full.flopsPerToken).toBeLessThan(0.68)
  })

  it('memory: full > LoRA > QLoRA; checkpointing shrinks activations', () => {
    const full = ft({ method: 'full' }).memoryPerAcceleratorGB.total
    const lora = ft({ method: 'lora' }).memoryPerAcceleratorGB.total
    const qlora = ft({ method: 'qlora' }).memoryPerAcceleratorGB.total
    expect(full).toBeGreaterThan(lora)
    expect(lora).toBeGreaterThan(qlora)
    const on = ft({ sequenceLength: 4096, microBatchSize: 4 }).memoryPerAcceleratorGB.activations
    const off = ft({ sequenceLength: 4096, microBatchSize: 4, gradientCheckpointing: false })
      .memoryPerAcceleratorGB.activations
    expect(off).toBeGreaterThan(5 * on)
  })

  it('ZeRO-3 across cards divides a full fine-tune’s model states', () => {
    const one = ft({ method: 'full', accelerators: 1 })
    const eight = ft({ method: 'full', accelerators: 8, zeroStage: 3 })
    const states = (r: LlmFinetuningResult) =>
      r.memoryPerAcceleratorGB.baseWeights + r.memoryPerAcceleratorGB.trainableStates
    expect(states(eight)).toBeCloseTo(states(one) / 8, 6)
    expect(eight.days).toBeCloseTo(one.days / 8, 9)
  })

  it('QLoRA is slower than LoRA for the same data; a deadline sets the card count', () => {
    expect(ft({ method: 'qlora' }).acceleratorHours).toBeGreaterThan(
      ft({ method: 'lora' }).acceleratorHours
    )
    const big = { samples: 5e6, tokensPerSample: 2048, method: 'full', zeroStage: 3 }
    const r = ft({ ...big, targetDays: 2 })
    expect(r.days).toBeLessThanOrEqual(2)
    expect(r.accelerators).toBeGreaterThan(1)
  })

  it('memory and time carry ranges that hold their typical value', () => {
    const w = only(estimate([{ id: 'w', ...base, model: 'llama-2-13b', method: 'lora' }]))
    for (const key of ['memoryPerAcceleratorGB', 'days', 'acceleratorHours']) {
      const range = w.result.ranges[key]
      expect(range.low).toBeLessThanOrEqual(range.typical)
      expect(range.high).toBeGreaterThanOrEqual(range.typical)
    }
    expect(w.result.ranges.memoryPerAcceleratorGB.high).toBeGreaterThan(
      w.result.ranges.memoryPerAcceleratorGB.typical
    )
  })

  it('names the missing dataset fields with their paths', () => {
    const answer = estimatePlan(
      plan([
        {
          id: 'w',
          kind: 'llm-finetuning',
          accelerator: 'nvidia-a100-sxm4-80gb',
          model: 'llama-2-7b'
        }
      ])
    )
    expect(answer.ok).toBe(false)
    expect(answer.issues.map(formatIssue)).toEqual([
      'workloads[0].samples: is required',
      'workloads[0].tokensPerSample: is required'
    ])
  })
})

describe('issue 16: fine-tuning memory has a range (logits held, allocator overhead)', () => {
  const lora = {
    id: 'w',
    kind: 'llm-finetuning',
    accelerator: 'nvidia-h100-sxm5-80gb',
    model: 'llama-2-7b',
    method: 'lora',
    samples: 1000,
    tokensPerSample: 1024,
    accelerators: 1
  }
  const ranges = (extra: Record<string, unknown> = {}) =>
    (
      only(estimate([{ ...lora, ...extra }])).result as unknown as {
        ranges: Record<string, { typical: number; low: number; high: number }>
      }
    ).ranges.memoryPerAcceleratorGB

  it('low < typical < high, the typical inside', () => {
    const r = ranges()
    expect(r.low).toBeLessThan(r.typical)
    expect(r.high).toBeGreaterThan(r.typical)
  })

  it('the low end: fused cross-entropy keeps 5 % of the fp32 logits, checkpointed inputs offloaded to the host, an 8-bit optimizer for the adapters; the high end adds 30 %', () => {
    const r = ranges()
    const logits = (1024 * 32_000 * 8) / 1e9
    // Each of 32 layers keeps its 1,024 × 4,096 bf16 input on the card unless offloaded.
    const checkpointedInputs = (1024 * 4096 * 2 * 32) / 1e9
    // LoRA rank 16 on q and v: 32 layers × 16 × ((4096 + 4096) + (4096 + 4096)) parameters,
    // 12 bytes each (bf16 weight and gradient, fp32 Adam) against 6 (8-bit Adam).
    const adapters = 32 * 16 * (2 * (4096 + 4096))
    expect(r.typical - r.low).toBeCloseTo(
      0.95 * logits + checkpointedInputs + (adapters * (12 - 6)) / 1e9,
      6
    )
    // High: 30 % allocator overhead on top (and fp32 adapters, adapterBytesPerParam 16).
    expect(r.high).toBeGreaterThanOrEqual(r.typical * 1.3)
  })

  it('a planner override of the overhead moves the typical figure', () => {
    const base = ranges().typical
    const withOverhead = ranges({ assumptions: { finetuningMemoryOverheadFraction: 0.2 } }).typical
    expect(withOverhead).toBeCloseTo(base * 1.2, 6)
  })
})
