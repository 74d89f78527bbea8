/**
 * schema/plan-versions/v0.ts, the frozen shape the 0 → 1 migration reads. The migration
 * itself is tested in tests/shared/document/plan-migrations.test.ts.
 */
import { describe, expect, it } from 'vitest'
import {
  costsV0Schema,
  planV0Schema,
  workloadV0Schema
} from '../../../../src/shared/schema/plan-versions/v0'

describe('plan version 0', () => {
  it('is recognised by its version literal alone', () => {
    expect(planV0Schema.safeParse({ version: 0 }).success).toBe(true)
    const v1 = planV0Schema.safeParse({ version: 1 })
    expect(v1.success).toBe(false)
    expect(v1.error?.issues[0].path).toEqual(['version'])
    expect(planV0Schema.safeParse({}).error?.issues[0].path).toEqual(['version'])
  })

  it('keeps unknown fields and never judges values (the current schema does, later)', () => {
    const plan = { version: 0, title: 42, costs: 'x', workloads: null, extra: { a: 1 } }
    expect(planV0Schema.parse(plan)).toEqual(plan)
    expect(workloadV0Schema.parse({ type: 7, tokens: 'many' })).toEqual({ type: 7, tokens: 'many' })
    expect(costsV0Schema.parse({ taxPercent: '15', other: true })).toEqual({
      taxPercent: '15',
      other: true
    })
  })

  it('a non-object is refused', () => {
    for (const value of [null, 0, 'plan', []])
      expect(planV0Schema.safeParse(value).success, JSON.stringify(value)).toBe(false)
  })
})
