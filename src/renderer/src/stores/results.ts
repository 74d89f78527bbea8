/**
 * Live recalculation: every plan change schedules one `calc.estimate` call (debounced), each
 * request carries a sequence number, and an answer is applied only if no newer request has
 * answered first — so a slow, older answer can never overwrite a newer one, and results
 * are labelled with the plan revision they belong to (stale ≠ current).
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import type { EstimateResult } from '@shared/core'
import type { parsePlan, PlanIssue } from '@shared/schema/plan'
import { ApiError, useApi } from '../api'
import { usePlanStore } from './plan'

/** Quiet time before recalculating while a request is in flight (merges keystrokes). */
export const RECALC_DEBOUNCE_MS = 40

/** A problem to show next to the field it concerns. */
export interface LocatedIssue {
  /** JSON path: `workloads[1].tokens`; '' for the whole plan. */
  path: string
  message: string
  /** i18n key (core.validation.*) and its parameters, when known. */
  key?: string
  params?: Record<string, string | number>
}

export interface RecalcError {
  code: string
  message: string
  issues: LocatedIssue[]
}

// The plan schema (zod and every rule) is not needed to paint the first screen, nor for the
// start-up estimate: a plan that arrives whole (blank, template, opened file) was validated
// on its way in, and the core validates every request anyway. The schema loads in its own
// chunk with the first edit (usually already there: the Workloads step imports it), and from
// then on edits are checked here first.
let validate: typeof parsePlan | null = null
let loadingValidator: Promise<void> | null = null
export function loadPlanValidator(): Promise<void> {
  loadingValidator ??= import('@shared/schema/plan').then((schema) => {
    validate = schema.parsePlan
  })
  return loadingValidator
}

function fromPlanIssue(issue: PlanIssue): LocatedIssue {
  return { path: issue.path, message: issue.message, key: issue.messageKey, params: issue.params }
}

export const useResultsStore = defineStore('results', () => {
  const planStore = usePlanStore()
  /** The last answer applied, and the plan revision it was computed for. */
  const result = shallowRef<EstimateResult | null>(null)
  const resultRevision = ref(-1)
  const error = shallowRef<RecalcError | null>(null)
  const errorRevision = ref(-1)
  const inFlight = ref(0)
  const scheduled = ref(false)
  let sequence = 0
  let appliedSequence = 0
  let timer: ReturnType<typeof setTimeout> | null = null

  /** Calculating, or about to: the UI shows a busy state. */
  const busy = computed(() => scheduled.value || inFlight.value > 0)
  /** The result shown belongs to the plan as it is now. */
  const current = computed(
    () => result.value !== null && resultRevision.value === planStore.revision && !error.value
  )
  /** A result exists but the plan has changed since (or the latest attempt failed). */
  const stale = computed(() => result.value !== null && !current.value)
  /** Issues for the plan as it is now: local validation first, then the core's. */
  const issues = computed<LocatedIssue[]>(() => {
    if (error.value && errorRevision.value === planStore.revision) return error.value.issues
    if (current.value && result.value && !result.value.ok)
      return result.value.issues.map(fromPlanIssue)
    return []
  })

  function issuesAt(prefix: string): LocatedIssue[] {
    return issues.value.filter(
      (issue) =>
        issue.path === prefix ||
        issue.path.startsWith(`${prefix}.`) ||
        issue.path.startsWith(`${prefix}[`)
    )
  }

  async function run(): Promise<void> {
    scheduled.value = false
    timer = null
    const revision = planStore.revision
    const mine = ++sequence
    const document = planStore.toDocument()
    // Validate locally first, once the schema is here: inline messages without a round trip,
    // and no doomed request. Before that, the core's answer carries the same located issues.
    const parsed = validate?.(document)
    if (parsed && !parsed.ok) {
      appliedSequence = mine
      error.value = {
        code: 'INVALID_PLAN',
        message: parsed.issues[0]?.message ?? '',
        issues: parsed.issues.map(fromPlanIssue)
      }
      errorRevision.value = revision
      return
    }
    inFlight.value++
    try {
      const answer = await useApi().estimate(document)
      if (mine < appliedSequence) return
      appliedSequence = mine
      result.value = Object.freeze(answer) as EstimateResult
      resultRevision.value = revision
      error.value = null
      errorRevision.value = -1
    } catch (caught) {
      if (mine < appliedSequence) return
      appliedSequence = mine
      const apiError =
        caught instanceof ApiError
          ? caught
          : new ApiError({ code: 'INTERNAL', message: String(caught) })
      error.value = {
        code: apiError.code,
        message: apiError.message,
        issues: apiError.issues.map((issue) => ({
          path: issue.path,
          message: issue.message,
          key: issue.key,
          params: issue.params
        }))
      }
      errorRevision.value = revision
    } finally {
      inFlight.value--
    }
  }

  /**
   * Recalculate soon. Idle: at the next task (a burst of synchronous edits is one request).
   * A request already in flight: wait `delay` ms of quiet, so typing sends one request per
   * pause rather than one per keystroke. Either way only the latest plan is sent.
   */
  function schedule(delay = RECALC_DEBOUNCE_MS): void {
    if (timer) clearTimeout(timer)
    scheduled.value = true
    timer = setTimeout(() => void run(), inFlight.value === 0 ? 0 : delay)
  }

  /** Recalculate now (Retry button, tests). */
  function recalculate(): Promise<void> {
    if (timer) clearTimeout(timer)
    return run()
  }

  // Idle: send at once, from the watcher (it runs before the components re-render), so the
  // core works while the page redraws the "recalculating" state instead of after it. A change
  // while a request is in flight waits for quiet (see schedule). Synchronous bursts of edits
  // still make one request: the watcher runs once per tick.
  watch(
    () => planStore.revision,
    () => {
      void loadPlanValidator()
      if (inFlight.value === 0 && timer === null) void run()
      else schedule()
    }
  )

  return {
    result,
    resultRevision,
    error,
    busy,
    current,
    stale,
    issues,
    issuesAt,
    schedule,
    recalculate
  }
})
