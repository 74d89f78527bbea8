/** Bad input never throws: it comes back as issues located by JSON path. */
import { describe, expect, it } from 'vitest'
import { estimatePlan, formatIssue } from '../../../src/shared/core'
import { parsePlan } from '../../../src/shared/schema/plan'
import { plan } from './helpers'

const training = {
  id: 't',
  kind: 'llm-training',
  accelerator: 'nvidia-a100-sxm4-80gb',
  model: 'llama-2-7b',
  tokens: 1e12,
  accelerators: 64
}
const inference = {
  id: 'i',
  kind: 'llm-inference',
  accelerator: 'nvidia-a100-sxm4-80gb',
  model: 'llama-2-7b',
  weightPrecision: 'fp16',
  contextTokens: 4096
}

function messages(document: unknown): string[] {
  const result = estimatePlan(document)
  expect(result.ok).toBe(false)
  return result.issues.map(formatIssue)
}

describe('located issues', () => {
  it.each([
    ['negative', -5, 'workloads[1].tokens: must be > 0'],
    ['zero', 0, 'workloads[1].tokens: must be > 0'],
    ['NaN', NaN, 'workloads[1].tokens: must be a finite number'],
    ['Infinity', Infinity, 'workloads[1].tokens: must be a finite number'],
    ['absurd 1e30', 1e30, 'workloads[1].tokens: must be ≤ 10000000000000000'],
    ['a string', '1e12', 'workloads[1].tokens: has the wrong type (expected number)']
  ])('%s tokens', (_label, tokens, expected) => {
    expect(messages(plan([inference, { ...training, tokens }]))).toContain(expected)
  })

  it('missing fields and unknown fields', () => {
    const { contextTokens: _omit, ...noContext } = inference
    void _omit
    expect(messages(plan([noContext]))).toContain('workloads[0].contextTokens: is required')
    expect(messages(plan([{ ...inference, contextToken: 4 }]))).toContain(
      'workloads[0].contextToken: unknown field "contextToken"'
    )
    expect(messages(plan([{ ...training, tokens: undefined }]))).toContain(
      'workloads[0].tokens: give one of training tokens, corpus size'
    )
  })

  it('unknown kind, ids and assumptions', () => {
    expect(messages(plan([{ ...inference, kind: 'llm-magic' }]))[0]).toMatch(
      /^workloads\[0\]\.kind: must be one of/
    )
    expect(messages(plan([{ ...inference, model: 'gpt-9' }]))).toEqual([
      'workloads[0].model: unknown model id "gpt-9"'
    ])
    expect(messages(plan([{ ...inference, accelerator: 'nvidia-z9000' }]))).toEqual([
      'workloads[0].accelerator: unknown accelerator id "nvidia-z9000" (not in the catalog or the plan inventory)'
    ])
    expect(messages(plan([{ ...inference, assumptions: { mfuu: 0.5 } }]))).toEqual([
      'workloads[0].assumptions.mfuu: unknown assumption "mfuu"'
    ])
    expect(messages(plan([{ ...training, assumptions: { mfu: 3 } }]))).toEqual([
      'workloads[0].assumptions.mfu: must be ≤ 1'
    ])
    expect(messages(plan([inference, inference]))).toContain('workloads[1].id: duplicate id "i"')
  })

  it('a card without the figures a workload needs gives a located issue, not a crash', () => {
    const r = estimatePlan(plan([{ ...inference, accelerator: 'cambricon-mlu590' }]))
    expect(r.ok).toBe(false)
    expect(r.issues[0].path).toBe('workloads[0].accelerator')
    expect(r.issues[0].messageKey).toBe('core.validation.missingSpec')
  })

  it('an inline model missing what the KV cache needs names the field', () => {
    expect(messages(plan([{ ...inference, model: { params: 7e9 } }]))).toEqual([
      'workloads[0].model.layers: the model needs layers for the KV cache and activations estimate'
    ])
  })

  it('never throws, whatever it is given', () => {
    const garbage: unknown[] = [
      undefined,
      null,
      42,
      'not json',
      '{"format": 1}',
      [],
      { format: 'compute-planner/plan', version: 2, name: 'x', workloads: [] },
      plan([{ ...inference, concurrency: -1, contextTokens: 1e300 }]),
      plan([{ kind: 'custom' }]),
      plan([{ ...training, accelerator: { vendor: 'X', name: 'No specs' } }]),
      plan([
        {
          id: 'v',
          kind: 'video-analytics',
          accelerator: 'nvidia-a2-16gb',
          streams: 10,
          topsPerStream: 1000
        }
      ])
    ]
    for (const input of garbage) {
      const r = estimatePlan(input)
      expect(r.ok).toBe(false)
      expect(r.issues.length).toBeGreaterThan(0)
      for (const issue of r.issues) expect(issue.message).toBeTruthy()
    }
  })

  it('extreme but legal input stays finite', () => {
    const r = estimatePlan(
      plan([{ ...training, model: { params: 1e13 }, tokens: 1e16, accelerators: 1 }])
    )
    expect(r.ok).toBe(true)
    expect(Number.isFinite(r.workloads[0].result.ranges.days.high)).toBe(true)
  })

  it('refuses a newer plan version with a clear message', () => {
    const r = parsePlan({ format: 'compute-planner/plan', version: 7, name: 'x', workloads: [] })
    expect(r.ok).toBe(false)
    if (!r.ok)
      expect(formatIssue(r.issues[0])).toMatch(/^version: was written by a newer Compute Planner/)
  })

  it('parsePlan reads JSON text and applies settings defaults', () => {
    const r = parsePlan(JSON.stringify(plan([inference])))
    expect(r.ok).toBe(true)
    if (r.ok) {
      expect(r.plan.settings.currency).toBe('CNY')
      expect(r.plan.settings.pue).toBe(1.3)
      expect(r.plan.compare.enabled).toBe(false)
    }
    const bad = parsePlan('{ not json')
    expect(bad.ok).toBe(false)
  })
})
