/**
 * What every per-kind workload form shares: the workload of its kind (typed), paths to its
 * fields that the compiler checks, typed edits through the plan store, the core's defaults
 * and figures for it, and option lists. One `<Kind>Fields.vue` per kind uses it.
 */
import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Workload, WorkloadKind } from '@shared/schema/plan'
import type { WorkloadEstimate } from '@shared/core'
import { usePlanStore } from '../../stores/plan'
import { useResultsStore } from '../../stores/results'
import {
  workloadPath,
  type ModelPath,
  type PlanPath,
  type WorkloadField,
  type WorkloadOf
} from '../../lib/plan-paths'

export function isKind<K extends WorkloadKind>(w: Workload, kind: K): w is WorkloadOf<K> {
  return w.kind === kind
}

/** A number the core computed for this workload (`accelerators`, `days`, `tokens`), if any. */
export function estimatedFigure(
  estimate: WorkloadEstimate | null,
  field: string
): number | undefined {
  const value: unknown = estimate ? Reflect.get(estimate.result, field) : undefined
  return typeof value === 'number' ? value : undefined
}

export function useWorkloadFields<K extends WorkloadKind>(index: () => number, kind: K) {
  const { t } = useI18n()
  const planStore = usePlanStore()
  const results = useResultsStore()

  const workload: ComputedRef<WorkloadOf<K> | undefined> = computed(() => {
    const w = planStore.plan.workloads[index()]
    return w && isKind(w, kind) ? w : undefined
  })
  const p = (field: WorkloadField<K>): PlanPath => workloadPath<K>(index(), field)
  const modelPath = computed((): ModelPath => `workloads[${index()}].model`)
  const testid = (field: string) => `wl-${index()}-${field}`

  /** Applies a typed change to this workload through the undoable store. */
  function edit(mutate: (w: WorkloadOf<K>) => void): void {
    const at = index()
    planStore.update((draft) => {
      const w = draft.workloads[at]
      if (w && isKind(w, kind)) mutate(w)
    })
  }

  /** The core's answer for this workload (current or stale), for figures derived from inputs. */
  const estimate = computed(
    () => results.result?.workloads.find((w) => w.id === workload.value?.id) ?? null
  )
  /** Defaults the core filled in, by field: shown as placeholders. */
  const coreDefaults = computed(() => {
    const map: Record<string, string> = {}
    for (const applied of estimate.value?.result.defaultsApplied ?? [])
      map[applied.field] = String(applied.value)
    return map
  })

  /** The workload's model is a custom (inline) architecture rather than a catalog id. */
  const inlineModel = computed(() => {
    const w = workload.value
    return w !== undefined && 'model' in w && typeof w.model === 'object' && w.model !== null
  })

  const options = (values: readonly string[], prefix?: string) =>
    values.map((value) => ({
      value,
      label: prefix ? t(`${prefix}.${value}`) : value.toUpperCase()
    }))

  return {
    t,
    workload,
    p,
    modelPath,
    testid,
    edit,
    estimate,
    coreDefaults,
    inlineModel,
    options
  }
}
