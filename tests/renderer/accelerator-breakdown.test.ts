/**
 * Results' per-accelerator breakdown (issue 19): one row per accelerator group with the card,
 * its workloads, cards, servers, server model, IT kW and capex; the rest of the cluster; and a
 * total row equal to the summary (cards, servers, IT kW, capex). Bilingual.
 */
import { describe, expect, it } from 'vitest'
import AcceleratorBreakdown from '@renderer/components/results/AcceleratorBreakdown.vue'
import { useDerivationStore } from '@renderer/stores/derivation'
import { estimatePlan } from '@shared/core'
import { mountIn, setup } from './harness'
import { H100_TRAINING_PLAN } from '../support/unpriced-bom'

const result = estimatePlan({
  format: 'compute-planner/plan',
  version: 1,
  name: 'mixed',
  workloads: [
    H100_TRAINING_PLAN.workloads[0],
    {
      id: 'chat',
      name: 'Chat 70B',
      kind: 'llm-inference',
      accelerator: 'nvidia-a800-pcie-80gb',
      model: 'llama-2-70b',
      weightPrecision: 'fp16',
      contextTokens: 4096,
      concurrency: 32
    },
    {
      id: 'tune',
      name: 'Tune 7B',
      kind: 'llm-training',
      accelerator: 'nvidia-h100-sxm5-80gb',
      model: 'llama-2-7b',
      tokens: 1e11,
      targetDays: 10
    }
  ],
  settings: { currency: 'CNY', taxRate: 0.13 }
})

/** "¥1,234,567.00" / "1,234.5" → number. */
function figure(text: string): number {
  return Number(text.replace(/[^\d.-]/g, ''))
}

describe('per-accelerator breakdown on Results', () => {
  it('has one row per group; rows plus the rest of the cluster equal the summary', async () => {
    expect(result.ok).toBe(true)
    const totals = result.totals!
    expect(totals.byAccelerator).toHaveLength(2)
    const wrapper = await mountIn(AcceleratorBreakdown, { result }, setup())
    const h100 = wrapper.find('[data-testid="by-accelerator-row-nvidia-h100-sxm5-80gb"]')
    expect(h100.text()).toContain('Pretrain 7B, Tune 7B')
    expect(h100.text()).toContain(totals.byAccelerator[0].server.name)
    const column = (id: string) =>
      wrapper
        .findAll(`tbody [data-testid="${id}"]`)
        .map((cell) => figure(cell.text()))
        .reduce((s, v) => s + v, 0)
    const total = (id: string) =>
      figure(wrapper.find(`[data-testid="by-accelerator-total"] [data-testid="${id}"]`).text())
    expect(column('by-accelerator-cards')).toBe(totals.accelerators)
    expect(total('by-accelerator-cards')).toBe(totals.accelerators)
    expect(column('by-accelerator-servers')).toBe(totals.servers)
    expect(total('by-accelerator-servers')).toBe(totals.servers)
    // Shown to 0.1 kW and to the cent: sums agree within the rounding of three cells.
    expect(Math.abs(column('by-accelerator-kw') - totals.itPowerKW!)).toBeLessThanOrEqual(0.15)
    expect(Math.abs(total('by-accelerator-kw') - totals.itPowerKW!)).toBeLessThanOrEqual(0.05)
    // The A800 group has no price (the catalog has none for it): the rest cannot be told apart
    // from it, and the total is the priced part only (the capex sum is checked on a fully
    // priced plan below).
    expect(totals.byAccelerator.some((g) => g.capex === null)).toBe(true)
    expect(
      wrapper.get('[data-testid="by-accelerator-rest"] [data-testid="by-accelerator-capex"]').text()
    ).toBe('—')
    // Millions are shown to the yuan: within half a yuan.
    expect(Math.abs(total('by-accelerator-capex') - totals.capex!)).toBeLessThanOrEqual(0.5)
    expect(wrapper.find('[data-testid="by-accelerator-rest"]').exists()).toBe(true)

    await h100.find('[data-testid="by-accelerator-servers"] button').trigger('click')
    expect(useDerivationStore().target).toEqual({
      scope: 'group',
      acceleratorId: 'nvidia-h100-sxm5-80gb',
      stepId: totals.byAccelerator[0].fieldSteps.servers
    })
  })

  it('an unpriced rest of the cluster reads “price needed” and the total “at least”, not ¥0.00', async () => {
    // Whatever the catalog prices: here no line of the rest (switches, cables, racks…) has one.
    const unpriced = structuredClone(result)
    const bom = unpriced.totals!.bom!
    const rest = bom.lines.filter(
      (line) => line.section !== 'optional' && !line.quantityFrom?.section.startsWith('group:')
    )
    expect(rest.length).toBeGreaterThan(0)
    for (const line of rest) Object.assign(line, { priceMissing: true, lineTotal: 0 })
    bom.priceMissingLines = rest.length
    const wrapper = await mountIn(AcceleratorBreakdown, { result: unpriced }, setup())
    const cell = (row: string) =>
      wrapper.get(`[data-testid="${row}"] [data-testid="by-accelerator-capex"]`).text()
    expect(cell('by-accelerator-rest')).toBe('price needed')
    expect(cell('by-accelerator-total')).toMatch(/^at least ¥[\d,.]+$/)

    const zh = await mountIn(
      AcceleratorBreakdown,
      { result: unpriced },
      setup(() => null, 'zh-CN')
    )
    expect(
      zh.get('[data-testid="by-accelerator-total"] [data-testid="by-accelerator-capex"]').text()
    ).toMatch(/^至少 ¥[\d,.]+$/)
  })

  it('a fully priced plan shows plain amounts', async () => {
    // One priced group (an unpriced group would leave the rest without a figure).
    const priced = estimatePlan({
      format: 'compute-planner/plan',
      version: 1,
      name: 'H100 only',
      workloads: [
        {
          id: 'train',
          name: 'Pretrain 7B',
          kind: 'llm-training',
          accelerator: 'nvidia-h100-sxm5-80gb',
          model: 'llama-2-7b',
          tokens: 2e12,
          targetDays: 30
        }
      ],
      settings: { currency: 'CNY', taxRate: 0.13 }
    })
    const bom = priced.totals!.bom!
    for (const line of bom.lines) Object.assign(line, { priceMissing: false })
    bom.priceMissingLines = 0
    const wrapper = await mountIn(AcceleratorBreakdown, { result: priced }, setup())
    const cell = (row: string) =>
      wrapper.get(`[data-testid="${row}"] [data-testid="by-accelerator-capex"]`).text()
    expect(cell('by-accelerator-rest')).toMatch(/^-?¥[\d,.]+$/)
    expect(cell('by-accelerator-total')).toMatch(/^¥[\d,.]+$/)
    // The group and the rest of the cluster add up to the total (three cells, each to the yuan).
    const amount = (row: string) => figure(cell(row))
    const group = wrapper.find(
      'tbody [data-testid^="by-accelerator-row-"] [data-testid="by-accelerator-capex"]'
    )
    expect(
      Math.abs(
        figure(group.text()) + amount('by-accelerator-rest') - amount('by-accelerator-total')
      )
    ).toBeLessThanOrEqual(1.5)
  })

  it('reads in Chinese', async () => {
    const wrapper = await mountIn(
      AcceleratorBreakdown,
      { result },
      setup(() => null, 'zh-CN')
    )
    const text = wrapper.text()
    for (const word of ['按加速卡分组', '工作负载', '卡数', '服务器型号', '集群其余部分', '合计'])
      expect(text).toContain(word)
  })

  it('names the complete system and its price basis for a group bought as systems', async () => {
    const systems = estimatePlan({
      format: 'compute-planner/plan',
      version: 1,
      name: 'DGX',
      workloads: [
        {
          id: 'train',
          kind: 'llm-training',
          accelerator: 'nvidia-a100-sxm4-40gb',
          model: 'llama-2-7b',
          tokens: 1e11,
          accelerators: 20
        }
      ],
      settings: {
        currency: 'USD',
        taxRate: 0.13,
        server: 'hgx-8-sxm-ampere',
        completeSystemByAccelerator: { 'nvidia-a100-sxm4-40gb': true }
      }
    })
    const cell = (wrapper: Awaited<ReturnType<typeof mountIn>>) =>
      wrapper
        .find('[data-testid="by-accelerator-row-nvidia-a100-sxm4-40gb"]')
        .find('[data-testid="by-accelerator-server-model"]')
    const en = cell(await mountIn(AcceleratorBreakdown, { result: systems }, setup()))
    expect(en.text()).toContain('NVIDIA DGX A100 (320 GB)')
    expect(en.text()).toContain('complete system: 8 cards inside its price')
    expect(en.text()).not.toContain('HGX')
    const zh = cell(
      await mountIn(
        AcceleratorBreakdown,
        { result: systems },
        setup(() => null, 'zh-CN')
      )
    )
    expect(zh.text()).toContain('NVIDIA DGX A100（320 GB）')
    expect(zh.text()).toContain('整机：8 张加速卡含在整机价格内')
  })
})
