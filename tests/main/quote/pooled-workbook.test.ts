/**
 * A pooled plan (issue 19) exports a workbook whose pool steps are live formulas that a real
 * formula engine recalculates to the cached values (and to the core's pooled count).
 */
import { describe, expect, it } from 'vitest'
import { estimatePlan } from '@shared/core'
import { planDocumentSchema } from '@shared/schema/plan'
import { buildQuoteWorkbook } from '../../../src/main/services/quote/workbook/build-workbook'
import { edits } from './helpers/fixtures'
import { close, formulaCells, readWorkbook, recalculate } from './helpers/workbook'

const plan = planDocumentSchema.parse({
  format: 'compute-planner/plan',
  version: 1,
  name: 'pooled',
  workloads: [
    {
      id: 'serve',
      kind: 'custom',
      accelerator: 'huawei-ascend-910b',
      accelerators: 16,
      acceleratorHours: 16 * 24 * 365,
      schedule: { mode: 'always', offPeakFraction: 0.5 }
    },
    {
      id: 'resnet',
      kind: 'custom',
      accelerator: 'huawei-ascend-910b',
      accelerators: 8,
      acceleratorHours: 16,
      schedule: { mode: 'runsPerYear', runsPerYear: 12 }
    }
  ]
})

describe('pooled plan in the quote workbook', () => {
  it('every formula recalculates to its cached value', async () => {
    const estimate = estimatePlan(plan)
    expect(estimate.ok, JSON.stringify(estimate.issues)).toBe(true)
    expect(estimate.totals!.byAccelerator[0].accelerators).toBe(16)
    const built = await buildQuoteWorkbook({
      plan,
      estimate,
      edits: edits(),
      language: 'en',
      date: '2025-03-01',
      letterhead: { company: 'ACME', author: 'Planner' }
    })
    const workbook = await readWorkbook(built.bytes)
    const engine = recalculate(workbook)
    const cells = formulaCells(workbook)
    expect(cells.length).toBeGreaterThan(0)
    for (const cell of cells) {
      const fresh = engine.valueAt(cell.sheet, cell.row, cell.col)
      expect(typeof fresh, `${cell.sheet}!${cell.address} = ${cell.formula}`).toBe('number')
      expect(close(fresh as number, cell.cached), `${cell.sheet}!${cell.address}`).toBe(true)
    }
  })
})
