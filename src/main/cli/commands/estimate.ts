/**
 * `compute-planner estimate PLAN.cplan [--json]`: runs the calculation core on a plan file.
 * Prints a readable table, or with --json exactly
 * `{ "workloads": [ { "id", "kind", "accelerator", "result" } ], "totals": {...} }`
 * (compare mode, when the plan enables it, is under `totals.compare`).
 * Exit codes: 0 ok, 1 failure, 2 invalid input (each message names the JSON path).
 */
import { estimatePlan, type EstimateResult, type WorkloadEstimate } from '../../../shared/core'
import { readPlanText } from '../../../shared/schema/plan-file'
import { formatIssue } from '../../../shared/schema/plan'
import { translate } from '../../../shared/i18n'

export interface EstimateIO {
  out: (s: string) => void
  err: (s: string) => void
  readFile: (p: string) => Promise<string>
}

const EXIT_OK = 0
const EXIT_FAILURE = 1
const EXIT_INVALID = 2

const USAGE = 'Usage: compute-planner estimate PLAN.cplan [--json]\n'

interface Options {
  planPath: string
  json: boolean
}

function parseArgs(args: string[]): Options | string {
  let planPath: string | undefined
  let json = false
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg === '--json') json = true
    else if (arg === '--inventory' || arg === '--quote')
      return `${arg} is not available in this build of the estimate command`
    else if (arg.startsWith('-')) return `unknown option ${arg}`
    else if (planPath === undefined) planPath = arg
    else return `unexpected argument ${arg}`
  }
  if (planPath === undefined) return 'missing PLAN file'
  return { planPath, json }
}

export async function runEstimate(args: string[], io: EstimateIO): Promise<number> {
  const options = parseArgs(args)
  if (typeof options === 'string') {
    io.err(`estimate: ${options}\n${USAGE}`)
    return EXIT_INVALID
  }
  let text: string
  try {
    text = await io.readFile(options.planPath)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    io.err(`${options.planPath}: cannot read the file (${detail})\n`)
    return EXIT_INVALID
  }

  const read = readPlanText(text)
  if (!read.ok) {
    for (const issue of read.error.issues)
      io.err(`${options.planPath}: ${issue.path || '(document)'}: ${issue.message}\n`)
    return EXIT_INVALID
  }
  const result = estimatePlan(read.plan)
  if (!result.ok) {
    for (const issue of result.issues) io.err(`${options.planPath}: ${formatIssue(issue)}\n`)
    return EXIT_INVALID
  }
  try {
    io.out(options.json ? `${JSON.stringify(toJson(result), null, 2)}\n` : renderTable(result))
  } catch (error) {
    io.err(`estimate: ${error instanceof Error ? error.message : String(error)}\n`)
    return EXIT_FAILURE
  }
  return EXIT_OK
}

export function toJson(result: EstimateResult): {
  workloads: { id: string; kind: string; accelerator: string; result: unknown }[]
  totals: Record<string, unknown>
} {
  return {
    workloads: result.workloads.map((w) => ({
      id: w.id,
      kind: w.kind,
      accelerator: w.accelerator,
      result: w.result
    })),
    totals: { ...(result.totals ?? {}), ...(result.compare ? { compare: result.compare } : {}) }
  }
}

// ---------------------------------------------------------------------------- table

const number = (value: number | null | undefined, digits = 1): string => {
  if (value === null || value === undefined) return '—'
  if (Math.abs(value) >= 1e6 || (Math.abs(value) < 0.01 && value !== 0))
    return value.toExponential(3)
  return value.toLocaleString('en-US', { maximumFractionDigits: digits })
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)))
  return rows
    .map((r) =>
      r
        .map((cell, c) => cell.padEnd(widths[c]))
        .join('  ')
        .trimEnd()
    )
    .join('\n')
}

function headline(w: WorkloadEstimate): string {
  const r = w.result as unknown as Record<string, unknown> & {
    ranges: Record<string, { low: number; high: number }>
  }
  const get = (key: string) => r[key] as number | undefined
  const parts: string[] = []
  switch (w.kind) {
    case 'llm-inference': {
      const memory = r.memory as { totalGB: number }
      parts.push(
        `${number(memory.totalGB)} GB/replica`,
        `${number(get('outputTokensPerSecond'))} tok/s/replica`
      )
      break
    }
    case 'llm-training':
      parts.push(`${number(get('days'))} days`, `${number(get('pfDays'), 0)} PF-days`)
      break
    case 'vision-training':
      parts.push(`${number(get('days'))} days`, `${number(get('provisionedPflops'), 2)} PFLOPS`)
      break
    case 'video-analytics':
      parts.push(`${number(get('streamsPerAccelerator'), 0)} streams/card (${String(r.binding)})`)
      break
    case 'custom':
      parts.push(`${number(get('days'))} days`)
      break
  }
  const days = r.ranges.days
  if (days) parts.push(`days ${number(days.low)}–${number(days.high)}`)
  return parts.join(', ')
}

export function renderTable(result: EstimateResult): string {
  const lines: string[] = []
  const rows = [['workload', 'kind', 'accelerator', 'cards', 'range', 'key figures']]
  for (const w of result.workloads) {
    const cards = w.result.ranges.accelerators
    rows.push([
      w.id,
      w.kind,
      w.acceleratorName,
      number(w.result.accelerators, 0),
      cards ? `${number(cards.low, 0)}–${number(cards.high, 0)}` : '',
      headline(w)
    ])
  }
  lines.push(table(rows), '')
  const totals = result.totals
  if (totals) {
    const groupRows = [
      [
        'accelerator',
        'cards',
        'servers',
        'racks',
        'IT kW',
        'facility kW',
        `capex ${totals.currency}`,
        `TCO ${totals.currency}`
      ]
    ]
    for (const g of totals.byAccelerator) {
      groupRows.push([
        g.acceleratorName,
        number(g.accelerators, 0),
        `${number(g.servers, 0)} × ${g.server.name}`,
        number(g.racks, 0),
        number(g.itPowerKW),
        number(g.facilityPowerKW),
        number(g.capex, 0),
        number(g.tco, 0)
      ])
    }
    groupRows.push([
      'total',
      number(totals.accelerators, 0),
      number(totals.servers, 0),
      number(totals.racks, 0),
      number(totals.itPowerKW),
      number(totals.facilityPowerKW),
      number(totals.capex, 0) + (totals.costComplete ? '' : ' (partial)'),
      number(totals.tco, 0) + (totals.costComplete ? '' : ' (partial)')
    ])
    lines.push(
      table(groupRows),
      '',
      `Energy: ${number(totals.energyMWhPerYear)} MWh/year over ${totals.years} years.`
    )
  }
  if (result.compare) {
    const c = result.compare
    const best = c.recommended
      ? c.candidates.find((x) => x.acceleratorId === c.recommended)
      : undefined
    lines.push(
      '',
      `Compare (${c.candidates.length} candidates): ${translate('en', c.reason.key, c.reason.params)}`
    )
    if (best)
      lines.push(
        `  ${best.name}: ${number(best.accelerators, 0)} cards, TCO ${number(best.tco, 0)}`
      )
  }
  const notes = result.workloads.flatMap((w) =>
    w.result.warnings.map((n) => `  ${w.id}: ${translate('en', n.key, n.params)}`)
  )
  const groupNotes = (totals?.byAccelerator ?? []).flatMap((g) =>
    g.warnings.map((n) => `  ${translate('en', n.key, n.params)}`)
  )
  if (notes.length + groupNotes.length > 0) lines.push('', 'Notes:', ...notes, ...groupNotes)
  return `${lines.join('\n')}\n`
}
