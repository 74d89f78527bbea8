/** Plan roll-up (servers, racks, power, cost, currency) and compare mode. */
import { describe, expect, it } from 'vitest'
import { estimatePlan } from '../../../src/shared/core'
import { plan } from './helpers'

const serving = {
  id: 's',
  kind: 'llm-inference',
  accelerator: 'nvidia-h100-sxm5-80gb',
  model: 'llama-2-70b',
  weightPrecision: 'fp16',
  contextTokens: 4096,
  concurrency: 8,
  target: { requestsPerSecond: 10, inputTokens: 1000, outputTokens: 200 }
}

describe('roll-up', () => {
  const settings = {
    currency: 'USD',
    pue: 1.5,
    electricityPricePerKWh: 0.1,
    years: 4,
    taxRate: 0.1,
    discount: 0.2,
    rackPowerLimitKW: 25
  }
  const result = estimatePlan(plan([serving], { settings }))
  const group = result.totals!.byAccelerator[0]

  it('cards → 8-GPU HGX servers → racks within the rack power limit', () => {
    const cards = result.workloads[0].result.accelerators
    expect(group.server.id).toBe('hgx-8-sxm-hopper')
    expect(group.servers).toBe(Math.ceil(cards / 8))
    const serverKW = (8 * 700 + 4600) / 1000
    expect(group.serversPerRack).toBe(Math.floor(25 / serverKW))
    expect(group.racks).toBe(Math.ceil(group.servers / group.serversPerRack!))
    expect(group.itPowerKW).toBeCloseTo((cards * 700 + group.servers * 4600) / 1000, 9)
    expect(group.facilityPowerKW).toBeCloseTo(group.itPowerKW! * 1.5, 9)
  })

  it('capex, opex and TCO with discount and tax', () => {
    const cards = group.accelerators
    const capex = (cards * 27_500 + group.servers * 80_000) * 0.8 * 1.1
    expect(group.capex).toBeCloseTo(capex, 6)
    const energyCost = group.energyMWhPerYear! * 1000 * 0.1
    expect(group.opexPerYear).toBeCloseTo(energyCost + capex * 0.05, 6)
    expect(group.tco).toBeCloseTo(capex + group.opexPerYear! * 4, 6)
    // Without the whole-cluster sizing the plan total is the group's; with it, the plan adds
    // the network, storage and management (tests/shared/cluster/plan.test.ts).
    const groupsOnly = estimatePlan(
      plan([serving], { settings: { ...settings, cluster: { enabled: false } } })
    )
    expect(groupsOnly.totals!.tco).toBe(group.tco)
    expect(groupsOnly.totals!.costComplete).toBe(true)
    // With the cluster, capex is complete only when every bill-of-materials line has a price
    // (installation has none until the plan sets its rate): otherwise it is a lower bound.
    expect(result.totals!.bom!.priceMissingLines).toBeGreaterThan(0)
    expect(result.totals!.costComplete).toBe(false)
  })

  it('converts currency with the plan exchange rates', () => {
    const cny = estimatePlan(
      plan([serving], {
        settings: { ...settings, currency: 'CNY', exchangeRates: { USD: 1, CNY: 7, EUR: 0.9 } }
      })
    )
    // Every price here is in USD (cards, servers and the cluster's catalog parts), so the
    // whole plan's capex converts at 7 CNY per USD, and so does the group's.
    expect(cny.totals!.capex).toBeCloseTo(result.totals!.capex! * 7, 4)
    expect(cny.totals!.byAccelerator[0].capex).toBeCloseTo(group.capex! * 7, 4)
  })

  it('inventory on hand reduces what must be bought', () => {
    const own = {
      id: 'our-h100',
      vendor: 'NVIDIA',
      name: 'H100 we own',
      formFactorClass: 'sxm',
      architecture: 'hopper',
      memoryGB: 80,
      memoryBandwidthGBs: 3350,
      bf16Tflops: 989.4,
      fp16Tflops: 989.4,
      tdpW: 700,
      quantityOnHand: 8,
      price: { amount: 25_000, currency: 'USD' }
    }
    const r = estimatePlan(
      plan([{ ...serving, accelerator: 'our-h100' }], { settings, inventory: [own] })
    )
    const g = r.totals!.byAccelerator[0]
    expect(g.acceleratorsToBuy).toBe(Math.max(0, g.accelerators - 8))
  })

  it('a tax-inclusive price (含税单价) is netted before the tax rate is added: VAT counted once', () => {
    const entry = (taxIncluded?: boolean) => ({
      id: 'our-h100',
      vendor: 'NVIDIA',
      name: 'H100 bought locally',
      formFactorClass: 'sxm',
      architecture: 'hopper',
      memoryGB: 80,
      memoryBandwidthGBs: 3350,
      bf16Tflops: 989.4,
      fp16Tflops: 989.4,
      tdpW: 700,
      quantityOnHand: 0,
      price: {
        amount: 27_500 * 1.1,
        currency: 'USD',
        ...(taxIncluded === undefined ? {} : { taxIncluded })
      }
    })
    const groupOf = (taxIncluded?: boolean) =>
      estimatePlan(
        plan([{ ...serving, accelerator: 'our-h100' }], {
          settings,
          inventory: [entry(taxIncluded)]
        })
      ).totals!.byAccelerator[0]
    const inclusive = groupOf(true)
    // 30,250 incl. 10 % tax → 27,500 net → ×0.8 discount ×1.1 tax: the gross price once, discounted.
    const capex = (inclusive.accelerators * 27_500 + inclusive.servers * 80_000) * 0.8 * 1.1
    expect(inclusive.capex).toBeCloseTo(capex, 6)
    // Stated net, or not stated: the amount is net, and the tax is added on top of it.
    expect(groupOf(false).capex).toBeCloseTo(groupOf().capex!, 6)
    expect(groupOf().capex! - capex).toBeCloseTo(inclusive.accelerators * 2_750 * 0.8 * 1.1, 6)
  })

  it('the A100 80 GB SXM4 of a blank plan is priced from its catalog reference price', () => {
    const a100 = estimatePlan(
      plan([{ ...serving, accelerator: 'nvidia-a100-sxm4-80gb' }], { settings })
    ).totals!.byAccelerator[0]
    expect(a100.server.id).toBe('hgx-8-sxm-ampere')
    expect(a100.warnings.map((w) => w.key)).not.toContain('core.warnings.noPrice')
    // Catalog: 11,500 USD a card (midpoint of $8,000-15,000, 2026) and 60,000 USD a host,
    // then the plan's 20 % discount and 10 % tax.
    const capex = (a100.accelerators * 11_500 + a100.servers * 60_000) * 0.8 * 1.1
    expect(a100.capex).toBeCloseTo(capex, 6)
  })

  it('says when power or cost is unknown instead of inventing it', () => {
    const r = estimatePlan(plan([{ ...serving, accelerator: 'nvidia-a800-pcie-80gb' }]))
    expect(r.totals!.capex).toBeNull()
    expect(r.totals!.costComplete).toBe(false)
    expect(r.totals!.byAccelerator[0].warnings.map((w) => w.key)).toContain('core.warnings.noPrice')
  })
})

describe('compare mode', () => {
  const training = {
    id: 't',
    kind: 'llm-training',
    accelerator: 'nvidia-h100-sxm5-80gb',
    model: 'llama-2-7b',
    tokens: 1e12,
    targetDays: 20
  }

  it('evaluates every catalog accelerator and recommends the cheapest that meets the constraints', () => {
    const r = estimatePlan(
      plan([training, serving], {
        compare: { enabled: true, grouping: 'plan' },
        constraints: { deadlineDays: 20 }
      })
    )
    const c = r.compare!
    expect(c.candidates.length).toBeGreaterThanOrEqual(59)
    const feasible = c.candidates.filter((x) => x.feasible && x.tco !== null)
    expect(feasible.length).toBeGreaterThan(0)
    const cheapest = [...feasible].sort((a, b) => a.tco! - b.tco!)[0]
    expect(c.recommended).toBe(cheapest.acceleratorId)
    for (const x of c.candidates.filter((x) => !x.feasible))
      expect(x.failures.length).toBeGreaterThan(0)
    const missing = c.candidates.find((x) => x.acceleratorId === 'hygon-dcu-z100')!
    expect(missing.evaluable).toBe(false)
    expect(missing.reason?.key).toBe('core.validation.missingSpec')
  })

  it('gives the reason a candidate fails a budget or power cap', () => {
    const r = estimatePlan(
      plan([training], {
        compare: { enabled: true, candidates: ['nvidia-h100-sxm5-80gb', 'nvidia-b200-hgx-180gb'] },
        constraints: { budget: 1, powerCapKW: 1 }
      })
    )
    for (const x of r.compare!.candidates) {
      expect(x.feasible).toBe(false)
      const keys = x.failures.map((f) => f.key)
      expect(keys).toContain('compare.reasons.budget')
      expect(keys).toContain('compare.reasons.powerCap')
    }
    expect(r.compare!.recommended).toBeNull()
  })
})
