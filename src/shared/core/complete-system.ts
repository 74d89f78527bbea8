/**
 * Complete systems (issue 19): a server its vendor sells as one system with the accelerators
 * inside its price and part number (Huawei Atlas 800T A2 / 800I A2, NVIDIA DGX). When the
 * planner buys an accelerator group that way (`settings.completeSystemByAccelerator`), the
 * group's capital cost is systems × the system price — no card line, no chassis line — and
 * the quote shows one line per system. Cards on hand still reduce what is bought, by whole
 * systems: systemsToBuy = ceil(max(0, needed − on hand) / accelerators per system), the same
 * rule as chassis (the planner's cards are taken to sit in servers the planner already has).
 */
import type { PlanSettings } from '../schema/plan'
import type { CompleteSystemSpec, ServerSpec } from './catalog'
import type { Derivation } from './derivation'
import { recordPlanCurrencyPrice } from './plan-currency-price'
import { netPrice } from './rollup'
import type { Note, ResolvedAccelerator } from './workloads/context'

/** The system an accelerator group is bought as, if the planner chose it and it fits. */
export function chooseCompleteSystem(
  server: ServerSpec,
  accelerator: ResolvedAccelerator,
  settings: PlanSettings,
  warnings: Note[]
): CompleteSystemSpec | undefined {
  if (settings.completeSystemByAccelerator?.[accelerator.id] !== true) return undefined
  const system = server.completeSystem
  if (!system) {
    warnings.push({
      key: 'systems.warnings.notSoldAsSystem',
      params: { server: server.name, accelerator: accelerator.spec.name }
    })
    return undefined
  }
  if (!acceleratorInside(system, accelerator)) {
    warnings.push({
      key: 'systems.warnings.otherAccelerator',
      params: { system: system.name, accelerator: accelerator.spec.name }
    })
    return undefined
  }
  return system
}

/** Whether the system ships with this card (a catalog id, or the card a hardware row matches). */
export function acceleratorInside(
  system: CompleteSystemSpec,
  accelerator: Pick<ResolvedAccelerator, 'id' | 'catalogId'>
): boolean {
  return [accelerator.id, accelerator.catalogId].some(
    (id) => id !== undefined && system.acceleratorIds.includes(id)
  )
}

/**
 * Records how many systems are bought and, when the system has a price, the group's capex.
 * Needs `acceleratorsToBuy` and `acceleratorsPerServer` in `d`. Returns the capex, or null
 * (price needed, with a note) when neither the catalog nor the planner's price book has one.
 */
export function recordSystemCapex(
  d: Derivation,
  system: CompleteSystemSpec,
  settings: PlanSettings,
  warnings: Note[]
): number | null {
  d.formula('systemsToBuy', 'ceil(acceleratorsToBuy / acceleratorsPerServer)', 'systems')
  const price = system.price
  if (price === undefined) {
    warnings.push({ key: 'systems.warnings.noSystemPrice', params: { system: system.name } })
    return null
  }
  d.lookup(
    'systemListPrice',
    netPrice(price, settings.taxRate),
    price.currency,
    `${system.name}: ${price.source ?? system.source}${price.date ? ` (${price.date})` : ''}`
  )
  recordPlanCurrencyPrice(
    d,
    { list: 'systemListPrice', rate: 'systemPriceRate', unit: 'systemUnitPrice' },
    price.currency,
    settings
  )
  d.input('discount', settings.discount, 'fraction')
  d.input('taxRate', settings.taxRate, 'fraction')
  return d.formula(
    'capex',
    'systemsToBuy * systemUnitPrice * (1 - discount) * (1 + taxRate)',
    settings.currency
  )
}
