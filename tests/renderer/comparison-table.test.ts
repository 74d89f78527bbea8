/**
 * components/compare/ComparisonTable.vue: one compare group as a table — recommendation
 * order, sorting by a heading, the filter, a price typed for a "price needed" card, pins and
 * availability overrides, each an edit of the plan.
 */
import { describe, expect, it } from 'vitest'
import ComparisonTable from '@renderer/components/compare/ComparisonTable.vue'
import { usePlanStore } from '@renderer/stores/plan'
import { useUiStore } from '@renderer/stores/ui'
import { compareFixture } from './compare-group'
import { mountIn, setup } from './harness'

const { plan, group } = compareFixture()

async function mountTable(locale: 'en' | 'zh-CN' = 'en') {
  const context = setup(() => null, locale)
  useUiStore().setLocale(locale)
  usePlanStore().load(plan)
  const wrapper = await mountIn(ComparisonTable, { group }, context)
  const order = () =>
    wrapper
      .findAll('tbody tr[data-testid^="candidate-"]')
      .map((row) => row.attributes('data-testid')!.replace('candidate-', ''))
  return { wrapper, order }
}

describe('ComparisonTable', () => {
  it('lists the ranked cards by TCO first, the recommended one starred, then the rest', async () => {
    const { wrapper, order } = await mountTable()
    const ranked = group.candidates
      .filter((c) => c.ranked)
      .sort((a, b) => a.tco! - b.tco!)
      .map((c) => c.acceleratorId)
    expect(ranked).toEqual(['huawei-ascend-910b', 'nvidia-h100-sxm5-80gb'])
    expect(order().slice(0, 2)).toEqual(ranked)
    expect(order()).toHaveLength(5)
    const first = wrapper.get('[data-testid="candidate-huawei-ascend-910b"]')
    expect(first.classes()).toContain('recommended')
    expect(first.text()).toContain('★')
    expect(wrapper.get('[data-testid="candidate-nvidia-h100-sxm5-80gb"]').text()).not.toContain('★')
    expect(wrapper.findAll('thead th').map((th) => th.text())).toContain('Capex (USD)')
    wrapper.unmount()
  })

  it('sorts by a heading, ascending then descending, and says so to screen readers', async () => {
    const { wrapper, order } = await mountTable()
    const heading = wrapper.findAll('thead th').find((th) => th.text() === 'Cards')!
    await heading.get('button').trigger('click')
    const cards = (id: string) =>
      group.candidates.find((c) => c.acceleratorId === id)!.accelerators!
    const ascending = order().map(cards)
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b))
    expect(ascending[0]).toBeLessThan(ascending.at(-1)!)
    expect(heading.attributes('aria-sort')).toBe('ascending')
    await heading.get('button').trigger('click')
    expect(order().map(cards)).toEqual([...ascending].sort((a, b) => b - a))
    expect(heading.attributes('aria-sort')).toBe('descending')
    expect(heading.text()).toContain('▼')
    wrapper.unmount()
  })

  it('filters by name or vendor, case-insensitively, and says when nothing matches', async () => {
    const { wrapper, order } = await mountTable()
    const filter = wrapper.get('[data-testid="comparison-filter"]')
    await filter.setValue('  HUAWEI ')
    expect(order()).toEqual(['huawei-ascend-910b'])
    await filter.setValue('jetson')
    expect(order()).toEqual(['nvidia-jetson-agx-orin-64gb'])
    await filter.setValue('no such card')
    expect(order()).toEqual([])
    expect(wrapper.text()).toContain('No candidate matches the filter.')
    wrapper.unmount()
  })

  it('a price typed for a "price needed" card goes into the price book; zero is refused', async () => {
    const { wrapper } = await mountTable()
    const store = usePlanStore()
    const row = wrapper.get('[data-testid="candidate-nvidia-a800-pcie-80gb"]')
    expect(row.text()).toContain('price needed')
    expect(wrapper.find('[data-testid="price-huawei-ascend-910b"]').exists()).toBe(false)
    const input = row.get('[data-testid="price-nvidia-a800-pcie-80gb"]')
    const save = input.element.nextElementSibling as HTMLButtonElement
    await input.setValue('0')
    save.click()
    expect(store.plan.priceBook ?? []).toEqual([])
    await input.setValue('15000')
    save.click()
    expect(store.plan.priceBook).toEqual([
      expect.objectContaining({
        partId: 'nvidia-a800-pcie-80gb',
        price: expect.objectContaining({ amount: 15000, currency: 'USD' })
      })
    ])
    wrapper.unmount()
  })

  it('pins at most four cards, the oldest pin dropping out', async () => {
    const { wrapper, order } = await mountTable()
    const store = usePlanStore()
    for (const id of order()) {
      await wrapper.get(`[data-testid="candidate-${id}"] input[type="checkbox"]`).trigger('change')
    }
    expect(store.plan.compare.pinned).toEqual(order().slice(1))
    const second = wrapper.get(`[data-testid="candidate-${order()[1]}"] input[type="checkbox"]`)
    expect((second.element as HTMLInputElement).checked).toBe(true)
    await second.trigger('change')
    expect(store.plan.compare.pinned).toEqual(order().slice(2))
    wrapper.unmount()
  })

  it('overrides availability only once a market is set, refusing a malformed date', async () => {
    const { wrapper } = await mountTable()
    const store = usePlanStore()
    const id = 'nvidia-h100-sxm5-80gb'
    expect(wrapper.find(`[data-testid="override-${id}"]`).exists()).toBe(false)
    store.update((d) => void (d.settings.market = 'mainland-china'))
    await wrapper.vm.$nextTick()
    await wrapper.get(`[data-testid="override-${id}"]`).trigger('click')
    const row = wrapper.get(`[data-testid="candidate-${id}"]`)
    await row.get('.override select').setValue('restricted')
    const date = row.get('.override input')
    const save = row.get('.override button')
    await date.setValue('2025/01/01')
    expect(date.attributes('aria-invalid')).toBe('true')
    expect(save.attributes('disabled')).toBeDefined()
    await date.setValue('2025-01')
    await save.trigger('click')
    expect(store.plan.compare.availability).toEqual([
      { id, market: 'mainland-china', status: 'restricted', date: '2025-01' }
    ])
    expect(row.find('.override').exists()).toBe(false)
    wrapper.unmount()
  })

  it('speaks Chinese under zh-CN', async () => {
    const { wrapper } = await mountTable('zh-CN')
    const headings = wrapper.findAll('thead th').map((th) => th.text())
    expect(headings).toContain('候选')
    expect(headings).toContain('卡数')
    await wrapper.get('[data-testid="comparison-filter"]').setValue('none such')
    expect(wrapper.text()).toContain('没有符合筛选条件的候选。')
    wrapper.unmount()
  })
})
