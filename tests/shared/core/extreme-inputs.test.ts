/**
 * Issue 13: extreme inputs get located warnings in words, and a target is never reported as
 * met from a figure that cannot be trusted (a context the model cannot take, a replica that
 * spans more cards than one server's scale-up domain, an implausible total).
 */
import { describe, expect, it } from 'vitest'
import { defaultCatalog, estimatePlan } from '../../../src/shared/core'
import { plan } from './helpers'

const serving = {
  id: 's',
  kind: 'llm-inference',
  accelerator: 'nvidia-h20-96gb',
  model: 'qwen2.5-72b',
  weightPrecision: 'bf16',
  contextTokens: 32768,
  concurrency: 50,
  target: {
    requestsPerSecond: 5,
    inputTokens: 2000,
    outputTokens: 500,
    maxTimeToFirstTokenMs: 5000,
    maxTimePerOutputTokenMs: 200
  }
}

function run(workload: Record<string, unknown>) {
  const result = estimatePlan(plan([workload]))
  expect(result.issues).toEqual([])
  return result.workloads[0].result as unknown as {
    warnings: { key: string; params: Record<string, unknown> }[]
    meetsLatencyTargets: boolean | null
    accelerators: number
    acceleratorsPerReplica: number
  }
}

describe('extreme inputs', () => {
  it('a sensible plan meets its targets without sanity warnings', () => {
    const r = run(serving)
    expect(r.meetsLatencyTargets).toBe(true)
    expect(r.warnings.filter((w) => w.key.startsWith('sanity.'))).toEqual([])
  })

  it("a context beyond the model's maxContext is warned and no target is reported met", () => {
    const r = run({ ...serving, contextTokens: 10_000_000 })
    const warning = r.warnings.find((w) => w.key === 'sanity.contextExceedsModel')
    const maxContext = defaultCatalog().llms.get('qwen2.5-72b')!.maxContext
    expect(warning?.params).toMatchObject({ field: 'contextTokens', maxContext })
    expect(r.meetsLatencyTargets).toBeNull()
  })

  it("a tensor-parallel group larger than one server's scale-up domain is warned and no target is reported met", () => {
    // The split search keeps tensor parallelism inside the server (pipeline stages span
    // servers); only a planner who allows multi-node tensor parallelism gets a TP16 group.
    const r = run({ ...serving, parallel: { tensor: 16, multiNodeTensor: true } })
    expect(r.acceleratorsPerReplica).toBeGreaterThan(8)
    const warning = r.warnings.find((w) => w.key === 'sanity.replicaExceedsScaleUp')
    expect(warning?.params).toMatchObject({ accelerators: r.acceleratorsPerReplica, domain: 8 })
    expect(r.meetsLatencyTargets).toBeNull()
  })

  it('an implausible total is warned', () => {
    const r = run({
      ...serving,
      target: { ...serving.target, requestsPerSecond: 1e8 }
    })
    expect(r.accelerators).toBeGreaterThan(1e6)
    expect(r.warnings.map((w) => w.key)).toContain('sanity.implausibleTotal')
  })

  it('training: an implausible card count is warned too', () => {
    const r = run({
      id: 't',
      kind: 'llm-training',
      accelerator: 'nvidia-h100-sxm5-80gb',
      model: 'llama-3.1-8b',
      tokens: 1e16,
      targetDays: 1
    })
    expect(r.warnings.map((w) => w.key)).toContain('sanity.implausibleTotal')
  })
})
