import { describe, expect, it } from 'vitest'
import { assignInventoryIds, toPlanInventory } from '../../../src/shared/inventory/to-plan'
import { inventoryEntrySchema } from '../../../src/shared/schema/plan'
import type { InventoryItem } from '../../../src/shared/schema/inventory'

type Item = InventoryItem & { id: string; catalogId?: string }
const card = (own: Partial<Item> = {}): Item => ({
  id: 'inv-a',
  kind: 'accelerator',
  vendor: 'NVIDIA',
  name: 'A100 80GB',
  memoryGB: 80,
  fp16Tflops: 312,
  quantityOnHand: 16,
  ...own
})

describe('toPlanInventory', () => {
  it('an accelerator becomes a plan entry the plan schema accepts', () => {
    const { entries, skipped } = toPlanInventory([card({ catalogId: 'nvidia-a100-sxm4-80gb' })])
    expect(skipped).toEqual([])
    expect(entries).toEqual([
      {
        id: 'inv-a',
        vendor: 'NVIDIA',
        name: 'A100 80GB',
        quantityOnHand: 16,
        catalogId: 'nvidia-a100-sxm4-80gb',
        memoryGB: 80,
        fp16Tflops: 312
      }
    ])
    expect(inventoryEntrySchema.safeParse(entries[0]).success).toBe(true)
  })

  it('servers and cards without a vendor are listed with the reason, not altered', () => {
    const result = toPlanInventory([
      card({ id: 's', kind: 'server', acceleratorsPerServer: 8 }),
      card({ id: 'n', vendor: undefined })
    ])
    expect(result.entries).toEqual([])
    expect(result.skipped).toEqual([
      { id: 's', reason: 'server' },
      { id: 'n', reason: 'noVendor' }
    ])
  })

  it('no quantity on hand is 0', () => {
    expect(toPlanInventory([card({ quantityOnHand: undefined })]).entries[0].quantityOnHand).toBe(0)
  })

  it('a sparse figure is used only when the user confirmed halving it', () => {
    const result = toPlanInventory([
      card({
        fp16Tflops: 312,
        fp8Tflops: 1979,
        sparse: {
          fp16Tflops: { asGiven: 624, halved: true },
          fp8Tflops: { asGiven: 1979, halved: false }
        }
      })
    ])
    expect(result.entries[0].fp16Tflops).toBe(312)
    expect(result.entries[0]).not.toHaveProperty('fp8Tflops')
    expect(result.unconfirmedSparse).toEqual(['inv-a.fp8Tflops'])
  })

  it('prices in the plan’s currencies travel (source shortened); others stay in the library', () => {
    const long = 's'.repeat(600)
    const cny = toPlanInventory([card({ price: { amount: 100, currency: 'CNY', source: long } })])
    expect(cny.entries[0].price).toEqual({ amount: 100, currency: 'CNY', source: 's'.repeat(500) })
    const gbp = toPlanInventory([card({ price: { amount: 100, currency: 'GBP' } })])
    expect(gbp.entries[0]).not.toHaveProperty('price')
  })

  it('notes are cut to the plan’s 2000 characters; server-only fields are dropped', () => {
    const entry = toPlanInventory([card({ notes: 'n'.repeat(3000), acceleratorsPerServer: 8 })])
      .entries[0]
    expect(entry.notes).toHaveLength(2000)
    expect(entry).not.toHaveProperty('acceleratorsPerServer')
  })
})

describe('assignInventoryIds', () => {
  it('slugs of the name, numbered from 2 on a clash, avoiding ids already taken', () => {
    const items = [{ name: 'A100 80GB' }, { name: 'A100 80GB' }, { name: 'A100-80gb' }]
    expect(assignInventoryIds(items, new Set(['inv-a100-80gb'])).map((i) => i.id)).toEqual([
      'inv-a100-80gb-2',
      'inv-a100-80gb-3',
      'inv-a100-80gb-4'
    ])
  })

  it('a name with no Latin letters or digits becomes "item"', () => {
    expect(assignInventoryIds([{ name: '昇腾' }, { name: '---' }]).map((i) => i.id)).toEqual([
      'inv-item',
      'inv-item-2'
    ])
  })

  it('ids are valid plan ids and keep the items’ other fields', () => {
    const [item] = assignInventoryIds([{ name: 'X'.repeat(200), memoryGB: 1 }])
    expect(item.id).toBe(`inv-${'x'.repeat(80)}`)
    expect(item.memoryGB).toBe(1)
  })
})
