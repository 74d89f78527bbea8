/** components/compare/PinnedScenarios.vue: pinned candidates side by side, differences marked. */
import { describe, expect, it } from 'vitest'
import PinnedScenarios from '@renderer/components/compare/PinnedScenarios.vue'
import { usePlanStore } from '@renderer/stores/plan'
import { useUiStore } from '@renderer/stores/ui'
import { compareFixture } from './compare-group'
import { mountIn, setup } from './harness'

const { plan, group } = compareFixture()
const candidate = (id: string) => group.candidates.find((c) => c.acceleratorId === id)!

async function mountPinned(pinned: string[], locale: 'en' | 'zh-CN' = 'en') {
  const context = setup(() => null, locale)
  useUiStore().setLocale(locale)
  usePlanStore().load({ ...plan, compare: { ...plan.compare, pinned } })
  return mountIn(PinnedScenarios, { group }, context)
}

const row = (wrapper: Awaited<ReturnType<typeof mountPinned>>, label: string) =>
  wrapper.findAll('tbody tr').find((tr) => tr.get('th').text() === label)

describe('PinnedScenarios', () => {
  it('asks for at least two pins; a pin of a card not in the group does not count', async () => {
    const wrapper = await mountPinned(['huawei-ascend-910b', 'not-in-group'])
    expect(wrapper.find('table').exists()).toBe(false)
    expect(wrapper.text()).toMatch(/^Pin 2–4/)
    wrapper.unmount()
  })

  it('one column per pin in pin order, figures of the plan and of each workload', async () => {
    const wrapper = await mountPinned(['nvidia-h100-sxm5-80gb', 'huawei-ascend-910b'])
    const names = wrapper.findAll('thead th').map((th) => th.text())
    expect(names).toEqual([
      '',
      candidate('nvidia-h100-sxm5-80gb').name,
      expect.stringMatching(/910B/)
    ])
    const cards = row(wrapper, 'Chat: Cards')!
    expect(cards.findAll('td').map((td) => Number(td.text()))).toEqual([
      candidate('nvidia-h100-sxm5-80gb').workloads[0].accelerators,
      candidate('huawei-ascend-910b').workloads[0].accelerators
    ])
    // 2 H100 against 4 910B: the row differs and is marked.
    expect(cards.classes()).toContain('differs')
    // One workload: the group's card count is the workload's.
    const total = row(wrapper, 'Cards')!
    expect(total.findAll('td').map((td) => td.text())).toEqual(
      cards.findAll('td').map((td) => td.text())
    )
    expect(row(wrapper, 'Capex (USD)')).toBeDefined()
    wrapper.unmount()
  })

  it('rows that agree are not marked', async () => {
    const wrapper = await mountPinned(['nvidia-a800-pcie-80gb', 'nvidia-h100-sxm5-80gb'])
    const cards = row(wrapper, 'Chat: Cards')!
    const values = cards.findAll('td').map((td) => td.text())
    expect(values[0]).toBe(values[1])
    expect(cards.classes()).not.toContain('differs')
    wrapper.unmount()
  })

  it('in Chinese: the card’s Chinese name and the row labels', async () => {
    const wrapper = await mountPinned(['huawei-ascend-910b', 'nvidia-h100-sxm5-80gb'], 'zh-CN')
    expect(wrapper.get('thead').text()).toContain('昇腾')
    expect(row(wrapper, 'Chat：卡数')).toBeDefined()
    wrapper.unmount()
    const help = await mountPinned([], 'zh-CN')
    expect(help.text()).toBe('固定 2–4 个候选，逐列查看完整方案，差异处高亮。')
    help.unmount()
  })
})
