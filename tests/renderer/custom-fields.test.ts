import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import CustomFields from '@renderer/components/workloads/CustomFields.vue'
import { newWorkload } from '@renderer/lib/workloads'
import { fieldsHarness, type } from './fields-harness'

const { mountFields: mountCustom } = fieldsHarness(
  CustomFields,
  () => newWorkload('llm-inference', 'i'),
  () => newWorkload('custom', 'c')
)

describe('CustomFields', () => {
  it('shows the custom-work fields in English and Chinese', async () => {
    const en = await mountCustom('en')
    for (const label of ['Work given as', 'Total compute', 'Precision', 'Utilisation', 'Size by'])
      expect(en.wrapper.text(), label).toContain(label)

    const zh = await mountCustom('zh-CN')
    for (const label of ['工作量形式', '总计算量', '精度', '利用率', '测算依据', '目标算力'])
      expect(zh.wrapper.text(), label).toContain(label)
    expect(zh.wrapper.text()).not.toContain('Work given as')
  })

  it('typing the utilisation as a percentage stores a fraction on this workload', async () => {
    const { plan, wrapper } = await mountCustom('en')
    await type(wrapper, 'input[aria-label="Utilisation"]', '40')
    expect((plan.plan.workloads[1] as { utilization?: number }).utilization).toBeCloseTo(0.4, 12)
    expect(plan.plan.workloads[1]).toMatchObject({ totalFlops: 1e21, targetDays: 7 })
    expect(plan.plan.workloads[0]).toEqual(newWorkload('llm-inference', 'i'))
  })

  it('a target compute stands alone: no utilisation, no sizing, and back gives a deadline', async () => {
    const { plan, wrapper } = await mountCustom('en')
    expect(wrapper.find('[data-testid="wl-1-sizing-days"]').exists()).toBe(true)
    await wrapper.get('[data-testid="wl-1-source-pflops"] input').trigger('change')
    await flushPromises()
    const w = plan.plan.workloads[1] as Record<string, unknown>
    expect(w.totalFlops).toBeUndefined()
    expect(w.targetDays).toBeUndefined()
    expect(w.accelerators).toBeUndefined()
    expect(typeof w.targetPflops).toBe('number')
    expect(wrapper.text()).toContain('Target dense compute')
    expect(wrapper.text()).not.toContain('Utilisation')
    expect(wrapper.find('[data-testid="wl-1-sizing-days"]').exists()).toBe(false)

    await type(wrapper, '[data-testid="wl-1-targetPflops-input"] input', '42')
    expect(plan.plan.workloads[1]).toMatchObject({ targetPflops: 42 })

    // Back to accelerator-hours: the target goes and a deadline returns, so it can be sized.
    const group = wrapper.get('[role="radiogroup"][aria-label="Work given as"]')
    await group.findAll('input')[1].trigger('change')
    await flushPromises()
    const back = plan.plan.workloads[1] as Record<string, unknown>
    expect(back.targetPflops).toBeUndefined()
    expect(typeof back.acceleratorHours).toBe('number')
    expect(typeof back.targetDays).toBe('number')
    expect(wrapper.text()).toContain('Accelerator-hours')
    expect(wrapper.find('[data-testid="wl-1-sizing-days"]').exists()).toBe(true)
  })
})
