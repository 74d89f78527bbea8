/**
 * Which number the derivation panel explains. A number is identified by where its steps
 * live (a workload, an accelerator group of the roll-up, or the plan totals) and the step id.
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'

export type DerivationTarget =
  | { scope: 'workload'; workloadId: string; stepId: string }
  | { scope: 'group'; acceleratorId: string; stepId: string }
  /** `groups`: the accelerator groups' part of a plan figure (not the plan's own step). */
  | { scope: 'total'; field: string; groups?: boolean }
  /** A step of the plan's cost derivation (`totals.costSteps`). */
  | { scope: 'plan'; stepId: string }
  /** A step of one whole-cluster sizing section (`totals.cluster.sections`, e.g. `compute:<id>`). */
  | { scope: 'cluster'; section: string; stepId: string }

export const useDerivationStore = defineStore('derivation', () => {
  const target = ref<DerivationTarget | null>(null)
  /** Steps visited inside the panel, for "back". */
  const trail = ref<DerivationTarget[]>([])

  function open(next: DerivationTarget): void {
    trail.value = []
    target.value = next
  }
  function drill(next: DerivationTarget): void {
    if (target.value) trail.value = [...trail.value, target.value]
    target.value = next
  }
  function back(): void {
    const previous = trail.value.at(-1)
    if (!previous) return
    trail.value = trail.value.slice(0, -1)
    target.value = previous
  }
  function close(): void {
    target.value = null
    trail.value = []
  }
  return { target, trail, open, drill, back, close }
})
