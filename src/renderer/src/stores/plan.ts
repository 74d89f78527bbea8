/**
 * The plan being edited: the one source of truth for the wizard, file commands and autosave.
 * Every change goes through `update()` so undo/redo and the dirty flag see it.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, toRaw } from 'vue'
import type { PlanDocument } from '@shared/schema/plan'
import { blankPlan } from '@shared/schema/plan-defaults'

const HISTORY_LIMIT = 200

/** A fresh plan with every default the schema defines (built without zod: see plan-defaults). */
export function createBlankPlan(name = ''): PlanDocument {
  return blankPlan(name)
}

function clone(plan: PlanDocument): PlanDocument {
  return structuredClone(toRaw(plan))
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

  /**
   * Applies a change. Consecutive changes with the same `coalesceKey` (typing in one field)
   * become one undo step.
   */
  function update(mutate: (draft: PlanDocument) => void, coalesceKey?: string): void {
    const before = snapshot(plan.value)
    // The change is made in place, so Vue redraws only what reads the fields it touched
    // (typing in one of 20 workload forms redraws that form, not all of them). A mutation
    // that throws part-way is rolled back to the snapshot.
    try {
      mutate(plan.value)
    } catch (error) {
      plan.value = JSON.parse(before) as PlanDocument
      throw error
    }
    if (snapshot(plan.value) === before) return
    if (!coalesceKey || coalesceKey !== lastCoalesceKey) {
      past.value = [...past.value.slice(-(HISTORY_LIMIT - 1)), before]
    }
    future.value = []
    lastCoalesceKey = coalesceKey ?? null
    revision.value++
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
    plan.value = clone(next)
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
    return clone(plan.value)
  }

  return {
    plan,
    filePath,
    revision,
    dirty,
    canUndo,
    canRedo,
    update,
    undo,
    redo,
    load,
    markSaved,
    toDocument
  }
})
