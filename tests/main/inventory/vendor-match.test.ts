/**
 * Issue 13: vendors written in Chinese or as brand names are the catalog's vendors, and the
 * way Chinese sheets name Ascend cards finds the catalog card.
 */
import { describe, expect, it } from 'vitest'
import { CatalogMatcher } from '../../../src/main/services/inventory/catalog-match'
import { builtInCatalogEntries } from '../../../src/main/services/inventory/catalog-source'
import { importInventory } from '../../../src/main/services/inventory/import-inventory'
import { normalizeVendor } from '../../../src/shared/inventory/vendors'
import type { InventoryItem } from '../../../src/shared/schema/inventory'

const matcher = new CatalogMatcher(builtInCatalogEntries())
const card = (name: string, vendor?: string): InventoryItem => ({
  kind: 'accelerator',
  name,
  ...(vendor ? { vendor } : {})
})

describe('vendor names', () => {
  it.each([
    ['英伟达', 'NVIDIA'],
    ['nvidia', 'NVIDIA'],
    ['NVIDIA Corporation', 'NVIDIA'],
    ['华为', 'Huawei'],
    ['昇腾', 'Huawei'],
    ['华为昇腾', 'Huawei'],
    ['Ascend', 'Huawei'],
    ['寒武纪', 'Cambricon'],
    ['昆仑芯', 'Kunlunxin'],
    ['百度昆仑', 'Kunlunxin'],
    ['海光', 'Hygon'],
    ['超威', 'AMD'],
    ['超微', 'Supermicro'],
    ['英特尔', 'Intel'],
    ['浪潮', 'Inspur'],
    ['Some Startup', 'Some Startup']
  ])('%s → %s', (written, canonical) => {
    expect(normalizeVendor(written)).toBe(canonical)
  })

  it('an imported row carries the normalised vendor', async () => {
    const csv = '厂商,型号,显存\n英伟达,H20,96GB\n昇腾,910B,64GB\n'
    const outcome = await importInventory({ file: 'v.csv', bytes: Buffer.from(csv) })
    expect(outcome.rows.map((row) => row.item?.vendor)).toEqual(['NVIDIA', 'Huawei'])
  })
})

describe('Ascend names', () => {
  it.each(['Ascend 910B', '昇腾910B', '华为昇腾 910B', 'Huawei Ascend 910B'])(
    '%s matches the catalog 910B',
    (name) => {
      expect(matcher.match(card(name)).catalogId).toBe('huawei-ascend-910b')
    }
  )
  it('910B2 stays 910B2', () => {
    expect(matcher.match(card('Ascend 910B2')).catalogId).toBe('huawei-ascend-910b2')
  })
})

describe('Chinese catalog names (nameZh) match as the English ones do', () => {
  it.each([
    ['寒武纪 思元590', 'cambricon-mlu590'],
    ['思元590', 'cambricon-mlu590'],
    ['寒武纪思元370 MLU370-X8', 'cambricon-mlu370-x8-48gb'],
    ['昆仑芯 P800', 'kunlunxin-p800'],
    ['昆仑芯R200-8F 32GB', 'kunlunxin-r200-8f-32gb'],
    ['海光 DCU K100', 'hygon-dcu-k100-64gb'],
    ['海光 DCU K100-AI', 'hygon-dcu-k100-ai-64gb'],
    ['Hygon DCU K100_AI', 'hygon-dcu-k100-ai-64gb'],
    ['昇腾 910B3', 'huawei-ascend-910b3']
  ])('%s → %s', (name, id) => {
    expect(matcher.match(card(name)).catalogId).toBe(id)
  })

  it('an MLU370-X4 is its own card, not the X8', () => {
    expect(matcher.match(card('寒武纪 MLU370-X4')).catalogId).toBe('cambricon-mlu370-x4')
  })
})
