/**
 * Compare mode sizes a candidate the way the roll-up sizes the plan (issue 19, "a cluster,
 * not a sum of peaks"): scheduled workloads share a pool, so a candidate's cards, servers,
 * power, capex and TCO are what Results shows when that candidate is chosen.
 *
 * Hand-checked figures: Ascend 910B 400 W at USD 17,500; Atlas 800T A2 8 cards/server,
 * 2,400 W base, CNY 400,000; CNY 7 per USD, no discount, no VAT; PUE 1.5, average power 0.8.
 */
import { describe, expect, it } from 'vitest'
import { estimatePlan, type CompareCandidate, type PlanTotals } from '../../../src/shared/core'
import { plan } from './helpers'

const ASCEND = 'huawei-ascend-910b'
const H100 = 'nvidia-h100-sxm5-80gb'

const settings = {
  currency: 'CNY',
  exchangeRates: { USD: 1, CNY: 7, EUR: 0.9 },
  taxRate: 0,
  discount: 0,
  pue: 1.5,
  cluster: { enabled: false }
}

/** 16 cards around the clock, half of them busy at night. */
const serve = (accelerator = ASCEND) => ({
  id: 'serve',
  kind: 'custom',
  accelerator,
  accelerators: 16,
  acceleratorHours: 16 * 24 * 365,
  schedule: { mode: 'always', offPeakFraction: 0.5 }
})
/** A 2-hour job on 8 cards (16 card-hours), monthly. */
const resnet = (accelerator = ASCEND) => ({
  id: 'resnet',
  kind: 'custom',
  accelerator,
  accelerators: 8,
  acceleratorHours: 16,
  schedule: { mode: 'runsPerYear', runsPerYear: 12 }
})

function compareRows(workloads: unknown[], grouping: string, candidates: string[]) {
  const result = estimatePlan(
    plan(workloads, { settings, compare: { enabled: true, grouping, candidates } })
  )
  expect(result.issues).toEqual([])
  return result.compare!.groups.map((group) => group.candidates)
}

function totals(workloads: unknown[]): PlanTotals {
  const result = estimatePlan(plan(workloads, { settings }))
  expect(result.issues).toEqual([])
  return result.totals!
}

function row(rows: CompareCandidate[], id: string): CompareCandidate {
  const found = rows.find((c) => c.acceleratorId === id)
  if (!found) throw new Error(`no row ${id}`)
  return found
}

const figures = (x: CompareCandidate | PlanTotals) => ({
  accelerators: x.accelerators,
  servers: x.servers,
  itPowerKW: x.itPowerKW,
  facilityPowerKW: x.facilityPowerKW,
  capex: x.capex,
  tco: x.tco
})

describe('compare mode pools scheduled workloads as the roll-up does', () => {
  it('whole plan: the nightly job shares the service’s quiet cards instead of adding its peak', () => {
    const [rows] = compareRows([serve(), resnet()], 'plan', [ASCEND, H100])
    const ascend = row(rows, ASCEND)
    // pool: max(16, 16 × 0.5 + 8) = 16 cards (a sum of peaks would be 24), 16 / 8 = 2 servers
    expect(ascend.accelerators).toBe(16)
    expect(ascend.servers).toBe(2)
    // IT (16 × 400 + 2 × 2,400) / 1000 = 11.2 kW; facility × 1.5 = 16.8 kW
    expect(ascend.itPowerKW).toBeCloseTo(11.2, 9)
    expect(ascend.facilityPowerKW).toBeCloseTo(16.8, 9)
    // capex 16 × 17,500 × 7 + 2 × 400,000 = 1,960,000 + 800,000 = CNY 2,760,000
    expect(ascend.capex).toBeCloseTo(2_760_000, 3)
    // …and every figure is what Results shows for the plan on that card
    expect(figures(ascend)).toEqual(figures(totals([serve(), resnet()])))
    expect(figures(row(rows, H100))).toEqual(figures(totals([serve(H100), resnet(H100)])))
  })

  it('per kind: the group pools its own workloads', () => {
    // both workloads are custom: one group, the same pool as the whole plan
    const [rows] = compareRows([serve(), resnet()], 'kind', [ASCEND])
    expect(row(rows, ASCEND).accelerators).toBe(16)
    expect(figures(row(rows, ASCEND))).toEqual(figures(totals([serve(), resnet()])))
  })

  it('per workload: a scheduled job pays energy for its hours, not around the clock', () => {
    const groups = compareRows([serve(), resnet()], 'workload', [ASCEND])
    const job = row(groups[1], ASCEND)
    // 8 cards, 1 server; energy (8 × 24 h × 400 W + 1 × 2,400 W × 8,760 h) × 0.8 × 1.5 / 1e6
    // = 25.32096 MWh a year, where around the clock it would be 5.6 kW × 0.8 × 8,760 × 1.5
    // = 58.8672 MWh: the TCO is Results' TCO for the job alone on the 910B
    expect(job.accelerators).toBe(8)
    expect(job.servers).toBe(1)
    expect(figures(job)).toEqual(figures(totals([resnet()])))
    expect(figures(row(groups[0], ASCEND))).toEqual(figures(totals([serve()])))
  })

  it('says so when a schedule cannot be honoured, as Results does', () => {
    const busy = {
      ...resnet(),
      schedule: { mode: 'runsPerYear', runsPerYear: 5000, hoursPerRun: 2 }
    }
    const [rows] = compareRows([serve(), busy], 'plan', [ASCEND])
    const ascend = row(rows, ASCEND)
    // 5,000 runs × 2 h = 10,000 h > 8,760 h a year: counted as always on, 16 + 8 = 24 cards
    expect(ascend.cautions).toContainEqual({
      key: 'pooling.warnings.overYear',
      params: { workload: 'resnet', hours: 10_000 }
    })
    expect(ascend.accelerators).toBe(24)
    expect(ascend.feasible).toBe(true)
    expect(figures(ascend)).toEqual(figures(totals([serve(), busy])))
  })
})
