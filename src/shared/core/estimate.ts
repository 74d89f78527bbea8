/**
 * The entry point the app (over IPC), the CLI and the tests all use. Validates the plan,
 * evaluates every workload with its derivation and ranges, rolls the plan up, and runs
 * compare mode when asked. Never throws: problems come back as located issues.
 */
import {
  makeIssue,
  parsePlan,
  type AssumptionOverrides,
  type PlanIssue,
  type WorkloadKind
} from '../schema/plan'
import { assumptionDefinition } from './assumptions'
import { defaultCatalog, type Catalog } from './catalog'
import { comparePlan, type CompareResult } from './compare'
import { evaluateFull, type WorkloadResult } from './evaluate'
import { fieldOverrides } from './field-assumptions'
import { inventoryMap, resolveWorkloadAccelerator } from './resolve'
import { rollupPlan, type PlanTotals, type RollupDemand } from './rollup'
import { workloadPool } from './pooling'
import { attachCluster } from './cluster/attach'
import { applyPriceBook } from './price-book'

export interface WorkloadEstimate {
  id: string
  kind: WorkloadKind
  name?: string
  /** Catalog or inventory id, or `inline:<workload id>`. */
  accelerator: string
  acceleratorName: string
  /** The card's Chinese name (catalog `nameZh`), shown under zh-CN; absent: `acceleratorName`. */
  acceleratorNameZh?: string
  result: WorkloadResult
}

export interface EstimateResult {
  /** True when the plan is valid and every workload could be evaluated. */
  ok: boolean
  issues: PlanIssue[]
  /** Workloads that could be evaluated (all of them when ok). */
  workloads: WorkloadEstimate[]
  totals: PlanTotals | null
  compare: CompareResult | null
}

export interface EstimateOptions {
  catalog?: Catalog
  /** Force compare mode on or off regardless of `plan.compare.enabled`. */
  compare?: boolean
}

/**
 * Each override within its assumption's accepted limits, and each range holding its typical
 * value. `fieldTypicals`: typical values a workload gives through its fields (video
 * `efficiency`…), which take the place of the range's own typical value.
 */
function checkOverrides(
  overrides: AssumptionOverrides | undefined,
  path: (string | number)[],
  issues: PlanIssue[],
  fieldTypicals: Record<string, number> = {}
): void {
  for (const [id, value] of Object.entries(overrides ?? {})) {
    const definition = assumptionDefinition(id)
    if (!definition) {
      issues.push(makeIssue([...path, id], 'unknownAssumption', { id }))
      continue
    }
    const at = (part?: 'typical' | 'low' | 'high') =>
      part === undefined ? [...path, id] : [...path, id, part]
    const parts =
      typeof value === 'number'
        ? ([[undefined, value]] as const)
        : ([
            ['typical', value.typical],
            ['low', value.low],
            ['high', value.high]
          ] as const)
    let inLimits = true
    for (const [part, v] of parts) {
      if (v === undefined) continue
      const where = at(part)
      if (!Number.isFinite(v)) issues.push(makeIssue(where, 'mustBeFinite'))
      else if (v < definition.min)
        issues.push(makeIssue(where, 'mustBeAtLeast', { limit: definition.min }))
      else if (v > definition.max)
        issues.push(makeIssue(where, 'mustBeAtMost', { limit: definition.max }))
      else continue
      inLimits = false
    }
    // A range must hold its typical value: low ≤ typical ≤ high (never silently swapped).
    if (typeof value === 'number' || !inLimits) continue
    const typical = fieldTypicals[id] ?? value.typical
    if (value.low !== undefined && value.low > typical)
      issues.push(makeIssue(at('low'), 'rangeLowAboveTypical', { typical }))
    if (value.high !== undefined && value.high < typical)
      issues.push(makeIssue(at('high'), 'rangeHighBelowTypical', { typical }))
  }
}

function failed(issues: PlanIssue[]): EstimateResult {
  return { ok: false, issues, workloads: [], totals: null, compare: null }
}

export function estimatePlan(input: unknown, options: EstimateOptions = {}): EstimateResult {
  try {
    return estimateUnsafe(input, options)
  } catch (error) {
    // Last line of defence: a defect must surface as an issue, never as an exception.
    const detail = error instanceof Error ? error.message : String(error)
    return failed([makeIssue('', 'calculationFailed', { detail })])
  }
}

function estimateUnsafe(input: unknown, options: EstimateOptions): EstimateResult {
  const parsed = parsePlan(input)
  if (!parsed.ok) return failed(parsed.issues)
  // Prices are read from the plan's price book (core/price-book.ts) into the catalog and
  // inventory the rest of the core reads, so every consumer prices a part the same way.
  const { plan, catalog } = applyPriceBook(parsed.plan, options.catalog ?? defaultCatalog())
  const issues: PlanIssue[] = []

  checkOverrides(plan.assumptionOverrides, ['assumptionOverrides'], issues)
  plan.workloads.forEach((w, i) =>
    checkOverrides(w.assumptions, ['workloads', i, 'assumptions'], issues, fieldOverrides(w))
  )
  if (plan.settings.server !== 'auto' && !catalog.servers.has(plan.settings.server))
    issues.push(makeIssue(['settings', 'server'], 'unknownServer', { id: plan.settings.server }))
  for (const [acceleratorId, serverId] of Object.entries(plan.settings.serverByAccelerator ?? {}))
    if (!catalog.servers.has(serverId))
      issues.push(
        makeIssue(['settings', 'serverByAccelerator', acceleratorId], 'unknownServer', {
          id: serverId
        })
      )
  const inventory = inventoryMap(plan)
  for (const entry of plan.inventory ?? []) {
    if (catalog.accelerators.has(entry.id)) continue
  }
  if (issues.length > 0) return failed(issues)

  const workloads: WorkloadEstimate[] = []
  const demand: RollupDemand[] = []
  plan.workloads.forEach((w, index) => {
    const accelerator = resolveWorkloadAccelerator(
      w,
      index,
      catalog,
      inventory,
      plan.compare.prices
    )
    if ('message' in accelerator) {
      issues.push(accelerator)
      return
    }
    const evaluation = evaluateFull(plan, w, index, accelerator, catalog)
    if (!evaluation.ok) {
      issues.push(evaluation.issue)
      return
    }
    const estimate: WorkloadEstimate = {
      id: w.id,
      kind: w.kind,
      accelerator: accelerator.id,
      acceleratorName: accelerator.spec.name,
      result: evaluation.outcome
    }
    if (accelerator.spec.nameZh !== undefined) estimate.acceleratorNameZh = accelerator.spec.nameZh
    if (w.name !== undefined) estimate.name = w.name
    workloads.push(estimate)
    const days = evaluation.outcome.ranges.days?.typical
    const pool = workloadPool(w, days, evaluation.outcome.warnings)
    demand.push({
      accelerator,
      workloadId: w.id,
      accelerators: evaluation.outcome.accelerators,
      ...(pool ? { pool } : {})
    })
  })

  const totals =
    demand.length > 0 ? rollupPlan(demand, catalog, plan.settings, plan.assumptionOverrides) : null
  if (totals) attachCluster(plan, totals, workloads, catalog)
  const wantCompare = options.compare ?? plan.compare.enabled
  const compare = wantCompare && plan.workloads.length > 0 ? comparePlan(plan, catalog) : null
  return { ok: issues.length === 0, issues, workloads, totals, compare }
}
