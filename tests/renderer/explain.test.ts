/** lib/explain.ts: what the derivation panel shows for a target (beyond the pooled total). */
import { describe, expect, it } from 'vitest'
import { explainTarget, unitOfTotal, writeOut, TOTAL_FIELDS } from '@renderer/lib/explain'
import { newWorkload } from '@renderer/lib/workloads'
import { estimatePlan, parsePlan } from '@shared/core'
import { PLAN_FORMAT, PLAN_VERSION } from '@shared/schema/plan'

function estimate() {
  const parsed = parsePlan({
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    name: 'two',
    workloads: [
      { ...newWorkload('llm-training', 'train-1'), name: 'Pretrain' },
      { ...newWorkload('vision-training', 'vision-1'), accelerator: 'huawei-ascend-910b' }
    ]
  })
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
  return estimatePlan(parsed.plan)
}
const result = estimate()

describe('writeOut', () => {
  it('replaces inputs by their names, keeps functions and unknown names, writes * as ×', () => {
    const names: Record<string, string> = { a: '188', b: '0.9' }
    expect(writeOut('ceil(a / b)', (ref) => names[ref])).toBe('ceil(188 / 0.9)')
    expect(writeOut('a*b  *  c', (ref) => names[ref])).toBe('188 × 0.9 × c')
    expect(writeOut('max(a_1, a)', (ref) => names[ref])).toBe('max(a_1, 188)')
  })
})

describe('unitOfTotal', () => {
  it('names a unit for every total, the currency for money and per year for opex', () => {
    expect(TOTAL_FIELDS.map((field) => unitOfTotal(field, 'EUR'))).toEqual([
      'accelerators',
      'servers',
      'racks',
      'kW',
      'kW',
      'MWh/year',
      'EUR',
      'EUR/year',
      'EUR'
    ])
  })
})

describe('explainTarget', () => {
  it('a workload step: its own value, inputs, steps and assumptions, in context', () => {
    const workload = result.workloads[0]
    const step = workload.result.steps.find((s) => s.kind === 'formula')!
    const explained = explainTarget(result, {
      scope: 'workload',
      workloadId: 'train-1',
      stepId: step.id
    })!
    expect(explained.value).toBe(step.value)
    expect(explained.expr).toBe(step.kind === 'formula' ? step.expr : undefined)
    expect(explained.inputs.map((i) => i.ref)).toEqual(step.inputs.map((i) => i.ref))
    expect(explained.steps).toBe(workload.result.steps)
    expect(explained.editable).toBe(true)
    expect(explained.context.startsWith('Pretrain · ')).toBe(true)
  })

  it('the context names the card in Chinese under zh-CN', () => {
    const step = result.workloads[1].result.steps[0]
    const target = { scope: 'workload', workloadId: 'vision-1', stepId: step.id } as const
    expect(explainTarget(result, target, 'en')!.context).toMatch(/^vision-1 · .*910B/)
    expect(explainTarget(result, target, 'zh-CN')!.context).toMatch(/昇腾/)
  })

  it('an unknown workload, step, group, section or field explains nothing', () => {
    expect(explainTarget(result, { scope: 'workload', workloadId: 'x', stepId: 'a' })).toBeNull()
    expect(
      explainTarget(result, { scope: 'workload', workloadId: 'train-1', stepId: 'nope' })
    ).toBeNull()
    expect(explainTarget(result, { scope: 'group', acceleratorId: 'x', stepId: 'a' })).toBeNull()
    expect(explainTarget(result, { scope: 'cluster', section: 'x', stepId: 'a' })).toBeNull()
    expect(explainTarget(result, { scope: 'plan', stepId: 'nope' })).toBeNull()
    expect(explainTarget(result, { scope: 'total', field: 'nonsense' })).toBeNull()
  })

  it('the accelerator total of unpooled workloads is the sum of each workload’s cards', () => {
    const explained = explainTarget(result, { scope: 'total', field: 'accelerators' })!
    const cards = result.workloads.map((w) => (w.result as { accelerators: number }).accelerators)
    expect(explained.sum).toBe(true)
    expect(explained.editable).toBe(false)
    expect(explained.inputs.map((i) => i.value)).toEqual(cards)
    expect(explained.value).toBe(cards[0] + cards[1])
    expect(explained.inputs.map((i) => i.drill)).toEqual([
      expect.objectContaining({ scope: 'workload', workloadId: 'train-1' }),
      expect.objectContaining({ scope: 'workload', workloadId: 'vision-1' })
    ])
    expect(explained.formula).toBe(explained.inputs.map((i) => i.label).join(' + '))
  })

  it('a group step explains within the group, named by its card', () => {
    const group = result.totals!.byAccelerator[0]
    const step = group.steps[0]
    const explained = explainTarget(result, {
      scope: 'group',
      acceleratorId: group.acceleratorId,
      stepId: step.id
    })!
    expect(explained.value).toBe(step.value)
    expect(explained.context).toBe(group.acceleratorName)
    expect(explained.assumptions).toEqual([])
  })
})
