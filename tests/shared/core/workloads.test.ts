/**
 * core/workloads/index.ts: computeWorkload dispatches each kind to its own module. One small
 * workload of every kind goes through the public entry; each answer must carry the result
 * fields of its own kind (the formulas are tested in each kind's file).
 */
import { describe, expect, it } from 'vitest'
import { WORKLOAD_KINDS } from '../../../src/shared/schema/plan'
import { run } from './helpers'

const H100 = 'nvidia-h100-sxm5-80gb'

/** A minimal valid workload per kind, and a field only that kind's result has. */
const BY_KIND: Record<(typeof WORKLOAD_KINDS)[number], [Record<string, unknown>, string]> = {
  'llm-inference': [
    {
      accelerator: H100,
      model: 'llama-2-7b',
      weightPrecision: 'fp16',
      contextTokens: 2048,
      concurrency: 4
    },
    'kvCacheBytesPerToken'
  ],
  'llm-training': [
    { accelerator: H100, model: 'llama-2-7b', tokens: 1e9, accelerators: 8 },
    'totalFlops'
  ],
  'vision-training': [
    { accelerator: H100, model: 'resnet50', images: 1_281_167, epochs: 1, accelerators: 8 },
    'days'
  ],
  'video-analytics': [{ accelerator: H100, streams: 16, topsPerStream: 4 }, 'accelerators'],
  custom: [{ accelerator: H100, totalFlops: 1e18, accelerators: 1 }, 'acceleratorHours'],
  'llm-finetuning': [
    {
      accelerator: H100,
      model: 'llama-2-7b',
      method: 'lora',
      samples: 10_000,
      tokensPerSample: 512
    },
    'days'
  ]
}

describe('computeWorkload', () => {
  it.each(Object.entries(BY_KIND))('%s is computed by its own module', (kind, [fields, key]) => {
    const result = run<Record<string, unknown>>({ kind, ...fields })
    expect(result[key], kind).toEqual(expect.any(Number))
    expect(Number.isFinite(result[key] as number)).toBe(true)
  })

  it('covers every kind the plan schema accepts', () => {
    expect(Object.keys(BY_KIND).sort()).toEqual([...WORKLOAD_KINDS].sort())
  })
})
