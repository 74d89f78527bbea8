/**
 * Results' bill of materials and cost breakdown (issue 15): every non-optional line of the
 * estimate's BOM, grouped by cost category, the category sums, and shares that add to 100 %.
 */
import { describe, expect, it } from 'vitest'
import BillOfMaterials from '@renderer/components/results/BillOfMaterials.vue'
import { estimatePlan } from '@shared/core'
import { useDerivationStore } from '@renderer/stores/derivation'
import { mountIn, setup } from './harness'

function trainingBom() {
  const result = estimatePlan({
    format: 'compute-planner/plan',
    version: 1,
    name: 'BOM',
    workloads: [
      {
        id: 'train',
        kind: 'llm-training',
        accelerator: 'nvidia-h100-sxm5-80gb',
        model: 'llama-2-7b',
        tokens: 2e12,
        targetDays: 30
      }
    ],
    settings: { currency: 'CNY', taxRate: 0.13 }
  })
  if (!result.totals?.bom) throw new Error('no bill of materials')
  return result.totals.bom
}

describe('bill of materials on Results', () => {
  it('lists every non-optional line by category, in Chinese part names in zh-CN', async () => {
    const bom = trainingBom()
    const wrapper = await mountIn(
      BillOfMaterials,
      { bom },
      setup(() => null, 'zh-CN')
    )
    const rows = wrapper.findAll('[data-testid^="bom-line-"]')
    expect(rows).toHaveLength(bom.lines.filter((l) => l.section !== 'optional').length)
    expect(wrapper.find('[data-testid="bom-category-network"]').exists()).toBe(true)
    expect(wrapper.text()).toContain('交换机（计算网络叶层）：NVIDIA Quantum-2 QM9700 交换机')
    expect(wrapper.text()).toContain('交换机（计算网络脊层）：NVIDIA Quantum-2 QM9700 交换机')
    expect(wrapper.get('[data-testid="bom-grand-total"]').text()).toMatch(/\d/)
    wrapper.unmount()
  })

  it('the breakdown shows each category with a share; shares add up to 100 %', async () => {
    const bom = trainingBom()
    const wrapper = await mountIn(BillOfMaterials, { bom }, setup())
    const legend = wrapper.findAll('[data-testid^="breakdown-"]')
    expect(legend).toHaveLength(6)
    const shares = wrapper
      .findAll('.segment')
      .map((segment) => Number(/width:\s*([\d.]+)%/.exec(segment.attributes('style') ?? '')?.[1]))
    expect(shares.length).toBeGreaterThan(0)
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 6)
    expect(wrapper.get('[data-testid="breakdown-accelerators"]').text()).toContain('Accelerators')
    wrapper.unmount()
  })

  it('a line quantity opens its sizing step in the derivation panel', async () => {
    const bom = trainingBom()
    const wrapper = await mountIn(BillOfMaterials, { bom }, setup())
    const spine = bom.lines.find((l) => l.role === 'computeSpine')!
    expect(spine.quantityFrom).toBeDefined()
    const row = wrapper.get(`[data-testid="bom-line-${spine.id.replace(/[^A-Za-z0-9_-]/g, '-')}"]`)
    await row.get('[data-testid="bom-quantity"] button').trigger('click')
    expect(useDerivationStore().target).toEqual({
      scope: 'cluster',
      section: spine.quantityFrom!.section,
      stepId: spine.quantityFrom!.step
    })
    const server = bom.lines.find((l) => l.role === 'computeServer')!
    await wrapper
      .get(`[data-testid="bom-line-${server.id.replace(/[^A-Za-z0-9_-]/g, '-')}"]`)
      .get('[data-testid="bom-quantity"] button')
      .trigger('click')
    expect(useDerivationStore().target).toMatchObject({ scope: 'group', stepId: 'serversToBuy' })
    wrapper.unmount()
  })
})

/**
 * A blank plan on a card with no catalog price showed "¥0.00" on every line, each category,
 * the VAT and the grand total: a free cluster. A line without a price has no amount; a total
 * over no priced line is no figure; a total that leaves lines out says how many.
 */
describe('lines without a price are never shown as zero', () => {
  function unpricedBom() {
    const result = estimatePlan({
      format: 'compute-planner/plan',
      version: 1,
      name: 'unpriced',
      workloads: [
        {
          id: 'serve',
          kind: 'llm-inference',
          accelerator: 'nvidia-a800-pcie-80gb', // no catalog price
          model: 'llama-3.1-8b',
          weightPrecision: 'bf16',
          contextTokens: 4096,
          concurrency: 8
        }
      ],
      settings: { currency: 'CNY', taxRate: 0.13 }
    })
    if (!result.totals?.bom) throw new Error('no bill of materials')
    return result.totals.bom
  }

  for (const locale of ['en', 'zh-CN'] as const)
    it(`nothing priced (${locale}): no zero amounts, a dash for totals, the count said`, async () => {
      const bom = unpricedBom()
      expect(bom.priceMissingLines).toBe(bom.quotedLines)
      const wrapper = await mountIn(
        BillOfMaterials,
        { bom },
        setup(() => null, locale)
      )
      expect(wrapper.text()).not.toMatch(/[¥$€]\s?0\.00|0\.00\s?[¥$€]/)
      expect(wrapper.get('[data-testid="bom-grand-total"]').text()).toBe('—')
      for (const total of wrapper.findAll('[data-testid="bom-total"]'))
        expect(total.text()).toBe('—')
      expect(wrapper.get('[data-testid="bom-price-missing"]').text()).toContain(
        String(bom.quotedLines)
      )
      expect(wrapper.find('[data-testid="cost-breakdown-empty"]').exists()).toBe(true)
      wrapper.unmount()
    })

  it('some lines priced: the totals are the priced lines, and the note counts the rest', async () => {
    const bom = trainingBom()
    expect(bom.priceMissingLines).toBeGreaterThan(0)
    expect(bom.priceMissingLines).toBeLessThan(bom.quotedLines)
    const wrapper = await mountIn(BillOfMaterials, { bom }, setup())
    expect(wrapper.get('[data-testid="bom-grand-total"]').text()).toMatch(/[1-9]/)
    expect(wrapper.get('[data-testid="bom-price-missing"]').text()).toContain(
      `${bom.priceMissingLines} line(s)`
    )
    wrapper.unmount()
  })
})
