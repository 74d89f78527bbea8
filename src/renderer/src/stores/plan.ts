/**
 * The plan being edited: the one source of truth for the wizard, file commands and autosave.
 * Every change is a command (stores/plan-commands.ts) applied through `run()` / `update()`,
 * so undo/redo and the dirty flag see it, and every command is a transaction on plain data:
 * it edits a plain copy of the plan; only if it finishes and leaves plain JSON data is the
 * copy written into the live plan. Otherwise the plan stays as it was and `failure` says why.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { PlanDocument } from '@shared/schema/plan'
import { blankPlan } from '@shared/schema/plan-defaults'
import { NotPlainDataError, plainData, reconcile } from '../lib/plain-data'

const HISTORY_LIMIT = 200

/** A fresh plan with every default the schema defines (built without zod: see plan-defaults). */
export function createBlankPlan(name = ''): PlanDocument {
  return blankPlan(name)
}

/** Why the last command changed nothing (an i18n key in the `commands` catalogue). */
export type CommandFailure =
  | { key: 'commands.notPlainData'; params: { path: string; found: string }; count: number }
  | { key: 'commands.failed'; params: { detail: string }; count: number }

function describeFailure(error: unknown, count: number): CommandFailure {
  if (error instanceof NotPlainDataError)
    return { key: 'commands.notPlainData', params: { path: error.path, found: error.found }, count }
  const detail = error instanceof Error ? error.message : String(error)
  return { key: 'commands.failed', params: { detail }, count }
}

function snapshot(plan: PlanDocument): string {
  return JSON.stringify(plan)
}

export const usePlanStore = defineStore('plan', () => {
  const plan = ref<PlanDocument>(createBlankPlan())
  /** Where the plan was last opened from or saved to (a path in the desktop app, a file name in the browser). */
  const filePath = ref<string | null>(null)
  const savedSnapshot = ref(snapshot(plan.value))
  const past = shallowRef<string[]>([])
  const future = shallowRef<string[]>([])
  /** Bumped on every change: recalculation and autosave key off it. */
  const revision = ref(0)
  let lastCoalesceKey: string | null = null

  const dirty = computed(() => snapshot(plan.value) !== savedSnapshot.value)
  const canUndo = computed(() => past.value.length > 0)
  const canRedo = computed(() => future.value.length > 0)

  /** Why the last command was refused (null after one that worked). */
  const failure = shallowRef<CommandFailure | null>(null)
  let failures = 0

  /**
   * Applies a change. Consecutive changes with the same `coalesceKey` (typing in one field)
   * become one undo step.
   */
  function update(mutate: (draft: PlanDocument) => void, coalesceKey?: string): void {
    run(mutate, coalesceKey)
  }

  /**
   * Applies a command (plan-commands.ts) as a transaction and returns what it returns, or
   * undefined when it was refused (see `failure`).
   */
  function run<R>(command: (draft: PlanDocument) => R, coalesceKey?: string): R | undefined {
    const before = snapshot(plan.value)
    let result: R
    let next: PlanDocument
    try {
      const draft = JSON.parse(before) as PlanDocument
      result = command(draft)
      next = plainData(draft)
    } catch (error) {
      failure.value = describeFailure(error, ++failures)
      return undefined
    }
    failure.value = null
    // Written in place, field by field, so Vue redraws only what reads the fields that changed
    // (typing in one of 20 workload forms redraws that form, not all of them).
    reconcile(plan.value, next)
    if (snapshot(plan.value) === before) return result
    if (!coalesceKey || coalesceKey !== lastCoalesceKey) {
      past.value = [...past.value.slice(-(HISTORY_LIMIT - 1)), before]
    }
    future.value = []
    lastCoalesceKey = coalesceKey ?? null
    revision.value++
    return result
  }

  function undo(): void {
    const previous = past.value.at(-1)
    if (previous === undefined) return
    future.value = [snapshot(plan.value), ...future.value]
    past.value = past.value.slice(0, -1)
    plan.value = JSON.parse(previous) as PlanDocument
    lastCoalesceKey = null
    revision.value++
  }

  function redo(): void {
    const next = future.value[0]
    if (next === undefined) return
    past.value = [...past.value, snapshot(plan.value)]
    future.value = future.value.slice(1)
    plan.value = JSON.parse(next) as PlanDocument
    lastCoalesceKey = null
    revision.value++
  }

  /** Replaces the document (new, open, restore): history starts afresh. */
  function load(
    next: PlanDocument,
    options: { filePath?: string | null; markSaved?: boolean } = {}
  ): void {
    plan.value = plainData(next)
    filePath.value = options.filePath ?? null
    past.value = []
    future.value = []
    lastCoalesceKey = null
    savedSnapshot.value = options.markSaved === false ? '' : snapshot(plan.value)
    revision.value++
  }

  function markSaved(path?: string | null): void {
    savedSnapshot.value = snapshot(plan.value)
    if (path !== undefined) filePath.value = path
  }

  /** A plain copy of the document, safe to send over IPC or write to disk. */
  function toDocument(): PlanDocument {
    return plainData(plan.value)
  }

  return {
    plan,
    filePath,
    revision,
    dirty,
    failure,
    canUndo,
    canRedo,
    update,
    run,
    undo,
    redo,
    load,
    markSaved,
    toDocument
  }
})
