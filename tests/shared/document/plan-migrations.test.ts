/**
 * schema/plan-migrations.ts, module by module (the file-level behaviour — fixtures, refusals,
 * located messages — is in plan-file.test.ts): what the 0 → 1 step does with each part of a
 * version-0 document, and how the chain runs its steps.
 */
import { describe, expect, it } from 'vitest'
import {
  migratePlanDocument,
  OLDEST_PLAN_VERSION,
  PLAN_MIGRATIONS,
  type PlanMigration
} from '@shared/schema/plan-migrations'

const [v0ToV1] = PLAN_MIGRATIONS
const v0 = (fields: Record<string, unknown>) => ({
  format: 'compute-planner/plan',
  version: 0,
  ...fields
})

describe('plan-migrations: the 0 → 1 step', () => {
  it('renames type to kind in place, keeping the key order of the file', () => {
    const migrated = v0ToV1.migrate(
      v0({ title: 'T', workloads: [{ id: 'a', type: 'custom', totalFlops: 1e21 }] })
    )
    const [workload] = migrated.workloads as Record<string, unknown>[]
    expect(Object.keys(workload)).toEqual(['id', 'kind', 'totalFlops'])
    expect(workload.kind).toBe('custom')
  })

  it('a hand-edited workload that already says kind keeps it; its type is dropped', () => {
    const migrated = v0ToV1.migrate(
      v0({ workloads: [{ id: 'a', kind: 'llm-inference', type: 'custom' }] })
    )
    expect(migrated.workloads).toEqual([{ id: 'a', kind: 'llm-inference' }])
  })

  it('percentages become fractions; values that are not numbers are passed on for validation', () => {
    const migrated = v0ToV1.migrate(
      v0({ costs: { taxPercent: 13, discountPercent: 'fifteen', electricityPerKWh: 0.1 } })
    )
    expect(migrated.settings).toEqual({
      taxRate: 0.13,
      discount: 'fifteen',
      electricityPricePerKWh: 0.1
    })
  })

  it('settings already in the file win over the converted costs; absent costs add nothing', () => {
    const both = v0ToV1.migrate(v0({ costs: { pue: 1.5, years: 3 }, settings: { pue: 1.2 } }))
    expect(both.settings).toEqual({ pue: 1.2, years: 3 })
    expect(v0ToV1.migrate(v0({ title: 'No costs' }))).not.toHaveProperty('settings')
  })

  it('a name already in the file wins over the title; no title and no name give an empty name', () => {
    expect(v0ToV1.migrate(v0({ title: 'Old', name: 'New' })).name).toBe('New')
    expect(v0ToV1.migrate(v0({})).name).toBe('')
  })
})

describe('plan-migrations: the chain', () => {
  it('runs no step for a document already at the target version', () => {
    const document = { version: 1, name: 'Current' }
    expect(migratePlanDocument(document, 1, 1)).toEqual({ ok: true, document, steps: [] })
  })

  it('runs the steps in order and lists the versions it migrated from', () => {
    const seen: number[] = []
    const step = (from: number): PlanMigration => ({
      from,
      to: from + 1,
      summary: `step ${from}`,
      migrate: (document) => {
        seen.push(from)
        return { ...document, version: from + 1 }
      }
    })
    const outcome = migratePlanDocument({ version: 3 }, 3, 6, [step(5), step(3), step(4)])
    expect(outcome).toEqual({ ok: true, document: { version: 6 }, steps: [3, 4, 5] })
    expect(seen).toEqual([3, 4, 5])
  })

  it('the oldest version it opens is the first step’s', () => {
    expect(OLDEST_PLAN_VERSION).toBe(PLAN_MIGRATIONS[0].from)
    expect(OLDEST_PLAN_VERSION).toBe(0)
  })
})
