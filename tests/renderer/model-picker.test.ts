/**
 * components/fields/ModelPicker.vue beyond inline-model.test.ts: how catalog models are
 * labelled (size, active parameters of a MoE, attention), the search by name, size and
 * attention, the source line, and choosing a model (en, zh-CN).
 */
import { describe, expect, it } from 'vitest'
import { NSelect } from 'naive-ui'
import ModelPicker from '@renderer/components/fields/ModelPicker.vue'
import { useCatalogStore } from '@renderer/stores/catalog'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import { useUiStore } from '@renderer/stores/ui'
import { newWorkload } from '@renderer/lib/workloads'
import { mountIn, setup } from './harness'
import { realCore } from './real-core'

interface Option {
  value: string
  label: string
  search?: string
}

async function mountPicker(locale: 'en' | 'zh-CN' = 'en') {
  const context = setup(realCore, locale)
  useUiStore().setLocale(locale)
  await useCatalogStore().load()
  usePlanStore().load({ ...createBlankPlan(), workloads: [newWorkload('llm-inference', 'i')] })
  const wrapper = await mountIn(
    ModelPicker,
    { path: 'workloads[0].model', kind: 'llm', label: 'Model', testid: 'model' },
    context
  )
  const select = wrapper.findComponent(NSelect)
  const options = () => select.props('options') as Option[]
  const label = (id: string) => options().find((o) => o.value === id)?.label
  const filter = select.props('filter') as (pattern: string, option: Option) => boolean
  const matches = (pattern: string) =>
    options()
      .filter((o) => filter(pattern, o))
      .map((o) => o.value)
  return { wrapper, select, options, label, matches }
}

describe('ModelPicker', () => {
  it('labels a model with its size in billions, a MoE with its active part, and its attention', async () => {
    const { wrapper, label, options } = await mountPicker()
    // Catalog: Llama-3.1-8B 8.03e9 parameters, GQA; Mixtral-8x7B 46.7e9 total, 12.9e9 active.
    expect(label('llama-3.1-8b')).toBe('Llama-3.1-8B · 8.03B · GQA')
    expect(label('mixtral-8x7b')).toBe('Mixtral-8x7B · 46.7B · 12.9B active · GQA')
    expect(options()[0].label).toBe('Custom model (enter the architecture)…')
    wrapper.unmount()
  })

  it('searches every word in the id, name, size and attention; "Custom model…" always shows', async () => {
    const { wrapper, matches } = await mountPicker()
    const seventy = matches('70b')
    expect(seventy).toContain('llama-3.1-70b')
    expect(seventy).not.toContain('llama-3.1-8b')
    const mla = matches('  MLA ')
    expect(mla.filter((id) => id.startsWith('deepseek-'))).toEqual(['deepseek-v3', 'deepseek-r1'])
    expect(matches('qwen3 moe 22b')).toContain('qwen3-235b-a22b')
    expect(matches('qwen3 moe 22b')).not.toContain('qwen3-30b-a3b')
    expect(matches('no such model').length).toBe(1)
    wrapper.unmount()
  })

  it('shows the chosen model’s source and sets another as one plan edit', async () => {
    const { wrapper, select } = await mountPicker()
    const plan = usePlanStore()
    const chosen = useCatalogStore().llms.find((m) => m.id === 'llama-3.1-8b')!
    expect(wrapper.get('.picker-source').text()).toBe(`Source: ${chosen.source}`)
    select.vm.$emit('update:value', 'qwen2.5-7b')
    await wrapper.vm.$nextTick()
    expect(plan.plan.workloads[0]).toMatchObject({ model: 'qwen2.5-7b' })
    const qwen = useCatalogStore().llms.find((m) => m.id === 'qwen2.5-7b')!
    expect(wrapper.get('.picker-source').text()).toBe(`Source: ${qwen.source}`)
    plan.undo()
    expect(plan.plan.workloads[0]).toMatchObject({ model: 'llama-3.1-8b' })
    wrapper.unmount()
  })

  it('in Chinese', async () => {
    const { wrapper, label, options } = await mountPicker('zh-CN')
    expect(label('mixtral-8x7b')).toBe('Mixtral-8x7B · 46.7B · 激活 12.9B · GQA')
    expect(options()[0].label).toBe('自定义模型（输入架构参数）…')
    expect(wrapper.get('.picker-source').text()).toMatch(/^来源：/)
    wrapper.unmount()
  })
})
