/**
 * What every per-kind workload form shares: the workload of its kind (typed), paths to its
 * fields that the compiler checks, typed edits through the plan store, the core's defaults
 * and figures for it, and option lists. One `<Kind>Fields.vue` per kind uses it.
 */
import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { WorkloadKind } from '@shared/schema/plan'
import type { WorkloadEstimate } from '@shared/core'
import { workloadDefault, type DefaultValue } from '@shared/core/workload-defaults'
import { FIELD_ASSUMPTIONS } from '@shared/core/field-assumptions'
import { usePlanStore } from '../../stores/plan'
import { editWorkload, isKind } from '../../stores/plan-commands'
import { useCatalogStore } from '../../stores/catalog'
import { useFormat } from '../../composables/useFormat'
import { useResultsStore } from '../../stores/results'
import {
  workloadPath,
  type ModelPath,
  type PlanPath,
  type WorkloadField,
  type WorkloadOf
} from '../../lib/plan-paths'

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
    planStore.run((draft) => editWorkload(draft, at, kind, mutate))
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

  const catalog = useCatalogStore()
  const format = useFormat()

  /** What the model a default may depend on says (maxContext, inputResolution). */
  function modelFigures(): { maxContext?: number; inputResolution?: number } | undefined {
    const w = workload.value as Record<string, unknown> | undefined
    const model = w?.model
    if (typeof model === 'object' && model !== null) return model as { maxContext?: number }
    if (typeof model !== 'string') return undefined
    return (
      catalog.llms.find((entry) => entry.id === model) ??
      catalog.vision.find((entry) => entry.id === model)
    )
  }

  /**
   * The grey placeholder of an empty field: the value the core uses, from the one registry of
   * defaults (`shared/core/workload-defaults.ts`), or the core's own answer for this workload
   * when there is one. Fields that are assumption overrides show the assumption's typical
   * value. Never a literal in a form: a test walks every form against the registry.
   */
  function defaultValue(field: string): DefaultValue | undefined {
    const applied = estimate.value?.result.defaultsApplied.find((entry) => entry.field === field)
    if (applied) return applied.value
    const assumptionId = Object.entries(FIELD_ASSUMPTIONS[kind] ?? {}).find(
      ([, name]) => name === field
    )?.[0]
    if (assumptionId) {
      const resolved = estimate.value?.result.assumptions.find((a) => a.id === assumptionId)
      if (resolved) return resolved.defaultRange?.typical ?? resolved.typical
      const info = catalog.assumptions.get(assumptionId)
      return info?.variants.find((variant) => !variant.when)?.typical
    }
    return workloadDefault(kind, field, {
      workload: workload.value as Record<string, unknown> | undefined,
      model: modelFigures()
    })
  }

  /** How a default reads: an option label (`prefix`), upper case, a number or a percentage. */
  function defaultText(
    field: string,
    show: 'number' | 'upper' | 'percent' | 'plain' | { prefix: string } = 'number'
  ): string | undefined {
    const value = defaultValue(field)
    if (value === undefined) return undefined
    if (typeof show === 'object') return t(`${show.prefix}.${value}`)
    if (show === 'upper') return String(value).toUpperCase()
    if (show === 'percent' && typeof value === 'number') return `${format.number(value * 100)}%`
    if (show === 'plain' || typeof value !== 'number') return String(value)
    return format.number(value)
  }

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
    defaultText,
    inlineModel,
    options
  }
}
