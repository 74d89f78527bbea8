/**
 * Results' summary when the bill of materials holds lines without a price (issue 15): the
 * capital cost and TCO are lower bounds, so they read "at least …" and a warning names how many
 * lines and which categories (network, storage…) are left out — in both languages. Before,
 * a 256-GPU plan showed ¥69,120,000 as its capital cost with 22 unpriced network lines.
 */
import { mount, flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import ResultsStep from '@renderer/views/steps/ResultsStep.vue'
import { usePlanStore } from '@renderer/stores/plan'
import { useResultsStore } from '@renderer/stores/results'
import type { EstimateResult } from '@shared/core'
import { parsePlan } from '@shared/schema/plan'
import { setup } from './harness'
import { H100_TRAINING_PLAN as PLAN, withUnpriced } from '../support/unpriced-bom'

async function summary(result: EstimateResult, locale: 'en' | 'zh-CN' = 'en') {
  const context = setup(() => null, locale)
  const parsed = parsePlan(PLAN)
  if (!parsed.ok) throw new Error('the test plan is invalid')
  usePlanStore().load(parsed.plan)
  useResultsStore().result = result
  // The heavy children are not what this test reads.
  const stubs = {
    FabricTopology: true,
    ResultsCharts: true,
    WorkloadCard: true,
    BillOfMaterials: true
  }
  const wrapper = mount(defineComponent({ setup: () => () => h(ResultsStep) }), {
    global: { plugins: [context.pinia, context.i18n, context.router], stubs },
    attachTo: document.body
  })
  await flushPromises()
  return wrapper
}

describe('Results summary with unpriced bill-of-materials lines', () => {
  it('capex and TCO read “at least”, and a warning names the lines and categories', async () => {
    const result = withUnpriced(['network', 'storage'])
    const missing = result.totals!.bom!.priceMissingLines
    expect(missing).toBeGreaterThan(0)
    const wrapper = await summary(result)
    expect(wrapper.get('[data-testid="total-capex"]').text()).toMatch(/^at least ¥[\d,.]+$/)
    expect(wrapper.get('[data-testid="total-tco"]').text()).toMatch(/^at least ¥[\d,.]+$/)
    const warning = wrapper.get('[data-testid="summary-price-needed"]').text()
    expect(warning).toContain(`leave out ${missing} line(s)`)
    expect(warning).toContain('(Network, Storage)')
    // Not the accelerator note: every card here has a price.
    expect(wrapper.text()).not.toContain('Costs cover only accelerators with a known price.')
    wrapper.unmount()
  })

  it('in Chinese: 至少, and the categories joined by 、', async () => {
    const wrapper = await summary(withUnpriced(['network', 'facility']), 'zh-CN')
    expect(wrapper.get('[data-testid="total-capex"]').text()).toMatch(/^至少 ¥[\d,.]+$/)
    expect(wrapper.get('[data-testid="summary-price-needed"]').text()).toContain(
      '（网络、机柜与供电）'
    )
    wrapper.unmount()
  })

  it('every line priced: plain figures and no warning', async () => {
    const wrapper = await summary(withUnpriced([]))
    expect(wrapper.get('[data-testid="total-capex"]').text()).toMatch(/^¥[\d,.]+$/)
    expect(wrapper.find('[data-testid="summary-price-needed"]').exists()).toBe(false)
    wrapper.unmount()
  })
})
