/**
 * "Size by" (SizingFields.vue → plan-commands `setSizing`) for every kind whose form offers
 * it. The e2e of the pooled cluster (issue 19) found fine-tuning's "Number of accelerators"
 * doing nothing: the command left fine-tuning out of the kinds it sizes.
 */
import { describe, expect, it } from 'vitest'
import type { PlanDocument } from '@shared/schema/plan'
import { addWorkload, setSizing } from '@renderer/stores/plan-commands'
import { newWorkload } from '@renderer/lib/workloads'

function planWith(kind: 'llm-training' | 'vision-training' | 'custom' | 'llm-finetuning') {
  const draft = {
    format: 'compute-planner/plan',
    version: 1,
    name: 'sizing',
    workloads: [newWorkload(kind, 'w-1')]
  } as unknown as PlanDocument
  return draft
}

describe('setSizing: each kind the sizing radio is shown for', () => {
  it.each(['llm-training', 'vision-training', 'custom', 'llm-finetuning'] as const)(
    '%s: by cards sets the cards (from the estimate) and drops the deadline; by days the reverse',
    (kind) => {
      const draft = planWith(kind)
      setSizing(draft, 0, 'accelerators', { accelerators: 6, days: 3 })
      expect(draft.workloads[0]).toMatchObject({ accelerators: 6 })
      expect(draft.workloads[0]).not.toHaveProperty('targetDays')
      setSizing(draft, 0, 'targetDays', { accelerators: 6, days: 3 })
      expect(draft.workloads[0]).toMatchObject({ targetDays: 3 })
      expect(draft.workloads[0]).not.toHaveProperty('accelerators')
      setSizing(draft, 0, 'none', {})
      expect(draft.workloads[0]).not.toHaveProperty('accelerators')
      expect(draft.workloads[0]).not.toHaveProperty('targetDays')
    }
  )

  it('a kind without sizing (inference) is left as it is', () => {
    const draft = planWith('custom')
    addWorkload(draft, 'llm-inference')
    const before = JSON.stringify(draft.workloads[1])
    setSizing(draft, 1, 'accelerators', { accelerators: 6 })
    expect(JSON.stringify(draft.workloads[1])).toBe(before)
  })
})
