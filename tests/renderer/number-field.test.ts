/**
 * components/fields/NumberField.vue beyond number-field-units/forms: percent fields, the
 * "= 2 weeks" conversion line, the default as placeholder, a warning under an error, zh-CN.
 */
import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import NumberField from '@renderer/components/fields/NumberField.vue'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import { useUiStore } from '@renderer/stores/ui'
import { newWorkload } from '@renderer/lib/workloads'
import { forgetUnits } from '@renderer/lib/units'
import { mountIn, setup } from './harness'

beforeEach(forgetUnits)

async function type(input: HTMLInputElement, text: string): Promise<void> {
  input.value = text
  input.dispatchEvent(new Event('input'))
  await flushPromises()
}

function trainingPlan() {
  usePlanStore().load({ ...createBlankPlan(), workloads: [newWorkload('llm-training', 't')] })
}

describe('NumberField', () => {
  it('a percent field shows 13 for 0.13 and stores 37.5 typed as 0.375', async () => {
    const context = setup()
    const plan = usePlanStore()
    plan.update((d) => void (d.settings.taxRate = 0.13))
    const wrapper = await mountIn(
      NumberField,
      { path: 'settings.taxRate', label: 'VAT', percent: true },
      context
    )
    const input = wrapper.get('input').element as HTMLInputElement
    expect(input.value).toBe('13')
    expect(wrapper.text()).toContain('%')
    await type(input, '37.5')
    expect(plan.plan.settings.taxRate).toBe(0.375)
    wrapper.unmount()
  })

  it('says the value in the other units that read well (14 days = 2 weeks, not 0.46 months)', async () => {
    const context = setup()
    trainingPlan()
    usePlanStore().update((d) => void ((d.workloads[0] as { targetDays?: number }).targetDays = 14))
    const wrapper = await mountIn(
      NumberField,
      { path: 'workloads[0].targetDays', label: 'Days', family: 'days', testid: 'days' },
      context
    )
    expect((wrapper.get('input').element as HTMLInputElement).value).toBe('14')
    const feedback = wrapper.get('.n-form-item-feedback-wrapper').text()
    expect(feedback).toBe('= 2 weeks')
    wrapper.unmount()
  })

  it('an empty field shows what applies by default; clearing it removes the value', async () => {
    const context = setup()
    const plan = usePlanStore()
    plan.update((d) => void (d.settings.pue = 1.5))
    const wrapper = await mountIn(
      NumberField,
      { path: 'settings.pue', label: 'PUE', defaultText: '1.3' },
      context
    )
    const input = wrapper.get('input').element as HTMLInputElement
    expect(input.getAttribute('placeholder')).toBe('default: 1.3')
    expect(input.getAttribute('aria-label')).toBe('PUE')
    await type(input, '')
    expect(plan.plan.settings).not.toHaveProperty('pue')
    wrapper.unmount()
  })

  it('a warning shows while the value is fine; typed letters replace it with an error', async () => {
    const context = setup()
    usePlanStore().update((d) => void (d.settings.pue = 2.5))
    const wrapper = await mountIn(
      NumberField,
      { path: 'settings.pue', label: 'PUE', warning: 'Unusually high for a data centre' },
      context
    )
    const feedback = () => wrapper.get('.n-form-item-feedback-wrapper').text()
    expect(feedback()).toBe('Unusually high for a data centre')
    await type(wrapper.get('input').element as HTMLInputElement, 'two')
    expect(feedback()).toBe('PUE: “two” is not a number; the field keeps its last value')
    expect(usePlanStore().plan.settings.pue).toBe(2.5)
    wrapper.unmount()
  })

  it('in Chinese: the conversion and the refusal of letters', async () => {
    const context = setup(() => null, 'zh-CN')
    useUiStore().setLocale('zh-CN')
    trainingPlan()
    usePlanStore().update((d) => void ((d.workloads[0] as { targetDays?: number }).targetDays = 14))
    const wrapper = await mountIn(
      NumberField,
      { path: 'workloads[0].targetDays', label: '天数', family: 'days' },
      context
    )
    const feedback = () => wrapper.get('.n-form-item-feedback-wrapper').text()
    expect(feedback()).toBe('= 2 周')
    await type(wrapper.get('input').element as HTMLInputElement, 'abc')
    expect(feedback()).toBe('天数：“abc”不是数字；字段保留原值')
    wrapper.unmount()
  })
})
