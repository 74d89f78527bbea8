import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import SizingFields from '@renderer/components/workloads/SizingFields.vue'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import { newWorkload } from '@renderer/lib/workloads'
import type { Workload } from '@shared/schema/plan'
import { mountIn, setup } from './harness'

let mounted: VueWrapper | undefined
afterEach(() => {
  mounted?.unmount()
  mounted = undefined
})

async function mountSizing(
  locale: 'en' | 'zh-CN',
  workload: Workload = newWorkload('llm-training', 't'),
  allowNone = false
) {
  const context = setup(() => null, locale)
  const plan = usePlanStore()
  plan.load({ ...createBlankPlan(), workloads: [newWorkload('llm-inference', 'i'), workload] })
  mounted = await mountIn(SizingFields, { index: 1, allowNone }, context)
  return { plan, wrapper: mounted }
}

const has = (wrapper: VueWrapper, id: string) => wrapper.find(`[data-testid="wl-1-${id}"]`).exists()

describe('SizingFields', () => {
  it('offers cards or a deadline, in English and Chinese', async () => {
    const en = await mountSizing('en')
    for (const label of ['Size by', 'Number of accelerators', 'Deadline in days'])
      expect(en.wrapper.text(), label).toContain(label)
    // The training workload has a 30-day deadline: the deadline field shows, not the cards.
    expect(has(en.wrapper, 'targetDays')).toBe(true)
    expect(has(en.wrapper, 'accelerators')).toBe(false)
    expect(en.wrapper.text()).not.toContain('Runs side by side')
    en.wrapper.unmount()
    mounted = undefined

    const zh = await mountSizing('zh-CN')
    for (const label of ['测算依据', '加速卡数量', '期限天数', '完成期限'])
      expect(zh.wrapper.text(), label).toContain(label)
  })

  it('choosing cards drops the deadline and shows a card count to type', async () => {
    const { plan, wrapper } = await mountSizing('en')
    await wrapper.get('[data-testid="wl-1-sizing-accelerators"] input').trigger('change')
    await flushPromises()
    const w = plan.plan.workloads[1] as { accelerators?: number; targetDays?: number }
    expect(w.targetDays).toBeUndefined()
    // No estimate yet: a whole, positive count to start from.
    expect(Number.isInteger(w.accelerators) && (w.accelerators ?? 0) >= 1).toBe(true)
    expect(has(wrapper, 'targetDays')).toBe(false)

    const input = wrapper.get('[data-testid="wl-1-accelerators-input"] input')
      .element as HTMLInputElement
    input.value = '64'
    input.dispatchEvent(new Event('input'))
    await flushPromises()
    expect(plan.plan.workloads[1]).toMatchObject({ accelerators: 64 })
    expect(plan.plan.workloads[0]).toEqual(newWorkload('llm-inference', 'i'))
  })

  it('with allowNone a third choice sizes by neither and hides both fields', async () => {
    const { plan, wrapper } = await mountSizing('en', newWorkload('vision-training', 'v'), true)
    // The vision workload starts with 8 cards.
    expect(has(wrapper, 'accelerators')).toBe(true)
    const group = wrapper.get('[role="radiogroup"][aria-label="Size by"]')
    const radios = group.findAll('input')
    expect(radios).toHaveLength(3)
    expect(group.text()).toContain('Runs side by side')
    await radios[2].trigger('change')
    await flushPromises()
    const w = plan.plan.workloads[1] as { accelerators?: number; targetDays?: number }
    expect(w.accelerators).toBeUndefined()
    expect(w.targetDays).toBeUndefined()
    expect(has(wrapper, 'accelerators')).toBe(false)
    expect(has(wrapper, 'targetDays')).toBe(false)
  })

  it('shows nothing to fill for a kind it does not size', async () => {
    const context = setup(() => null, 'en')
    const plan = usePlanStore()
    plan.load({ ...createBlankPlan(), workloads: [newWorkload('llm-inference', 'i')] })
    mounted = await mountIn(SizingFields, { index: 0 }, context)
    expect(mounted.findAll('input[type="text"], .n-input-number')).toHaveLength(0)
  })
})
