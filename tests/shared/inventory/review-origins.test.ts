import { describe, expect, it } from 'vitest'
import {
  classFlags,
  fieldOrigins,
  formFactorClassOf,
  type CatalogCardFacts
} from '../../../src/shared/inventory/review-origins'
import type { InventoryItem } from '../../../src/shared/schema/inventory'

const parsed: InventoryItem = {
  kind: 'accelerator',
  vendor: 'NVIDIA',
  name: 'A100',
  memoryGB: 80,
  memoryType: 'HBM2e',
  formFactor: 'SXM4'
}
const card: CatalogCardFacts = {
  id: 'nvidia-a100-sxm4-80gb',
  name: 'A100 80GB SXM4',
  vendor: 'NVIDIA',
  formFactorClass: 'sxm',
  architecture: 'ampere',
  memoryType: 'HBM2e',
  memoryGB: 80,
  tdpW: 400,
  price: { amount: 10000, currency: 'USD' }
}

describe('fieldOrigins', () => {
  it('sheet, edited in review, from the card, or nowhere', () => {
    const current = { ...parsed, memoryGB: 40 }
    expect(
      fieldOrigins(['name', 'memoryGB', 'tdpW', 'fp16Tflops'], parsed, current, card, 'merge')
    ).toEqual({ name: 'sheet', memoryGB: 'edited', tdpW: 'catalog', fp16Tflops: 'none' })
  })

  it('keep-catalog takes every figure from the card, except the quantity on hand', () => {
    const counted = { ...parsed, quantityOnHand: 4 }
    const origins = fieldOrigins(
      ['memoryGB', 'fp16Tflops', 'quantityOnHand'],
      counted,
      counted,
      card,
      'keep-catalog'
    )
    expect(origins).toEqual({ memoryGB: 'catalog', fp16Tflops: 'none', quantityOnHand: 'sheet' })
  })

  it('the card’s price parts count as the price and currency', () => {
    expect(fieldOrigins(['price', 'currency'], parsed, parsed, card, 'merge')).toEqual({
      price: 'catalog',
      currency: 'catalog'
    })
  })

  it('without a card nothing comes from the catalog', () => {
    expect(fieldOrigins(['tdpW', 'name'], parsed, parsed, undefined, 'merge')).toEqual({
      tdpW: 'none',
      name: 'sheet'
    })
  })
})

describe('formFactorClassOf', () => {
  it('reads SXM, OAM and PCIe as sheets write them', () => {
    expect(formFactorClassOf('SXM5 module')).toBe('sxm')
    expect(formFactorClassOf('OAM 2.0')).toBe('oam')
    expect(formFactorClassOf('PCIe 5.0 x16')).toBe('pcie')
    expect(formFactorClassOf('full-height card')).toBeUndefined()
    expect(formFactorClassOf(undefined)).toBeUndefined()
  })
})

describe('classFlags', () => {
  it('an unmatched accelerator gets the generic figures, said so', () => {
    expect(classFlags(parsed, undefined, 'keep-mine')).toEqual([
      { key: 'inventoryReview.flag.noArchitecture', params: {} }
    ])
  })

  it('servers and skipped rows have no flags', () => {
    expect(classFlags({ ...parsed, kind: 'server' }, card, 'merge')).toEqual([])
    expect(classFlags(parsed, card, 'skip')).toEqual([])
  })

  it('names the card in the reader’s language (its Chinese catalog name under zh-CN)', () => {
    const named = {
      ...card,
      name: 'Ascend 910B (generic, as commonly quoted)',
      nameZh: '昇腾 910B（通用口径）'
    }
    const [flag] = classFlags(parsed, named, 'merge', 'zh-CN')
    expect(flag.params.card).toBe('昇腾 910B（通用口径）')
    expect(classFlags(parsed, named, 'merge', 'en')[0].params.card).toBe(named.name)
    // A card without a Chinese name keeps its own.
    expect(classFlags(parsed, card, 'merge', 'zh-CN')[0].params.card).toBe(card.name)
  })

  it('a matched card lends its architecture; agreeing classes add nothing', () => {
    expect(classFlags(parsed, card, 'merge')).toEqual([
      {
        key: 'inventoryReview.flag.architectureFromCatalog',
        params: { architecture: 'ampere', card: card.name }
      }
    ])
  })

  it('every class the sheet changes is flagged: memory, form factor, vendor', () => {
    const sheet = { ...parsed, memoryType: 'GDDR6', formFactor: 'PCIe', vendor: 'AMD' }
    expect(classFlags(sheet, card, 'keep-mine').map((f) => f.key)).toEqual([
      'inventoryReview.flag.architectureFromCatalog',
      'inventoryReview.flag.memoryClass',
      'inventoryReview.flag.formFactorClass',
      'inventoryReview.flag.vendor'
    ])
    // Keeping the card's figures leaves no conflict to flag.
    expect(classFlags(sheet, card, 'keep-catalog').map((f) => f.key)).toEqual([
      'inventoryReview.flag.architectureFromCatalog'
    ])
  })

  it('the same vendor written another way is not a conflict', () => {
    expect(
      classFlags({ ...parsed, vendor: '英伟达' }, card, 'merge').map((f) => f.key)
    ).not.toContain('inventoryReview.flag.vendor')
  })
})
