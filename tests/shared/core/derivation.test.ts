/**
 * Every step of every example and validation plan re-evaluates, from its own expr and
 * inputs, to its stored value; inputs that name earlier steps carry those steps' values;
 * every result field maps to a step with the same value; every label exists in en and zh.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { estimatePlan, evaluateExpr, type Step } from '../../../src/shared/core'
import en from '../../../src/shared/i18n/en/core'
import zh from '../../../src/shared/i18n/zh-CN/core'
import { plan } from './helpers'

const EXAMPLES = join(__dirname, '../../../resources/examples')
const examplePlans = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.cplan'))
  .map((f) => [f, JSON.parse(readFileSync(join(EXAMPLES, f), 'utf8'))] as const)

const validationPlans = [
  plan([
    {
      id: 'm5',
      kind: 'llm-training',
      accelerator: 'nvidia-a100-sxm4-80gb',
      model: { params: 7.5e9 },
      tokens: 1e9,
      zeroStage: 2,
      parallelism: { data: 64 },
      accelerators: 64
    },
    {
      id: 'm3',
      kind: 'llm-inference',
      accelerator: 'nvidia-a100-sxm4-80gb',
      model: 'opt-13b',
      weightPrecision: 'fp16',
      contextTokens: 2048
    },
    {
      id: 't5',
      kind: 'llm-training',
      accelerator: 'nvidia-a100-sxm4-80gb',
      model: 'llama-2-70b',
      tokens: 2e12,
      targetDays: 30,
      recompute: 'none'
    },
    {
      id: 'v1',
      kind: 'vision-training',
      accelerator: 'huawei-ascend-910b',
      cardsPerRun: 8,
      daysPerRun: 7,
      runs: 10,
      targetDays: 14,
      tasksPerYear: 30
    },
    {
      id: 'c',
      kind: 'custom',
      accelerator: 'nvidia-h100-sxm5-80gb',
      totalFlops: 1e23,
      accelerators: 256
    },
    {
      id: 'mla',
      kind: 'llm-inference',
      accelerator: 'nvidia-h200-sxm-141gb',
      model: 'deepseek-v3',
      weightPrecision: 'int4',
      contextTokens: 8192,
      concurrency: 4,
      target: { requestsPerSecond: 2, inputTokens: 2000, outputTokens: 500 }
    },
    {
      id: 'corpus',
      kind: 'llm-training',
      accelerator: 'huawei-ascend-910b',
      model: 'qwen2.5-7b',
      corpus: { gigabytes: 600, language: 'zh' },
      accelerators: 64
    },
    {
      id: 'vid',
      kind: 'video-analytics',
      accelerator: 'nvidia-t4-16gb',
      streams: 100,
      model: 'yolov5s-detection-resnet18-attributes',
      targetsPerFrame: 3,
      resolution: '720p'
    }
  ])
]

const allPlans: (readonly [string, unknown])[] = [
  ...examplePlans,
  ['validation fixtures', validationPlans[0]]
]

function checkSteps(steps: Step[], where: string): void {
  const seen = new Map<string, number>()
  for (const step of steps) {
    const scope = Object.fromEntries(step.inputs.map((i) => [i.ref, i.value]))
    const value = evaluateExpr(step.expr, scope)
    expect(value, `${where} ${step.id}: ${step.expr}`).toBe(step.value)
    for (const input of step.inputs) {
      if (seen.has(input.ref))
        expect(input.value, `${where} ${step.id} ← ${input.ref}`).toBe(seen.get(input.ref))
    }
    if (step.kind === 'lookup') expect(step.source, `${where} ${step.id} source`).toBeTruthy()
    expect(seen.has(step.id), `${where} ${step.id} defined once`).toBe(false)
    seen.set(step.id, step.value)
  }
}

function get(object: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], object)
}

describe.each(allPlans)('derivation of %s', (_name, document) => {
  const result = estimatePlan(document, { compare: false })

  it('evaluates without issues', () => {
    expect(result.issues).toEqual([])
  })

  it('every step re-evaluates to its stored value over its inputs', () => {
    for (const w of result.workloads) checkSteps(w.result.steps, w.id)
    for (const g of result.totals?.byAccelerator ?? [])
      checkSteps(g.steps, `totals ${g.acceleratorId}`)
  })

  it('every result field points at the step that produced it', () => {
    for (const w of result.workloads) {
      const byId = new Map(w.result.steps.map((s) => [s.id, s]))
      for (const [field, stepId] of Object.entries(w.result.fieldSteps)) {
        expect(byId.get(stepId)?.value, `${w.id} ${field}`).toBe(get(w.result, field))
      }
    }
  })

  it('every label and assumption name exists in en and zh-CN', () => {
    for (const w of result.workloads) {
      for (const s of w.result.steps) {
        const key = s.labelKey.replace(/^core\./, '')
        expect(get(en, key), s.labelKey).toBeTypeOf('string')
        expect(get(zh, key), s.labelKey).toBeTypeOf('string')
      }
      for (const a of w.result.assumptions)
        expect(get(zh, a.labelKey.replace(/^core\./, '')), a.id).toBeTypeOf('string')
      for (const note of w.result.warnings)
        expect(get(zh, note.key.replace(/^core\./, '')), note.key).toBeTypeOf('string')
    }
  })
})
