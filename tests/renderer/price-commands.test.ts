/**
 * Issue 13 (Costs step) and issue 15 (prices): typing a price writes the plan's price book,
 * never an inventory row; every detail of a price is editable; a session-4 plan whose price
 * lives in a "0 on hand" inventory row shows it as a price and moves it to the book on edit.
 */
import { describe, expect, it } from 'vitest'
import { catalogForRenderer } from '@shared/core/catalog-data'
import { estimatePlan } from '@shared/core'
import { usePlanStore } from '@renderer/stores/plan'
import {
  addWorkload,
  setPrice,
  setPriceDetails,
  USER_PRICE_SOURCE
} from '@renderer/stores/plan-commands'
import { acceleratorChoices, matchesFilter, EMPTY_FILTER } from '@renderer/lib/accelerators'
import { setup } from './harness'

const H20 = 'nvidia-h20-96gb'
const catalog = catalogForRenderer()
const h20 = catalog.accelerators.find((a) => a.id === H20)!

function legacyRow() {
  const { id: _id, source: _source, ...spec } = h20
  return {
    ...spec,
    id: H20,
    quantityOnHand: 0,
    price: { amount: 98_000, currency: 'CNY' as const, source: USER_PRICE_SOURCE }
  }
}

describe('prices are prices', () => {
  it('typing a price adds no inventory row and no "0 on hand" card to the pickers', () => {
    setup()
    const store = usePlanStore()
    store.run((d) => addWorkload(d, 'video-analytics'))
    store.run((d) => setPrice(d, H20, 98_000, h20))
    const plan = store.toDocument()
    expect(plan.inventory).toBeUndefined()
    expect(plan.priceBook).toEqual([
      {
        partId: H20,
        price: { amount: 98_000, currency: plan.settings.currency, source: USER_PRICE_SOURCE }
      }
    ])
    const choices = acceleratorChoices(catalog.accelerators, plan.inventory, plan.priceBook)
    const mine = choices.filter((c) => matchesFilter(c, { ...EMPTY_FILTER, inventoryOnly: true }))
    expect(mine).toEqual([])
    const choice = choices.find((c) => c.id === H20)!
    expect(choice.origin).toBe('catalog')
    expect(choice.priceKnown).toBe(true)
    expect(choice.spec.price?.amount).toBe(98_000)
  })

  it('currency, VAT flag, date and source are edited; clearing the amount removes the entry', () => {
    setup()
    const store = usePlanStore()
    store.run((d) => setPrice(d, 'nvidia-qm9700', 250_000))
    store.run((d) =>
      setPriceDetails(d, 'nvidia-qm9700', {
        currency: 'CNY',
        taxIncluded: true,
        date: '2026-11',
        source: 'vendor quote 17'
      })
    )
    expect(store.toDocument().priceBook).toEqual([
      {
        partId: 'nvidia-qm9700',
        price: { amount: 250_000, currency: 'CNY', date: '2026-11', source: 'vendor quote 17' },
        taxIncluded: true
      }
    ])
    store.run((d) => setPriceDetails(d, 'nvidia-qm9700', { taxIncluded: false, date: '' }))
    expect(store.toDocument().priceBook).toEqual([
      {
        partId: 'nvidia-qm9700',
        price: { amount: 250_000, currency: 'CNY', source: 'vendor quote 17' }
      }
    ])
    store.run((d) => setPrice(d, 'nvidia-qm9700', null))
    expect(store.toDocument().priceBook).toBeUndefined()
  })

  it('editing a detail of a catalog price copies that price into the book', () => {
    setup()
    const store = usePlanStore()
    const reference = { amount: 60_000, currency: 'USD' as const, source: 'catalog' }
    store.run((d) => setPriceDetails(d, 'hgx-8-sxm-ampere', { date: '2026-12' }, reference))
    expect(store.toDocument().priceBook).toEqual([
      {
        partId: 'hgx-8-sxm-ampere',
        price: { amount: 60_000, currency: 'USD', source: 'catalog', date: '2026-12' }
      }
    ])
    // Nothing to describe without an amount: no entry.
    store.run((d) => setPriceDetails(d, 'nvidia-connectx-7-400g', { date: '2026-12' }))
    expect(store.toDocument().priceBook).toHaveLength(1)
  })

  it('a session-4 plan: its price-only row is shown as a price and moves to the book on edit', () => {
    setup()
    const store = usePlanStore()
    store.run((d) => {
      addWorkload(d, 'video-analytics')
      d.workloads[0].accelerator = H20
      d.inventory = [legacyRow()]
    })
    const before = store.toDocument()
    const choices = acceleratorChoices(catalog.accelerators, before.inventory, before.priceBook)
    expect(choices.find((c) => c.id === H20)?.origin).toBe('catalog')
    expect(choices.find((c) => c.id === H20)?.spec.price?.amount).toBe(98_000)

    store.run((d) => setPrice(d, H20, 90_000, h20))
    const after = store.toDocument()
    expect(after.inventory).toBeUndefined()
    expect(after.priceBook).toEqual([
      { partId: H20, price: { amount: 90_000, currency: 'CNY', source: USER_PRICE_SOURCE } }
    ])
    expect(estimatePlan(after).ok).toBe(true)
  })

  it("a card the planner has keeps its row and its sheet's price when a price is typed", () => {
    setup()
    const store = usePlanStore()
    const own = {
      ...legacyRow(),
      id: 'my-h20',
      quantityOnHand: 8,
      price: { amount: 120_000, currency: 'CNY' as const, source: 'sheet.xlsx' }
    }
    store.run((d) => void (d.inventory = [own]))
    store.run((d) => setPrice(d, 'my-h20', 98_000))
    const plan = store.toDocument()
    expect(plan.inventory).toEqual([own])
    expect(plan.priceBook?.[0]).toMatchObject({ partId: 'my-h20', price: { amount: 98_000 } })
    store.run((d) => setPrice(d, 'my-h20', null))
    expect(store.toDocument().inventory).toEqual([own])
    expect(store.toDocument().priceBook).toBeUndefined()
  })
})
