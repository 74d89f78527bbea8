/** Issue 13: every figure the review and the "My hardware" grid edit is checked in words, never coerced. */
import { describe, expect, it } from 'vitest'
import type { InventoryItem } from '@shared/schema/inventory'
import {
  SPEC_FIELDS,
  REVIEW_FIELDS,
  checkSpecValue,
  editSpec,
  specValue
} from '@shared/inventory/spec-fields'
import { classFlags, fieldOrigins, type CatalogCardFacts } from '@shared/inventory/review-origins'
import { messages } from '@shared/i18n'

const h20: InventoryItem = {
  kind: 'accelerator',
  vendor: '英伟达',
  name: 'H20',
  memoryGB: 96,
  memoryBandwidthGBs: 4000,
  fp16Tflops: 148,
  quantityOnHand: 8,
  price: { amount: 125000, currency: 'CNY', taxIncluded: true }
}
const card: CatalogCardFacts = {
  id: 'nvidia-h20',
  name: 'NVIDIA H20',
  vendor: 'NVIDIA',
  formFactor: 'SXM5',
  formFactorClass: 'sxm',
  architecture: 'hopper',
  memoryType: 'HBM3',
  memoryGB: 96,
  tdpW: 400,
  int8Tops: 296
}

describe('checkSpecValue', () => {
  it('refuses what is not a number, in words, instead of coercing it', () => {
    expect(checkSpecValue('memoryGB', 'abc')).toMatchObject({
      ok: false,
      refusal: { key: 'inventoryReview.invalid.notNumber', params: { value: 'abc' } }
    })
    expect(checkSpecValue('quantityOnHand', -5)).toMatchObject({
      ok: false,
      refusal: { key: 'inventoryReview.invalid.negative' }
    })
    expect(checkSpecValue('quantityOnHand', 2.5)).toMatchObject({
      ok: false,
      refusal: { key: 'inventoryReview.invalid.wholeNumber' }
    })
    expect(checkSpecValue('tdpW', '0')).toMatchObject({
      ok: false,
      refusal: { key: 'inventoryReview.invalid.positive' }
    })
    expect(checkSpecValue('currency', 'yuan')).toMatchObject({ ok: false })
    expect(checkSpecValue('name', '  ')).toMatchObject({ ok: false })
    expect(checkSpecValue('launchYear', 45413)).toMatchObject({ ok: false })
  })

  it('reads thousands separators and clears optional fields', () => {
    expect(checkSpecValue('price', '125,000')).toEqual({ ok: true, value: 125000 })
    expect(checkSpecValue('memoryBandwidthGBs', '4 000')).toEqual({ ok: true, value: 4000 })
    expect(checkSpecValue('tdpW', '')).toEqual({ ok: true, value: undefined })
    expect(checkSpecValue('currency', 'usd')).toEqual({ ok: true, value: 'USD' })
  })

  it('refuses a decimal comma rather than guessing', () => {
    expect(checkSpecValue('price', '30,5')).toMatchObject({ ok: false })
  })

  it('has a message with the field label in both languages for every refusal', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const catalogue = messages[locale].inventoryReview.invalid as Record<string, string>
      for (const key of Object.keys(messages.en.inventoryReview.invalid))
        expect(catalogue[key]).toContain('{label}')
    }
  })
})

describe('editSpec', () => {
  it('edits every spec field and leaves the others alone', () => {
    const sample: Record<string, string | number | boolean> = {
      vendor: 'NVIDIA',
      name: 'H20 96GB',
      formFactor: 'SXM5',
      memoryType: 'HBM3',
      launchYear: 2024,
      quantityOnHand: 16,
      price: 98000,
      currency: 'USD',
      taxIncluded: false,
      priceDate: '2026-01-05',
      priceSource: 'vendor quote',
      notes: 'rack 3'
    }
    for (const field of SPEC_FIELDS) {
      const value = sample[field] ?? 321
      const edited = editSpec(h20, field, value)
      expect(edited.ok, field).toBe(true)
      if (!edited.ok) continue
      expect(specValue(edited.item, field), field).toBe(value)
      expect(edited.item.kind).toBe('accelerator')
    }
  })

  it('keeps a price whole: currency and tax flag need an amount', () => {
    const noPrice = { ...h20, price: undefined }
    expect(editSpec(noPrice, 'currency', 'USD')).toMatchObject({
      ok: false,
      refusal: { key: 'inventoryReview.invalid.priceFirst' }
    })
    const priced = editSpec(noPrice, 'price', 5000)
    expect(priced).toMatchObject({ ok: true, item: { price: { amount: 5000, currency: 'CNY' } } })
    const cleared = editSpec(h20, 'price', '')
    expect(cleared.ok && cleared.item.price).toBeUndefined()
  })

  it('drops the sparse label of a figure the planner retyped', () => {
    const sparse: InventoryItem = {
      ...h20,
      int8Tops: 592,
      sparse: { int8Tops: { asGiven: 592, halved: false } }
    }
    const edited = editSpec(sparse, 'int8Tops', 296)
    expect(edited.ok && edited.item.sparse).toBeUndefined()
  })

  it('the review shows name, vendor, memory, bandwidth, FP16/BF16/FP8/INT8, TDP, quantity and price', () => {
    expect(REVIEW_FIELDS).toEqual(
      expect.arrayContaining([
        'name',
        'vendor',
        'memoryGB',
        'memoryBandwidthGBs',
        'fp16Tflops',
        'bf16Tflops',
        'fp8Tflops',
        'int8Tops',
        'tdpW',
        'quantityOnHand',
        'price',
        'currency',
        'taxIncluded'
      ])
    )
  })
})

describe('fieldOrigins and classFlags', () => {
  it('says which figures come from the sheet, the planner and the catalog card', () => {
    const edited = { ...h20, fp16Tflops: 150 }
    const origins = fieldOrigins(REVIEW_FIELDS, h20, edited, card, 'keep-mine')
    expect(origins.memoryGB).toBe('sheet')
    expect(origins.fp16Tflops).toBe('edited')
    expect(origins.tdpW).toBe('catalog')
    expect(origins.int8Tops).toBe('catalog')
    expect(origins.fp8Tflops).toBe('none')
    expect(fieldOrigins(REVIEW_FIELDS, h20, h20, card, 'keep-catalog').memoryGB).toBe('catalog')
  })

  it('flags every class the sheet changes, and the generic figures of an unmatched card', () => {
    expect(classFlags(h20, undefined, 'keep-mine').map((flag) => flag.key)).toEqual([
      'inventoryReview.flag.noArchitecture'
    ])
    // 英伟达 is NVIDIA: no vendor conflict.
    expect(classFlags(h20, card, 'keep-mine').map((flag) => flag.key)).toEqual([
      'inventoryReview.flag.architectureFromCatalog'
    ])
    const pcie = { ...h20, vendor: 'Huawei', formFactor: 'PCIe', memoryType: 'GDDR6' }
    expect(classFlags(pcie, card, 'keep-mine').map((flag) => flag.key)).toEqual([
      'inventoryReview.flag.architectureFromCatalog',
      'inventoryReview.flag.memoryClass',
      'inventoryReview.flag.formFactorClass',
      'inventoryReview.flag.vendor'
    ])
    expect(classFlags(pcie, card, 'skip')).toEqual([])
  })
})
