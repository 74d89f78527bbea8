/**
 * Compare mode: candidate accelerators (catalog + inventory) for each group of workloads —
 * each workload on its own by default, or workloads of one kind, or the whole plan — with
 * cards, servers, split, latency, days, power and cost. A candidate is feasible only when
 * every target holds (memory, TTFT/TPOT, deadline, budget, power cap, rack power) and it can
 * be bought in the plan's procurement market; every failed target is a reason in words with
 * its numbers. The recommendation is the cheapest feasible priced candidate (by TCO), and
 * each group says whether the plan (and so the quote) buys what it recommends.
 */
import type { PlanDocument, Workload } from '../schema/plan'
import type { CompareGrouping, Market } from '../schema/market'
import { availabilityOf, excludes, type Availability } from './availability'
import type { Catalog } from './catalog'
import { evaluateQuick } from './evaluate'
import { acceleratorById, inventoryAccelerator, inventoryMap } from './resolve'
import { workloadPool } from './pooling'
import { buysCompleteSystems, candidateAsSystem, type SystemChoice } from './compare-systems'
import { rollupPlan, type RollupDemand } from './rollup'
import type { Note, ResolvedAccelerator } from './workloads/context'

/** Tensor × pipeline × expert parallel ways of one replica. */
export interface ParallelSplit {
  tensor: number
  pipeline: number
  expert: number
}

export interface CandidateWorkload {
  id: string
  accelerators: number
  days: number | null
  /** Output tokens/s, images/s or streams per card, whichever the kind has. */
  throughput: number | null
  replicas: number | null
  split: ParallelSplit | null
  timeToFirstTokenMs: number | null
  timePerOutputTokenMs: number | null
}

export interface CompareCandidate {
  /** The group of workloads this row sizes (see CompareGroup). */
  groupId: string
  acceleratorId: string
  name: string
  /**
   * The catalog's Chinese name, where it has one (tables under zh-CN show it). Undefined,
   * not absent, where it has none: JSON leaves it out either way, and a row keeps one shape.
   */
  nameZh?: string
  vendor: string
  origin: 'catalog' | 'inventory'
  evaluable: boolean
  /** Why the candidate could not be evaluated (first failing workload). */
  reason: Note | null
  accelerators: number | null
  servers: number | null
  /** The split when every LLM-inference workload of the group has the same one. */
  split: ParallelSplit | null
  replicas: number | null
  /** The slowest of the group's LLM-inference workloads (null without one). */
  timeToFirstTokenMs: number | null
  timePerOutputTokenMs: number | null
  workloads: CandidateWorkload[]
  maxDays: number | null
  itPowerKW: number | null
  facilityPowerKW: number | null
  capex: number | null
  tco: number | null
  meetsDeadline: boolean | null
  meetsBudget: boolean | null
  meetsPowerCap: boolean | null
  meetsLatency: boolean | null
  meetsMemory: boolean | null
  meetsRackPower: boolean | null
  /** In the plan's market (null when the plan names none, or for the planner's own cards). */
  availability: Availability | null
  /** Not sold in the plan's market: kept out of the recommendation, shown greyed. */
  excluded: boolean
  /** No price known: stays in the table as "price needed", not ranked. */
  priceNeeded: boolean
  feasible: boolean
  /** Feasible and priced: takes part in the ranking. */
  ranked: boolean
  /** Every target that failed, in words with the numbers. */
  failures: Note[]
  /** Targets that held, with the numbers (the "why" of a recommendation). */
  passes: Note[]
  /** Worth knowing, not disqualifying (availability unknown, a note on the fact). */
  cautions: Note[]
  /** Bought as this complete system (the group's cards are bought as systems): one line. */
  completeSystem?: { id: string; name: string; nameZh?: string }
}

export interface CompareGroup {
  id: string
  workloadIds: string[]
  /** Workload names (or ids), joined, for sentences. */
  label: string
  candidates: CompareCandidate[]
  recommended: string | null
  reason: Note
  notRanked: {
    total: number
    noPrice: number
    excluded: number
    infeasible: number
    notEvaluable: number
  }
  /** The sentence on the candidates left out of the ranking (null when none were). */
  notRankedNote: Note | null
  /** Accelerators the plan buys for these workloads today (what the quote prices). */
  quoted: { ids: string[]; names: string[] }
  /** Whether the quote prices the recommendation (null without a recommendation). */
  agreesWithQuote: boolean | null
  /** The Summary/Results sentence on quote and recommendation. */
  quoteNote: Note | null
}

export interface CompareResult {
  rankedBy: 'tco'
  market: Market | null
  grouping: CompareGrouping
  groups: CompareGroup[]
  /** Every group's candidates, one list (each row names its group). */
  candidates: CompareCandidate[]
  /** The recommendation when there is one group (per group otherwise). */
  recommended: string | null
  reason: Note
}

const THROUGHPUT_METRICS = [
  'outputTokensPerSecond',
  'imagesPerSecond',
  'streamsPerAccelerator'
] as const

function candidateList(plan: PlanDocument, catalog: Catalog): ResolvedAccelerator[] {
  const inventory = inventoryMap(plan)
  const prices = plan.compare.prices ?? {}
  if (plan.compare.candidates.length > 0) {
    return plan.compare.candidates
      .map((id) => acceleratorById(id, catalog, inventory, prices))
      .filter((a): a is ResolvedAccelerator => a !== undefined)
  }
  const own = (plan.inventory ?? []).map((entry) => inventoryAccelerator(entry, catalog))
  const ownIds = new Set(own.map((a) => a.id))
  const fromCatalog = [...catalog.accelerators.keys()]
    .filter((id) => !ownIds.has(id))
    .map((id) => acceleratorById(id, catalog, inventory, prices))
    .filter((a): a is ResolvedAccelerator => a !== undefined)
  return [...own, ...fromCatalog]
}

/** Figures in sentences: whole numbers from 100, one decimal from 10, two below. */
export function roundForText(x: number): number {
  const a = Math.abs(x)
  const digits = a >= 100 ? 0 : a >= 10 ? 1 : 2
  const f = 10 ** digits
  return Math.round(x * f) / f
}

// One formatter for every figure: `toLocaleString` builds a new one per call, which is
// most of a candidate's cost when thousands of candidates each state a budget.
const MONEY = new Intl.NumberFormat('en-US')

function money(x: number): string {
  return MONEY.format(Math.round(x))
}

function workloadLabel(w: Workload): string {
  return w.name !== undefined && w.name.trim() !== '' ? w.name : w.id
}

type Result = Record<string, unknown>

function numberField(result: Result, key: string): number | null {
  const v = result[key]
  return typeof v === 'number' && Number.isFinite(v) ? v : null
}

/**
 * The replica's split. Results that carry tensor/pipeline/expert ways give them; otherwise
 * a replica is one tensor-parallel group of `acceleratorsPerReplica` cards.
 */
function splitOf(result: Result): ParallelSplit | null {
  const nested = result.split ?? result.parallel
  if (nested && typeof nested === 'object') {
    const s = nested as Result
    const tensor = numberField(s, 'tensor') ?? numberField(s, 'tp')
    if (tensor !== null)
      return {
        tensor,
        pipeline: numberField(s, 'pipeline') ?? numberField(s, 'pp') ?? 1,
        expert: numberField(s, 'expert') ?? numberField(s, 'ep') ?? 1
      }
  }
  const tensor = numberField(result, 'tensorParallel')
  if (tensor !== null)
    return {
      tensor,
      pipeline: numberField(result, 'pipelineParallel') ?? 1,
      expert: numberField(result, 'expertParallel') ?? 1
    }
  const perReplica = numberField(result, 'acceleratorsPerReplica')
  return perReplica === null ? null : { tensor: perReplica, pipeline: 1, expert: 1 }
}

function sameSplit(a: ParallelSplit, b: ParallelSplit): boolean {
  return a.tensor === b.tensor && a.pipeline === b.pipeline && a.expert === b.expert
}

/** Memory per card a workload needs when the result says it does not fit (else null). */
function memoryShortfall(result: Result): number | null {
  if (result.fitsInMemory === false || result.memoryFits === false) {
    const perCard = result.memoryPerAcceleratorGB
    if (perCard && typeof perCard === 'object') return numberField(perCard as Result, 'total')
    return numberField(result, 'memoryPerAcceleratorGB') ?? Number.NaN
  }
  return null
}

interface Checks {
  failures: Note[]
  passes: Note[]
}

/** Whether one latency figure holds its target, with the note saying so (null: no target). */
function checkLatencyLimit(
  label: string,
  name: 'ttft' | 'tpot',
  limit: number | undefined,
  value: number | null,
  checks: Checks
): boolean | null {
  if (limit === undefined || value === null) return null
  const params = { workload: label, value: roundForText(value), limit }
  const ok = !(value > limit)
  if (ok) checks.passes.push({ key: `compare.passes.${name}`, params })
  else checks.failures.push({ key: `compare.reasons.${name}`, params })
  return ok
}

function checkLatency(
  { w, label }: GroupWorkload,
  row: CandidateWorkload,
  checks: Checks
): boolean | null {
  if (w.kind !== 'llm-inference' || !w.target) return null
  const target = w.target
  const ttft = checkLatencyLimit(
    label,
    'ttft',
    target.maxTimeToFirstTokenMs,
    row.timeToFirstTokenMs,
    checks
  )
  const tpot = checkLatencyLimit(
    label,
    'tpot',
    target.maxTimePerOutputTokenMs,
    row.timePerOutputTokenMs,
    checks
  )
  if (ttft === null && tpot === null) return null
  return ttft !== false && tpot !== false
}

/** A workload of a group, with what every candidate reads of it worked out once. */
interface GroupWorkload {
  w: Workload
  index: number
  /** Its name (or id) as sentences give it. */
  label: string
}

interface GroupSpec {
  id: string
  workloads: GroupWorkload[]
}

function groupsOf(plan: PlanDocument, grouping: CompareGrouping): GroupSpec[] {
  const all = plan.workloads.map((w, index) => ({ w, index, label: workloadLabel(w) }))
  if (grouping === 'plan') return [{ id: 'plan', workloads: all }]
  if (grouping === 'kind') {
    const byKind = new Map<string, GroupSpec>()
    for (const item of all) {
      const group = byKind.get(item.w.kind) ?? { id: `kind:${item.w.kind}`, workloads: [] }
      group.workloads.push(item)
      byKind.set(item.w.kind, group)
    }
    return [...byKind.values()]
  }
  return all.map((item) => ({ id: `workload:${item.w.id}`, workloads: [item] }))
}

type CandidateBase = Pick<
  CompareCandidate,
  | 'groupId'
  | 'acceleratorId'
  | 'name'
  | 'nameZh'
  | 'vendor'
  | 'origin'
  | 'availability'
  | 'excluded'
  | 'cautions'
>

/**
 * The base fields, written out rather than spread: V8 builds `{ ...base, <30 more> }` (or
 * any literal with a spread before its last key, such as an optional `nameZh`) on a slow
 * path, about 2.5 µs a row — 1,320 rows in the issue 14 benchmark. Same keys, same order
 * (evaluateCandidate does the same).
 */
function notEvaluable(base: CandidateBase, reason: Note, failures: Note[]): CompareCandidate {
  return {
    groupId: base.groupId,
    acceleratorId: base.acceleratorId,
    name: base.name,
    nameZh: base.nameZh,
    vendor: base.vendor,
    origin: base.origin,
    availability: base.availability,
    excluded: base.excluded,
    cautions: base.cautions,
    evaluable: false,
    reason,
    accelerators: null,
    servers: null,
    split: null,
    replicas: null,
    timeToFirstTokenMs: null,
    timePerOutputTokenMs: null,
    workloads: [],
    maxDays: null,
    itPowerKW: null,
    facilityPowerKW: null,
    capex: null,
    tco: null,
    meetsDeadline: null,
    meetsBudget: null,
    meetsPowerCap: null,
    meetsLatency: null,
    meetsMemory: null,
    meetsRackPower: null,
    priceNeeded: false,
    feasible: false,
    ranked: false,
    failures: [...failures, ...(base.excluded ? [marketReason(base.availability)] : [])],
    passes: []
  }
}

function marketReason(availability: Availability | null): Note {
  if (!availability) return { key: 'compare.reasons.notSold', params: {} }
  return {
    key: `compare.reasons.${availability.status}.${availability.market}`,
    params: { date: availability.date, source: availability.source }
  }
}

interface MarketFit {
  availability: Availability | null
  excluded: boolean
  cautions: Note[]
}

/** A card resolved once per compare, with its standing in the plan's market. */
interface Candidate {
  accelerator: ResolvedAccelerator
  market: MarketFit
}

function availabilityFor(plan: PlanDocument, accelerator: ResolvedAccelerator): MarketFit {
  const market = plan.settings.market
  // The planner's own cards are already bought: the market does not apply to them.
  if (market === undefined || accelerator.origin !== 'catalog')
    return { availability: null, excluded: false, cautions: [] }
  const availability = availabilityOf(accelerator.id, market, plan.compare.availability)
  const cautions: Note[] = []
  if (availability.status === 'unknown')
    cautions.push({ key: `compare.cautions.unknown.${market}`, params: {} })
  if (availability.status === 'available' && availability.note !== undefined)
    cautions.push({ key: 'compare.cautions.note', params: { note: availability.note } })
  return { availability, excluded: excludes(availability.status), cautions }
}

/** A plan constraint with its figure as sentences show it, formatted once per compare. */
interface Limit {
  value: number
  shown: string | number
  show: (x: number) => string | number
}

interface Limits {
  deadline?: Limit
  budget?: Limit
  powerCap?: Limit
}

function limitsOf(plan: PlanDocument): Limits {
  const limit = (value: number | undefined, show: Limit['show']): Limit | undefined =>
    value === undefined ? undefined : { value, shown: show(value), show }
  const { deadlineDays, budget, powerCapKW } = plan.constraints
  return {
    deadline: limit(deadlineDays, roundForText),
    budget: limit(budget, money),
    powerCap: limit(powerCapKW, roundForText)
  }
}

/** Which constraint a check is of, and the message keys it speaks with. */
const CONSTRAINT_KEYS = {
  deadline: {
    unknown: 'compare.reasons.deadlineUnknown',
    pass: 'compare.passes.deadline',
    fail: 'compare.reasons.deadline'
  },
  budget: {
    unknown: 'compare.reasons.budgetUnknown',
    pass: 'compare.passes.budget',
    fail: 'compare.reasons.budget'
  },
  powerCap: {
    unknown: 'compare.reasons.powerCapUnknown',
    pass: 'compare.passes.powerCap',
    fail: 'compare.reasons.powerCap'
  }
} as const

/** Whether a plan constraint holds, with the note saying so (null: the plan sets none). */
function checkConstraint(
  name: keyof typeof CONSTRAINT_KEYS,
  limit: Limit | undefined,
  value: number | null,
  currency: string,
  checks: Checks
): boolean | null {
  if (limit === undefined) return null
  const keys = CONSTRAINT_KEYS[name]
  if (value === null) {
    checks.failures.push({ key: keys.unknown, params: { limit: limit.shown } })
    return false
  }
  // A run's duration goes out as raw days under `valueDays`: the message shows it in the
  // unit its size calls for (2.1 小时, not 0.08633 天; i18n/message-params.ts).
  const params: Record<string, string | number> =
    name === 'deadline'
      ? { valueDays: value, limit: limit.shown }
      : { value: limit.show(value), limit: limit.shown, currency }
  const ok = value <= limit.value
  if (ok) checks.passes.push({ key: keys.pass, params })
  else checks.failures.push({ key: keys.fail, params })
  return ok
}

/** Output tokens/s, images/s or streams per card: the first of them the result has. */
function throughputOf(metrics: Record<string, number>): number | null {
  for (const key of THROUGHPUT_METRICS) if (metrics[key] !== undefined) return metrics[key]
  return null
}

/**
 * One candidate card for one group: each workload evaluated on it (numbers only), rolled up
 * as the plan would buy it, every target checked. The group's figures (longest run, slowest
 * latency, common split, replicas) are gathered in the same pass over its workloads: compare
 * mode builds one row per workload × card, and each intermediate list was garbage to collect.
 */
function evaluateCandidate(
  plan: PlanDocument,
  catalog: Catalog,
  group: GroupSpec,
  { accelerator, market }: Candidate,
  limits: Limits,
  systemNote: Note | null
): CompareCandidate {
  const base: CandidateBase = {
    groupId: group.id,
    acceleratorId: accelerator.id,
    name: accelerator.spec.name,
    nameZh: accelerator.spec.nameZh,
    vendor: accelerator.spec.vendor,
    origin: accelerator.origin === 'inventory' ? 'inventory' : 'catalog',
    availability: market.availability,
    excluded: market.excluded,
    // Each row its own list: rows of different groups share the card's market fact only.
    cautions: systemNote ? [...market.cautions, systemNote] : [...market.cautions]
  }
  const workloads: CandidateWorkload[] = []
  const demand: RollupDemand[] = []
  const checks: Checks = { failures: [], passes: [] }
  let meetsLatency: boolean | null = null
  let meetsMemory: boolean | null = null
  let maxDays: number | null = null
  // Latency: the slowest of the workloads that report a time to first token.
  let worstTtft: number | null = null
  let worstTpot: number | null = null
  let split: ParallelSplit | null = null
  let splitsAgree = true
  let replicas: number | null = 0
  const poolNotes: Note[] = []
  for (const item of group.workloads) {
    const { w, index, label } = item
    const evaluation = evaluateQuick(plan, w, index, accelerator, catalog)
    if (!evaluation.ok) {
      const reason = { key: evaluation.issue.messageKey, params: evaluation.issue.params }
      // The workload, then the core's own message (translated in both languages).
      return notEvaluable(base, reason, [
        { key: 'compare.reasons.notEvaluable', params: { workload: label } },
        { key: evaluation.issue.messageKey, params: { ...evaluation.issue.params } }
      ])
    }
    const metrics = evaluation.outcome.metrics
    const result = evaluation.outcome.result as unknown as Result
    const row: CandidateWorkload = {
      id: w.id,
      accelerators: metrics.accelerators,
      days: metrics.days ?? null,
      throughput: throughputOf(metrics),
      replicas: numberField(result, 'replicas'),
      split: w.kind === 'llm-inference' ? splitOf(result) : null,
      timeToFirstTokenMs: numberField(result, 'timeToFirstTokenMs'),
      timePerOutputTokenMs: numberField(result, 'timePerOutputTokenMs')
    }
    workloads.push(row)
    if (row.days !== null) maxDays = maxDays === null ? row.days : Math.max(maxDays, row.days)
    if (row.timeToFirstTokenMs !== null) {
      const ttft = row.timeToFirstTokenMs
      const tpot = row.timePerOutputTokenMs ?? 0
      worstTtft = worstTtft === null ? ttft : Math.max(worstTtft, ttft)
      worstTpot = worstTpot === null ? tpot : Math.max(worstTpot, tpot)
    }
    if (row.split !== null) {
      if (split === null) split = row.split
      else if (!sameSplit(row.split, split)) splitsAgree = false
    }
    replicas = replicas === null || row.replicas === null ? null : replicas + row.replicas
    // The same pool as the plan's roll-up (issue 19): scheduled workloads share cards.
    const pool = workloadPool(w, metrics.days, poolNotes)
    const need: RollupDemand = { accelerator, workloadId: w.id, accelerators: metrics.accelerators }
    if (pool) need.pool = pool
    demand.push(need)

    const shortfall = memoryShortfall(result)
    if (shortfall !== null) {
      meetsMemory = false
      checks.failures.push({
        key: 'compare.reasons.memory',
        params: {
          workload: label,
          value: Number.isNaN(shortfall) ? '?' : roundForText(shortfall),
          limit: accelerator.spec.memoryGB ?? '?'
        }
      })
    } else meetsMemory ??= true
    const latency = checkLatency(item, row, checks)
    if (latency !== null) meetsLatency = (meetsLatency ?? true) && latency
  }
  const settings = plan.settings
  const totals = rollupPlan(demand, catalog, settings, plan.assumptionOverrides, false)
  // What the pool says about schedules (counted as always on, turns beyond a year): worth
  // knowing, as on Results, not disqualifying.
  for (const g of totals.byAccelerator)
    for (const note of g.warnings) if (note.key.startsWith('pooling.')) poolNotes.push(note)
  base.cautions.push(...poolNotes)
  const currency = settings.currency
  const meetsDeadline = checkConstraint('deadline', limits.deadline, maxDays, currency, checks)
  const meetsBudget = checkConstraint('budget', limits.budget, totals.capex, currency, checks)
  const meetsPowerCap = checkConstraint(
    'powerCap',
    limits.powerCap,
    totals.facilityPowerKW,
    currency,
    checks
  )
  let meetsRackPower: boolean | null = null
  for (const g of totals.byAccelerator) {
    if (g.serverPowerKW === null) continue
    const params = {
      server: g.server.name,
      value: roundForText(g.serverPowerKW),
      limit: settings.rackPowerLimitKW
    }
    const ok = g.serverPowerKW <= settings.rackPowerLimitKW
    meetsRackPower = (meetsRackPower ?? true) && ok
    if (!ok) checks.failures.push({ key: 'compare.reasons.rackPower', params })
  }
  if (market.excluded) checks.failures.push(marketReason(market.availability))

  const feasible = checks.failures.length === 0
  const priceNeeded = totals.tco === null
  const candidate: CompareCandidate = {
    groupId: base.groupId,
    acceleratorId: base.acceleratorId,
    name: base.name,
    nameZh: base.nameZh,
    vendor: base.vendor,
    origin: base.origin,
    availability: base.availability,
    excluded: base.excluded,
    cautions: base.cautions,
    evaluable: true,
    reason: null,
    accelerators: totals.accelerators,
    servers: totals.servers,
    split: splitsAgree ? split : null,
    replicas,
    timeToFirstTokenMs: worstTtft,
    timePerOutputTokenMs: worstTpot,
    workloads,
    maxDays,
    itPowerKW: totals.itPowerKW,
    facilityPowerKW: totals.facilityPowerKW,
    capex: totals.capex,
    tco: totals.tco,
    meetsDeadline,
    meetsBudget,
    meetsPowerCap,
    meetsLatency,
    meetsMemory,
    meetsRackPower,
    priceNeeded,
    feasible,
    ranked: feasible && !priceNeeded,
    failures: checks.failures,
    passes: checks.passes
  }
  const system = totals.byAccelerator[0]?.completeSystem
  if (system) {
    const { accelerators: _inside, ...named } = system
    candidate.completeSystem = named
  }
  return candidate
}

interface Quoted {
  ids: string[]
  names: string[]
  /** The quoted cards the catalog or inventory knows (complete-system choices are by card). */
  accelerators: ResolvedAccelerator[]
}

function quotedFor(plan: PlanDocument, catalog: Catalog, group: GroupSpec): Quoted {
  const ids: string[] = []
  const names: string[] = []
  const accelerators: ResolvedAccelerator[] = []
  const inventory = inventoryMap(plan)
  for (const { w } of group.workloads) {
    const ref = w.accelerator
    const id = typeof ref === 'string' ? ref : `inline:${w.id}`
    if (ids.includes(id)) continue
    ids.push(id)
    const known = typeof ref === 'string' ? acceleratorById(ref, catalog, inventory) : undefined
    if (known) accelerators.push(known)
    names.push(typeof ref === 'string' ? (known?.spec.name ?? ref) : ref.name)
  }
  return { ids, names, accelerators }
}

/** Per card, how it is bought where a group buys complete systems (worked out once). */
type SystemChoices = Map<string, SystemChoice>

function compareGroup(
  plan: PlanDocument,
  catalog: Catalog,
  group: GroupSpec,
  cards: readonly Candidate[],
  limits: Limits,
  systemChoices: SystemChoices
): CompareGroup {
  const label = group.workloads.map((x) => x.label).join(', ')
  const quoted = quotedFor(plan, catalog, group)
  const buysSystems = buysCompleteSystems(plan, catalog, quoted.accelerators)
  const candidates = cards.map((card) => {
    if (!buysSystems) return evaluateCandidate(plan, catalog, group, card, limits, null)
    const id = card.accelerator.id
    let choice = systemChoices.get(id)
    if (!choice) {
      choice = candidateAsSystem(plan, catalog, card.accelerator)
      systemChoices.set(id, choice)
    }
    return evaluateCandidate(choice.plan, catalog, group, card, limits, choice.caution)
  })
  const ranked = candidates.filter((c) => c.ranked)
  ranked.sort((a, b) => (a.tco ?? Infinity) - (b.tco ?? Infinity))
  const best = ranked[0]
  const left = candidates.filter((c) => !c.ranked)
  const notRanked = {
    total: left.length,
    notEvaluable: left.filter((c) => !c.evaluable).length,
    excluded: left.filter((c) => c.evaluable && c.excluded).length,
    infeasible: left.filter((c) => c.evaluable && !c.excluded && !c.feasible).length,
    noPrice: left.filter((c) => c.evaluable && c.feasible && c.priceNeeded).length
  }
  const agrees = best ? quoted.ids.length === 1 && quoted.ids[0] === best.acceleratorId : null
  let quoteNote: Note | null = null
  if (best)
    quoteNote = {
      key: agrees ? 'compare.quote.agrees' : 'compare.quote.disagrees',
      params: { group: label, recommended: best.name, quoted: quoted.names.join(', ') }
    }
  return {
    id: group.id,
    workloadIds: group.workloads.map(({ w }) => w.id),
    label,
    candidates,
    recommended: best?.acceleratorId ?? null,
    reason: best
      ? {
          key: 'compare.recommendation.cheapest',
          params: {
            name: best.name,
            group: label,
            tco: money(best.tco ?? 0),
            currency: plan.settings.currency
          }
        }
      : { key: 'compare.recommendation.none', params: { group: label } },
    notRanked,
    notRankedNote:
      notRanked.total === 0
        ? null
        : {
            key: 'compare.recommendation.notRanked',
            params: { ...notRanked, candidates: candidates.length }
          },
    quoted: { ids: quoted.ids, names: quoted.names },
    agreesWithQuote: agrees,
    quoteNote
  }
}

export function comparePlan(plan: PlanDocument, catalog: Catalog): CompareResult {
  const grouping = plan.compare.grouping ?? 'workload'
  // Cards and their market standing are the same for every group: resolve them once.
  const cards = candidateList(plan, catalog).map((accelerator) => ({
    accelerator,
    market: availabilityFor(plan, accelerator)
  }))
  const limits = limitsOf(plan)
  const systemChoices: SystemChoices = new Map()
  const groups = groupsOf(plan, grouping).map((g) =>
    compareGroup(plan, catalog, g, cards, limits, systemChoices)
  )
  const single = groups.length === 1 ? groups[0] : undefined
  const recommendedCount = groups.filter((g) => g.recommended !== null).length
  return {
    rankedBy: 'tco',
    market: plan.settings.market ?? null,
    grouping,
    groups,
    candidates: groups.flatMap((g) => g.candidates),
    recommended: single?.recommended ?? null,
    reason: single
      ? single.reason
      : {
          key: 'compare.recommendation.perGroup',
          params: { groups: groups.length, recommended: recommendedCount }
        }
  }
}
