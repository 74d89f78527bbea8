import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { getAt, setAt } from '../lib/paths'
import { plainCopy } from '../lib/copy'
import type { PlanPath } from '../lib/plan-paths'
import { usePlanStore } from '../stores/plan'
import { useResultsStore, type LocatedIssue } from '../stores/results'

/** Translates a located issue: the core's message key when we have it, else its English text. */
export function useIssueText() {
  const { t, te } = useI18n()
  return (issue: LocatedIssue): string =>
    issue.key && te(issue.key) ? t(issue.key, issue.params ?? {}) : issue.message
}

/**
 * One plan field by its compiler-checked path (lib/plan-paths): its value, a setter that goes through the undoable store
 * (consecutive edits of the same field merge into one undo step), and its located issues.
 */
export function usePlanField<T = unknown>(path: () => PlanPath) {
  const planStore = usePlanStore()
  const results = useResultsStore()
  const issueText = useIssueText()
  const value = computed(() => getAt(planStore.plan, path()) as T | undefined)
  const issues = computed(() => results.issues.filter((issue) => issue.path === path()))
  const message = computed(() => issues.value.map(issueText).join('; '))
  function set(next: T | undefined, coalesce = true): void {
    const target = path()
    // Objects are copied in (a catalog model's spec, say): the plan is edited in place and
    // must never share an object with anything else.
    const stored = typeof next === 'object' && next !== null ? plainCopy(next) : next
    planStore.update(
      (draft) => setAt(draft, target, stored),
      coalesce ? `field:${target}` : undefined
    )
  }
  return { value, set, issues, message }
}
