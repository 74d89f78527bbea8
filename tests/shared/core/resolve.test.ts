import { describe, expect, it } from 'vitest'
import {
  acceleratorById,
  inventoryAccelerator,
  inventoryMap,
  resolveWorkloadAccelerator
} from '../../../src/shared/core/resolve'
import { defaultCatalog } from '../../../src/shared/core/catalog'
import {
  PLAN_FORMAT,
  PLAN_VERSION,
  planDocumentSchema,
  type InventoryEntry,
  type PlanDocument,
  type Price,
  type Workload
} from '../../../src/shared/schema/plan'

const catalog = defaultCatalog()
const A100 = 'nvidia-a100-sxm4-80gb'
const card = catalog.accelerators.get(A100)!

const entry = (own: Partial<InventoryEntry> = {}): InventoryEntry => ({
  id: 'my-card',
  vendor: 'Acme',
  name: 'My card',
  quantityOnHand: 16,
  ...own
})

function workload(accelerator: unknown): Workload {
  const plan = planDocumentSchema.parse({
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    name: 'p',
    workloads: [{ id: 'w', kind: 'custom', accelerator, totalFlops: 1e18, accelerators: 1 }]
  })
  return plan.workloads[0]
}

describe('inventoryAccelerator', () => {
  it('an unmatched entry is its own figures, without id or quantity in the spec', () => {
    const resolved = inventoryAccelerator(entry({ memoryGB: 48 }), catalog)
    expect(resolved).toEqual({
      id: 'my-card',
      origin: 'inventory',
      spec: { vendor: 'Acme', name: 'My card', memoryGB: 48 },
      quantityOnHand: 16
    })
  })

  it('a matched entry is the card with the entry’s figures on top', () => {
    const resolved = inventoryAccelerator(entry({ catalogId: A100, memoryGB: 40 }), catalog)
    expect(resolved.spec.memoryGB).toBe(40) // the entry's own figure wins
    expect(resolved.spec.name).toBe('My card')
    expect(resolved.spec.architecture).toBe(card.architecture) // kept from the card
    expect(resolved.spec.tdpW).toBe(card.tdpW)
    expect(resolved.catalogId).toBe(A100)
    expect(resolved.id).toBe('my-card')
    expect(resolved.spec).not.toHaveProperty('id')
  })

  it('fromCatalog lists exactly the card fields the entry left out', () => {
    const resolved = inventoryAccelerator(entry({ catalogId: A100, memoryGB: 40 }), catalog)
    const cardFields = Object.keys(card).filter((field) => field !== 'id')
    const own = ['vendor', 'name', 'memoryGB']
    expect(resolved.fromCatalog?.sort()).toEqual(cardFields.filter((f) => !own.includes(f)).sort())
  })

  it('an explicit undefined in the entry does not hide the card’s figure', () => {
    const resolved = inventoryAccelerator(entry({ catalogId: A100, tdpW: undefined }), catalog)
    expect(resolved.spec.tdpW).toBe(card.tdpW)
    expect(resolved.fromCatalog).toContain('tdpW')
  })

  it('a catalogId the catalog does not know (or no catalog) leaves the entry as it is', () => {
    for (const resolved of [
      inventoryAccelerator(entry({ catalogId: 'gone-card' }), catalog),
      inventoryAccelerator(entry({ catalogId: A100 }))
    ]) {
      expect(resolved.fromCatalog).toBeUndefined()
      expect(resolved.spec.architecture).toBeUndefined()
    }
  })

  it('does not change the catalog card it copies from', () => {
    const before = structuredClone(card)
    inventoryAccelerator(entry({ catalogId: A100, memoryGB: 1 }), catalog)
    expect(catalog.accelerators.get(A100)).toEqual(before)
  })
})

describe('acceleratorById', () => {
  const price: Price = { amount: 1000, currency: 'USD' }
  const unpriced = [...catalog.accelerators.values()].find((a) => a.price === undefined)!
  const priced = [...catalog.accelerators.values()].find((a) => a.price !== undefined)!

  it('inventory first: an inventory id equal to a catalog id shadows the card', () => {
    const inventory = new Map([[A100, entry({ id: A100, name: 'Mine' })]])
    const resolved = acceleratorById(A100, catalog, inventory)
    expect(resolved?.origin).toBe('inventory')
    expect(resolved?.spec.name).toBe('Mine')
  })

  it('then the catalog; an unknown id is undefined', () => {
    expect(acceleratorById(A100, catalog, new Map())).toMatchObject({
      id: A100,
      origin: 'catalog',
      spec: { name: card.name }
    })
    expect(acceleratorById('no-such-card', catalog, new Map())).toBeUndefined()
  })

  it('a typed price fills a card without one, as a copy, without touching the catalog', () => {
    const resolved = acceleratorById(unpriced.id, catalog, new Map(), { [unpriced.id]: price })
    expect(resolved?.spec.price).toEqual(price)
    expect(resolved?.spec.price).not.toBe(price)
    expect(catalog.accelerators.get(unpriced.id)?.price).toBeUndefined()
  })

  it('a typed price never replaces a catalog price', () => {
    const resolved = acceleratorById(priced.id, catalog, new Map(), { [priced.id]: price })
    expect(resolved?.spec.price).toEqual(priced.price)
  })
})

describe('resolveWorkloadAccelerator', () => {
  it('an inline spec resolves to itself with an inline: id', () => {
    const inline = { vendor: 'X', name: 'Inline card', fp16Tflops: 100, memoryGB: 32 }
    const resolved = resolveWorkloadAccelerator(workload(inline), 0, catalog, new Map())
    expect(resolved).toMatchObject({ id: 'inline:w', origin: 'inline', spec: inline })
  })

  it('an unknown id is a located issue at workloads[i].accelerator naming the id', () => {
    const resolved = resolveWorkloadAccelerator(workload('no-such-card'), 3, catalog, new Map())
    expect(resolved).toMatchObject({
      path: 'workloads[3].accelerator',
      messageKey: 'core.validation.unknownAccelerator',
      params: { id: 'no-such-card' }
    })
    expect('message' in resolved && resolved.message).toContain('no-such-card')
  })
})

describe('inventoryMap', () => {
  it('maps entries by id; a plan without inventory gives an empty map', () => {
    const plan = { inventory: [entry({ id: 'a' }), entry({ id: 'b' })] } as PlanDocument
    expect([...inventoryMap(plan).keys()]).toEqual(['a', 'b'])
    expect(inventoryMap({} as PlanDocument).size).toBe(0)
  })
})
