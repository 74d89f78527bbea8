/**
 * Workload fields that are really assumption overrides: the video `efficiency` is the
 * typical `clusterParallelEfficiency`, and so on. A field, when given, is the typical value;
 * an entry for the same assumption in `workload.assumptions` may add its low–high range
 * (its own typical is then ignored, so the form field and the range never disagree).
 * Tiny on purpose: the renderer imports it to edit the field and the range together.
 */
import type { AssumptionOverrides, Workload, WorkloadKind } from '../schema/plan'

/** Assumption id → the workload field that sets its typical value, by workload kind. */
export const FIELD_ASSUMPTIONS: Partial<Record<WorkloadKind, Record<string, string>>> = {
  'video-analytics': { clusterParallelEfficiency: 'efficiency', videoHeadroom: 'headroom' },
  custom: { customUtilization: 'utilization' }
}

/** The workload field behind an assumption, if there is one for this kind. */
export function assumptionField(kind: WorkloadKind, id: string): string | undefined {
  return FIELD_ASSUMPTIONS[kind]?.[id]
}

/** Typical values given through workload fields, by assumption id. */
export function fieldOverrides(w: Workload): Record<string, number> {
  const out: Record<string, number> = {}
  const fields = w as unknown as Record<string, unknown>
  for (const [id, field] of Object.entries(FIELD_ASSUMPTIONS[w.kind] ?? {})) {
    const value = fields[field]
    if (typeof value === 'number') out[id] = value
  }
  return out
}

/** The overrides a workload sets: its `assumptions`, with typical values from its fields. */
export function workloadOverrides(w: Workload): AssumptionOverrides {
  const out: AssumptionOverrides = { ...w.assumptions }
  for (const [id, typical] of Object.entries(fieldOverrides(w))) {
    const set = out[id]
    out[id] = typeof set === 'object' ? { ...set, typical } : typical
  }
  return out
}
