/**
 * Compare mode: the plan's workloads on every candidate accelerator (catalog + inventory),
 * with count, days/throughput, power and cost, and the cheapest candidate (by TCO) that
 * meets the deadline, budget and power cap — with the reason each other one failed.
 */
import type { PlanDocument } from '../schema/plan'
import type { Catalog } from './catalog'
import { evaluateQuick } from './evaluate'
import { acceleratorById, inventoryAccelerator } from './resolve'
import { rollupPlan, type RollupDemand } from './rollup'
import type { Note, ResolvedAccelerator } from './workloads/context'

export interface CandidateWorkload {
  id: string
  accelerators: number
  days: number | null
  /** Output tokens/s, images/s or streams per card, whichever the kind has. */
  throughput: number | null
}

export interface CompareCandidate {
  acceleratorId: string
  name: string
  vendor: string
  origin: 'catalog' | 'inventory'
  evaluable: boolean
  /** Why the candidate could not be evaluated (first failing workload). */
  reason: Note | null
  accelerators: number | null
  workloads: CandidateWorkload[]
  maxDays: number | null
  itPowerKW: number | null
  facilityPowerKW: number | null
  capex: number | null
  tco: number | null
  meetsDeadline: boolean | null
  meetsBudget: boolean | null
  meetsPowerCap: boolean | null
  feasible: boolean
  failures: Note[]
}

export interface CompareResult {
  rankedBy: 'tco'
  candidates: CompareCandidate[]
  recommended: string | null
  reason: Note
}

const THROUGHPUT_METRICS = [
  'outputTokensPerSecond',
  'imagesPerSecond',
  'streamsPerAccelerator'
] as const

function candidateList(plan: PlanDocument, catalog: Catalog): ResolvedAccelerator[] {
  const inventory = new Map((plan.inventory ?? []).map((e) => [e.id, e]))
  if (plan.compare.candidates.length > 0) {
    return plan.compare.candidates
      .map((id) => acceleratorById(id, catalog, inventory))
      .filter((a): a is ResolvedAccelerator => a !== undefined)
  }
  const own = (plan.inventory ?? []).map((entry) => inventoryAccelerator(entry, catalog))
  const ownIds = new Set(own.map((a) => a.id))
  const fromCatalog = [...catalog.accelerators.values()]
    .filter((entry) => !ownIds.has(entry.id))
    .map(({ id, ...spec }): ResolvedAccelerator => ({ id, origin: 'catalog', spec }))
  return [...own, ...fromCatalog]
}

function evaluateCandidate(
  plan: PlanDocument,
  catalog: Catalog,
  accelerator: ResolvedAccelerator
): CompareCandidate {
  const base = {
    acceleratorId: accelerator.id,
    name: accelerator.spec.name,
    vendor: accelerator.spec.vendor,
    origin: accelerator.origin === 'inventory' ? ('inventory' as const) : ('catalog' as const)
  }
  const workloads: CandidateWorkload[] = []
  const demand: RollupDemand[] = []
  for (const [index, w] of plan.workloads.entries()) {
    const evaluation = evaluateQuick(plan, w, index, accelerator, catalog)
    if (!evaluation.ok) {
      return {
        ...base,
        evaluable: false,
        reason: { key: evaluation.issue.messageKey, params: evaluation.issue.params },
        accelerators: null,
        workloads: [],
        maxDays: null,
        itPowerKW: null,
        facilityPowerKW: null,
        capex: null,
        tco: null,
        meetsDeadline: null,
        meetsBudget: null,
        meetsPowerCap: null,
        feasible: false,
        failures: [
          { key: 'core.compare.notEvaluable', params: { detail: evaluation.issue.message } }
        ]
      }
    }
    const metrics = evaluation.outcome.metrics
    const throughputKey = THROUGHPUT_METRICS.find((k) => metrics[k] !== undefined)
    workloads.push({
      id: w.id,
      accelerators: metrics.accelerators,
      days: metrics.days ?? null,
      throughput: throughputKey ? metrics[throughputKey] : null
    })
    demand.push({ accelerator, workloadId: w.id, accelerators: metrics.accelerators })
  }
  const totals = rollupPlan(demand, catalog, plan.settings, plan.assumptionOverrides, false)
  const days = workloads.map((x) => x.days).filter((d): d is number => d !== null)
  const maxDays = days.length > 0 ? Math.max(...days) : null
  const { deadlineDays, budget, powerCapKW } = plan.constraints
  const failures: Note[] = []
  const check = (limit: number | undefined, value: number | null, key: string): boolean | null => {
    if (limit === undefined) return null
    if (value === null) {
      failures.push({ key: `core.compare.${key}Unknown`, params: {} })
      return false
    }
    const ok = value <= limit
    if (!ok)
      failures.push({ key: `core.compare.${key}Exceeded`, params: { value: round(value), limit } })
    return ok
  }
  const meetsDeadline = check(deadlineDays, maxDays, 'deadline')
  const meetsBudget = check(budget, totals.capex, 'budget')
  const meetsPowerCap = check(powerCapKW, totals.facilityPowerKW, 'powerCap')
  if (totals.tco === null) failures.push({ key: 'core.compare.noPrice', params: {} })
  return {
    ...base,
    evaluable: true,
    reason: null,
    accelerators: totals.accelerators,
    workloads,
    maxDays,
    itPowerKW: totals.itPowerKW,
    facilityPowerKW: totals.facilityPowerKW,
    capex: totals.capex,
    tco: totals.tco,
    meetsDeadline,
    meetsBudget,
    meetsPowerCap,
    feasible: failures.length === 0,
    failures
  }
}

function round(x: number): number {
  return Math.round(x * 100) / 100
}

export function comparePlan(plan: PlanDocument, catalog: Catalog): CompareResult {
  const candidates = candidateList(plan, catalog).map((a) => evaluateCandidate(plan, catalog, a))
  const feasible = candidates.filter((c) => c.feasible && c.tco !== null)
  feasible.sort((a, b) => (a.tco ?? Infinity) - (b.tco ?? Infinity))
  const best = feasible[0]
  return {
    rankedBy: 'tco',
    candidates,
    recommended: best?.acceleratorId ?? null,
    reason: best
      ? { key: 'core.compare.cheapestFeasible', params: { name: best.name } }
      : { key: 'core.compare.noneFeasible', params: {} }
  }
}
