/**
 * The plan's capital cost is what procurement pays: the quote's grand total, which holds
 * every bought line (accelerators, servers, network, storage, facility, the planner's own
 * lines, installation and support) — so capex, TCO and the quote can never disagree
 * (docs/methodology.md, "Capex and TCO"). Power and energy add the cluster's switches,
 * storage and management nodes, which run around the clock.
 *
 *   capex           = quote grand total (hardware + services, less discounts, plus VAT)
 *   itPowerKW       = Σ accelerator groups + infrastructurePowerKW
 *   energyMWhPerYear = Σ groups + infrastructurePowerKW × 8760 × pue / 1000
 *   opexPerYear     = energy × price + maintenance × hardware subtotal × (1 + VAT)
 *   tco             = capex + opexPerYear × years
 */
import type { AssumptionOverrides, PlanSettings } from '../../schema/plan'
import { resolveAssumption } from '../assumptions'
import { Derivation, type Step } from '../derivation'

export interface QuoteMoney {
  hardwareSubtotal: number
  servicesSubtotal: number
  grandTotal: number
  /** Lines the quote could price (a plan with none has no capital cost). */
  pricedLines: number
}

export interface PlanCosts {
  itPowerKW: number | null
  facilityPowerKW: number | null
  energyMWhPerYear: number | null
  capex: number | null
  opexPerYear: number | null
  tco: number | null
  steps: Step[]
}

export function planCosts(
  groups: { itPowerKW: number | null; energyMWhPerYear: number | null },
  infrastructurePowerKW: number,
  quote: QuoteMoney,
  settings: PlanSettings,
  overrides: AssumptionOverrides | undefined,
  record = true
): PlanCosts {
  const d = new Derivation(record, 'cluster.steps')
  d.input('groupsItPowerKW', groups.itPowerKW ?? 0, 'kW')
  d.input('infrastructurePowerKW', infrastructurePowerKW, 'kW')
  d.input('pue', settings.pue, 'ratio')
  const known = groups.itPowerKW !== null || infrastructurePowerKW > 0
  const itPowerKW = known
    ? d.formula('planItPowerKW', 'groupsItPowerKW + infrastructurePowerKW', 'kW')
    : null
  const facilityPowerKW = known
    ? d.formula('planFacilityPowerKW', 'planItPowerKW * pue', 'kW')
    : null
  d.input('groupsEnergyMWhPerYear', groups.energyMWhPerYear ?? 0, 'MWh/year')
  const energy =
    groups.energyMWhPerYear !== null || infrastructurePowerKW > 0
      ? d.formula(
          'planEnergyMWhPerYear',
          'groupsEnergyMWhPerYear + infrastructurePowerKW * 8760 * pue / 1000',
          'MWh/year'
        )
      : null
  if (quote.pricedLines === 0)
    return {
      itPowerKW,
      facilityPowerKW,
      energyMWhPerYear: energy,
      capex: null,
      opexPerYear: null,
      tco: null,
      steps: d.steps
    }

  // Inputs, not look-ups: the workbook links them to the Quote sheet's subtotal cells.
  d.input(
    'quoteHardwareSubtotal',
    quote.hardwareSubtotal,
    settings.currency,
    'quote: Σ hardware lines'
  )
  d.input(
    'quoteServicesSubtotal',
    quote.servicesSubtotal,
    settings.currency,
    'quote: Σ service lines'
  )
  d.input('taxRate', settings.taxRate, 'fraction')
  const capex = d.formula(
    'planCapex',
    '(quoteHardwareSubtotal + quoteServicesSubtotal) * (1 + taxRate)',
    settings.currency
  )
  let opex: number | null = null
  let tco: number | null = null
  if (energy !== null) {
    const maintenance = resolveAssumption(
      'maintenanceFractionPerYear',
      {},
      { plan: overrides },
      'typical'
    )
    if (!maintenance) throw new Error('assumption maintenanceFractionPerYear unresolved')
    d.assumption(
      'maintenanceFractionPerYear',
      maintenance.value,
      maintenance.unit,
      maintenance.source
    )
    d.input('electricityPricePerKWh', settings.electricityPricePerKWh, `${settings.currency}/kWh`)
    opex = d.formula(
      'planOpexPerYear',
      'planEnergyMWhPerYear * 1000 * electricityPricePerKWh + quoteHardwareSubtotal * (1 + taxRate) * maintenanceFractionPerYear',
      `${settings.currency}/year`
    )
    d.input('years', settings.years, 'years')
    tco = d.formula('planTco', 'planCapex + planOpexPerYear * years', settings.currency)
  }
  return {
    itPowerKW,
    facilityPowerKW,
    energyMWhPerYear: energy,
    capex,
    opexPerYear: opex,
    tco,
    steps: d.steps
  }
}
