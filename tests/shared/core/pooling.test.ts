/**
 * A cluster, not a sum of peaks (issue 19): scheduled workloads share a pool sized for the
 * peak of concurrent demand, and energy follows the duty cycle. Numbers checked by hand:
 * Ascend 910B 400 W, Atlas 800T A2 8 cards/server with 2,400 W base, average power 0.8,
 * PUE 1.5 (set below).
 */
import { describe, expect, it } from 'vitest'
import { estimate } from './helpers'

const settings = { settings: { pue: 1.5, cluster: { enabled: false } } }
/** 16 cards around the clock (a service). */
const serve = (schedule?: unknown) => ({
  id: 'serve',
  kind: 'custom',
  accelerator: 'huawei-ascend-910b',
  accelerators: 16,
  acceleratorHours: 16 * 24 * 365,
  ...(schedule ? { schedule } : {})
})
/** The 2-hour ResNet job: 8 cards × 2 h = 16 card-hours per run, monthly. */
const resnet = (schedule?: unknown) => ({
  id: 'resnet',
  kind: 'custom',
  accelerator: 'huawei-ascend-910b',
  accelerators: 8,
  acceleratorHours: 16,
  ...(schedule ? { schedule } : {})
})
const group = (workloads: unknown[]) => {
  const result = estimate(workloads, settings)
  expect(result.issues).toEqual([])
  return result.totals!.byAccelerator[0]
}

describe('pooled cluster', () => {
  it('without schedules the peaks add and energy runs around the clock, as before', () => {
    const g = group([serve(), resnet()])
    // 16 + 8 = 24 cards, 3 servers; IT (24 × 400 + 3 × 2400) / 1000 = 16.8 kW
    expect(g.accelerators).toBe(24)
    expect(g.servers).toBe(3)
    expect(g.itPowerKW).toBeCloseTo(16.8, 9)
    // 16.8 × 0.8 × 8760 × 1.5 / 1000 = 176.6016 MWh
    expect(g.energyMWhPerYear).toBeCloseTo(176.6016, 6)
    expect(g.pool).toBeUndefined()
    expect(g.steps.some((step) => step.id === 'sumOfPeakAccelerators')).toBe(false)
  })

  it('the monthly 2-hour job no longer buys dedicated cards when the service is quiet at night', () => {
    const g = group([
      serve({ mode: 'always', offPeakFraction: 0.5 }),
      resnet({ mode: 'runsPerYear', runsPerYear: 12 })
    ])
    // quiet hours: 16 × 0.5 = 8 busy + 8 for the job = 16; peak hours 16 → pool max(16, 16) = 16
    expect(g.pool).toMatchObject({ alwaysOn: 16, sumOfPeaks: 24, pooled: 16 })
    expect(g.accelerators).toBe(16)
    expect(g.servers).toBe(2)
    const step = (id: string) => g.steps.find((s) => s.id === id)!
    expect(step('sumOfPeakAccelerators').value).toBe(24)
    expect(step('acceleratorsNeeded').value).toBe(16)
    // run length from the job's own estimate: 16 card-h / 8 cards = 2 h; 12 runs → 24 h/year
    // active card-hours 16 × 8760 + 8 × 24 = 140,352
    expect(step('activeAcceleratorHoursPerYear').value).toBe(140_352)
    // (140,352 × 400 + 2 × 2400 × 8760) × 0.8 × 1.5 / 1e6 = (56,140,800 + 42,048,000) × 1.2 / 1e6
    expect(g.energyMWhPerYear).toBeCloseTo(117.82656, 6)
  })

  it('a service busy all day keeps the job on cards of its own, but energy follows the duty cycle', () => {
    const g = group([serve(), resnet({ mode: 'runsPerYear', runsPerYear: 12, hoursPerRun: 2 })])
    // default offPeakFraction 1: max(16, 16 + 8) = 24 cards, 3 servers
    expect(g.accelerators).toBe(24)
    // (140,352 × 400 + 3 × 2400 × 8760) × 1.2 / 1e6 = (56,140,800 + 63,072,000) × 1.2 / 1e6
    expect(g.energyMWhPerYear).toBeCloseTo(143.05536, 6)
    // around the clock it would have been 176.6016 MWh
    expect(g.energyMWhPerYear!).toBeLessThan(176.6)
  })

  it('scheduled jobs take turns unless they share an overlap group', () => {
    const job = (id: string, cards: number, overlapGroup?: string) => ({
      id,
      kind: 'custom',
      accelerator: 'huawei-ascend-910b',
      accelerators: cards,
      acceleratorHours: cards * 10,
      schedule: {
        mode: 'hoursPerMonth',
        hoursPerMonth: 10,
        ...(overlapGroup ? { overlapGroup } : {})
      }
    })
    // alone: max(8, 16, 4) = 16
    expect(group([job('a', 8), job('b', 16), job('c', 4)]).accelerators).toBe(16)
    // a and c may overlap: max(8 + 4, 16) = 16; a and b may overlap: max(8 + 16, 4) = 24
    expect(group([job('a', 8, 'x'), job('b', 16), job('c', 4, 'x')]).accelerators).toBe(16)
    const g = group([job('a', 8, 'x'), job('b', 16, 'x'), job('c', 4)])
    expect(g.accelerators).toBe(24)
    expect(g.pool!.concurrentSets.map((set) => set.workloadIds)).toEqual([['a', 'b'], ['c']])
  })

  it('says so when jobs that take turns need more hours than a year has', () => {
    const job = (id: string) => ({
      id,
      kind: 'custom',
      accelerator: 'huawei-ascend-910b',
      accelerators: 8,
      acceleratorHours: 80,
      schedule: { mode: 'hoursPerMonth', hoursPerMonth: 500 }
    })
    const g = group([job('a'), job('b')])
    // 2 × 500 × 12 = 12,000 h > 8,760 h
    expect(g.warnings).toContainEqual({
      key: 'pooling.warnings.turnsExceedYear',
      params: { hours: 12_000, limit: 8760 }
    })
  })

  it('refuses a schedule outside a month with a located message', () => {
    const result = estimate([resnet({ mode: 'hoursPerMonth', hoursPerMonth: 800 })], settings)
    expect(result.ok).toBe(false)
    expect(result.issues[0].path).toBe('workloads[0].schedule.hoursPerMonth')
  })
})
