/**
 * Issue 13 (Costs step): a price is a price, not an inventory row. The plan's price book
 * prices accelerators and servers as well as network parts, wins over the catalog and over an
 * imported sheet's price, and plans that stored a typed price as a "0 on hand" inventory row
 * (session 4) still estimate with that price.
 */
import { describe, expect, it } from 'vitest'
import { estimatePlan } from '../../../src/shared/core'
import { defaultCatalog } from '../../../src/shared/core/catalog'
import {
  readLegacyPrices,
  USER_PRICE_SOURCE,
  isPriceOnlyEntry
} from '../../../src/shared/core/price-book'
import type { PlanDocument } from '../../../src/shared/schema/plan'
import { plan } from './helpers'

const H20 = 'nvidia-h20-96gb'
const video = { id: 'v', kind: 'video-analytics', accelerator: H20, streams: 100, topsPerStream: 2 }
const settings = { currency: 'CNY', taxRate: 0.13, discount: 0, years: 5 }

function group(extra: Record<string, unknown>) {
  const result = estimatePlan(plan([video], { settings, ...extra }))
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result.totals!.byAccelerator[0]
}
const step = (g: ReturnType<typeof group>, id: string) => g.steps.find((s) => s.id === id)

describe('price book for accelerators and servers', () => {
  it('a book price for a catalog card is the card price, with its source', () => {
    const g = group({
      priceBook: [
        { partId: H20, price: { amount: 98_000, currency: 'CNY', source: USER_PRICE_SOURCE } }
      ]
    })
    expect(step(g, 'acceleratorUnitPrice')?.value).toBeCloseTo(98_000, 6)
    expect(step(g, 'acceleratorListPrice')?.source).toBe(USER_PRICE_SOURCE)
  })

  it('a book price for the server the plan uses prices its servers; VAT taken out once', () => {
    const server = group({}).server.id
    const g = group({
      priceBook: [
        { partId: H20, price: { amount: 98_000, currency: 'CNY' } },
        {
          partId: server,
          price: { amount: 113_000, currency: 'CNY', source: 'vendor quote' },
          taxIncluded: true
        }
      ]
    })
    expect(step(g, 'serverUnitPrice')?.value).toBeCloseTo(100_000, 6)
  })

  it("the book wins over an imported inventory row's own price", () => {
    const own = {
      id: 'my-h20',
      vendor: 'NVIDIA',
      name: 'H20',
      quantityOnHand: 4,
      catalogId: H20,
      price: { amount: 120_000, currency: 'CNY', source: 'sheet.xlsx' }
    }
    const sheetOnly = estimatePlan(
      plan([{ ...video, accelerator: 'my-h20' }], { settings, inventory: [own] })
    )
    expect(
      sheetOnly.totals!.byAccelerator[0].steps.find((s) => s.id === 'acceleratorUnitPrice')?.value
    ).toBeCloseTo(120_000, 6)
    const booked = estimatePlan(
      plan([{ ...video, accelerator: 'my-h20' }], {
        settings,
        inventory: [own],
        priceBook: [{ partId: 'my-h20', price: { amount: 98_000, currency: 'CNY' } }]
      })
    )
    const g = booked.totals!.byAccelerator[0]
    expect(g.steps.find((s) => s.id === 'acceleratorUnitPrice')?.value).toBeCloseTo(98_000, 6)
    // Still the planner's 4 cards on hand: a price does not change the stock.
    expect(g.quantityOnHand).toBe(4)
  })

  it('a session-4 price-only inventory row is read as a price, not as a card on hand', () => {
    const catalog = defaultCatalog()
    const { id: _id, ...spec } = catalog.accelerators.get(H20)!
    const legacy = {
      ...spec,
      id: H20,
      quantityOnHand: 0,
      price: { amount: 98_000, currency: 'CNY' as const, source: USER_PRICE_SOURCE }
    }
    const isCatalog = (id: string) => catalog.accelerators.has(id)
    expect(isPriceOnlyEntry(legacy, isCatalog)).toBe(true)
    expect(isPriceOnlyEntry({ ...legacy, quantityOnHand: 2 }, isCatalog)).toBe(false)
    const legacyPlan: Pick<PlanDocument, 'inventory' | 'priceBook'> = { inventory: [legacy] }
    const read = readLegacyPrices(legacyPlan, isCatalog)
    expect(read.inventory).toBeUndefined()
    expect(read.priceBook).toEqual([
      { partId: H20, price: { amount: 98_000, currency: 'CNY', source: USER_PRICE_SOURCE } }
    ])
    const g = group({ inventory: [legacy] })
    expect(step(g, 'acceleratorUnitPrice')?.value).toBeCloseTo(98_000, 6)
  })
})
