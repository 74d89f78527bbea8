import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { PLAN_HAS_QUOTE, useQuoteStore } from '@renderer/stores/quote'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import { newWorkload } from '@renderer/lib/workloads'
import { parsePlan } from '@shared/schema/plan'
import { setup } from './harness'

describe('quote store', () => {
  it('keeps edits in the plan (undoable, saved) and asks main for the lines with them', async () => {
    const requests: unknown[] = []
    setup((channel, request) => {
      if (channel === 'quote.lines') {
        requests.push(request)
        return { currency: 'USD', lines: [], totals: { grandTotal: 0 } }
      }
      return null
    })
    expect(PLAN_HAS_QUOTE).toBe(true)
    const plan = usePlanStore()
    const quote = useQuoteStore()
    plan.load({ ...createBlankPlan('q'), workloads: [newWorkload('custom', 'c')] })
    quote.overrideLine('accelerator:nvidia-a100-sxm4-80gb', { quantity: 12 })
    quote.addItem('network', 'Switches')
    const stored = (plan.plan as unknown as { quote: Record<string, unknown[]> }).quote
    expect(stored.overrides).toEqual([
      { lineId: 'accelerator:nvidia-a100-sxm4-80gb', quantity: 12 }
    ])
    expect(stored.items).toHaveLength(1)
    // The document with its quote edits is still a valid plan.
    const parsed = parsePlan(plan.toDocument())
    expect(parsed.ok ? [] : parsed.issues).toEqual([])
    await quote.refresh()
    await flushPromises()
    expect(requests.at(-1)).toMatchObject({ edits: { items: [{ description: 'Switches' }] } })
    plan.undo()
    plan.undo()
    expect((plan.plan as unknown as { quote?: unknown }).quote).toBeUndefined()
  })
})
