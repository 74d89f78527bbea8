/**
 * core/cluster/plan-costs.ts: the formulas of the module header worked by hand with round
 * settings (PUE 1.5, 1 CNY/kWh, VAT 10 %, 5 years); the maintenance fraction is read from
 * the assumption registry, so a recalibration of it moves the expectation with it.
 */
import { describe, expect, it } from 'vitest'
import { planCosts, type QuoteMoney } from '../../../../src/shared/core/cluster/plan-costs'
import { assumptionDefinition } from '../../../../src/shared/core/assumptions'
import { PLAN_FORMAT, PLAN_VERSION, parsePlan } from '../../../../src/shared/schema/plan'

const parsed = parsePlan({ format: PLAN_FORMAT, version: PLAN_VERSION, name: 'p', workloads: [] })
if (!parsed.ok) throw new Error('default plan invalid')
const settings = {
  ...parsed.plan.settings,
  currency: 'CNY' as const,
  pue: 1.5,
  electricityPricePerKWh: 1,
  taxRate: 0.1,
  years: 5
}
const maintenance = assumptionDefinition('maintenanceFractionPerYear')!.variants.at(-1)!.typical

const quote: QuoteMoney = {
  hardwareSubtotal: 1_000_000,
  servicesSubtotal: 100_000,
  grandTotal: 1_210_000,
  pricedLines: 5
}
const groups = { itPowerKW: 100, energyMWhPerYear: 500 }

describe('planCosts', () => {
  it('power: groups plus the infrastructure; facility power × PUE', () => {
    // IT 100 + 20 = 120 kW; facility 120 × 1.5 = 180 kW.
    const costs = planCosts(groups, 20, quote, settings, undefined)
    expect(costs.itPowerKW).toBe(120)
    expect(costs.facilityPowerKW).toBe(180)
  })

  it('energy: the groups’ own plus the infrastructure around the clock at the PUE', () => {
    // 500 + 20 kW × 8760 h × 1.5 / 1000 = 500 + 262.8 = 762.8 MWh/year.
    const costs = planCosts(groups, 20, quote, settings, undefined)
    expect(costs.energyMWhPerYear).toBeCloseTo(762.8, 9)
  })

  it('capex is the quote’s subtotals with VAT; opex energy plus maintenance; TCO over the years', () => {
    const costs = planCosts(groups, 20, quote, settings, undefined)
    // (1,000,000 + 100,000) × 1.1 = 1,210,000 (= the quote's grand total).
    expect(costs.capex).toBeCloseTo(1_210_000, 6)
    // 762.8 MWh × 1000 × 1 CNY + 1,000,000 × 1.1 × maintenance
    const opex = 762_800 + 1_100_000 * maintenance
    expect(costs.opexPerYear).toBeCloseTo(opex, 6)
    expect(costs.tco).toBeCloseTo(1_210_000 + opex * 5, 6)
  })

  it('a plan-wide maintenance override is used instead of the registry’s', () => {
    const costs = planCosts(groups, 0, quote, settings, { maintenanceFractionPerYear: 0.2 })
    // 500 MWh × 1000 + 1,100,000 × 0.2 = 500,000 + 220,000
    expect(costs.opexPerYear).toBeCloseTo(720_000, 6)
    const step = costs.steps
      .flatMap((s) => s.inputs)
      .find((i) => i.ref === 'maintenanceFractionPerYear')
    expect(step?.value).toBe(0.2)
  })

  it('nothing priced: power and energy, but no capex, opex or TCO', () => {
    const costs = planCosts(groups, 20, { ...quote, pricedLines: 0 }, settings, undefined)
    expect(costs).toMatchObject({ capex: null, opexPerYear: null, tco: null, itPowerKW: 120 })
  })

  it('unknown group power and no infrastructure: power and energy unknown, no opex', () => {
    const unknown = { itPowerKW: null, energyMWhPerYear: null }
    const costs = planCosts(unknown, 0, quote, settings, undefined)
    expect(costs).toMatchObject({
      itPowerKW: null,
      facilityPowerKW: null,
      energyMWhPerYear: null,
      opexPerYear: null,
      tco: null
    })
    // The capital cost is still known from the quote.
    expect(costs.capex).toBeCloseTo(1_210_000, 6)
  })

  it('unknown group power with infrastructure counts the infrastructure alone', () => {
    const costs = planCosts(
      { itPowerKW: null, energyMWhPerYear: null },
      10,
      quote,
      settings,
      undefined
    )
    expect(costs.itPowerKW).toBe(10)
    // 10 × 8760 × 1.5 / 1000 = 131.4
    expect(costs.energyMWhPerYear).toBeCloseTo(131.4, 9)
  })

  it('records no steps when asked not to, with the same figures', () => {
    const quiet = planCosts(groups, 20, quote, settings, undefined, false)
    const loud = planCosts(groups, 20, quote, settings, undefined)
    expect(quiet.steps).toEqual([])
    expect(quiet.tco).toBe(loud.tco)
  })
})
