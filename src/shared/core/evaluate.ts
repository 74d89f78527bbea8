/**
 * Evaluating one workload: typical scenario with its full derivation, then the optimistic
 * and pessimistic scenarios (numbers only) for the { typical, low, high } ranges.
 */
import type { PlanDocument, PlanIssue, Workload } from '../schema/plan'
import { makeIssue } from '../schema/plan'
import type { ResolvedAssumption } from './assumptions'
import type { Catalog } from './catalog'
import { calibrationFor, calibrationPreset } from './calibration-apply'
import type { Step } from './derivation'
import { computeWorkload, workloadOverrides, type WorkloadResultFields } from './workloads'
import {
  WorkloadInputError,
  type DefaultApplied,
  type Note,
  type Outcome,
  type Range,
  type ResolvedAccelerator
} from './workloads/context'

export interface Explained {
  /** Headline figures as { typical, low, high } (accelerators, days, throughput). */
  ranges: Record<string, Range>
  /** Every step, in order; each step's expr re-evaluates to its value over its inputs. */
  steps: Step[]
  /** Result field path (e.g. `memory.weightsGB`) → id of the step that produced it. */
  fieldSteps: Record<string, string>
  assumptions: ResolvedAssumption[]
  warnings: Note[]
  defaultsApplied: DefaultApplied[]
}

export type WorkloadResult = WorkloadResultFields & Explained

export type Evaluation<R> = { ok: true; outcome: R } | { ok: false; issue: PlanIssue }

function contextFor(
  plan: PlanDocument,
  w: Workload,
  index: number,
  accelerator: ResolvedAccelerator,
  catalog: Catalog,
  scenario: 'typical' | 'optimistic' | 'pessimistic',
  record: boolean
) {
  return {
    catalog,
    accelerator,
    settings: plan.settings,
    overrides: {
      plan: plan.assumptionOverrides,
      workload: workloadOverrides(w),
      calibration: calibrationPresetFor(plan, w, accelerator)
    },
    scenario,
    record,
    path: ['workloads', index]
  }
}

function calibrationPresetFor(plan: PlanDocument, w: Workload, accelerator: ResolvedAccelerator) {
  const ids = [accelerator.id, ...(accelerator.catalogId ? [accelerator.catalogId] : [])]
  const profile = calibrationFor(plan, w, ids)
  return profile ? calibrationPreset(profile) : undefined
}

function attempt<R>(run: () => R, path: (string | number)[]): Evaluation<R> {
  try {
    return { ok: true, outcome: run() }
  } catch (error) {
    if (error instanceof WorkloadInputError) return { ok: false, issue: error.issue }
    // A bug must not crash the caller: report it against the workload.
    const detail = error instanceof Error ? error.message : String(error)
    return { ok: false, issue: makeIssue(path, 'calculationFailed', { detail }) }
  }
}

/** Typical scenario only, no steps: what compare mode needs for each candidate. */
export function evaluateQuick(
  plan: PlanDocument,
  w: Workload,
  index: number,
  accelerator: ResolvedAccelerator,
  catalog: Catalog
): Evaluation<Outcome<WorkloadResultFields>> {
  const ctx = contextFor(plan, w, index, accelerator, catalog, 'typical', false)
  return attempt(() => computeWorkload(w, ctx), ['workloads', index])
}

function nonFinite(outcome: Outcome<WorkloadResultFields>): string | undefined {
  return Object.entries(outcome.metrics).find(([, v]) => !Number.isFinite(v))?.[0]
}

export function evaluateFull(
  plan: PlanDocument,
  w: Workload,
  index: number,
  accelerator: ResolvedAccelerator,
  catalog: Catalog
): Evaluation<WorkloadResult> {
  const path = ['workloads', index]
  const typical = attempt(
    () => computeWorkload(w, contextFor(plan, w, index, accelerator, catalog, 'typical', true)),
    path
  )
  if (!typical.ok) return typical
  const bad = nonFinite(typical.outcome)
  if (bad) return { ok: false, issue: makeIssue(path, 'notFinite', { field: bad }) }
  const others = (['optimistic', 'pessimistic'] as const).map((scenario) =>
    attempt(
      () => computeWorkload(w, contextFor(plan, w, index, accelerator, catalog, scenario, false)),
      path
    )
  )
  const ranges: Record<string, Range> = {}
  for (const [key, value] of Object.entries(typical.outcome.metrics)) {
    const values = [value]
    for (const other of others) {
      const v = other.ok ? other.outcome.metrics[key] : undefined
      if (v !== undefined && Number.isFinite(v)) values.push(v)
    }
    ranges[key] = { typical: value, low: Math.min(...values), high: Math.max(...values) }
  }
  const o = typical.outcome
  return {
    ok: true,
    outcome: {
      ...o.result,
      ranges,
      steps: o.steps,
      fieldSteps: o.fieldSteps,
      assumptions: o.assumptions,
      warnings: o.warnings,
      defaultsApplied: o.defaultsApplied
    }
  }
}
