import { estimatePlan, type EstimateResult, type WorkloadEstimate } from '../../../src/shared/core'
import { PLAN_FORMAT, PLAN_VERSION } from '../../../src/shared/schema/plan'

export function plan(workloads: unknown[], extra: Record<string, unknown> = {}) {
  return { format: PLAN_FORMAT, version: PLAN_VERSION, name: 'test', workloads, ...extra }
}

/** Runs one workload through estimatePlan (the entry the CLI uses) and returns its result. */
export function run<T = Record<string, unknown>>(workload: Record<string, unknown>, extra = {}): T {
  const result = estimatePlan(plan([{ id: 'w', ...workload }], extra))
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result.workloads[0].result as unknown as T
}

export function estimate(workloads: unknown[], extra = {}): EstimateResult {
  return estimatePlan(plan(workloads, extra))
}

export function only(result: EstimateResult): WorkloadEstimate {
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result.workloads[0]
}

/** |actual / expected − 1| ≤ tolerance */
export function within(actual: number, expected: number, tolerance: number): boolean {
  return Math.abs(actual / expected - 1) <= tolerance
}
