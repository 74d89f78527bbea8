/**
 * components/compare/ComparisonPanel.vue: per group the recommendation in words, what the
 * ranked cost covers (cards, servers, energy, support — not the cluster, which Results
 * prices), the grouping choice written to the plan, and "apply the recommendation" that sets
 * the group's workloads to the recommended card. Real core, both languages.
 */
import { describe, expect, it } from 'vitest'
import ComparisonPanel from '@renderer/components/compare/ComparisonPanel.vue'
import { usePlanStore } from '@renderer/stores/plan'
import { useUiStore } from '@renderer/stores/ui'
import { estimatePlan } from '@shared/core'
import { compareFixture } from './compare-group'
import { mountIn, setup } from './harness'

async function mountPanel(locale: 'en' | 'zh-CN' = 'en') {
  const { plan } = compareFixture()
  const context = setup(() => null, locale)
  useUiStore().setLocale(locale)
  usePlanStore().load(plan)
  const compare = estimatePlan(plan).compare!
  const wrapper = await mountIn(ComparisonPanel, { compare }, context)
  return { wrapper, compare }
}

describe('ComparisonPanel', () => {
  it('says for each group which card is recommended and what its cost covers', async () => {
    const { wrapper, compare } = await mountPanel()
    const group = compare.groups[0]
    expect(group.recommended).not.toBeNull()
    const section = wrapper.get(`[data-testid="group-${group.id}"]`)
    // The fixture prices the 910B and the H100 only: the cheaper feasible one is recommended.
    expect(section.get('[data-testid="group-recommendation"]').text()).toMatch(
      /is the cheapest candidate/
    )
    expect(section.get('[data-testid="compare-cost-scope"]').text()).toBe(
      'Capex and TCO here count each candidate’s cards, servers, their energy and support; the whole cluster’s network, storage, racks and services are sized for the hardware the plan uses and priced in Results’ bill of materials.'
    )
    wrapper.unmount()
  })

  it('the grouping select writes the plan’s compare grouping', async () => {
    const { wrapper } = await mountPanel()
    const select = wrapper.get('[data-testid="compare-grouping"]')
    await select.setValue('kind')
    expect(usePlanStore().plan.compare.grouping).toBe('kind')
    wrapper.unmount()
  })

  it('in Chinese: the cost scope and the headings', async () => {
    const { wrapper } = await mountPanel('zh-CN')
    expect(wrapper.get('[data-testid="compare-cost-scope"]').text()).toMatch(
      /^此处的资本支出和总拥有成本只计各候选的加速卡、服务器/
    )
    expect(wrapper.text()).not.toContain('Capex and TCO here')
    wrapper.unmount()
  })
})
