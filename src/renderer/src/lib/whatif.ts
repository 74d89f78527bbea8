/**
 * What-if series for the charts, computed by the core: each variant is a copy of one
 * workload with one input changed, all sent in a single `calc.estimate` call. The renderer
 * only chooses the inputs; every output number comes from main.
 */
import { plainCopy } from './copy'
import { setAt } from './paths'
import type { EstimateResult, WorkloadEstimate } from '@shared/core'
import { assumptionField } from '@shared/core/field-assumptions'
import type { PlanDocument, Workload } from '@shared/schema/plan'

export interface Variant {
  id: string
  workload: Workload
}

export function variantPlan(plan: PlanDocument, variants: Variant[]): PlanDocument {
  return {
    ...plan,
    workloads: variants.map((v) => ({ ...v.workload, id: v.id })),
    compare: { enabled: false, candidates: [] }
  }
}

export const SCALE_FACTORS = [0.25, 0.5, 1, 2, 4] as const

/** Training-style workloads: the same work on fewer or more cards. */
export function acceleratorVariants(w: Workload, current: number): Variant[] | null {
  if (w.kind !== 'llm-training' && w.kind !== 'custom' && w.kind !== 'vision-training') return null
  if (w.kind === 'custom' && w.targetPflops !== undefined) return null
  if (w.kind === 'vision-training' && (w.cardsPerRun !== undefined || w.daysPerRun !== undefined))
    return null
  const counts = [...new Set(SCALE_FACTORS.map((f) => Math.max(1, Math.round(current * f))))]
  return counts.map((count) => {
    const copy = plainCopy(w) as Workload & { accelerators?: number; targetDays?: number }
    delete copy.targetDays
    copy.accelerators = count
    return { id: `n${count}`, workload: copy }
  })
}

/** Inference with a rate target: the same service at lower and higher request rates. */
export function rateVariants(w: Workload): Variant[] | null {
  if (w.kind !== 'llm-inference' || !w.target) return null
  const base = w.target.requestsPerSecond
  return SCALE_FACTORS.map((factor, i) => {
    const copy = plainCopy(w)
    if (copy.kind === 'llm-inference' && copy.target)
      copy.target.requestsPerSecond = Number((base * factor).toPrecision(6))
    return { id: `r${i}`, workload: copy }
  })
}

/** One assumption at its optimistic and pessimistic ends, everything else typical. */
export function sensitivityVariants(
  w: Workload,
  assumptions: { id: string; low: number; high: number; optional?: boolean }[]
): Variant[] {
  const out: Variant[] = []
  assumptions
    .filter((a) => a.low !== a.high)
    .slice(0, 8)
    .forEach((a, i) => {
      for (const end of ['low', 'high'] as const) {
        const copy = plainCopy(w)
        copy.assumptions = { ...copy.assumptions, [a.id]: a[end] }
        // A workload field behind the assumption (video efficiency…) is its typical value
        // in the core, so the variant moves the field too.
        const field = assumptionField(w.kind, a.id)
        if (field) setAt(copy, field, a[end])
        out.push({ id: `s${i}-${end}`, workload: copy })
      }
    })
  return out
}

export function byId(result: EstimateResult): Map<string, WorkloadEstimate> {
  return new Map(result.workloads.map((w) => [w.id, w]))
}

/**
 * The figure a workload's sensitivity is shown on: the one the plan leaves the core to work
 * out. A deadline without a card count is sized in cards (the duration stays at the deadline,
 * give or take one card's rounding); a fixed card count, or no deadline, is sized in days.
 * Inference and video are sized in cards.
 */
export function sensitivityFigure(w: Workload, hasDays: boolean): 'days' | 'accelerators' {
  if (!hasDays || w.kind === 'llm-inference' || w.kind === 'video-analytics') return 'accelerators'
  const sizing = w as { accelerators?: number; targetDays?: number }
  return sizing.targetDays !== undefined && sizing.accelerators === undefined
    ? 'accelerators'
    : 'days'
}

export interface SensitivityRow {
  labelKey: string
  id: string
  low: number
  high: number
}

/**
 * The tornado's rows, widest swing first, and the assumptions whose range leaves the result
 * where it is: those are named, not drawn (a padded zero-width bar on a narrow axis read as the
 * widest swing of all).
 */
export function tornadoRows(rows: SensitivityRow[]): {
  moving: (SensitivityRow & { min: number; max: number })[]
  still: SensitivityRow[]
} {
  const spans = rows.map((row) => ({
    ...row,
    min: Math.min(row.low, row.high),
    max: Math.max(row.low, row.high)
  }))
  return {
    moving: spans
      .filter((row) => row.max > row.min)
      .sort((a, b) => b.max - b.min - (a.max - a.min)),
    still: rows.filter((row) => row.low === row.high)
  }
}
