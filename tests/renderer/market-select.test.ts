/** components/compare/MarketSelect.vue: the plan's procurement market, set and cleared. */
import { describe, expect, it } from 'vitest'
import MarketSelect from '@renderer/components/compare/MarketSelect.vue'
import { usePlanStore } from '@renderer/stores/plan'
import { mountIn, setup } from './harness'

describe('MarketSelect', () => {
  it('offers "not set" and each market, shows the plan’s, and sets it as an undoable edit', async () => {
    const wrapper = await mountIn(MarketSelect, {}, setup())
    const select = wrapper.get<HTMLSelectElement>('[data-testid="market-select"]')
    expect(select.findAll('option').map((o) => o.text())).toEqual([
      'Not set (no market check)',
      'Mainland China',
      'Rest of world'
    ])
    expect(select.element.value).toBe('')
    await select.setValue('mainland-china')
    const store = usePlanStore()
    expect(store.plan.settings.market).toBe('mainland-china')
    await select.setValue('')
    expect(store.plan.settings).not.toHaveProperty('market')
    store.undo()
    expect(store.plan.settings.market).toBe('mainland-china')
    await wrapper.vm.$nextTick()
    expect(select.element.value).toBe('mainland-china')
    wrapper.unmount()
  })

  it('speaks Chinese under zh-CN', async () => {
    const wrapper = await mountIn(
      MarketSelect,
      {},
      setup(() => null, 'zh-CN')
    )
    expect(wrapper.text()).toContain('采购市场')
    expect(wrapper.findAll('option').map((o) => o.text())).toEqual([
      '未设置（不核对市场）',
      '中国大陆',
      '中国以外'
    ])
    wrapper.unmount()
  })
})
