/**
 * The network catalog's reference prices (resources/catalog/network.json, docs/catalog.md):
 * every price present is usable and says where it comes from, and a 256-H100 training plan
 * with the cluster on prices its compute fabric from them, converted at the plan's rates.
 */
import { describe, expect, it } from 'vitest'
import { estimatePlan } from '../../../../src/shared/core'
import { defaultCatalog } from '../../../../src/shared/core/catalog'
import { byId, defaultNetworkCatalog } from '../../../../src/shared/core/cluster/network-catalog'
import {
  CURRENCIES,
  PLAN_FORMAT,
  PLAN_VERSION,
  type Price
} from '../../../../src/shared/schema/plan'

const catalog = defaultNetworkCatalog()
const partLists = [
  ['switches', catalog.switches],
  ['transceivers', catalog.transceivers],
  ['cables', catalog.cables],
  ['nics', catalog.nics],
  ['storageClasses', catalog.storageClasses],
  ['managementNodes', catalog.managementNodes],
  ['racks', catalog.racks],
  ['pdus', catalog.pdus]
] as const
const allParts = partLists.flatMap(([list, parts]) =>
  parts.map((p) => ({ list, id: p.id, price: p.price as Price | undefined }))
)

describe('network catalog prices', () => {
  it('every price present has a positive amount, a known currency, a date and a named source', () => {
    const priced = allParts.filter((p) => p.price !== undefined)
    // The compute fabric of an NVIDIA plan is priced (the BOM test below needs these), and so
    // are the optics and NICs priced from FS.com listings (docs/catalog.md, searched 2026-12-06).
    expect(priced.map((p) => p.id)).toEqual(
      expect.arrayContaining([
        'nvidia-qm9700',
        'osfp-2x400g-dr8',
        'fibre-smf-mpo',
        'osfp-400g-dr4',
        'qsfp56-200g-sr4',
        'qsfp28-100g-lr4',
        'sfp28-25g-sr',
        'sfp-plus-10g-sr',
        'nvidia-connectx-7-400g',
        'generic-25g-2port'
      ])
    )
    for (const { id, price } of priced) {
      expect(price!.amount, id).toBeGreaterThan(0)
      expect(Number.isFinite(price!.amount), id).toBe(true)
      expect(CURRENCIES, id).toContain(price!.currency)
      // A year and month at least (YYYY-MM), as published or as retrieved.
      expect(price!.date, id).toMatch(/^\d{4}-\d{2}/)
      // The source names a site (a domain) and says what kind of figure it is.
      expect(price!.source, id).toMatch(/[a-z0-9-]+\.(com|net|org|cn|io|ai)\b/i)
      expect(price!.source, id).toMatch(/midpoint|reseller|list price|derived|volume/i)
      // Dated no later than the search that found it (2026-12).
      expect(price!.date!.slice(0, 7) <= '2026-12', id).toBe(true)
    }
  })

  it('a part without a public price carries none (the BOM line reads "price needed")', () => {
    // Never a zero or placeholder: absent, or a real amount.
    for (const { id, price } of allParts) if (price) expect(price.amount, id).not.toBe(0)
    expect(allParts.some((p) => p.price === undefined)).toBe(true)
  })
})

interface BomLine {
  id: string
  costCategory: string
  quantity: number
  unitPrice: number
  lineTotal: number
  priceMissing: boolean
}

/** The 256-H100 Llama-3-70B pretraining plan with the cluster sized (as /tmp/walk/h100-cny). */
const estimate256 = (currency: 'CNY' | 'USD') => estimateOn('nvidia-h100-sxm5-80gb', currency)

/** The catalog price of a compute-fabric part by its id, in USD (all of them are USD). */
function catalogUsd(partId: string): number {
  const part =
    byId(catalog.switches, partId) ??
    byId(catalog.transceivers, partId) ??
    byId(catalog.cables, partId)
  expect(part?.price?.currency, partId).toBe('USD')
  return part!.price!.amount
}

describe('256-H100 plan: the compute fabric is priced from the catalog', () => {
  for (const [currency, rate] of [
    ['USD', 1],
    ['CNY', 7]
  ] as const) {
    it(`switches, transceivers and cables: unit price = catalog USD × ${rate} (${currency})`, () => {
      const { lines, byCategory, parts } = estimate256(currency)
      const fabric = parts.filter(
        (p) =>
          p.section.startsWith('compute:') &&
          ['switch', 'transceiver', 'cable'].includes(p.partClass) &&
          p.partId !== undefined
      )
      // Leaf and spine switches, server-to-leaf and leaf-to-spine optics and fibre.
      expect(new Set(fabric.map((p) => p.partClass))).toEqual(
        new Set(['switch', 'transceiver', 'cable'])
      )
      let fabricTotal = 0
      for (const part of fabric) {
        const line = lines.find((l) => l.id === `cluster:${part.lineId}`)
        expect(line, part.lineId).toBeDefined()
        expect(line!.priceMissing, part.lineId).toBe(false)
        expect(line!.quantity, part.lineId).toBe(part.quantity)
        expect(line!.quantity, part.lineId).toBeGreaterThan(0)
        // e.g. QM9700: 36,000 USD × 7 = 252,000 CNY a switch; leaf line = leaves × 252,000.
        const unit = catalogUsd(part.partId!) * rate
        expect(line!.unitPrice, part.lineId).toBeCloseTo(unit, 6)
        expect(line!.lineTotal, part.lineId).toBeCloseTo(line!.quantity * unit, 6)
        fabricTotal += line!.quantity * unit
      }
      // The network category holds at least the compute fabric, and equals its priced lines.
      expect(byCategory.network).toBeGreaterThanOrEqual(fabricTotal - 1e-6)
      const network = lines
        .filter((l) => l.costCategory === 'network')
        .reduce((s, l) => s + l.lineTotal, 0)
      expect(byCategory.network).toBeCloseTo(network, 6)
      expect(fabricTotal).toBeGreaterThan(0)
    })
  }
})

/** The catalog list that holds a cluster part of this class (NICs are not BOM lines). */
const listOf: Partial<Record<string, readonly { id: string; price?: Price }[]>> = {
  switch: catalog.switches,
  transceiver: catalog.transceivers,
  cable: catalog.cables,
  storage: catalog.storageClasses,
  managementNode: catalog.managementNodes,
  rack: catalog.racks,
  pdu: catalog.pdus
}

/**
 * A 256-accelerator Llama-3-70B pretraining plan with the cluster sized. Round rates so the
 * conversion is easy to follow: 1 USD = 7 CNY.
 */
function estimateOn(accelerator: string, currency: 'CNY' | 'USD' = 'CNY') {
  const result = estimatePlan({
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    name: `Llama-3-70B pretraining on 256 × ${accelerator}`,
    workloads: [
      {
        id: 't1',
        name: 'Pretrain',
        kind: 'llm-training',
        accelerator,
        model: 'llama-3-70b',
        tokens: 1e12,
        accelerators: 256
      }
    ],
    settings: {
      currency,
      exchangeRates: { USD: 1, CNY: 7, EUR: 1 },
      taxRate: 0,
      cluster: { enabled: true }
    }
  })
  if (!result.ok || !result.totals?.bom || !result.totals.cluster)
    throw new Error(`the 256 × ${accelerator} plan did not estimate`)
  return {
    lines: result.totals.bom.lines as unknown as BomLine[],
    byCategory: result.totals.bom.byCategory as Record<string, number>,
    parts: result.totals.cluster.parts
  }
}

describe('every cluster line is priced exactly when its catalog part has a public price', () => {
  for (const accelerator of ['nvidia-h100-sxm5-80gb', 'huawei-ascend-910b']) {
    it(`256 × ${accelerator}: catalog USD × 7 CNY, or "price needed"`, () => {
      const { lines, parts } = estimateOn(accelerator)
      let checked = 0
      for (const part of parts) {
        const list = listOf[part.partClass]
        if (!list || part.partId === undefined) continue
        const entry = byId(list, part.partId)
        expect(entry, part.partId).toBeDefined()
        const line = lines.find((l) => l.id === `cluster:${part.lineId}`)
        expect(line, part.lineId).toBeDefined()
        if (entry!.price) {
          // Every catalog price is in USD; the plan converts at 7 CNY per USD.
          expect(entry!.price.currency, part.partId).toBe('USD')
          expect(line!.priceMissing, part.lineId).toBe(false)
          expect(line!.unitPrice, part.lineId).toBeCloseTo(entry!.price.amount * 7, 6)
        } else {
          expect(line!.priceMissing, part.lineId).toBe(true)
        }
        checked++
      }
      expect(checked).toBeGreaterThan(10)
    })
  }

  it('256 H100: the north–south node links take QSFP56 200G SR4 modules at the FS.com price', () => {
    const { lines, parts } = estimateOn('nvidia-h100-sxm5-80gb')
    const server = defaultCatalog().servers.get('hgx-8-sxm-hopper')!
    const storageClass = byId(catalog.storageClasses, 'allflash-parallel-fs')!
    const management = byId(catalog.managementNodes, 'x86-2s-management')!
    const count = (lineId: string) => parts.find((p) => p.lineId === lineId)!.quantity
    // 256 H100 ÷ 8 per HGX server = 32 servers, 2 front ports each (servers.json network);
    // every storage node (2 front ports) and management node (2) is a front end too:
    // 32 · 2 + 4 · 2 + 3 · 2 = 78 links with the 4 storage and 3 management nodes sized here.
    const servers = 256 / server.acceleratorsPerServer
    const storageNodes = count('storage:allflash-parallel-fs')
    const managementNodes = count('management:x86-2s-management')
    const links =
      servers * server.network!.frontPorts +
      storageNodes * storageClass.frontPorts +
      managementNodes * management.frontPorts
    // A 200G row link takes a single-port QSFP56 SR4 at each end: 2 · 78 = 156 modules, each
    // 299 USD (FS.com) × 7 = 2,093 CNY, 326,508 CNY in all.
    const sr4 = byId(catalog.transceivers, 'qsfp56-200g-sr4')!
    expect(sr4.ports).toBe(1)
    const line = lines.find((l) => l.id === 'cluster:frontend:node-leaf:qsfp56-200g-sr4')!
    expect(line.quantity).toBe(2 * links)
    expect(line.priceMissing).toBe(false)
    expect(line.lineTotal).toBeCloseTo(2 * links * sr4.price!.amount * 7, 6)
  })
})
