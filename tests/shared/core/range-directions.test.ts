/**
 * Issue 13: ranges point the right way. For every workload kind, the headline range holds the
 * typical value, and moving any ONE assumption to either end of its own range (what the
 * sensitivity chart does) never lands outside the headline range: each assumption's
 * optimistic direction must agree with the scenario the core builds the range from.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { estimatePlan, type EstimateResult } from '../../../src/shared/core'
import { WORKLOAD_KINDS } from '../../../src/shared/schema/plan'
import { plan } from './helpers'

const EXAMPLES = join(__dirname, '..', '..', '..', 'resources', 'examples')

/** Workloads of every kind: the shipped examples plus cases the examples do not cover. */
function cases(): { name: string; plan: Record<string, unknown> }[] {
  const fromExamples = readdirSync(EXAMPLES)
    .filter((file) => file.endsWith('.cplan'))
    .flatMap((file) => {
      const document = JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8'))
      return (document.workloads as { id: string }[]).map((w) => ({
        name: `${file} ${w.id}`,
        plan: { ...document, workloads: [w], compare: undefined }
      }))
    })
  const extra = [
    {
      id: 'corpus',
      kind: 'llm-training',
      accelerator: 'nvidia-a800-sxm4-80gb',
      model: 'llama-3.1-8b',
      corpus: { gigabytes: 100, language: 'zh' },
      accelerators: 256
    },
    {
      id: 'corpus-en',
      kind: 'llm-training',
      accelerator: 'nvidia-h100-sxm5-80gb',
      model: 'llama-2-7b',
      corpus: { gigabytes: 500, language: 'en' },
      targetDays: 10
    },
    {
      id: 'serve',
      kind: 'llm-inference',
      accelerator: 'nvidia-h20-96gb',
      model: 'qwen2.5-72b',
      weightPrecision: 'bf16',
      contextTokens: 32768,
      concurrency: 50,
      target: { requestsPerSecond: 5, inputTokens: 2000, outputTokens: 500 }
    },
    {
      id: 'video',
      kind: 'video-analytics',
      accelerator: 'huawei-atlas-300i-pro',
      streams: 3000,
      model: 'yolov5s'
    },
    {
      id: 'custom',
      kind: 'custom',
      accelerator: 'nvidia-a100-sxm4-80gb',
      totalFlops: 1e23,
      targetDays: 30
    },
    {
      id: 'vision',
      kind: 'vision-training',
      accelerator: 'nvidia-a100-sxm4-80gb',
      model: 'resnet50',
      images: 1.28e6,
      epochs: 90,
      accelerators: 8
    },
    {
      id: 'finetune-full',
      kind: 'llm-finetuning',
      accelerator: 'nvidia-h100-sxm5-80gb',
      model: 'llama-2-7b',
      method: 'full',
      samples: 50_000,
      tokensPerSample: 1024,
      accelerators: 8,
      zeroStage: 3
    },
    {
      id: 'finetune-qlora',
      kind: 'llm-finetuning',
      accelerator: 'nvidia-a100-sxm4-80gb',
      model: 'llama-65b',
      method: 'qlora',
      samples: 10_000,
      tokensPerSample: 512
    }
  ].map((w) => ({ name: w.id, plan: plan([w]) }))
  return [...fromExamples, ...extra]
}

function ok(result: EstimateResult, name: string) {
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.issues)}`)
  return result.workloads[0].result
}

const TOLERANCE = 1e-9

/**
 * The sizes the headline ranges and the sensitivity chart show: cards, time, card-hours and
 * memory. Per-replica throughputs are left out on purpose: a pessimistic memory scenario
 * needs a bigger replica, whose throughput is higher, so they are not monotone in the
 * assumptions. Days are left out when the planner fixed them (targetDays): the card count is
 * solved then, and the days that follow from a whole number of cards are not monotone.
 */
function checked(metric: string, workload: Record<string, unknown>): boolean {
  if (metric === 'days') return workload.targetDays === undefined
  return ['accelerators', 'acceleratorHours'].includes(metric) || /GB$/.test(metric)
}

/**
 * LLM serving memory belongs to a split (TP × PP) and a batch per replica, both chosen from
 * the speed and memory assumptions in whole steps: when a varied assumption moves the
 * search to another split or batch, its memory is that of another replica shape and is not
 * compared with the headline range (which holds the shape fixed).
 */
function servingShape(result: object): string {
  const r = result as { split?: unknown; batchPerReplica?: unknown }
  return JSON.stringify([r.split ?? null, r.batchPerReplica ?? null])
}

function reshapes(workload: Record<string, unknown>): boolean {
  return workload.kind === 'llm-inference'
}

describe('assumption directions', () => {
  const all = cases()

  it('cover every workload kind', () => {
    const kinds = new Set(all.map((c) => (c.plan.workloads as { kind: string }[])[0].kind))
    expect([...kinds].sort()).toEqual([...WORKLOAD_KINDS].sort())
  })

  it.each(all.map((c) => [c.name, c] as const))(
    '%s: typical inside low–high; no single-assumption bar outside the range',
    (name, c) => {
      const base = ok(estimatePlan(c.plan), name)
      const ranges = base.ranges as Record<string, { typical: number; low: number; high: number }>
      for (const [metric, range] of Object.entries(ranges)) {
        expect(range.low, `${name} ${metric}`).toBeLessThanOrEqual(range.typical)
        expect(range.typical, `${name} ${metric}`).toBeLessThanOrEqual(range.high)
      }
      const workload = (c.plan.workloads as Record<string, unknown>[])[0]
      const outside: string[] = []
      for (const assumption of base.assumptions) {
        if (assumption.low === assumption.high) continue
        for (const end of ['low', 'high'] as const) {
          const varied = {
            ...c.plan,
            workloads: [
              {
                ...workload,
                assumptions: {
                  ...(workload.assumptions as object),
                  [assumption.id]: assumption[end]
                }
              }
            ]
          }
          const result = estimatePlan(varied)
          if (!result.ok) continue
          const metrics = result.workloads[0].result.ranges as typeof ranges
          const reshaped = servingShape(result.workloads[0].result) !== servingShape(base)
          for (const [metric, range] of Object.entries(ranges)) {
            if (!checked(metric, workload)) continue
            if (reshaped && /GB$/.test(metric)) continue
            const value = metrics[metric]?.typical
            if (value === undefined) continue
            // Known limit (docs/methodology.md): the serving memory range is built from the
            // speed scenarios, and two assumptions (prefill chunk, live activation tensors) move
            // speed and memory in opposite directions; their bars may pass it by up to ~2 %.
            const relative = reshapes(workload) && /GB$/.test(metric) ? 0.02 : TOLERANCE
            const slack = relative * Math.max(1, Math.abs(range.typical))
            if (value < range.low - slack || value > range.high + slack)
              outside.push(
                `${assumption.id}=${assumption[end]} → ${metric} ${value} outside ${range.low}–${range.high}`
              )
          }
        }
      }
      expect(outside).toEqual([])
    }
  )
})
