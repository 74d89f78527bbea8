/**
 * Issue 13 (Costs step): every card and server the plan can buy has a price row — the chosen
 * cards, every compare candidate, the planner's own cards, the servers in use — and an
 * imported price (¥98,000 from a sheet) is shown, not "price unknown"; issue 15: every
 * network-catalog part class has rows, "price needed" where nothing is known.
 */
import { describe, expect, it } from 'vitest'
import { catalogForRenderer } from '@shared/core/catalog-data'
import { defaultNetworkCatalog } from '@shared/core/cluster/network-catalog'
import { createBlankPlan } from '@renderer/stores/plan'
import { priceRows } from '@shared/core/price-rows'
import type { PlanDocument } from '@shared/schema/plan'

const catalog = catalogForRenderer()

function rows(patch: Partial<PlanDocument>, serversInUse: string[] = []) {
  const plan = { ...createBlankPlan(), ...patch } as PlanDocument
  return priceRows({
    plan,
    accelerators: catalog.accelerators,
    servers: catalog.servers,
    network: defaultNetworkCatalog(),
    serversInUse
  })
}
const row = (groups: ReturnType<typeof rows>, id: string) =>
  groups.flatMap((g) => g.rows).find((r) => r.partId === id)

describe('Costs price rows', () => {
  it("an imported card's price is shown as the price in use, from the hardware list", () => {
    const groups = rows({
      workloads: [
        { id: 'v', kind: 'video-analytics', accelerator: 'my-h20', streams: 10, topsPerStream: 2 }
      ] as PlanDocument['workloads'],
      inventory: [
        {
          id: 'my-h20',
          vendor: 'NVIDIA',
          name: 'H20',
          quantityOnHand: 8,
          price: { amount: 98_000, currency: 'CNY', source: 'sheet.xlsx' }
        }
      ]
    })
    expect(row(groups, 'my-h20')).toMatchObject({
      partClass: 'accelerator',
      onHand: 8,
      from: 'inventory',
      inUse: { amount: 98_000, currency: 'CNY' }
    })
  })

  it('compare candidates, the servers in use and every part class have rows', () => {
    const server = catalog.servers[0].id
    // A price typed in compare mode counts only where the catalog has none (the A800 PCIe).
    const groups = rows(
      {
        workloads: [],
        compare: {
          enabled: true,
          candidates: ['nvidia-a800-pcie-80gb', 'huawei-ascend-910b'],
          prices: { 'nvidia-a800-pcie-80gb': { amount: 1, currency: 'USD' } }
        }
      },
      [server]
    )
    expect(row(groups, 'nvidia-a800-pcie-80gb')).toMatchObject({ candidate: true, from: 'compare' })
    expect(row(groups, 'huawei-ascend-910b')?.candidate).toBe(true)
    expect(row(groups, server)?.partClass).toBe('server')
    const classes = groups.map((g) => g.partClass)
    for (const partClass of ['switch', 'nic', 'transceiver', 'cable', 'storage', 'rack', 'pdu'])
      expect(classes).toContain(partClass)
    // A transceiver the catalog has no price for (and the plan none) reads "price needed";
    // one with a catalog reference price shows it.
    const network = defaultNetworkCatalog()
    const transceivers = groups.find((g) => g.partClass === 'transceiver')!.rows
    const noPrice = network.transceivers.find((t) => t.price === undefined)!
    expect(transceivers.find((r) => r.partId === noPrice.id)!.inUse).toBeUndefined()
    const priced = network.transceivers.find((t) => t.price !== undefined)!
    expect(transceivers.find((r) => r.partId === priced.id)!.inUse).toMatchObject({
      amount: priced.price!.amount
    })
  })

  it('a book price wins and is marked as the planner’s; a book entry for an unknown part is listed', () => {
    const groups = rows({
      priceBook: [
        { partId: 'nvidia-qm9700', price: { amount: 250_000, currency: 'CNY' } },
        { partId: 'my-optics-x', price: { amount: 900, currency: 'CNY' } }
      ]
    })
    expect(row(groups, 'nvidia-qm9700')).toMatchObject({ from: 'priceBook' })
    expect(row(groups, 'my-optics-x')?.partClass).toBe('other')
  })
})
