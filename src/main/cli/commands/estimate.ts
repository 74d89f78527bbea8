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
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { ServiceError } from '../../../shared/ipc/envelope'
import { assignInventoryIds, toPlanInventory } from '../../../shared/inventory/to-plan'
import type { PlanDocument } from '../../../shared/schema/plan'
import { importInventory } from '../../services/inventory/import-inventory'
import { formatLocation } from '../../services/inventory/issues'
import { writeQuoteForPlan } from './quote-option'

export interface EstimateIO {
  out: (s: string) => void
  err: (s: string) => void
  readFile: (p: string) => Promise<string>
  /** Needed only for --inventory (spreadsheets are binary). */
  readBytes?: (p: string) => Promise<Buffer>
}

const EXIT_OK = 0
const EXIT_FAILURE = 1
const EXIT_INVALID = 2

const USAGE =
  'Usage: compute-planner estimate PLAN.cplan [--inventory FILE] [--json] [--quote OUT.xlsx|OUT.csv]\n'

interface Options {
  planPath: string
  json: boolean
  quotePath?: string
  inventoryPath?: string
}

function parseArgs(args: string[]): Options | string {
  let planPath: string | undefined
  let json = false
  let quotePath: string | undefined
  let inventoryPath: string | undefined
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg === '--json') json = true
    else if (arg === '--quote' || arg === '--inventory') {
      const value = args[++i]
      if (value === undefined || value.startsWith('-')) return `${arg} needs a file name`
      if (arg === '--quote') quotePath = value
      else inventoryPath = value
    } else if (arg.startsWith('-')) return `unknown option ${arg}`
    else if (planPath === undefined) planPath = arg
    else return `unexpected argument ${arg}`
  }
  if (planPath === undefined) return 'missing PLAN file'
  return { planPath, json, quotePath, inventoryPath }
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
  let plan = read.plan
  if (options.inventoryPath) {
    const merged = await mergeInventoryFile(plan, options.inventoryPath, io)
    if (typeof merged === 'number') return merged
    plan = merged
  }
  const result = estimatePlan(plan)
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
  if (options.quotePath) {
    // With --json, stdout carries only the JSON object; the confirmation goes to stderr.
    const quoteIO = options.json ? { out: io.err, err: io.err } : io
    return writeQuoteForPlan(plan, options.planPath, options.quotePath, quoteIO)
  }
  return EXIT_OK
}

/**
 * --inventory FILE: imports the spreadsheet with the app's import service and adds its
 * accepted accelerators to the plan's inventory (compare-mode candidates, usable by id).
 * Rejections and warnings are reported on stderr with their locations.
 */
async function mergeInventoryFile(
  plan: PlanDocument,
  path: string,
  io: EstimateIO
): Promise<PlanDocument | number> {
  let bytes: Buffer
  try {
    bytes = await (io.readBytes ?? ((p: string) => readFile(p)))(path)
  } catch (error) {
    io.err(
      `${path}: cannot read the file (${error instanceof Error ? error.message : String(error)})\n`
    )
    return EXIT_INVALID
  }
  let outcome: Awaited<ReturnType<typeof importInventory>>
  try {
    outcome = await importInventory({ file: basename(path), bytes })
  } catch (error) {
    if (error instanceof ServiceError) {
      io.err(`${error.message}\n`)
      return EXIT_INVALID
    }
    throw error
  }
  const { counts } = outcome.report
  io.err(
    `${path}: ${counts.rowsRead} rows read: ${counts.accepted + counts.acceptedWithWarnings} accepted, ${counts.rejected} rejected\n`
  )
  const issues = [...outcome.report.fileIssues, ...outcome.rows.flatMap((row) => row.issues)]
  for (const issue of issues)
    io.err(`  ${issue.severity}: ${formatLocation(issue.location)}: ${issue.message}\n`)
  const accepted = outcome.rows.filter((row) => row.item && row.outcome !== 'rejected')
  const taken = new Set((plan.inventory ?? []).map((entry) => entry.id))
  const items = assignInventoryIds(
    accepted.map((row) => row.item!),
    taken
  )
  const conversion = toPlanInventory(items)
  for (const skipped of conversion.skipped)
    io.err(`  ${path}: ${skipped.id} not added to the plan (${skipped.reason})\n`)
  for (const field of conversion.unconfirmedSparse)
    io.err(`  ${path}: ${field} left out: marked sparse and not confirmed as dense\n`)
  return { ...plan, inventory: [...(plan.inventory ?? []), ...conversion.entries] }
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
    case 'llm-finetuning': {
      const memory = r.memoryPerAcceleratorGB as { total: number }
      parts.push(`${number(memory.total)} GB/card`, `${number(get('days'))} days`)
      break
    }
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
