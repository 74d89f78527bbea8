/**
 * core/price-rows.ts on a hand-made catalog of two cards and two servers: the precedence of
 * prices (price book, then the planner's hardware list, then a price typed in compare mode
 * where the catalog has none, then the catalog) and which rows appear. The renderer's Costs
 * step is tested with the built-in catalog in tests/renderer/price-rows.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { priceRows, type PriceRowsInput } from '../../../src/shared/core/price-rows'
import type { NetworkCatalog } from '../../../src/shared/core/cluster/network-catalog'
import { blankPlan } from '../../../src/shared/schema/plan-defaults'

const usd = (amount: number) => ({ amount, currency: 'USD' as const })
const accelerators = [
  { id: 'priced', vendor: 'V', name: 'Priced', price: usd(100) },
  { id: 'unpriced', vendor: 'V', name: 'Unpriced' }
] as unknown as PriceRowsInput['accelerators']
const servers = [
  { id: 'srv-a', name: 'Server A', price: usd(10) },
  {
    id: 'srv-b',
    name: 'Server B',
    completeSystem: { id: 'sys-b', name: 'System B', price: usd(500) }
  }
] as unknown as PriceRowsInput['servers']
const network = {
  switches: [{ id: 'sw', name: 'Switch', price: usd(5) }],
  nics: [],
  transceivers: [],
  cables: [],
  storageClasses: [],
  managementNodes: [],
  racks: [],
  pdus: []
} as unknown as NetworkCatalog

function rows(own: Record<string, unknown> = {}, serversInUse: string[] = []) {
  const plan = { ...blankPlan('p'), ...own } as PriceRowsInput['plan']
  return priceRows({ plan, accelerators, servers, network, serversInUse })
}
const row = (groups: ReturnType<typeof rows>, partId: string) =>
  groups.flatMap((g) => g.rows).find((r) => r.partId === partId)
const workload = (accelerator: string) => ({ id: accelerator, kind: 'custom', accelerator })

describe('priceRows', () => {
  it('a catalog card the plan uses: its catalog price; a card without one: price needed', () => {
    const groups = rows({ workloads: [workload('priced'), workload('unpriced')] })
    expect(row(groups, 'priced')).toMatchObject({
      name: 'V Priced',
      inUse: usd(100),
      from: 'catalog',
      catalogCard: true
    })
    const unpriced = row(groups, 'unpriced')
    expect(unpriced?.inUse).toBeUndefined()
    expect(unpriced?.from).toBeUndefined()
  })

  it('a price typed in compare mode fills only a card the catalog has no price for', () => {
    const compare = {
      enabled: true,
      candidates: ['priced', 'unpriced'],
      prices: { priced: usd(1), unpriced: usd(70) }
    }
    const groups = rows({ compare })
    expect(row(groups, 'unpriced')).toMatchObject({
      inUse: usd(70),
      from: 'compare',
      candidate: true
    })
    expect(row(groups, 'priced')).toMatchObject({ inUse: usd(100), from: 'catalog' })
  })

  it('the planner’s own card: its price, else the matched catalog card’s; quantity on hand shown', () => {
    const own = (price?: ReturnType<typeof usd>) => ({
      inventory: [
        {
          id: 'mine',
          vendor: 'Me',
          name: 'Box',
          quantityOnHand: 4,
          catalogId: 'priced',
          ...(price ? { price } : {})
        }
      ]
    })
    expect(row(rows(own(usd(80))), 'mine')).toMatchObject({
      inUse: usd(80),
      from: 'inventory',
      onHand: 4
    })
    expect(row(rows(own()), 'mine')).toMatchObject({ inUse: usd(100), from: 'catalog' })
  })

  it('a book entry wins over every other price, keeping the reference for "Reset"', () => {
    const groups = rows({
      workloads: [workload('priced')],
      priceBook: [{ partId: 'priced', price: usd(90), taxIncluded: true }]
    })
    expect(row(groups, 'priced')).toMatchObject({
      inUse: { ...usd(90), taxIncluded: true },
      from: 'priceBook',
      reference: usd(100),
      referenceFrom: 'catalog'
    })
  })

  it('servers: those in use and those the settings name; a complete system when the plan buys one', () => {
    const groups = rows(
      { settings: { ...blankPlan().settings, serverByAccelerator: { priced: 'srv-b' } } },
      ['srv-a']
    )
    expect(groups.find((g) => g.partClass === 'server')?.rows.map((r) => r.partId)).toEqual([
      'srv-a',
      'srv-b'
    ])
    const systems = rows(
      {
        settings: {
          ...blankPlan().settings,
          server: 'srv-b',
          completeSystemByAccelerator: { priced: true }
        }
      },
      []
    )
    expect(row(systems, 'sys-b')).toMatchObject({ inUse: usd(500), partClass: 'server' })
  })

  it('network parts always have rows; empty classes none; a book entry of no known part is "other"', () => {
    const groups = rows({ priceBook: [{ partId: 'mystery-part', price: usd(3) }] })
    expect(groups.map((g) => g.partClass)).toEqual(['switch', 'other'])
    expect(row(groups, 'mystery-part')).toMatchObject({
      partClass: 'other',
      name: 'mystery-part',
      from: 'priceBook'
    })
  })
})
