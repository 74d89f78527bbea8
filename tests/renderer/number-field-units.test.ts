/**
 * Issue 13: a number field never changes its unit under the planner, never coerces what was
 * typed, and every refusal names the field by its label in the field's own unit.
 */
import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import NumberField from '@renderer/components/fields/NumberField.vue'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import { loadPlanValidator, useResultsStore } from '@renderer/stores/results'
import { newWorkload } from '@renderer/lib/workloads'
import { forgetUnits } from '@renderer/lib/units'
import type { Workload } from '@shared/schema/plan'
import { mountIn, setup } from './harness'

async function type(input: HTMLInputElement, text: string): Promise<void> {
  input.value = text
  input.dispatchEvent(new Event('input'))
  await flushPromises()
}
async function blur(input: HTMLInputElement): Promise<void> {
  input.dispatchEvent(new Event('blur'))
  input.dispatchEvent(new FocusEvent('focusout'))
  await flushPromises()
}

describe('number fields', () => {
  beforeEach(async () => {
    await loadPlanValidator()
    localStorage.clear()
    forgetUnits()
    vi.useFakeTimers()
  })
  afterEach(() => vi.useRealTimers())

  it('coming back to a field shows the value in the unit it was typed in', async () => {
    const context = setup()
    const plan = usePlanStore()
    plan.load({ ...createBlankPlan(), workloads: [newWorkload('llm-inference', 'i')] })
    const props = {
      path: 'workloads[0].contextTokens',
      label: 'Context length',
      family: 'tokens',
      integer: true
    }
    const first = await mountIn(NumberField, props, context)
    await type(first.get('input').element as HTMLInputElement, '10000000')
    expect(plan.plan.workloads[0]).toMatchObject({ contextTokens: 10_000_000 })
    first.unmount()
    // Leave the step and come back: same number, same unit; typing again means tokens.
    const again = await mountIn(NumberField, props, context)
    const input = again.get('input').element as HTMLInputElement
    expect(input.value).toBe('10000000')
    await type(input, '32768')
    expect(plan.plan.workloads[0]).toMatchObject({ contextTokens: 32768 })
    again.unmount()
  })

  it('a negative, zero or letter concurrency is refused in words, never made 1', async () => {
    const context = setup()
    const plan = usePlanStore()
    const results = useResultsStore()
    plan.load({
      ...createBlankPlan(),
      workloads: [{ ...newWorkload('llm-inference', 'i'), concurrency: 8 } as Workload]
    })
    const wrapper = await mountIn(
      NumberField,
      { path: 'workloads[0].concurrency', label: 'Concurrency', integer: true, min: 1 },
      context
    )
    const input = wrapper.get('input').element as HTMLInputElement
    for (const text of ['-5', '0']) {
      await type(input, text)
      await blur(input)
      await vi.advanceTimersByTimeAsync(100)
      await flushPromises()
      expect((plan.plan.workloads[0] as { concurrency?: number }).concurrency).toBe(Number(text))
      expect(
        results.issues.map((i) => i.path),
        JSON.stringify(plan.plan.workloads[0])
      ).toContain('workloads[0].concurrency')
      expect(wrapper.text()).toContain('Concurrency must be greater than 0')
    }
    await type(input, 'abc')
    await blur(input)
    await flushPromises()
    expect(wrapper.text()).toContain('Concurrency: “abc” is not a number')
    expect((plan.plan.workloads[0] as { concurrency?: number }).concurrency).toBe(0)
    wrapper.unmount()
  })

  it('a percent field says its limit in percent', async () => {
    const context = setup()
    const plan = usePlanStore()
    useResultsStore()
    plan.load({ ...createBlankPlan(), workloads: [newWorkload('video-analytics', 'v')] })
    const wrapper = await mountIn(
      NumberField,
      { path: 'settings.taxRate', label: 'Tax rate', percent: true },
      context
    )
    await type(wrapper.get('input').element as HTMLInputElement, '200')
    await vi.advanceTimersByTimeAsync(100)
    await flushPromises()
    expect(plan.plan.settings.taxRate).toBe(2)
    expect(wrapper.text()).toContain('Tax rate must be at most 100 %')
    wrapper.unmount()
  })

  it('a limit in another unit is said in the unit shown', async () => {
    const context = setup()
    const plan = usePlanStore()
    useResultsStore()
    plan.load({
      ...createBlankPlan(),
      workloads: [{ ...newWorkload('llm-inference', 'i'), contextTokens: 2e6 } as Workload]
    })
    const wrapper = await mountIn(
      NumberField,
      {
        path: 'workloads[0].contextTokens',
        label: 'Context length',
        family: 'tokens',
        integer: true
      },
      context
    )
    // Shown in M tokens (never typed here): 200 M tokens is over the 100 M limit.
    await type(wrapper.get('input').element as HTMLInputElement, '200')
    await vi.advanceTimersByTimeAsync(100)
    await flushPromises()
    expect(wrapper.text()).toContain('Context length must be at most 100 M tokens')
    wrapper.unmount()
  })
})
