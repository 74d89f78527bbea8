/**
 * Quote edits and the quote lines shown on the Quote step. Lines and totals come from the
 * quote engineer's `quote.lines` channel (the same function the workbook and CSV use), so
 * the numbers on screen are the numbers exported. Edits are kept in the plan's `quote`
 * field when the plan schema has one (undoable, saved with the file); otherwise for the
 * session only.
 */
import { plainCopy } from '../lib/copy'
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { planDocumentSchema } from '@shared/schema/plan'
import type { QuoteEdits, QuoteEditsInput, QuoteItemCategory } from '@shared/schema/quote'
import type { QuoteLines } from '@shared/quote/lines'
import { ApiError, useApi } from '../api'
import { usePlanStore } from './plan'
import { useResultsStore } from './results'

/** Whether saved plans can carry quote edits (the plan schema's optional `quote` field). */
export const PLAN_HAS_QUOTE = 'quote' in planDocumentSchema.shape

/** Edits as the plan stores them: the schema's defaults filled in, nothing else changed. */
function withQuoteDefaults(edits: QuoteEditsInput): QuoteEdits {
  return {
    ...edits,
    paperSize: edits.paperSize ?? 'a4',
    items: (edits.items ?? []).map((item) => ({ ...item, optional: item.optional ?? false })),
    overrides: edits.overrides ?? []
  }
}

type Override = NonNullable<QuoteEditsInput['overrides']>[number]
type Item = NonNullable<QuoteEditsInput['items']>[number]

export const useQuoteStore = defineStore('quote', () => {
  const planStore = usePlanStore()
  const results = useResultsStore()
  const sessionEdits = ref<QuoteEditsInput>({})
  const lines = shallowRef<QuoteLines | null>(null)
  const busy = ref(false)
  const error = shallowRef<ApiError | null>(null)
  let sequence = 0
  let counter = 0

  const edits = computed<QuoteEditsInput>(() =>
    PLAN_HAS_QUOTE ? (planStore.plan.quote ?? {}) : sessionEdits.value
  )

  function change(mutate: (edits: QuoteEditsInput) => void, coalesceKey?: string): void {
    if (PLAN_HAS_QUOTE) {
      planStore.update((draft) => {
        const next: QuoteEditsInput = plainCopy(draft.quote ?? {})
        mutate(next)
        draft.quote = withQuoteDefaults(next)
      }, coalesceKey)
    } else {
      const next = plainCopy(sessionEdits.value)
      mutate(next)
      sessionEdits.value = next
    }
  }

  // Another document: session edits belong to the one before.
  watch(
    () => planStore.filePath,
    () => {
      sessionEdits.value = {}
    }
  )

  async function refresh(): Promise<void> {
    if (planStore.plan.workloads.length === 0) {
      lines.value = null
      return
    }
    const mine = ++sequence
    busy.value = true
    try {
      const answer = await useApi().quoteLines({
        plan: planStore.toDocument(),
        edits: plainCopy(edits.value) as never
      })
      if (mine !== sequence) return
      lines.value = answer
      error.value = null
    } catch (caught) {
      if (mine !== sequence) return
      error.value =
        caught instanceof ApiError
          ? caught
          : new ApiError({ code: 'INTERNAL', message: String(caught) })
    } finally {
      if (mine === sequence) busy.value = false
    }
  }

  function overrideLine(
    lineId: string,
    patch: Partial<Omit<Override, 'lineId'>>,
    key?: string
  ): void {
    change((e) => {
      const overrides = [...(e.overrides ?? [])]
      const index = overrides.findIndex((o) => o.lineId === lineId)
      const next = { ...(index >= 0 ? overrides[index] : { lineId }), ...patch } as Override
      for (const k of Object.keys(next) as (keyof Override)[])
        if (next[k] === undefined) delete next[k]
      if (index >= 0) overrides[index] = next
      else overrides.push(next)
      e.overrides = overrides.filter((o) => Object.keys(o).length > 1)
    }, key)
  }

  function addItem(category: QuoteItemCategory, description: string): void {
    const taken = new Set((edits.value.items ?? []).map((item) => item.id))
    let id = ''
    do id = `item-${++counter}`
    while (taken.has(id))
    change((e) => {
      e.items = [...(e.items ?? []), { id, category, description, quantity: 1, unitPrice: 0 }]
    })
  }

  function editItem(id: string, patch: Partial<Item>, key?: string): void {
    change((e) => {
      e.items = (e.items ?? []).map((item) => (item.id === id ? { ...item, ...patch } : item))
    }, key)
  }

  function removeItem(id: string): void {
    change((e) => {
      e.items = (e.items ?? []).filter((item) => item.id !== id)
    })
  }

  function reset(): void {
    change((e) => {
      delete e.items
      delete e.overrides
    })
  }

  const edited = computed(
    () => (edits.value.items?.length ?? 0) > 0 || (edits.value.overrides?.length ?? 0) > 0
  )

  // Lines follow the current results and the edits.
  watch(
    () => [results.result, edits.value],
    () => void refresh(),
    { deep: false }
  )

  return {
    edits,
    lines,
    busy,
    error,
    edited,
    refresh,
    overrideLine,
    addItem,
    editItem,
    removeItem,
    reset
  }
})
