import { describe, expect, it } from 'vitest'
import { planV1DraftSchema } from '../../../../src/shared/schema/plan-versions/v1'
import { blankPlan } from '../../../../src/shared/schema/plan-defaults'

describe('plan version 1 draft', () => {
  it('needs version 1 and the name and workloads keys, whatever their values', () => {
    expect(planV1DraftSchema.safeParse({ version: 1, name: 3, workloads: 'x' }).success).toBe(true)
    const noName = planV1DraftSchema.safeParse({ version: 1, workloads: [] })
    // The key must be there (any value); its value is the current schema's to judge.
    expect(noName.error?.issues.map((issue) => issue.path)).toEqual([['name']])
    expect(
      planV1DraftSchema.safeParse({ version: 2, name: 'p', workloads: [] }).error?.issues[0].path
    ).toEqual(['version'])
  })

  it('keeps every other field for the current schema to check', () => {
    const plan = blankPlan('p')
    expect(planV1DraftSchema.parse(plan)).toEqual(plan)
  })
})
