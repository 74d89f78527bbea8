/**
 * composables/usePlanField.ts: one plan field by path — its value, an undoable setter that
 * merges typing into one step and copies objects in, and its located issues in words.
 */
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { usePlanField } from '@renderer/composables/usePlanField'
import { usePlanStore } from '@renderer/stores/plan'
import { useResultsStore } from '@renderer/stores/results'
import type { PlanPath } from '@renderer/lib/plan-paths'
import { setup } from './harness'

function fieldAt<T>(path: PlanPath, locale: 'en' | 'zh-CN' = 'en') {
  const context = setup(
    (channel) =>
      channel === 'calc.estimate'
        ? {
            ok: false,
            workloads: [],
            totals: null,
            compare: null,
            issues: [
              {
                path: 'settings.pue',
                message: 'must be at least 1',
                messageKey: 'core.validation.required',
                params: {}
              },
              {
                path: 'settings.pue',
                message: 'English only',
                messageKey: 'no.such.key',
                params: {}
              },
              { path: 'settings.currency', message: 'other field', messageKey: '', params: {} }
            ]
          }
        : null,
    locale
  )
  let field!: ReturnType<typeof usePlanField<T>>
  mount(
    defineComponent({
      setup() {
        field = usePlanField<T>(() => path)
        return () => h('div')
      }
    }),
    { global: { plugins: [context.pinia, context.i18n] } }
  )
  return field
}

describe('usePlanField', () => {
  it('reads the value at its path and sets it; typing in the field is one undo step', () => {
    const field = fieldAt<number>('settings.pue')
    const plan = usePlanStore()
    expect(field.value.value).toBe(plan.plan.settings.pue)
    for (const value of [1.4, 1.45, 1.5]) field.set(value)
    expect(plan.plan.settings.pue).toBe(1.5)
    plan.undo()
    expect(plan.plan.settings.pue).toBe(1.3)
  })

  it('a set without merging is its own step', () => {
    const field = fieldAt<number>('settings.pue')
    const plan = usePlanStore()
    field.set(1.4, false)
    field.set(1.5, false)
    plan.undo()
    expect(plan.plan.settings.pue).toBe(1.4)
  })

  it('copies an object in: changing it afterwards leaves the plan alone', () => {
    const field = fieldAt<{ typical: number; low: number; high: number }>(
      'assumptionOverrides.mfu' as PlanPath
    )
    const range = { typical: 0.4, low: 0.3, high: 0.5 }
    field.set(range)
    range.typical = 0.9
    expect(field.value.value).toEqual({ typical: 0.4, low: 0.3, high: 0.5 })
  })

  it('its issues are those at its path, in words: the catalogue’s when it has the key', async () => {
    const field = fieldAt<number>('settings.pue')
    await useResultsStore().recalculate()
    expect(field.issues.value).toHaveLength(2)
    expect(field.message.value).toBe('is required; English only')
  })

  it('in Chinese', async () => {
    const field = fieldAt<number>('settings.pue', 'zh-CN')
    await useResultsStore().recalculate()
    expect(field.message.value).toBe('为必填项; English only')
  })
})
