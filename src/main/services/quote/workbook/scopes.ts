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

export interface External {
  id: string
  value: number
  unit: string
  source?: string
  origin: ResolvedAssumption['origin'] | 'input'
  home: ExternalHome
}

export interface Scope {
  /** `W1` or `G1`: the prefix of every name in this scope. */
  prefix: string
  kind: 'workload' | 'group'
  /** Index into plan.workloads, or into totals.byAccelerator. */
  index: number
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
  return scopes
}

/** Resolves an identifier of a scope's expressions to the defined name holding it. */
export function scopeResolver(scope: Scope, names: NameRegistry): (identifier: string) => string {
  const homes = new Map(scope.externals.map((external) => [external.id, external.home]))
  return (identifier) => {
    const home = homes.get(identifier)
    const name = home?.kind === 'plan' ? home.name : names.nameFor(scope.prefix, identifier)
    return names.use(name)
  }
}
