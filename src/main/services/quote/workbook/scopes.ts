/**
 * The derivations the workbook turns into live formulas: one scope per workload (`W1`, `W2`…)
 * and one per accelerator roll-up group (`G1`…). In each, a step is a cell on the Sizing
 * sheet; every other name a step uses is an "external": a plan setting (one shared cell on
 * the Assumptions sheet), the sum of the workloads' accelerators (a Sizing formula), or an
 * input or assumption of its own (a cell on the Assumptions sheet).
 */
import type { ResolvedAssumption, Step } from '@shared/core'
import { CURRENCIES, type Currency, type PlanDocument } from '@shared/schema/plan'
import type { QuoteModel } from './model'
import type { NameRegistry } from './names'

export type ExternalHome =
  /** Its own named cell in this scope's section of the Assumptions sheet. */
  | { kind: 'own' }
  /** A plan setting's shared named cell. */
  | { kind: 'plan'; name: string }
  /** The sum of the named accelerator steps of the group's workloads (on the Sizing sheet). */
  | { kind: 'sumOfWorkloads'; names: string[]; workloadIds: string[] }
  /** The sum of named cells elsewhere (a cluster input that adds the groups' figures). */
  | { kind: 'sumOf'; names: string[] }

export interface External {
  id: string
  value: number
  unit: string
  source?: string
  origin: ResolvedAssumption['origin'] | 'input'
  home: ExternalHome
}

export interface Scope {
  /** `W1`, `G1`, `C1` (cluster section) or `T` (plan totals): the prefix of every name. */
  prefix: string
  kind: 'workload' | 'group' | 'cluster'
  /** Index into plan.workloads, totals.byAccelerator or totals.cluster.sections (-1: totals). */
  index: number
  /** Cluster scopes: the section title's message key and parameters. */
  title?: { key: string; params?: Record<string, string | number> }
  steps: Step[]
  externals: External[]
}

/** Plan settings a derivation may take as an input, by the input's id. */
const PLAN_SETTING_INPUTS = [
  'pue',
  'rackPowerLimitKW',
  'discount',
  'taxRate',
  'electricityPricePerKWh',
  'years'
] as const
type PlanSettingInput = (typeof PLAN_SETTING_INPUTS)[number]

export function planSettingName(
  names: NameRegistry,
  key: PlanSettingInput | 'supportRatePerYear' | 'supportYears'
): string {
  return names.nameFor('Plan', key)
}

export function exchangeRateName(names: NameRegistry, currency: Currency): string {
  return names.nameFor('Plan', `fx_${currency}`)
}

/** An exchange-rate input (`planCurrencyRate`, unit `CNY/USD`) → its currency. */
function exchangeRateCurrency(unit: string): Currency | undefined {
  const match = /^([A-Z]{3})\/USD$/.exec(unit)
  return match && (CURRENCIES as readonly string[]).includes(match[1])
    ? (match[1] as Currency)
    : undefined
}

function planHome(
  id: string,
  unit: string,
  value: number,
  plan: PlanDocument,
  names: NameRegistry
): ExternalHome | undefined {
  const settings = plan.settings
  if ((PLAN_SETTING_INPUTS as readonly string[]).includes(id)) {
    const key = id as PlanSettingInput
    // Only when the value is the setting's: a workload may use the same id for its own figure.
    if (settings[key] === value) return { kind: 'plan', name: planSettingName(names, key) }
  }
  const currency = exchangeRateCurrency(unit)
  if (currency && settings.exchangeRates[currency] === value)
    return { kind: 'plan', name: exchangeRateName(names, currency) }
  return undefined
}

function collectExternals(
  steps: Step[],
  assumptions: readonly ResolvedAssumption[],
  home: (id: string, unit: string, value: number) => ExternalHome
): External[] {
  const stepIds = new Set(steps.map((step) => step.id))
  const origins = new Map(assumptions.map((a) => [a.id, a.origin]))
  const seen = new Map<string, External>()
  for (const step of steps) {
    for (const input of step.inputs) {
      if (stepIds.has(input.ref) || seen.has(input.ref)) continue
      const external: External = {
        id: input.ref,
        value: input.value,
        unit: input.unit,
        origin: origins.get(input.ref) ?? 'input',
        home: home(input.ref, input.unit, input.value)
      }
      if (input.source !== undefined) external.source = input.source
      seen.set(input.ref, external)
    }
  }
  return [...seen.values()]
}

/** The workload whose field `accelerators` a group sums, as the name of that step. */
function acceleratorStepName(model: QuoteModel, workloadId: string): string | undefined {
  const index = model.plan.workloads.findIndex((w) => w.id === workloadId)
  const estimate = model.estimate.workloads.find((w) => w.id === workloadId)
  const stepId = estimate?.result.fieldSteps.accelerators
  if (index < 0 || stepId === undefined) return undefined
  return model.names.nameFor(workloadPrefix(index), stepId)
}

export function workloadPrefix(index: number): string {
  return `W${index + 1}`
}

export function groupPrefix(index: number): string {
  return `G${index + 1}`
}

/** The scope prefix of a cluster section (`C1`…), by its id; `T` for the plan totals. */
export function clusterPrefix(model: QuoteModel, sectionId: string): string {
  const index = (model.estimate.totals?.cluster?.sections ?? []).findIndex(
    (section) => section.id === sectionId
  )
  if (index < 0) throw new Error(`quote workbook: no cluster section "${sectionId}"`)
  return `C${index + 1}`
}

export const TOTALS_PREFIX = 'T'

/**
 * Where a cluster section's inputs live: the group figures it starts from link to the
 * group's cells, the quote subtotals to the Quote sheet, plan settings to theirs.
 */
function clusterHome(
  model: QuoteModel,
  sectionId: string,
  id: string,
  unit: string,
  value: number
): ExternalHome {
  const { plan, names } = model
  const groups = model.estimate.totals?.byAccelerator ?? []
  const groupIndex = groups.findIndex((g) => sectionId.endsWith(`:${g.acceleratorId}`))
  const group = groups[groupIndex]
  const has = (stepId: string) => group?.steps.some((s) => s.id === stepId) === true
  if (group && id === 'servers' && has('servers') && group.servers === value)
    return { kind: 'plan', name: names.nameFor(groupPrefix(groupIndex), 'servers') }
  if (group && id === 'serverPowerKW' && has('serverPowerKW'))
    return { kind: 'plan', name: names.nameFor(groupPrefix(groupIndex), 'serverPowerKW') }
  if (sectionId === 'totals') {
    if (id === 'quoteHardwareSubtotal') return { kind: 'plan', name: 'Quote_HardwareSubtotal' }
    if (id === 'quoteServicesSubtotal') return { kind: 'plan', name: 'Quote_ServicesSubtotal' }
    const sumOf = (stepId: string) => {
      const list = groups
        .map((g, i) =>
          g.steps.some((s) => s.id === stepId) ? names.nameFor(groupPrefix(i), stepId) : undefined
        )
        .filter((n): n is string => n !== undefined)
      return list.length > 0 ? ({ kind: 'sumOf', names: list } as const) : undefined
    }
    if (id === 'groupsItPowerKW') return sumOf('itPowerKW') ?? { kind: 'own' }
    if (id === 'groupsEnergyMWhPerYear') return sumOf('energyMWhPerYear') ?? { kind: 'own' }
  }
  return planHome(id, unit, value, plan, names) ?? { kind: 'own' }
}

export function buildScopes(model: QuoteModel): Scope[] {
  const { plan, names } = model
  const scopes: Scope[] = []
  for (const estimate of model.estimate.workloads) {
    const index = plan.workloads.findIndex((w) => w.id === estimate.id)
    const result = estimate.result
    scopes.push({
      prefix: workloadPrefix(index),
      kind: 'workload',
      index,
      steps: result.steps,
      externals: collectExternals(
        result.steps,
        result.assumptions,
        (id, unit, value) => planHome(id, unit, value, plan, names) ?? { kind: 'own' }
      )
    })
  }
  const groups = model.estimate.totals?.byAccelerator ?? []
  groups.forEach((group, index) => {
    const workloadNames = group.workloadIds.map((id) => acceleratorStepName(model, id))
    const complete = workloadNames.every((name): name is string => name !== undefined)
    scopes.push({
      prefix: groupPrefix(index),
      kind: 'group',
      index,
      steps: group.steps,
      externals: collectExternals(group.steps, [], (id, unit, value) => {
        if (id === 'acceleratorsNeeded' && complete)
          return {
            kind: 'sumOfWorkloads',
            names: workloadNames as string[],
            workloadIds: group.workloadIds
          }
        return planHome(id, unit, value, plan, names) ?? { kind: 'own' }
      })
    })
  })
  const cluster = model.estimate.totals?.cluster
  cluster?.sections.forEach((section, index) => {
    if (section.steps.length === 0) return
    scopes.push({
      prefix: `C${index + 1}`,
      kind: 'cluster',
      index,
      title: {
        key: section.titleKey,
        ...(section.titleParams ? { params: section.titleParams } : {})
      },
      steps: section.steps,
      externals: collectExternals(section.steps, [], (id, unit, value) =>
        clusterHome(model, section.id, id, unit, value)
      )
    })
  })
  const costSteps = model.estimate.totals?.costSteps
  if (costSteps && costSteps.length > 0)
    scopes.push({
      prefix: TOTALS_PREFIX,
      kind: 'cluster',
      index: -1,
      title: { key: 'cluster.sections.totals' },
      steps: costSteps,
      externals: collectExternals(costSteps, [], (id, unit, value) =>
        clusterHome(model, 'totals', id, unit, value)
      )
    })
  return scopes
}

/** Resolves an identifier of a scope's expressions to the defined name holding it. */
export function scopeResolver(scope: Scope, names: NameRegistry): (identifier: string) => string {
  const homes = new Map(scope.externals.map((external) => [external.id, external.home]))
  // Each identifier resolved once per scope: a step's inputs recur in the steps after it.
  const resolved = new Map<string, string>()
  return (identifier) => {
    let name = resolved.get(identifier)
    if (name === undefined) {
      const home = homes.get(identifier)
      name = home?.kind === 'plan' ? home.name : names.nameFor(scope.prefix, identifier)
      // A cell named on another sheet (the Quote's subtotals) is defined there; still counted
      // as used so `assertComplete` checks it.
      names.use(name)
      resolved.set(identifier, name)
    }
    return name
  }
}
