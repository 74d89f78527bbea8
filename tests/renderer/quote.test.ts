/**
 * stores/quote.ts beyond quote-store.test.ts: how overrides merge and clear, item ids, reset,
 * and the lines — none without workloads, a late answer never overwriting a newer one.
 */
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { useQuoteStore } from '@renderer/stores/quote'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import { newWorkload } from '@renderer/lib/workloads'
import { createApi, installApi } from '@renderer/api'
import type { Envelope } from '@shared/ipc/envelope'
import { setup } from './harness'

const LINE = 'accelerator:nvidia-a100-sxm4-80gb'

function withWorkload() {
  const context = setup()
  usePlanStore().load({ ...createBlankPlan('q'), workloads: [newWorkload('custom', 'c')] })
  return context
}

describe('quote edits', () => {
  it('patches of one line merge; clearing every field of it drops the override', () => {
    withWorkload()
    const quote = useQuoteStore()
    quote.overrideLine(LINE, { quantity: 12 })
    quote.overrideLine(LINE, { discount: 0.1 })
    expect(quote.edits.overrides).toEqual([{ lineId: LINE, quantity: 12, discount: 0.1 }])
    quote.overrideLine(LINE, { quantity: undefined })
    expect(quote.edits.overrides).toEqual([{ lineId: LINE, discount: 0.1 }])
    quote.overrideLine(LINE, { discount: undefined })
    expect(quote.edits.overrides).toEqual([])
    expect(quote.edited).toBe(false)
  })

  it('new items get ids not taken by the plan’s items; edit, remove and reset', () => {
    withWorkload()
    const plan = usePlanStore()
    plan.update((d) => {
      d.quote = {
        paperSize: 'a4',
        overrides: [],
        items: [
          {
            id: 'item-1',
            category: 'network',
            description: 'A',
            quantity: 1,
            unitPrice: 5,
            optional: false
          }
        ]
      }
    })
    const quote = useQuoteStore()
    quote.addItem('service', 'Training')
    quote.addItem('service', 'Support')
    const ids = quote.edits.items!.map((i) => i.id)
    expect(new Set(ids).size).toBe(3)
    expect(
      quote.edits.items!.slice(1).map((i) => [i.description, i.quantity, i.unitPrice, i.optional])
    ).toEqual([
      ['Training', 1, 0, false],
      ['Support', 1, 0, false]
    ])
    quote.editItem(ids[1], { unitPrice: 800 })
    quote.removeItem(ids[0])
    expect(quote.edits.items!.map((i) => [i.id, i.unitPrice])).toEqual([
      [ids[1], 800],
      [ids[2], 0]
    ])
    quote.overrideLine(LINE, { quantity: 2 })
    expect(quote.edited).toBe(true)
    quote.reset()
    // Stored with the schema's defaults: empty lists, the paper size kept.
    expect(quote.edits).toEqual({ paperSize: 'a4', items: [], overrides: [] })
    expect(quote.edited).toBe(false)
  })
})

describe('quote lines', () => {
  it('a plan with no workload has no lines, and main is not asked', async () => {
    const { invoke } = setup()
    const quote = useQuoteStore()
    await quote.refresh()
    expect(quote.lines).toBeNull()
    expect(invoke.mock.calls.filter(([, channel]) => channel === 'quote.lines')).toEqual([])
  })

  it('keeps the newest answer when an older one arrives late, and reports a failure', async () => {
    withWorkload()
    const pending: ((envelope: Envelope<unknown>) => void)[] = []
    installApi(createApi(() => new Promise((resolve) => pending.push(resolve))))
    const quote = useQuoteStore()
    const first = quote.refresh()
    const second = quote.refresh()
    expect(quote.busy).toBe(true)
    const answer = (grandTotal: number) => ({
      ok: true as const,
      data: { currency: 'USD', lines: [], totals: { grandTotal } }
    })
    pending[1](answer(2))
    pending[0](answer(1))
    await Promise.all([first, second])
    expect(quote.lines?.totals.grandTotal).toBe(2)
    expect(quote.busy).toBe(false)
    const third = quote.refresh()
    pending[2]({ ok: false, error: { code: 'INTERNAL', message: 'no quote', issues: [] } })
    await third
    await flushPromises()
    expect(quote.error).toMatchObject({ code: 'INTERNAL', message: 'no quote' })
    expect(quote.lines?.totals.grandTotal).toBe(2)
  })
})
