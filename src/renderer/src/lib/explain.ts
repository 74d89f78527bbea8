/**
 * Turns a derivation target into what the panel shows. Workload and roll-up numbers are the
 * core's own recorded steps; plan totals are the sum of the accelerator groups' figures,
 * shown as such with a drill-down into each group.
 */
import type { EstimateResult, ResolvedAssumption, Step } from '@shared/core'
import { acceleratorNameIn } from '@shared/i18n/catalog-names'
import type { Locale } from '@shared/i18n/types'
import type { DerivationTarget } from '../stores/derivation'

export interface ExplainedInput {
  ref: string
  label?: string
  value: number
  unit: string
  source?: string
  /** For totals: where this contribution is explained. */
  drill?: DerivationTarget
}

export interface Explanation {
  id: string
  context: string
  value: number
  unit: string
  formula: string
  expr?: string
  source?: string
  inputs: ExplainedInput[]
  steps: Step[]
  assumptions: ResolvedAssumption[]
  /** Inputs can be edited (they come from the plan). */
  editable: boolean
  /** A plan total that is the sum of its inputs (one per card model or workload). */
  sum?: boolean
}

/**
 * Where a derivation id's label lives: a computed step (the workload core's or the cluster
 * sizing's), an assumption, a plan setting or workload field, or one of the inputs the core
 * names in its derivations (`derivation.inputs`). First namespace that has it wins.
 */
export const DERIVATION_LABEL_NAMESPACES = [
  'core.steps',
  'cluster.steps',
  'core.assumptions',
  'wizard.inputs',
  'wizard.fields',
  'derivation.inputs'
] as const

export interface LabelKey {
  key: string
  params?: Record<string, number>
}

/**
 * The message key of an id's label, or null when no catalogue names it. Numbered ids the
 * cluster sizing makes (`nodeLinksTransceivers2`, `group1ServersNodes`) use the numbered
 * label (`…N`, `group…`) with the number as `{n}`.
 */
export function derivationLabelKey(id: string, has: (key: string) => boolean): LabelKey | null {
  const find = (name: string): string | null => {
    for (const namespace of DERIVATION_LABEL_NAMESPACES)
      if (has(`${namespace}.${name}`)) return `${namespace}.${name}`
    return null
  }
  const exact = find(id)
  if (exact) return { key: exact }
  const numbered = /^(.*\D)(\d+)$/.exec(id)
  if (numbered) {
    const key = find(`${numbered[1]}N`)
    if (key) return { key, params: { n: Number(numbered[2]) } }
  }
  const group = /^group(\d+)([A-Z]\w*)$/.exec(id)
  if (group) {
    const key = find(`group${group[2]}`)
    if (key) return { key, params: { n: Number(group[1]) } }
  }
  return null
}

export const TOTAL_FIELDS = [
  'accelerators',
  'servers',
  'racks',
  'itPowerKW',
  'facilityPowerKW',
  'energyMWhPerYear',
  'capex',
  'opexPerYear',
  'tco'
] as const
export type TotalField = (typeof TOTAL_FIELDS)[number]

function fromStep(
  step: Step,
  context: string,
  steps: Step[],
  assumptions: ResolvedAssumption[]
): Explanation {
  return {
    id: step.id,
    context,
    value: step.value,
    unit: step.unit,
    formula: step.formula,
    expr: step.kind === 'formula' ? step.expr : undefined,
    source: step.source,
    inputs: step.inputs.map((input) => ({ ...input })),
    steps,
    assumptions,
    editable: true
  }
}

/** Plan totals the plan's cost derivation computes (core/cluster/plan-costs.ts). */
const PLAN_COST_STEPS: Partial<Record<TotalField, string>> = {
  itPowerKW: 'planItPowerKW',
  facilityPowerKW: 'planFacilityPowerKW',
  energyMWhPerYear: 'planEnergyMWhPerYear',
  capex: 'planCapex',
  opexPerYear: 'planOpexPerYear',
  tco: 'planTco'
}

/** Inputs of the plan's cost steps that are the groups' sum of a total (plan-costs.ts). */
const GROUPS_PART: Record<string, TotalField> = {
  groupsItPowerKW: 'itPowerKW',
  groupsEnergyMWhPerYear: 'energyMWhPerYear'
}

/**
 * A step of the plan's cost derivation, its step inputs drillable within it, and the groups'
 * part (power, energy) drillable to each group, where a pool's duty cycle shows.
 */
function fromPlanStep(step: Step, steps: Step[]): Explanation {
  const explained = fromStep(step, '', steps, [])
  explained.editable = false
  explained.inputs = explained.inputs.map((input): ExplainedInput => {
    if (steps.some((s) => s.id === input.ref && s.kind === 'formula'))
      return { ...input, drill: { scope: 'plan', stepId: input.ref } }
    const field = GROUPS_PART[input.ref]
    return field ? { ...input, drill: { scope: 'total', field, groups: true } } : input
  })
  return explained
}

const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/g

/**
 * A step's expression written out: each input replaced by `name(ref)` — its value for the
 * arithmetic line (`ceil(188 / 0.9)`), its label for the line in words. Names that are not
 * inputs (ceil, max…) stay; `*` reads as ×.
 */
export function writeOut(expr: string, name: (ref: string) => string | undefined): string {
  return expr.replace(IDENTIFIER, (id) => name(id) ?? id).replace(/\s*\*\s*/g, ' × ')
}

export function explainTarget(
  result: EstimateResult,
  target: DerivationTarget,
  /** The language card names are given in (`nameZh` under zh-CN). */
  locale: Locale = 'en'
): Explanation | null {
  if (target.scope === 'plan') {
    const steps = result.totals?.costSteps ?? []
    const step = steps.find((s) => s.id === target.stepId)
    return step ? fromPlanStep(step, steps) : null
  }
  if (target.scope === 'workload') {
    const estimate = result.workloads.find((w) => w.id === target.workloadId)
    if (!estimate) return null
    const step = estimate.result.steps.find((s) => s.id === target.stepId)
    if (!step) return null
    return fromStep(
      step,
      `${estimate.name ?? estimate.id} · ${acceleratorNameIn(estimate, locale)}`,
      estimate.result.steps,
      estimate.result.assumptions
    )
  }
  const totals = result.totals
  if (!totals) return null
  if (target.scope === 'cluster') {
    const section = totals.cluster?.sections.find((s) => s.id === target.section)
    const step = section?.steps.find((s) => s.id === target.stepId)
    if (!section || !step) return null
    const group = section.titleParams?.group
    return fromStep(step, typeof group === 'string' ? group : '', section.steps, [])
  }
  if (target.scope === 'group') {
    const group = totals.byAccelerator.find((g) => g.acceleratorId === target.acceleratorId)
    const step = group?.steps.find((s) => s.id === target.stepId)
    if (!group || !step) return null
    return fromStep(step, acceleratorNameIn(group, locale), group.steps, [])
  }
  const field = target.field as TotalField
  const total = totals[field]
  if (typeof total !== 'number') return null
  const planStep = target.groups
    ? undefined
    : totals.costSteps?.find((s) => s.id === PLAN_COST_STEPS[field])
  if (planStep) return fromPlanStep(planStep, totals.costSteps ?? [])
  const unit = unitOfTotal(field, totals.currency)
  let inputs: ExplainedInput[]
  // A pooled group (issue 19) needs fewer cards than its workloads' peaks: the total then
  // adds the pools, each drilling into its pooled size (where the sum of peaks stands too).
  const pooled = totals.byAccelerator.some((group) =>
    group.steps.some((step) => step.id === 'sumOfPeakAccelerators')
  )
  if (field === 'accelerators' && pooled) {
    inputs = totals.byAccelerator.map((group) => ({
      ref: group.acceleratorId,
      label: group.acceleratorName,
      value: group.accelerators,
      unit,
      drill: { scope: 'group', acceleratorId: group.acceleratorId, stepId: 'acceleratorsNeeded' }
    }))
  } else if (field === 'accelerators') {
    inputs = result.workloads.map((w) => ({
      ref: w.id,
      label: `${w.name ?? w.id} (${acceleratorNameIn(w, locale)})`,
      value: (w.result as { accelerators: number }).accelerators,
      unit: 'accelerators',
      drill: {
        scope: 'workload',
        workloadId: w.id,
        stepId: w.result.fieldSteps.accelerators ?? 'accelerators'
      }
    }))
  } else {
    inputs = totals.byAccelerator
      .filter((group) => typeof group[field] === 'number')
      .map((group) => ({
        ref: group.acceleratorId,
        label: acceleratorNameIn(group, locale),
        value: group[field] as number,
        unit,
        drill: group.fieldSteps[field]
          ? { scope: 'group', acceleratorId: group.acceleratorId, stepId: group.fieldSteps[field] }
          : undefined
      }))
  }
  // The groups' part of a plan figure is named and valued as the plan step's input is.
  const groupsPart = target.groups
    ? Object.keys(GROUPS_PART).find((ref) => GROUPS_PART[ref] === field)
    : undefined
  return {
    id: groupsPart ?? field,
    context: '',
    value: groupsPart ? inputs.reduce((sum, input) => sum + input.value, 0) : total,
    unit,
    formula: inputs.map((input) => input.label ?? input.ref).join(' + ') || '0',
    inputs,
    steps: [],
    assumptions: [],
    editable: false,
    sum: true
  }
}

export function unitOfTotal(field: TotalField, currency: string): string {
  switch (field) {
    case 'accelerators':
      return 'accelerators'
    case 'servers':
      return 'servers'
    case 'racks':
      return 'racks'
    case 'itPowerKW':
    case 'facilityPowerKW':
      return 'kW'
    case 'energyMWhPerYear':
      return 'MWh/year'
    case 'opexPerYear':
      return `${currency}/year`
    default:
      return currency
  }
}
