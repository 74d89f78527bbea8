/**
 * Quote line items: proposed from the roll-up (cards and servers to buy at the core's unit
 * prices), editable, with extra lines the user adds. The plan schema has no quote section
 * yet, so edits live here for the session and reset when another plan is loaded.
 */
import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import type { EstimateResult } from '@shared/core'
import { usePlanStore } from './plan'

export interface QuoteLine {
  id: string
  description: string
  quantity: number
  unitPrice: number | null
  /** Proposed from the results (vs added by hand). */
  proposed: boolean
}

type LineEdit = Partial<Pick<QuoteLine, 'description' | 'quantity' | 'unitPrice'>> & {
  removed?: boolean
}

function stepValue(steps: { id: string; value: number }[], id: string): number | undefined {
  return steps.find((step) => step.id === id)?.value
}

export function proposeLines(result: EstimateResult | null): QuoteLine[] {
  const lines: QuoteLine[] = []
  for (const group of result?.totals?.byAccelerator ?? []) {
    lines.push({
      id: `acc:${group.acceleratorId}`,
      description: group.acceleratorName,
      quantity: group.acceleratorsToBuy,
      unitPrice: stepValue(group.steps, 'acceleratorUnitPrice') ?? null,
      proposed: true
    })
    lines.push({
      id: `srv:${group.acceleratorId}`,
      description: group.server.name,
      quantity: stepValue(group.steps, 'serversToBuy') ?? group.servers,
      unitPrice: stepValue(group.steps, 'serverUnitPrice') ?? null,
      proposed: true
    })
  }
  return lines
}

export const useQuoteStore = defineStore('quote', () => {
  const planStore = usePlanStore()
  const edits = ref<Record<string, LineEdit>>({})
  const extra = ref<QuoteLine[]>([])
  let counter = 0

  // Another document: start its quote afresh.
  watch(
    () => planStore.filePath,
    () => reset()
  )

  function reset(): void {
    edits.value = {}
    extra.value = []
  }

  function lines(result: EstimateResult | null): QuoteLine[] {
    const proposed = proposeLines(result)
      .filter((line) => !edits.value[line.id]?.removed)
      .map((line) => ({ ...line, ...edits.value[line.id] }))
    return [...proposed, ...extra.value]
  }

  function edit(id: string, change: LineEdit): void {
    const own = extra.value.find((line) => line.id === id)
    if (own) Object.assign(own, change)
    else edits.value = { ...edits.value, [id]: { ...edits.value[id], ...change } }
  }

  function remove(id: string): void {
    if (extra.value.some((line) => line.id === id))
      extra.value = extra.value.filter((line) => line.id !== id)
    else edit(id, { removed: true })
  }

  function add(description: string): void {
    extra.value = [
      ...extra.value,
      { id: `extra:${++counter}`, description, quantity: 1, unitPrice: 0, proposed: false }
    ]
  }

  const edited = computed(() => Object.keys(edits.value).length > 0 || extra.value.length > 0)

  return { edits, extra, lines, edit, remove, add, reset, edited }
})
