/**
 * Held-out published measurements (issue 16, "Honest ranges"): every case runs through
 * estimatePlan with the default assumptions, and the published figure must fall inside the
 * planner's own low–high range. A case the planner is known to miss is listed in KNOWN_MISSES
 * with the physics it lacks and the error it must stay within, so a regression still fails.
 * Sources and dates: tests/shared/core/data/holdout-cases.ts (video capacities:
 * holdout-video-cases.ts; TensorFlow vision rows: holdout-vision-cases.ts); the tables, with
 * the figures before and after this round's fit, are in docs/methodology.md § Validation.
 * Regenerate with
 * `CALIBRATION_TABLE=1 npx vitest run tests/shared/core/holdout-calibration.test.ts`.
 */
import { describe, expect, it } from 'vitest'
import { estimate, only } from './helpers'
import {
  FINETUNING_MEMORY_CASES,
  INFERENCE_SPEED_CASES,
  MEMORY_CASES,
  SERVING_THROUGHPUT_CASES,
  VISION_CASES,
  type InferenceSpeedCase,
  type MemoryCase,
  type ServingThroughputCase,
  type VisionCase
} from './data/holdout-cases'
import { VIDEO_CASES, type VideoCase } from './data/holdout-video-cases'
import { TF_VISION_CASES } from './data/holdout-vision-cases'

interface Range {
  typical: number
  low: number
  high: number
}
interface Row {
  name: string
  published: number
  range: Range
}

/** Cases outside the planner's range, why, and the largest |typical error| they may show. */
const KNOWN_MISSES: Record<string, { why: string; maxError: number }> = {
  'Qwen3 SGLang H20 qwen3-32b BF16 ×1': {
    why: 'SGLang on H20 reaches ~0.34 of the 4.0 TB/s peak at batch 1, below the HBM band (0.4)',
    maxError: 1.1
  },
  'Qwen3 SGLang H20 qwen3-14b BF16 ×1': {
    why: 'as 32B BF16: ~1.4 TB/s achieved of 4.0 (0.35), below the HBM band; the other H20 rows sit at its low end',
    maxError: 1.0
  },
  'Qwen3 SGLang H20 qwen3-30b-a3b FP8 ×1': {
    why: 'small-expert FP8 MoE on H20: fixed per-step costs the default per-layer time does not hold',
    maxError: 0.95
  },
  'Qwen2.5 Transformers qwen2.5-32b GPTQ-Int8 in=1 ×1': {
    why: 'GPTQ-Int8 kernels in Transformers allocate dequantisation workspace beyond the per-layer activations (1 GiB above weights and cache, the 14B-72B Int4 rows 0.3-0.5)',
    maxError: 0.05
  },
  'Qwen2.5 Transformers qwen2.5-32b BF16 in=30720 ×1': {
    why: 'the pessimistic whole-prompt prefill no longer fits one 80 GB card, so the range keeps only the fitting scenarios',
    maxError: 0.08
  }
}

function workloadResult(kind: string, accelerator: string, workload: Record<string, unknown>) {
  const result = only(estimate([{ id: 'w', kind, accelerator, ...workload }])).result as unknown
  return result as { ranges: Record<string, Range>; memory: Record<string, number> }
}

function speedRow(c: InferenceSpeedCase): Row {
  const r = workloadResult('llm-inference', c.accelerator, { concurrency: 1, ...c.workload })
  return {
    name: c.name,
    published: c.tokensPerSecond,
    range: r.ranges.decodeTokensPerSecondPerSequence
  }
}

/**
 * Saturated output tokens/s per GPU: the planner's requests per second per replica
 * (`1 / (inputTokens / prefillTokensPerSecond + outputTokens / outputTokensPerSecond)`, with
 * the batch per replica given) × output tokens ÷ cards, at each end of the range.
 */
function throughputRow(c: ServingThroughputCase): Row {
  const r = workloadResult('llm-inference', c.accelerator, {
    ...c.workload,
    concurrency: c.batch,
    target: { requestsPerSecond: 0.001, inputTokens: c.inputTokens, outputTokens: c.outputTokens }
  })
  const at = (end: keyof Range) =>
    c.outputTokens /
    (c.inputTokens / r.ranges.prefillTokensPerSecond[end] +
      c.outputTokens / r.ranges.outputTokensPerSecond[end]) /
    c.tensorParallel
  const typical = at('typical')
  expect(typical).toBeCloseTo(
    ((r as unknown as { requestsPerSecondPerReplica: number }).requestsPerSecondPerReplica *
      c.outputTokens) /
      c.tensorParallel,
    6
  )
  return {
    name: c.name,
    published: c.tokensPerSecondPerGpu,
    range: { typical, low: at('low'), high: at('high') }
  }
}

const GIB_PER_GB = 1e9 / 2 ** 30
function memoryRow(c: MemoryCase): Row {
  const r = workloadResult('llm-inference', c.accelerator, { concurrency: 1, ...c.workload })
  if (c.measure === 'allocatedGiB') {
    const t = r.ranges.allocatedGB
    return {
      name: c.name,
      published: c.published,
      range: { typical: t.typical * GIB_PER_GB, low: t.low * GIB_PER_GB, high: t.high * GIB_PER_GB }
    }
  }
  const value = r.memory[c.measure]
  return {
    name: c.name,
    published: c.published,
    range: { typical: value, low: value, high: value }
  }
}

function visionRow(c: VisionCase): Row {
  const r = workloadResult('vision-training', c.accelerator, c.workload)
  return { name: c.name, published: c.imagesPerSecond, range: r.ranges.imagesPerSecond }
}

function videoRow(c: VideoCase): Row {
  const r = workloadResult('video-analytics', c.accelerator, { streams: 1, ...c.workload })
  return { name: c.name, published: c.streams, range: r.ranges.streamsPerAccelerator }
}

const error = (r: Row) => r.range.typical / r.published - 1
const inside = (r: Row) => r.range.low <= r.published && r.published <= r.range.high

function summary(rows: Row[]) {
  const errors = rows.map((r) => Math.abs(error(r))).sort((a, b) => a - b)
  const mid = Math.floor(errors.length / 2)
  const median = errors.length % 2 ? errors[mid] : (errors[mid - 1] + errors[mid]) / 2
  const covered = rows.filter(inside).length
  return { cases: rows.length, covered, coverage: covered / rows.length, median }
}

function table(title: string, rows: Row[]) {
  const s = summary(rows)
  const lines = rows.map((r) => {
    const e = error(r) * 100
    return `| ${r.name} | ${r.published} | ${r.range.typical.toFixed(1)} | ${r.range.low.toFixed(1)}–${r.range.high.toFixed(1)} | ${e >= 0 ? '+' : ''}${e.toFixed(0)} % | ${inside(r) ? 'yes' : 'no'} |`
  })
  const head = `### ${title}: ${s.covered}/${s.cases} inside (${(s.coverage * 100).toFixed(0)} %), median |error| ${(s.median * 100).toFixed(1)} %`
  return [head, ...lines].join('\n')
}

/** Each case: inside the range, or a known miss still within its stated error. */
function expectCase(row: Row) {
  const miss = KNOWN_MISSES[row.name]
  if (miss === undefined) {
    expect(row.range.low, 'low end').toBeLessThanOrEqual(row.published)
    expect(row.range.high, 'high end').toBeGreaterThanOrEqual(row.published)
  } else {
    expect(inside(row), `${row.name} is listed as a known miss`).toBe(false)
    expect(Math.abs(error(row)), miss.why).toBeLessThanOrEqual(miss.maxError)
  }
}

const rangeMemory = MEMORY_CASES.filter((c) => c.measure === 'allocatedGiB')
const exactMemory = MEMORY_CASES.filter((c) => c.measure !== 'allocatedGiB')

describe('held-out LLM decode speeds (gpt-fast 2024, Qwen2.5 vLLM A100, Qwen3 SGLang H20)', () => {
  it.each(INFERENCE_SPEED_CASES)('$name: $tokensPerSecond tokens/s', (c) => {
    expectCase(speedRow(c))
  })

  it('coverage ≥ 90 %; median |error| ≤ 8 % (67 / 70, 5.7 %; was 68 / 70, 9.1 %)', () => {
    const s = summary(INFERENCE_SPEED_CASES.map(speedRow))
    expect(s.coverage).toBeGreaterThanOrEqual(0.9)
    expect(s.median).toBeLessThanOrEqual(0.08)
  })
})

describe('serving throughput at a batch (TensorRT-LLM v0.5/v0.6.1 tables, H100, A100, L40S)', () => {
  it.each(SERVING_THROUGHPUT_CASES)('$name: $tokensPerSecondPerGpu tokens/s per GPU', (c) => {
    expectCase(throughputRow(c))
  })

  it('all rows: coverage ≥ 90 % and median |error| ≤ 8 % (37 / 37, 6.9 %; the 15 Llama-2 rows were 14 / 15, 12.2 %)', () => {
    const s = summary(SERVING_THROUGHPUT_CASES.map(throughputRow))
    expect(s.coverage).toBeGreaterThanOrEqual(0.9)
    expect(s.median).toBeLessThanOrEqual(0.08)
  })

  it('held-out rows only (GPT-J, Falcon-180B, L40S; not fitted on): coverage ≥ 90 %, median |error| ≤ 8 %', () => {
    const heldOut = SERVING_THROUGHPUT_CASES.filter((c) => !c.fitted)
    expect(heldOut.length).toBeGreaterThanOrEqual(20)
    const s = summary(heldOut.map(throughputRow))
    expect(s.coverage).toBeGreaterThanOrEqual(0.9)
    expect(s.median).toBeLessThanOrEqual(0.08)
  })
})

describe('held-out memory footprints (Qwen2.5 Transformers A100, Llama 3.1 blog)', () => {
  it.each(rangeMemory)('$name: $published GiB in use', (c) => {
    expectCase(memoryRow(c))
  })

  it.each(exactMemory)('$name: $published (exact arithmetic, within 6 %)', (c) => {
    const row = memoryRow(c)
    expect(Math.abs(error(row))).toBeLessThanOrEqual(0.06)
  })

  it('footprints: median |error| ≤ 8 %, coverage ≥ 90 % (18 / 20, 1.2 %; was 11 / 20, 7.6 %)', () => {
    const s = summary(rangeMemory.map(memoryRow))
    expect(s.median).toBeLessThanOrEqual(0.08)
    expect(s.coverage).toBeGreaterThanOrEqual(0.9)
  })
})

describe('published fine-tuning memory per card (LLaMA-Factory estimates, with the planner range)', () => {
  const row = (c: (typeof FINETUNING_MEMORY_CASES)[number]): Row => {
    const r = workloadResult('llm-finetuning', 'nvidia-h100-sxm5-80gb', c.workload)
    return { name: c.name, published: c.published, range: r.ranges.memoryPerAcceleratorGB }
  }

  it.each(FINETUNING_MEMORY_CASES)('$name: $published GB per card within ±30 %', (c) => {
    expect(Math.abs(error(row(c)))).toBeLessThanOrEqual(0.3)
  })

  it('median |error| ≤ 8 % (7.8 %, not fitted); 11 / 12 inside the range (was 8 / 12)', () => {
    const rows = FINETUNING_MEMORY_CASES.map(row)
    const s = summary(rows)
    expect(s.median).toBeLessThanOrEqual(0.08)
    expect(s.coverage).toBeGreaterThanOrEqual(11 / 12)
    // The one miss: the table's LoRA "30B" figure (its `2x` GB rule at a nominal 30 B) is below
    // the 16-bit weights of the LLaMA-30B checkpoint alone (32.5 B × 2 bytes = 65 GB).
    const misses = rows.filter((r) => !inside(r)).map((r) => r.name)
    expect(misses).toEqual(['LLaMA-Factory lora 30B (llama-33b)'])
    const lora30 = only(
      estimate([
        {
          id: 'w',
          kind: 'llm-finetuning',
          accelerator: 'nvidia-h100-sxm5-80gb',
          ...FINETUNING_MEMORY_CASES.find((c) => c.name === misses[0])!.workload
        }
      ])
    ).result as unknown as { memoryPerAcceleratorGB: { baseWeights: number } }
    expect(lora30.memoryPerAcceleratorGB.baseWeights).toBeCloseTo((32.5e9 * 2) / 1e9, 6)
  })

  it('prints the table when asked (CALIBRATION_TABLE=1)', () => {
    const out = table('llm-finetuning memory per card', FINETUNING_MEMORY_CASES.map(row))
    if (process.env.CALIBRATION_TABLE) console.log(out)
    expect(out).toContain('LLaMA-Factory')
  })
})

const ALL_VISION_CASES = [...VISION_CASES, ...TF_VISION_CASES]

describe('held-out vision training throughput (NVIDIA DeepLearningExamples ResNet-50)', () => {
  it.each(ALL_VISION_CASES)('$name: $imagesPerSecond images/s', (c) => {
    expectCase(visionRow(c))
  })

  it('coverage ≥ 90 % and median |error| ≤ 8 %', () => {
    const s = summary(ALL_VISION_CASES.map(visionRow))
    expect(s.coverage).toBeGreaterThanOrEqual(0.9)
    expect(s.median).toBeLessThanOrEqual(0.08)
  })
})

describe('published video-analytics capacities (DeepStream 7.0, CANN VDEC specifications)', () => {
  it.each(VIDEO_CASES)('$name: $streams streams per accelerator', (c) => {
    expectCase(videoRow(c))
  })

  it('coverage ≥ 90 % and median |error| ≤ 8 %, on all cases and on the evaluated-only ones', () => {
    for (const cases of [VIDEO_CASES, VIDEO_CASES.filter((c) => !c.inSample)]) {
      const s = summary(cases.map(videoRow))
      expect(s.coverage).toBeGreaterThanOrEqual(0.9)
      expect(s.median).toBeLessThanOrEqual(0.08)
    }
  })
})

describe('held-out tables', () => {
  it('prints the tables when asked (CALIBRATION_TABLE=1)', () => {
    const out = [
      table('llm-inference decode speed', INFERENCE_SPEED_CASES.map(speedRow)),
      table('llm-inference serving throughput', SERVING_THROUGHPUT_CASES.map(throughputRow)),
      table(
        'llm-inference serving throughput, held-out rows only',
        SERVING_THROUGHPUT_CASES.filter((c) => !c.fitted).map(throughputRow)
      ),
      table('llm-inference memory footprint', rangeMemory.map(memoryRow)),
      table('llm-inference weights and KV (exact arithmetic)', exactMemory.map(memoryRow)),
      table('vision-training throughput', ALL_VISION_CASES.map(visionRow)),
      table('video-analytics streams per accelerator', VIDEO_CASES.map(videoRow))
    ]
    if (process.env.CALIBRATION_TABLE) console.log(out.join('\n\n'))
    expect(out).toHaveLength(7)
  })
})
