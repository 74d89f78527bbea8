// PLACEHOLDER owned by the calculation-core work.
import type { PlanDocument } from '../schema/plan'

export interface EstimateResult {
  workloads: { id: string; kind: string; accelerator: string; result: unknown }[]
  totals: Record<string, unknown>
}

export function estimatePlan(plan: PlanDocument): EstimateResult {
  return {
    workloads: plan.workloads.map((w) => ({ id: w.id, kind: w.kind, accelerator: '', result: {} })),
    totals: {}
  }
}
