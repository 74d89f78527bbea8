/**
 * Issue 19, walked in zh-CN: the Costs step's price table listed "Huawei Atlas 300I inference
 * card (model 3000/3010, 4x Ascend 310)", "Huawei Atlas 800 inference server (…)", "Rack PDU
 * 3-phase 32 A" in English while the quote priced the same parts by their Chinese names. Every
 * row of a catalog part carries the catalog's Chinese name, and the table shows it under zh-CN.
 */
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { catalogForRenderer } from '@shared/core/catalog-data'
import { defaultNetworkCatalog } from '@shared/core/cluster/network-catalog'
import { priceRows } from '@shared/core/price-rows'
import { catalogName } from '@shared/i18n/catalog-names'
import { createBlankPlan } from '@renderer/stores/plan'
import PriceBookTable from '@renderer/components/costs/PriceBookTable.vue'
import { usePlanStore } from '@renderer/stores/plan'
import { useUiStore } from '@renderer/stores/ui'
import type { PlanDocument } from '@shared/schema/plan'
import { setup } from './harness'

const catalog = catalogForRenderer()
const network = defaultNetworkCatalog()
const workloads = [
  {
    id: 'video-1',
    kind: 'video-analytics',
    accelerator: 'huawei-atlas-300i-3000',
    streams: 5000,
    topsPerStream: 2
  }
] as PlanDocument['workloads']

/** Every catalog entry with a Chinese name, by id. */
const zhById = new Map<string, string>()
for (const entry of [
  ...catalog.accelerators,
  ...catalog.servers,
  ...Object.values(network).flatMap((list): { id: string; nameZh?: string }[] =>
    Array.isArray(list) ? list : []
  )
] as { id: string; nameZh?: string }[])
  if (entry.nameZh !== undefined) zhById.set(entry.id, entry.nameZh)

describe('Costs price rows in the reader’s language', () => {
  const groups = priceRows({
    plan: { ...createBlankPlan(), workloads } as PlanDocument,
    accelerators: catalog.accelerators,
    servers: catalog.servers,
    network,
    serversInUse: ['huawei-atlas-800-3000']
  })
  const all = groups.flatMap((g) => g.rows)

  it('every row of a catalog part with a Chinese name carries it', () => {
    expect(all.length).toBeGreaterThan(10)
    const missing = all
      .filter((r) => zhById.has(r.partId) && r.nameZh !== zhById.get(r.partId))
      .map((r) => r.partId)
    expect(missing).toEqual([])
    expect(all.filter((r) => r.nameZh !== undefined).length).toBeGreaterThan(5)
  })

  // The table lists every network part, each row with five Naive UI controls: those are
  // stubbed (price-book-table.test.ts says why), the names are the rows' own text.
  it('the table shows the Chinese names under zh-CN', async () => {
    // The network catalog's parts are listed whatever the plan holds (the card list comes from
    // the catalog store, which this mount does not load).
    const pdu = all.find((r) => r.partClass === 'pdu')!
    expect(pdu.nameZh).toBeDefined()
    expect(catalogName(pdu, 'en')).toBe(pdu.name)
    const ctx = setup(() => null, 'zh-CN')
    useUiStore().setLocale('zh-CN')
    usePlanStore().plan.workloads = workloads
    const table = mount(PriceBookTable, {
      global: {
        plugins: [ctx.pinia, ctx.i18n, ctx.router],
        stubs: { Select: true, InputNumber: true, Input: true, Checkbox: true }
      }
    })
    const text = table.text()
    table.unmount()
    expect(text).toContain(pdu.nameZh)
    expect(text).not.toContain(pdu.name)
  })
})
