/**
 * The pooled cluster's field on every workload form (issue 19): choosing when a workload
 * runs writes a valid optional `schedule`; choosing "always on" again removes it, so the
 * plan is exactly as before.
 */
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { NInputNumber, NSelect } from 'naive-ui'
import WorkloadForm from '@renderer/components/WorkloadForm.vue'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import { newWorkload } from '@renderer/lib/workloads'
import { parsePlan } from '@shared/schema/plan'
import { mountIn, setup } from './harness'

describe('schedule field', () => {
  it('writes hours per month, runs per year and removes the schedule for always on', async () => {
    const context = setup()
    const plan = usePlanStore()
    plan.load({ ...createBlankPlan(), workloads: [newWorkload('custom', 'job')] })
    const wrapper = await mountIn(WorkloadForm, { index: 0 }, context)
    const modeSelect = () =>
      wrapper
        .findAllComponents(NSelect)
        .find((s) => s.attributes('data-testid') === 'wl-0-schedule-mode')!
    expect(plan.plan.workloads[0].schedule).toBeUndefined()

    modeSelect().vm.$emit('update:value', 'hoursPerMonth')
    await flushPromises()
    expect(plan.plan.workloads[0].schedule).toEqual({ mode: 'hoursPerMonth', hoursPerMonth: 10 })
    const hours = wrapper
      .findAllComponents(NInputNumber)
      .find((n) => n.attributes('data-testid') === 'wl-0-schedule-hoursPerMonth')!
    hours.vm.$emit('update:value', 20)
    await flushPromises()
    expect(plan.plan.workloads[0].schedule).toEqual({ mode: 'hoursPerMonth', hoursPerMonth: 20 })
    expect(parsePlan(plan.toDocument()).ok).toBe(true)

    modeSelect().vm.$emit('update:value', 'runsPerYear')
    await flushPromises()
    expect(plan.plan.workloads[0].schedule).toEqual({ mode: 'runsPerYear', runsPerYear: 12 })

    modeSelect().vm.$emit('update:value', 'always')
    await flushPromises()
    expect(plan.plan.workloads[0].schedule).toBeUndefined()
    // Undo brings the schedule back: the edits are plan commands.
    plan.undo()
    expect(plan.plan.workloads[0].schedule).toEqual({ mode: 'runsPerYear', runsPerYear: 12 })
  })
})
