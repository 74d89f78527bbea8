import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { NSelect } from 'naive-ui'
import InlineModelForm from '@renderer/components/InlineModelForm.vue'
import { newWorkload } from '@renderer/lib/workloads'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import type { LlmSpec } from '@shared/schema/plan'
import { mountIn, setup } from './harness'

// inline-model.test.ts drives the form through WorkloadForm with the real core (MLA, MQA, MoE,
// copies); here the form alone: the defaults it tells for empty fields, MHA and clearing the
// attention type, and its words in zh-CN.

const mounted: { unmount(): void }[] = []
afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.unmount()
})

async function mountForm(initial: LlmSpec, locale: 'en' | 'zh-CN' = 'en') {
  const context = setup(() => null, locale)
  const plan = usePlanStore()
  const serving = newWorkload('llm-inference', 's')
  if (serving.kind !== 'llm-inference') throw new Error('expected a serving workload')
  plan.load({ ...createBlankPlan(), workloads: [{ ...serving, model: initial }] })
  const wrapper = await mountIn(
    InlineModelForm,
    { path: 'workloads[0].model', kind: 'llm', testid: 'wl-0-model' },
    context
  )
  mounted.push(wrapper)
  const placeholder = (field: string) =>
    wrapper.get(`[data-testid="wl-0-model-${field}"] input`).attributes('placeholder')
  const model = () => (plan.plan.workloads[0] as { model: LlmSpec }).model
  const attention = () => wrapper.get('[data-testid="wl-0-model-attention"]').findComponent(NSelect)
  return { wrapper, placeholder, model, attention }
}

const gqa: LlmSpec = {
  name: 'Mine',
  params: 7e9,
  layers: 32,
  hiddenSize: 4096,
  attentionHeads: 32,
  kvHeads: 8,
  attention: 'gqa'
}

describe('InlineModelForm', () => {
  it('tells the default of an empty head size and FFN from the width and heads', async () => {
    const { placeholder } = await mountForm(gqa)
    // 4096 ÷ 32 = 128; 4 × 4096 = 16,384.
    expect(placeholder('headDim')).toBe('default: 128 (hidden size ÷ heads)')
    expect(placeholder('ffnSize')).toBe('default: 16,384 (4 × Hidden size)')
    expect(placeholder('kvHeads')).toBe('default: = attention heads')
  })

  it('tells the rule alone while the width is unknown', async () => {
    const { placeholder } = await mountForm({ params: 1e9 })
    expect(placeholder('headDim')).toBe('default: hidden size ÷ heads')
    expect(placeholder('ffnSize')).toBe('default: 4 × Hidden size')
  })

  it('MHA gives every head its own KV head; clearing the type leaves the heads as they were', async () => {
    const { model, attention } = await mountForm(gqa)
    attention().vm.$emit('update:value', 'mha')
    await flushPromises()
    expect(model()).toMatchObject({ attention: 'mha', kvHeads: 32 })
    attention().vm.$emit('update:value', null)
    await flushPromises()
    expect(model()).not.toHaveProperty('attention')
    expect(model().kvHeads).toBe(32)
  })

  it('GQA keeps a grouping the planner already chose', async () => {
    const { model, attention } = await mountForm({ ...gqa, attention: 'mha', kvHeads: 4 })
    attention().vm.$emit('update:value', 'gqa')
    await flushPromises()
    expect(model()).toMatchObject({ attention: 'gqa', kvHeads: 4 })
  })

  it('speaks Chinese for zh-CN', async () => {
    const { wrapper, placeholder } = await mountForm(gqa, 'zh-CN')
    expect(wrapper.get('h4').text()).toBe('自定义架构')
    expect(wrapper.get('[data-testid="wl-0-model-layers"]').text()).toContain('层数')
    expect(wrapper.get('[data-testid="wl-0-model-hiddenSize"]').text()).toContain('隐藏维度')
    expect(placeholder('headDim')).toBe('默认：128 (隐藏维度 ÷ 头数)')
    expect(wrapper.text()).toContain('混合专家（MoE）')
  })
})
