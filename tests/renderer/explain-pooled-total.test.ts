/**
 * Issue 19, pooled cluster: the plan's accelerator total explains itself from the pools, not
 * from the workloads' peaks. Found by e2e/web/pooled-cluster.spec.ts: two workloads of 8
 * cards sharing a pool (one always on with half its cards busy in quiet hours, one 4 h a
 * month) gave a total of 12 that the derivation wrote as "8 + 8 = 12". Hand-checked: sum of
 * peaks 8 + 8 = 16, pooled max(8, 8 × 0.5 + 8) = 12.
 */
import { describe, expect, it } from 'vitest'
import { explainTarget } from '@renderer/lib/explain'
import { estimatePlan, parsePlan } from '@shared/core'
import { PLAN_FORMAT, PLAN_VERSION } from '@shared/schema/plan'

const training = (id: string) => ({
  id,
  kind: 'vision-training',
  accelerator: 'huawei-ascend-910b',
  model: 'resnet50',
  images: 1_281_167,
  epochs: 90,
  accelerators: 8
})

function pooledEstimate() {
  const parsed = parsePlan({
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    name: 'pool',
    workloads: [
      { ...training('always'), schedule: { mode: 'always', offPeakFraction: 0.5 } },
      { ...training('monthly'), schedule: { mode: 'hoursPerMonth', hoursPerMonth: 4 } }
    ]
  })
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
  return estimatePlan(parsed.plan)
}

describe('the accelerator total of a pooled plan', () => {
  it('sums the pools (12), each drilling into its pooled size, not the peaks (8 + 8)', () => {
    const result = pooledEstimate()
    expect(result.totals!.accelerators).toBe(12)
    const explained = explainTarget(result, { scope: 'total', field: 'accelerators' })!
    expect(explained.value).toBe(12)
    const sum = explained.inputs.reduce((total, input) => total + input.value, 0)
    expect(sum).toBe(explained.value)
    expect(explained.inputs).toHaveLength(1)
    expect(explained.inputs[0].drill).toEqual({
      scope: 'group',
      acceleratorId: 'huawei-ascend-910b',
      stepId: 'acceleratorsNeeded'
    })
    // The pool's own derivation holds the sum of peaks beside the pooled size.
    const pool = explainTarget(result, explained.inputs[0].drill!)!
    expect(pool.value).toBe(12)
    const group = result.totals!.byAccelerator[0]
    expect(group.steps.find((step) => step.id === 'sumOfPeakAccelerators')?.value).toBe(16)
  })
})

describe('the energy total of a pooled plan', () => {
  // Found by e2e/web/pooled-cluster.spec.ts: the plan's energy wrote "energy of the
  // accelerator servers" as a figure "you entered", with no way down to the pool's duty
  // cycle (accelerator-hours in use per year).
  it('drills from the plan figure to each group, and from the group to its duty cycle', () => {
    const result = pooledEstimate()
    const plan = explainTarget(result, { scope: 'total', field: 'energyMWhPerYear' })!
    const groups = plan.inputs.find((input) => input.ref === 'groupsEnergyMWhPerYear')!
    expect(groups.drill).toEqual({ scope: 'total', field: 'energyMWhPerYear', groups: true })
    const byGroup = explainTarget(result, groups.drill!)!
    expect(byGroup.value).toBeCloseTo(groups.value, 9)
    expect(byGroup.inputs.map((input) => input.drill)).toEqual([
      { scope: 'group', acceleratorId: 'huawei-ascend-910b', stepId: 'energyMWhPerYear' }
    ])
    const pool = explainTarget(result, byGroup.inputs[0].drill!)!
    expect(pool.inputs.map((input) => input.ref)).toContain('activeAcceleratorHoursPerYear')
    // 8 always-on cards all year + 8 cards 48 h a year: 8 × 8,760 + 8 × 48 = 70,464.
    const active = result.totals!.byAccelerator[0].steps.find(
      (step) => step.id === 'activeAcceleratorHoursPerYear'
    )
    expect(active?.value).toBe(70_464)
  })

  it('the IT power total drills to the groups the same way', () => {
    const result = pooledEstimate()
    const plan = explainTarget(result, { scope: 'total', field: 'itPowerKW' })!
    const groups = plan.inputs.find((input) => input.ref === 'groupsItPowerKW')!
    expect(groups.drill).toEqual({ scope: 'total', field: 'itPowerKW', groups: true })
    expect(explainTarget(result, groups.drill!)!.value).toBeCloseTo(groups.value, 9)
  })
})
