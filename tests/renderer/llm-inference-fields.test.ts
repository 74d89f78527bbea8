import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import LlmInferenceFields from '@renderer/components/workloads/LlmInferenceFields.vue'
import { newWorkload } from '@renderer/lib/workloads'
import { fieldsHarness, type } from './fields-harness'

const { mountFields: mountServing } = fieldsHarness(
  LlmInferenceFields,
  () => newWorkload('custom', 'c'),
  () => newWorkload('llm-inference', 'i')
)

describe('LlmInferenceFields', () => {
  it('shows the serving fields in English and Chinese', async () => {
    const en = await mountServing('en')
    for (const label of [
      'Weight precision',
      'KV-cache precision',
      'Serving framework',
      'Context length',
      'Concurrent sequences',
      'Tensor parallel'
    ])
      expect(en.wrapper.text()).toContain(label)
    expect(en.wrapper.text()).toContain('Request-rate target')

    const zh = await mountServing('zh-CN')
    for (const label of [
      '权重精度',
      'KV 缓存精度',
      '推理框架',
      '上下文长度',
      '并发序列数',
      '张量并行'
    ])
      expect(zh.wrapper.text()).toContain(label)
    expect(zh.wrapper.text()).toContain('请求速率目标')
    expect(zh.wrapper.text()).not.toContain('Context length')
  })

  it('typing into context length and tensor parallel edits this workload, nested where due', async () => {
    const { plan, wrapper } = await mountServing('en')
    await type(wrapper, '[data-testid="wl-1-contextTokens-input"] input', '8192')
    await type(wrapper, '[data-testid="wl-1-tensor-input"] input', '4')
    expect(plan.plan.workloads[1]).toMatchObject({ contextTokens: 8192, parallel: { tensor: 4 } })
    // The other workload is untouched.
    expect(plan.plan.workloads[0]).toEqual(newWorkload('custom', 'c'))
  })

  it('the request-rate switch adds a target with its fields, and removes both again', async () => {
    const { plan, wrapper } = await mountServing('en')
    expect(wrapper.find('[data-testid="wl-1-rps-input"] input').exists()).toBe(false)
    expect(wrapper.text()).not.toContain('Max time to first token')

    await wrapper.get('[data-testid="wl-1-target"]').trigger('click')
    await flushPromises()
    const target = (plan.plan.workloads[1] as { target?: Record<string, number> }).target
    expect(target).toBeDefined()
    expect(wrapper.text()).toContain('Max time to first token')
    const rps = wrapper.get('[data-testid="wl-1-rps-input"] input').element as HTMLInputElement
    expect(Number(rps.value)).toBe(target?.requestsPerSecond)
    await type(wrapper, '[data-testid="wl-1-rps-input"] input', '25')
    expect((plan.plan.workloads[1] as { target?: Record<string, number> }).target).toMatchObject({
      requestsPerSecond: 25
    })

    await wrapper.get('[data-testid="wl-1-target"]').trigger('click')
    await flushPromises()
    expect('target' in plan.plan.workloads[1]).toBe(false)
    expect(wrapper.find('[data-testid="wl-1-rps-input"] input').exists()).toBe(false)
  })

  it('the multi-node tensor switch sets the flag and drops an emptied parallel block', async () => {
    const { plan, wrapper } = await mountServing('en')
    expect('parallel' in plan.plan.workloads[1]).toBe(false)
    await wrapper.get('[data-testid="wl-1-multiNodeTensor"]').trigger('click')
    await flushPromises()
    expect(plan.plan.workloads[1]).toMatchObject({ parallel: { multiNodeTensor: true } })
    await wrapper.get('[data-testid="wl-1-multiNodeTensor"]').trigger('click')
    await flushPromises()
    expect('parallel' in plan.plan.workloads[1]).toBe(false)
  })
})
