/**
 * A cluster, not a sum of peaks (issue 19). Workloads on one accelerator model share a pool:
 *
 * - an always-on workload (no schedule, or `always`) holds its peak cards at its peak hours,
 *   so always-on peaks add; in quiet hours it keeps `offPeakFraction` of them busy (default 1:
 *   busy all day);
 * - scheduled workloads (hours per month, or runs per year × hours per run) run in quiet
 *   hours and take turns on one shared set of cards, sized by the largest set that may run
 *   at the same time: workloads with the same `overlapGroup` may overlap (their peaks add),
 *   the rest never overlap;
 * - pooled size = max(always-on peaks, always-on quiet-hour cards + largest concurrent
 *   scheduled set) — with the default fraction of 1 that is always-on + largest set;
 * - energy follows the duty cycle: cards draw for the hours they run (always-on 8,760 h a
 *   year, counted at peak all year, which errs high; scheduled ones their hours), the host
 *   servers around the clock; idle cards are counted at no draw.
 *
 * Pure; every number is a derivation step (rollup.ts records them). Plans without schedules
 * never come here, so their figures and steps are unchanged.
 */
import { HOURS_PER_YEAR, type WorkloadSchedule } from '../schema/plan'
import type { Derivation } from './derivation'
import type { Note } from './workloads/context'

/** A scheduled workload's demand, resolved to hours per year. */
export interface ScheduledUse {
  hoursPerYear: number
  /** Same group: may run together. Absent: runs alone. */
  overlapGroup?: string
}

/** How a workload uses the pool: scheduled, or always on (with its quiet-hour share). */
export interface PoolUse {
  scheduled?: ScheduledUse
  /** Always on: share of its peak cards busy in quiet hours (absent: 1). */
  offPeakFraction?: number
}

export interface PoolMember extends PoolUse {
  workloadId: string
  accelerators: number
}

/**
 * How a schedule uses the pool. `runHours` is the workload's own estimated duration (days ×
 * 24), used when runs per year come without hours per run. A schedule that cannot be
 * resolved gives a note and counts as always on (never silently as something smaller).
 */
export function poolUse(
  schedule: WorkloadSchedule | undefined,
  runHours: number | undefined,
  workload: string,
  notes: Note[]
): PoolUse {
  if (schedule === undefined) return {}
  if (schedule.mode === 'always')
    return schedule.offPeakFraction !== undefined
      ? { offPeakFraction: schedule.offPeakFraction }
      : {}
  let hours: number
  if (schedule.mode === 'hoursPerMonth') hours = schedule.hoursPerMonth * 12
  else {
    const perRun = schedule.hoursPerRun ?? runHours
    if (perRun === undefined || !Number.isFinite(perRun) || perRun <= 0) {
      notes.push({ key: 'pooling.warnings.noRunLength', params: { workload } })
      return {}
    }
    hours = schedule.runsPerYear * perRun
  }
  if (hours > HOURS_PER_YEAR) {
    notes.push({
      key: 'pooling.warnings.overYear',
      params: { workload, hours: Math.round(hours) }
    })
    return {}
  }
  const scheduled: ScheduledUse = { hoursPerYear: hours }
  if (schedule.overlapGroup !== undefined) scheduled.overlapGroup = schedule.overlapGroup
  return { scheduled }
}

/**
 * A workload's use of the pool as every sizing reads it (the plan's roll-up and compare
 * mode alike): its schedule, with its own estimate (`days`) as the run length. Undefined
 * without a schedule (always on, busy all day: the plain sum of peaks).
 */
export function workloadPool(
  w: { id: string; name?: string; schedule?: WorkloadSchedule },
  days: number | undefined,
  notes: Note[]
): PoolUse | undefined {
  if (w.schedule === undefined) return undefined
  return poolUse(w.schedule, days !== undefined ? days * 24 : undefined, w.name ?? w.id, notes)
}

export interface PoolSizing {
  alwaysOn: number
  sumOfPeaks: number
  pooled: number
  /** The sets of scheduled workloads that may run at the same time, largest first. */
  concurrentSets: { workloadIds: string[]; accelerators: number; hoursPerYear: number }[]
}

/** Scheduled workloads grouped into the sets that may run at once. */
function concurrentSets(members: PoolMember[]): PoolMember[][] {
  const sets = new Map<string, PoolMember[]>()
  for (const member of members) {
    if (!member.scheduled) continue
    const key =
      member.scheduled.overlapGroup !== undefined
        ? `group:${member.scheduled.overlapGroup}`
        : `alone:${member.workloadId}`
    sets.set(key, [...(sets.get(key) ?? []), member])
  }
  return [...sets.values()]
}

/** Whether any member is scheduled (else the plain sum of peaks applies, unchanged). */
export function hasSchedule(members: readonly PoolMember[]): boolean {
  return members.some((member) => member.scheduled !== undefined)
}

/**
 * Records the pool's steps in `d`: `alwaysOnAccelerators`, `quietAlwaysOnAccelerators`,
 * `sumOfPeakAccelerators`, `scheduledPoolAccelerators`, `acceleratorsNeeded` (the pooled
 * size) and, for energy, `activeAcceleratorHoursPerYear`. Each workload is an input
 * (`alwaysOn<k>…`, `scheduled<k>…`) with its workload id as the source, so every figure
 * traces back to a workload.
 */
export function recordPool(d: Derivation, members: PoolMember[], warnings: Note[]): PoolSizing {
  const alwaysOnMembers = members.filter((member) => !member.scheduled)
  const alwaysOn = alwaysOnMembers.reduce((sum, member) => sum + member.accelerators, 0)
  d.input('hoursPerYear', HOURS_PER_YEAR, 'h/year')
  if (alwaysOnMembers.length === 0) {
    d.input('alwaysOnAccelerators', 0, 'accelerators')
    d.input('quietAlwaysOnAccelerators', 0, 'accelerators')
  } else {
    const cards = alwaysOnMembers.map((member, index) => {
      const name = `alwaysOn${index + 1}Accelerators`
      d.input(name, member.accelerators, 'accelerators', member.workloadId)
      const fraction = `alwaysOn${index + 1}OffPeakFraction`
      d.input(fraction, member.offPeakFraction ?? 1, 'fraction', member.workloadId)
      return { name, fraction }
    })
    d.formula('alwaysOnAccelerators', cards.map((x) => x.name).join(' + '), 'accelerators')
    d.formula(
      'quietAlwaysOnAccelerators',
      cards.map((x) => `${x.name} * ${x.fraction}`).join(' + '),
      'accelerators'
    )
  }
  const names = new Map<PoolMember, { cards: string; hours: string }>()
  members
    .filter((member) => member.scheduled)
    .forEach((member, index) => {
      const cards = `scheduled${index + 1}Accelerators`
      const hours = `scheduled${index + 1}HoursPerYear`
      d.input(cards, member.accelerators, 'accelerators', member.workloadId)
      d.input(hours, member.scheduled!.hoursPerYear, 'h/year', member.workloadId)
      names.set(member, { cards, hours })
    })
  const scheduled = [...names.entries()]
  const sumOfPeaks = d.formula(
    'sumOfPeakAccelerators',
    ['alwaysOnAccelerators', ...scheduled.map(([, name]) => name.cards)].join(' + '),
    'accelerators'
  )
  const sets = concurrentSets(members)
  const setExpr = (set: PoolMember[]) => set.map((member) => names.get(member)!.cards).join(' + ')
  d.formula(
    'scheduledPoolAccelerators',
    sets.length === 1 ? setExpr(sets[0]) : `max(${sets.map(setExpr).join(', ')})`,
    'accelerators'
  )
  // Scheduled jobs run in quiet hours, on the cards always-on workloads leave free then.
  const pooled = d.formula(
    'acceleratorsNeeded',
    'ceil(max(alwaysOnAccelerators, quietAlwaysOnAccelerators + scheduledPoolAccelerators))',
    'accelerators'
  )
  d.formula(
    'activeAcceleratorHoursPerYear',
    [
      'alwaysOnAccelerators * hoursPerYear',
      ...scheduled.map(([, name]) => `${name.cards} * ${name.hours}`)
    ].join(' + '),
    'accelerator-h/year'
  )
  const described = sets
    .map((set) => ({
      workloadIds: set.map((member) => member.workloadId),
      accelerators: set.reduce((sum, member) => sum + member.accelerators, 0),
      hoursPerYear: Math.max(...set.map((member) => member.scheduled!.hoursPerYear))
    }))
    .sort((a, b) => b.accelerators - a.accelerators)
  // Sets that never overlap take turns: together they must fit in one year.
  const turns = described.reduce((sum, set) => sum + set.hoursPerYear, 0)
  if (described.length > 1 && turns > HOURS_PER_YEAR)
    warnings.push({
      key: 'pooling.warnings.turnsExceedYear',
      params: { hours: Math.round(turns), limit: HOURS_PER_YEAR }
    })
  return { alwaysOn, sumOfPeaks, pooled, concurrentSets: described }
}
