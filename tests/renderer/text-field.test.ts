/** components/fields/TextField.vue: a free-text plan field; blank removes it; issues shown. */
import { describe, expect, it } from 'vitest'
import TextField from '@renderer/components/fields/TextField.vue'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import { useResultsStore } from '@renderer/stores/results'
import { newWorkload } from '@renderer/lib/workloads'
import { mountIn, setup, type Responder } from './harness'

const refusesName: Responder = (channel) =>
  channel === 'calc.estimate'
    ? {
        ok: false,
        workloads: [],
        totals: null,
        compare: null,
        issues: [
          {
            path: 'workloads[0].name',
            message: 'too long',
            messageKey: 'core.validation.required',
            params: {}
          }
        ]
      }
    : null

async function mountField(respond?: Responder, locale: 'en' | 'zh-CN' = 'en') {
  const context = setup(respond, locale)
  usePlanStore().load({ ...createBlankPlan(), workloads: [newWorkload('custom', 'c')] })
  const wrapper = await mountIn(
    TextField,
    { path: 'workloads[0].name', label: 'Name', placeholder: 'c', testid: 'name' },
    context
  )
  const input = () => wrapper.get<HTMLInputElement>('input')
  return { wrapper, input }
}

describe('TextField', () => {
  it('the label names the input; typing sets the field, typing on merges into one undo step', async () => {
    const { wrapper, input } = await mountField()
    expect(wrapper.get('label[for]').attributes('for')).toBe(input().attributes('id'))
    expect(input().attributes('aria-label')).toBe('Name')
    expect(input().attributes('placeholder')).toBe('c')
    const plan = usePlanStore()
    await input().setValue('Chat')
    await input().setValue('Chat bot')
    expect(plan.plan.workloads[0].name).toBe('Chat bot')
    plan.undo()
    expect(plan.plan.workloads[0]).not.toHaveProperty('name')
    wrapper.unmount()
  })

  it('blank text removes the field instead of storing spaces', async () => {
    const { wrapper, input } = await mountField()
    await input().setValue('Chat')
    await input().setValue('   ')
    expect(usePlanStore().plan.workloads[0]).not.toHaveProperty('name')
    wrapper.unmount()
  })

  it('shows the field’s located issue in the reader’s language', async () => {
    const en = await mountField(refusesName)
    await useResultsStore().recalculate()
    await en.wrapper.vm.$nextTick()
    expect(en.wrapper.get('.n-form-item-feedback-wrapper').text()).toBe('is required')
    en.wrapper.unmount()
    const zh = await mountField(refusesName, 'zh-CN')
    await useResultsStore().recalculate()
    await zh.wrapper.vm.$nextTick()
    expect(zh.wrapper.get('.n-form-item-feedback-wrapper').text()).toBe('为必填项')
    zh.wrapper.unmount()
  })
})
