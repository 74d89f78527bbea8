/** components/fields/SelectField.vue: a choice of a plan field; each choice its own undo step. */
import { describe, expect, it } from 'vitest'
import { NSelect } from 'naive-ui'
import SelectField from '@renderer/components/fields/SelectField.vue'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import { newWorkload } from '@renderer/lib/workloads'
import { mountIn, setup } from './harness'

const OPTIONS = [
  { label: 'BF16', value: 'bf16' },
  { label: 'FP8', value: 'fp8' }
]

async function mountField(locale: 'en' | 'zh-CN' = 'en', defaultText?: string) {
  const context = setup(() => null, locale)
  usePlanStore().load({ ...createBlankPlan(), workloads: [newWorkload('llm-training', 't')] })
  const wrapper = await mountIn(
    SelectField,
    {
      path: 'workloads[0].precision',
      label: 'Precision',
      options: OPTIONS,
      clearable: true,
      defaultText
    },
    context
  )
  return { wrapper, select: wrapper.findComponent(NSelect) }
}

describe('SelectField', () => {
  it('shows the plan’s value; each choice is its own undo step; clearing removes the field', async () => {
    const { wrapper, select } = await mountField()
    const plan = usePlanStore()
    expect(select.props('value')).toBe('bf16')
    expect(select.attributes('aria-label')).toBe('Precision')
    select.vm.$emit('update:value', 'fp8')
    select.vm.$emit('update:value', null)
    expect(plan.plan.workloads[0]).not.toHaveProperty('precision')
    plan.undo()
    expect(plan.plan.workloads[0]).toMatchObject({ precision: 'fp8' })
    plan.undo()
    expect(plan.plan.workloads[0]).toMatchObject({ precision: 'bf16' })
    wrapper.unmount()
  })

  it('an empty field says what applies by default, in the reader’s language', async () => {
    const en = await mountField('en', 'BF16')
    expect(en.select.props('placeholder')).toBe('default: BF16')
    en.wrapper.unmount()
    const zh = await mountField('zh-CN', 'BF16')
    expect(zh.select.props('placeholder')).toMatch(/BF16/)
    expect(zh.select.props('placeholder')).not.toMatch(/default/)
    zh.wrapper.unmount()
  })
})
