import { describe, expect, it } from 'vitest'
import {
  applyDecision,
  CatalogMatcher,
  nameTokens,
  type CatalogEntryLike
} from '../../../src/main/services/inventory/catalog-match'
import { builtInCatalogEntries } from '../../../src/main/services/inventory/catalog-source'
import { importInventory } from '../../../src/main/services/inventory/import-inventory'
import type { InventoryItem } from '../../../src/shared/schema/inventory'
import { fixture } from './helpers'

const CATALOG: CatalogEntryLike[] = [
  {
    id: 'nvidia-a100-sxm4-80gb',
    vendor: 'NVIDIA',
    name: 'A100 80GB SXM4',
    memoryGB: 80,
    memoryBandwidthGBs: 2039,
    fp16Tflops: 312,
    int8Tops: 624,
    tdpW: 400
  },
  {
    id: 'nvidia-a100-sxm4-40gb',
    vendor: 'NVIDIA',
    name: 'A100 40GB SXM4',
    memoryGB: 40,
    memoryBandwidthGBs: 1555,
    fp16Tflops: 312
  },
  {
    id: 'nvidia-a100-pcie-80gb',
    vendor: 'NVIDIA',
    name: 'A100 80GB PCIe',
    memoryGB: 80,
    memoryBandwidthGBs: 1935,
    fp16Tflops: 312
  },
  {
    id: 'nvidia-h100-sxm5-80gb',
    vendor: 'NVIDIA',
    name: 'H100 SXM5 80GB',
    memoryGB: 80,
    fp16Tflops: 989,
    price: { amount: 27500, currency: 'USD', date: '2024', source: 's' }
  }
]

function item(name: string, fields: Partial<InventoryItem> = {}): InventoryItem {
  return { kind: 'accelerator', name, ...fields }
}

describe('name normalisation', () => {
  it('treats spellings of one model as the same tokens', () => {
    const sorted = (name: string) => nameTokens(name).sort().join(' ')
    expect(sorted('NVIDIA A100-SXM4-80GB')).toBe(sorted('A100 80GB SXM4'))
    expect(sorted('英伟达 A100 SXM4 80G')).toBe(sorted('a100 sxm4 80 GB'))
    expect(sorted('Tesla A100 PCI-E 80GB HBM2e')).toBe(sorted('A100 80GB PCIe'))
  })
})

describe('CatalogMatcher', () => {
  const matcher = new CatalogMatcher(CATALOG)

  it('finds identical entries', () => {
    const match = matcher.match(item('NVIDIA A100-SXM4-80GB', { memoryGB: 80, fp16Tflops: 312 }))
    expect(match).toEqual({
      status: 'identical',
      catalogId: 'nvidia-a100-sxm4-80gb',
      catalogName: 'A100 80GB SXM4',
      score: 1,
      differences: [],
      alternatives: []
    })
  })

  it('says which fields differ', () => {
    const match = matcher.match(item('A100-SXM4-80GB', { memoryGB: 80, int8Tops: 1248, tdpW: 500 }))
    expect(match.status).toBe('differs')
    expect(match.differences).toEqual([
      { field: 'int8Tops', mine: 1248, catalog: 624 },
      { field: 'tdpW', mine: 500, catalog: 400 }
    ])
  })

  it('never matches a different memory size or form factor, and lists close alternatives', () => {
    expect(matcher.match(item('A100 40GB PCIe')).status).toBe('new')
    expect(matcher.match(item('MI300X')).status).toBe('new')
    const vague = matcher.match(item('A100 80GB'))
    expect(vague.catalogId).toBe('nvidia-a100-sxm4-80gb')
    expect(vague.alternatives).toEqual([{ id: 'nvidia-a100-pcie-80gb', name: 'A100 80GB PCIe' }])
  })

  it('compares prices by amount and currency', () => {
    expect(
      matcher.match(item('H100 SXM5 80GB', { price: { amount: 27500, currency: 'USD' } })).status
    ).toBe('identical')
    expect(
      matcher.match(item('H100 SXM5 80GB', { price: { amount: 27500, currency: 'CNY' } }))
        .differences
    ).toEqual([
      { field: 'price', mine: { amount: 27500, currency: 'CNY' }, catalog: CATALOG[3].price }
    ])
  })
})

describe('decisions', () => {
  const mine = item('A100-SXM4-80GB', {
    memoryGB: 80,
    int8Tops: 1248,
    quantityOnHand: 8,
    notes: 'rack 3'
  })
  const entry = CATALOG[0]

  it('keep mine keeps my figures and links the catalog entry', () => {
    expect(applyDecision(mine, entry, 'keep-mine')).toEqual({ ...mine, catalogId: entry.id })
  })

  it('keep catalog takes the catalog figures but my quantity and notes', () => {
    expect(applyDecision(mine, entry, 'keep-catalog')).toEqual({
      kind: 'accelerator',
      vendor: 'NVIDIA',
      name: 'A100 80GB SXM4',
      memoryGB: 80,
      memoryBandwidthGBs: 2039,
      fp16Tflops: 312,
      int8Tops: 624,
      tdpW: 400,
      quantityOnHand: 8,
      notes: 'rack 3',
      catalogId: entry.id
    })
  })

  it('merge fills only what I left empty', () => {
    expect(applyDecision(mine, entry, 'merge')).toMatchObject({
      int8Tops: 1248,
      memoryBandwidthGBs: 2039,
      tdpW: 400,
      quantityOnHand: 8
    })
    expect(applyDecision(mine, entry, 'skip')).toBeNull()
  })
})

describe('against the built-in catalog', () => {
  it('matches the fixture rows to real catalog ids', async () => {
    const catalog = builtInCatalogEntries()
    expect(catalog.length).toBeGreaterThan(10)
    const { rows } = await importInventory({
      file: 'zh-title-merged.xlsx',
      bytes: fixture('zh-title-merged.xlsx'),
      catalog: new CatalogMatcher(catalog)
    })
    const a100 = rows.find((row) => row.row === 6)
    expect(a100?.match?.catalogId).toBe('nvidia-a100-sxm4-80gb')
    expect(a100?.match?.status).toBe('differs')
    expect(a100?.match?.differences.map((difference) => difference.field)).toContain('price')
    const rejected = rows.find((row) => row.row === 11)
    expect(rejected?.match).toBeUndefined()
  })
})
