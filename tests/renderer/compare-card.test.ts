/** views/steps/hardware/CompareCard.vue: turn comparison on, and choose its candidates. */
import { describe, expect, it } from 'vitest'
import { NSelect } from 'naive-ui'
import CompareCard from '@renderer/views/steps/hardware/CompareCard.vue'
import { useCatalogStore } from '@renderer/stores/catalog'
import { usePlanStore } from '@renderer/stores/plan'
import { mountIn, setup } from './harness'
import { realCore } from './real-core'

const FILTERED = ['huawei-ascend-910b', 'nvidia-h100-sxm5-80gb']

async function mountCard(locale: 'en' | 'zh-CN' = 'en') {
  const context = setup(realCore, locale)
  await useCatalogStore().load()
  return mountIn(CompareCard, { filteredIds: FILTERED }, context)
}

describe('CompareCard', () => {
  it('the switch turns comparison on (one undoable step) and shows the candidate picker', async () => {
    const wrapper = await mountCard()
    const plan = usePlanStore()
    expect(wrapper.findComponent(NSelect).exists()).toBe(false)
    await wrapper.get('[data-testid="compare-toggle"]').trigger('click')
    expect(plan.plan.compare.enabled).toBe(true)
    const select = wrapper.findComponent(NSelect)
    expect(select.exists()).toBe(true)
    expect(select.props('placeholder')).toBe('All catalog and inventory accelerators')
    // Every catalog card is offered, labelled as the Hardware step labels it.
    const options = select.props('options') as { value: string; label: string }[]
    expect(options).toHaveLength(useCatalogStore().accelerators.length)
    expect(options.find((o) => o.value === 'nvidia-h100-sxm5-80gb')?.label).toBe(
      'NVIDIA H100 SXM5 80GB · 80 GB'
    )
    plan.undo()
    expect(plan.plan.compare.enabled).toBe(false)
    wrapper.unmount()
  })

  it('takes the filtered cards as candidates, or the ones picked', async () => {
    const wrapper = await mountCard()
    const plan = usePlanStore()
    await wrapper.get('[data-testid="compare-toggle"]').trigger('click')
    const useFiltered = wrapper.findAll('button').find((b) => b.text().startsWith('Use the'))!
    expect(useFiltered.text()).toBe('Use the 2 filtered accelerators')
    await useFiltered.trigger('click')
    expect(plan.plan.compare.candidates).toEqual(FILTERED)
    wrapper.findComponent(NSelect).vm.$emit('update:value', ['nvidia-a100-sxm4-80gb'])
    expect(plan.plan.compare.candidates).toEqual(['nvidia-a100-sxm4-80gb'])
    wrapper.unmount()
  })

  it('speaks Chinese under zh-CN', async () => {
    const wrapper = await mountCard('zh-CN')
    expect(wrapper.text()).toContain('比较加速卡')
    expect(wrapper.text()).toContain('比较所有候选')
    await wrapper.get('[data-testid="compare-toggle"]').trigger('click')
    expect(wrapper.text()).toContain('使用筛选出的 2 款')
    wrapper.unmount()
  })
})
