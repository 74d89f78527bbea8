/** Issue 15: a switch/optics price list imported through the inventory importer fills the price book. */
import { describe, expect, it } from 'vitest'
import type { ImportedRow } from '@shared/schema/inventory'
import { defaultNetworkCatalog } from '@shared/core/cluster/network-catalog'
import {
  clusterPartIn,
  clusterPartRow,
  matchPart,
  mergePriceBook,
  networkParts,
  priceBookFromRows,
  defaultDecision
} from '@shared/inventory/price-list'

const parts = networkParts(defaultNetworkCatalog())
const priced = (row: number, name: string, amount: number, currency = 'CNY'): ImportedRow => ({
  row,
  outcome: 'accepted-with-warnings',
  issues: [],
  item: {
    kind: 'accelerator',
    name,
    price: { amount, currency, date: '2026-03-01', source: '代理报价', taxIncluded: true }
  }
})

describe('price list import', () => {
  it('matches parts by their model tokens', () => {
    expect(matchPart('NVIDIA QM9700 交换机', parts)).toMatchObject({
      part: { id: 'nvidia-qm9700' }
    })
    expect(matchPart('OSFP 2x400G SR8 光模块', parts)).toMatchObject({
      part: { id: 'osfp-2x400g-sr8' }
    })
    expect(matchPart('某品牌 机箱', parts)).toMatchObject({ none: 'noPart' })
  })

  it('accounts for every row: entries + reported = rows in, each report with its row', () => {
    const rows: ImportedRow[] = [
      priced(2, 'NVIDIA QM9700', 1_250_000),
      priced(3, 'OSFP 2x400G SR8', 8500),
      priced(4, 'Unknown cable', 300),
      priced(5, 'QM9700', 9000, 'GBP'),
      { row: 6, outcome: 'rejected', issues: [] },
      { row: 7, outcome: 'accepted', issues: [], item: { kind: 'accelerator', name: 'QM9700' } }
    ]
    const result = priceBookFromRows(rows, parts)
    expect(result.entries.length + result.reported.length).toBe(rows.length)
    expect(result.entries).toEqual([
      {
        partId: 'nvidia-qm9700',
        price: { amount: 1_250_000, currency: 'CNY', date: '2026-03-01', source: '代理报价' },
        taxIncluded: true
      },
      {
        partId: 'osfp-2x400g-sr8',
        price: { amount: 8500, currency: 'CNY', date: '2026-03-01', source: '代理报价' },
        taxIncluded: true
      }
    ])
    expect(result.reported.map((report) => [report.row, report.key])).toEqual([
      [4, 'inventoryReview.priceList.noPart'],
      [5, 'inventoryReview.priceList.currency'],
      [6, 'inventoryReview.priceList.rejected'],
      [7, 'inventoryReview.priceList.noPrice']
    ])
  })

  it('a part priced again takes the new price; other entries stay', () => {
    const book = mergePriceBook(
      [
        { partId: 'nvidia-qm9700', price: { amount: 1, currency: 'USD' } },
        { partId: 'dac-passive', price: { amount: 2, currency: 'USD' } }
      ],
      [{ partId: 'nvidia-qm9700', price: { amount: 3, currency: 'CNY' } }]
    )
    expect(book).toEqual([
      { partId: 'nvidia-qm9700', price: { amount: 3, currency: 'CNY' } },
      { partId: 'dac-passive', price: { amount: 2, currency: 'USD' } }
    ])
  })
})

describe('a cluster part in an accelerator sheet', () => {
  it('is named by its catalog part, else by a part word; cards are not', () => {
    expect(clusterPartIn('CE9860-4C-EI 交换机', parts)).toMatchObject({
      part: { id: 'huawei-ce9860-4c-ei', nameZh: expect.any(String) }
    })
    expect(clusterPartIn('400G光模块', parts)).toEqual({ word: '光模块' })
    expect(clusterPartIn('ConnectX NIC', parts)).toEqual({ word: 'NIC' })
    expect(clusterPartIn('DAC cables 3m', parts)).toEqual({ word: 'cable' })
    // Whole words only: NVSwitch is part of a system's name; racks are rack-scale systems.
    expect(clusterPartIn('HGX H100 8-GPU with NVSwitch', parts)).toBeUndefined()
    expect(clusterPartIn('GB200 NVL72 整机柜', parts)).toBeUndefined()
    expect(clusterPartIn('昇腾910B', parts)).toBeUndefined()
  })

  it('only an accelerator row that matched no card counts; undecided ones are skipped', () => {
    const row = (n: number, name: string, status?: 'new' | 'identical'): ImportedRow => ({
      ...priced(n, name, 1000),
      ...(status
        ? { match: { status, catalogId: 'x', catalogName: 'x', differences: [], alternatives: [] } }
        : {})
    })
    const rows = [
      row(2, 'CE9860-4C-EI 交换机', 'new'),
      row(3, '400G光模块'),
      row(4, 'QM9700 switch', 'identical'),
      row(5, 'A800 80GB', 'new'),
      row(6, 'SN5600 switch')
    ]
    expect(clusterPartRow(rows[2], parts)).toBeUndefined()
    expect(
      clusterPartRow({ ...rows[0], item: { kind: 'server', name: 'CE9860 交换机' } }, parts)
    ).toBeUndefined()
    // Undecided: the cluster parts are skipped (row 6 too: only the planner keeps one).
    expect(rows.map((r) => defaultDecision(r, parts))).toEqual([
      'skip',
      'skip',
      'keep-mine',
      'keep-mine',
      'skip'
    ])
  })
})
