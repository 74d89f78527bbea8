/** lib/accelerators.ts: the picker's choices (catalog + the plan's own cards) and its filter. */
import { describe, expect, it } from 'vitest'
import {
  acceleratorChoices,
  matchesFilter,
  vendorsOf,
  EMPTY_FILTER,
  type AcceleratorChoice
} from '@renderer/lib/accelerators'
import { USER_PRICE_SOURCE } from '@shared/core/price-book'
import type { CatalogAccelerator } from '@renderer/stores/catalog'

const card = (id: string, vendor: string, extra: Partial<CatalogAccelerator> = {}) =>
  ({
    id,
    vendor,
    name: id.toUpperCase(),
    memoryGB: 64,
    source: 'test',
    ...extra
  }) as CatalogAccelerator

const catalog = [
  card('a1', 'Nvidia', { bf16Tflops: 300, memoryGB: 80 }),
  card('b1', 'Huawei', { int8Tops: 640, nameZh: '昇腾 B1' }),
  card('c1', 'Cambricon', { fp16Tflops: 100, memoryGB: 48 })
]

describe('acceleratorChoices', () => {
  it('lists the plan’s own cards first, and an own card hides the catalog’s of the same id', () => {
    const choices = acceleratorChoices(catalog, [
      { id: 'b1', vendor: 'Huawei', name: 'Mine', quantityOnHand: 16 },
      { id: 'own-1', vendor: 'Own', name: 'Card', quantityOnHand: 2 }
    ])
    expect(choices.map((c) => [c.id, c.origin])).toEqual([
      ['b1', 'inventory'],
      ['own-1', 'inventory'],
      ['a1', 'catalog'],
      ['c1', 'catalog']
    ])
    expect(choices[0]).toMatchObject({ name: 'Mine', quantityOnHand: 16 })
    expect(choices[2].spec).not.toHaveProperty('id')
  })

  it('keeps the Chinese name only where there is one', () => {
    const choices = acceleratorChoices(catalog, undefined)
    expect(choices.find((c) => c.id === 'b1')?.nameZh).toBe('昇腾 B1')
    expect(choices.find((c) => c.id === 'a1')).not.toHaveProperty('nameZh')
  })

  it('a price book entry prices a catalog card; a card without one has no known price', () => {
    const choices = acceleratorChoices(catalog, undefined, [
      { partId: 'c1', price: { amount: 9000, currency: 'USD' } }
    ])
    const c1 = choices.find((c) => c.id === 'c1')!
    expect(c1.priceKnown).toBe(true)
    expect(c1.spec.price).toEqual({ amount: 9000, currency: 'USD' })
    expect(choices.find((c) => c.id === 'a1')?.priceKnown).toBe(false)
  })

  it('a session-4 price-only row is a price, not a card the planner has', () => {
    const choices = acceleratorChoices(catalog, [
      {
        id: 'a1',
        vendor: 'Nvidia',
        name: 'A1',
        quantityOnHand: 0,
        price: { amount: 12_000, currency: 'EUR', source: USER_PRICE_SOURCE }
      }
    ])
    const a1 = choices.find((c) => c.id === 'a1')!
    expect(a1.origin).toBe('catalog')
    expect(a1.priceKnown).toBe(true)
    expect(a1.spec.price).toMatchObject({ amount: 12_000, currency: 'EUR' })
  })
})

describe('matchesFilter and vendorsOf', () => {
  const choices = acceleratorChoices(
    catalog,
    [
      {
        id: 'own-1',
        vendor: 'Own',
        name: 'Card',
        quantityOnHand: 1,
        price: { amount: 1, currency: 'CNY' }
      }
    ],
    undefined
  )
  const ids = (filter: Partial<typeof EMPTY_FILTER>) =>
    choices.filter((c) => matchesFilter(c, { ...EMPTY_FILTER, ...filter })).map((c) => c.id)

  it('the empty filter lets everything through', () => {
    expect(ids({})).toEqual(['own-1', 'a1', 'b1', 'c1'])
  })

  it('filters by vendor, memory floor (a card of unknown memory fails it), precision, price, inventory', () => {
    expect(ids({ vendors: ['Huawei', 'Cambricon'] })).toEqual(['b1', 'c1'])
    expect(ids({ minMemoryGB: 64 })).toEqual(['a1', 'b1'])
    expect(ids({ minMemoryGB: 0 })).toEqual(['own-1', 'a1', 'b1', 'c1'])
    expect(ids({ precision: 'int8' })).toEqual(['b1'])
    expect(ids({ precision: 'bf16' })).toEqual(['a1'])
    expect(ids({ priceKnown: true })).toEqual(['own-1'])
    expect(ids({ inventoryOnly: true })).toEqual(['own-1'])
    expect(ids({ vendors: ['Nvidia'], precision: 'int8' })).toEqual([])
  })

  it('vendorsOf: each vendor once, in alphabetical order', () => {
    const twice: AcceleratorChoice[] = [...choices, ...choices]
    expect(vendorsOf(twice)).toEqual(['Cambricon', 'Huawei', 'Nvidia', 'Own'])
    expect(vendorsOf([])).toEqual([])
  })
})
