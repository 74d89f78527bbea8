/**
 * components/results/CostBreakdown.vue edges beyond bill-of-materials.test.ts: the shares of
 * a hand-made split, a category with nothing in it, and a BOM with no price at all.
 */
import { describe, expect, it } from 'vitest'
import CostBreakdown from '@renderer/components/results/CostBreakdown.vue'
import { useUiStore } from '@renderer/stores/ui'
import type { BillOfMaterials, BomLine } from '@shared/core/rollup'
import { mountIn, setup } from './harness'

/** The component reads the currency, the category sums and whether each line has a price. */
const bom = (byCategory: BillOfMaterials['byCategory'], lines: Partial<BomLine>[] = []) =>
  ({ currency: 'USD', byCategory, lines }) as BillOfMaterials
const line = (costCategory: BomLine['costCategory'], priceMissing: boolean): Partial<BomLine> => ({
  costCategory,
  section: 'hardware',
  priceMissing,
  lineTotal: priceMissing ? 0 : 100
})

const split = bom({
  accelerators: 600,
  servers: 200,
  network: 100,
  storage: 0,
  facility: 50,
  services: 50
})

describe('CostBreakdown', () => {
  it('each category’s amount and share of 1,000; an empty category has no bar segment', async () => {
    const wrapper = await mountIn(CostBreakdown, { bom: split }, setup())
    const legend = (category: string) => {
      const item = wrapper.get(`[data-testid="breakdown-${category}"]`)
      return [
        item.text().split('$')[0].trim(),
        item.get('strong').text(),
        item.get('.share').text()
      ]
    }
    expect(legend('accelerators')).toEqual(['Accelerators', '$600', '60%'])
    expect(legend('facility')).toEqual(['Racks and power', '$50.00', '5%'])
    expect(legend('storage')).toEqual(['Storage', '$0.00', '0%'])
    const segments = wrapper.findAll('.segment')
    expect(segments).toHaveLength(5)
    expect(segments.map((s) => s.attributes('title'))).toEqual([
      'Accelerators: 60%',
      'Servers: 20%',
      'Network: 10%',
      'Racks and power: 5%',
      'Services: 5%'
    ])
    expect(wrapper.find('[data-testid="cost-breakdown-empty"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('a category whose lines have no price says “price needed”, one with some “at least”', async () => {
    // Network: two switches, neither priced (the sum 0 is not a price); storage: one of two.
    const partly = bom({ ...split.byCategory, network: 0, storage: 100 }, [
      line('accelerators', false),
      line('network', true),
      line('network', true),
      line('storage', false),
      line('storage', true),
      { ...line('facility', true), section: 'optional' }
    ])
    const wrapper = await mountIn(CostBreakdown, { bom: partly }, setup())
    const network = wrapper.get('[data-testid="breakdown-network"]')
    expect(network.get('strong').text()).toBe('price needed')
    expect(network.find('.share').exists()).toBe(false)
    expect(wrapper.get('[data-testid="breakdown-storage"] strong').text()).toBe('at least $100')
    // An optional line without a price does not make its category unpriced.
    expect(wrapper.get('[data-testid="breakdown-facility"] strong').text()).toBe('$50.00')
    wrapper.unmount()
  })

  it('with no price at all it says there is nothing to split, with no bar and no legend', async () => {
    const wrapper = await mountIn(
      CostBreakdown,
      {
        bom: bom({
          accelerators: 0,
          servers: 0,
          network: 0,
          storage: 0,
          facility: 0,
          services: 0
        })
      },
      setup()
    )
    expect(wrapper.get('[data-testid="cost-breakdown-empty"]').text()).toBe(
      'No line has a price yet: nothing to split.'
    )
    expect(wrapper.find('.bar').exists()).toBe(false)
    expect(wrapper.findAll('li')).toHaveLength(0)
    wrapper.unmount()
  })

  it('in Chinese: caption and category names', async () => {
    const context = setup(() => null, 'zh-CN')
    useUiStore().setLocale('zh-CN')
    const wrapper = await mountIn(CostBreakdown, { bom: split }, context)
    expect(wrapper.get('figcaption').text()).toBe('资本支出构成（不含税）')
    expect(wrapper.get('[data-testid="breakdown-facility"]').text()).toContain('机柜与供电')
    expect(wrapper.findAll('.segment')[0].attributes('title')).toBe('加速卡：60%')
    expect(wrapper.get('.bar').attributes('aria-label')).toBe('资本支出构成（不含税）')
    wrapper.unmount()
  })
})
