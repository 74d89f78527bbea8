/**
 * `compute-planner estimate PLAN.cplan [--json]`: runs the calculation core on a plan file.
 * Prints a readable table, or with --json exactly
 * `{ "workloads": [ { "id", "kind", "accelerator", "result" } ], "totals": {...} }`
 * (compare mode, when the plan enables it, is under `totals.compare`).
 * Exit codes: 0 ok, 1 failure, 2 invalid input (each message names the JSON path); with
 * --json a failure also prints `{ "error": … }` on stdout. Words follow --lang or the locale.
 */
import { estimatePlan, type EstimateResult, type WorkloadEstimate } from '../../../shared/core'
import { MAX_PLAN_FILE_BYTES, readPlanText } from '../../../shared/schema/plan-file'
import { translate, type Locale } from '../../../shared/i18n'
import { catalogName } from '../../../shared/i18n/catalog-names'
import { durationParts, durationUnitFor, formatDuration } from '../../../shared/format/duration'
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { ServiceError } from '../../../shared/ipc/envelope'
import { assignInventoryIds, toPlanInventory } from '../../../shared/inventory/to-plan'
import type { PlanDocument } from '../../../shared/schema/plan'
import type { QuoteLanguage } from '../../../shared/schema/quote'
import { importInventory } from '../../services/inventory/import-inventory'
import { describeLocation, formatLocation, InventoryError } from '../../services/inventory/issues'
import { LIMITS as INVENTORY_LIMITS } from '../../services/inventory/limits'
import { checkFileSize } from '../files'
import { environmentLocale, parseCliLanguage } from '../locale'
import { alignColumns, terminalJson, terminalSafeSink } from '../terminal'
import { CatalogMatcher } from '../../services/inventory/catalog-match'
import { builtInCatalogEntries } from '../../services/inventory/catalog-source'
import { categoriesNeedingPrice } from '../../../shared/quote/priced-total'
import { COST_CATEGORIES } from '../../../shared/core/cluster/parts'
import { writeQuoteForPlan } from './quote-option'
import { compareJson, writeReportForPlan } from './report-option'

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

interface Options {
  planPath: string
  json: boolean
  quotePath?: string
  inventoryPath?: string
  reportPath?: string
  /** --lang; absent: the environment's locale. */
  language?: QuoteLanguage
}

type ParseProblem = { key: string; params: Record<string, string> }

function parseArgs(args: string[]): Options | ParseProblem {
  let planPath: string | undefined
  let json = false
  let quotePath: string | undefined
  let inventoryPath: string | undefined
  let reportPath: string | undefined
  let language: QuoteLanguage | undefined
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg === '--json') json = true
    else if (arg === '--lang') {
      const value = args[++i]
      const parsed = parseCliLanguage(value)
      if (!parsed) return { key: 'cli.estimate.badLang', params: { value: value ?? '' } }
      language = parsed
    } else if (arg === '--quote' || arg === '--inventory' || arg === '--report') {
      const value = args[++i]
      if (value === undefined || value.startsWith('-'))
        return { key: 'cli.estimate.needsFile', params: { option: arg } }
      if (arg === '--quote') quotePath = value
      else if (arg === '--report') reportPath = value
      else inventoryPath = value
    } else if (arg.startsWith('-'))
      return { key: 'cli.estimate.unknownOption', params: { option: arg } }
    else if (planPath === undefined) planPath = arg
    else return { key: 'cli.estimate.unexpected', params: { argument: arg } }
  }
  if (planPath === undefined) return { key: 'cli.estimate.missingPlan', params: {} }
  return { planPath, json, quotePath, inventoryPath, reportPath, language }
}

/** One refusal as `--json` prints it on stdout: the file, the JSON path or location, the message. */
export interface CliErrorEntry {
  file?: string
  path?: string
  message: string
}

/**
 * Errors go to stderr as text, always; with --json they are also collected and printed on
 * stdout as `{ "error": { "exitCode", "code", "issues": [{ file, path, message }] } }`, so a
 * script reading stdout sees why there is no result. Exit codes are unchanged.
 */
export class ErrorReport {
  readonly entries: CliErrorEntry[] = []
  constructor(private readonly io: Pick<EstimateIO, 'err'>) {}

  /** A located problem: `file: path: message`. */
  issue(file: string, path: string, message: string): void {
    this.entries.push({ file, path, message })
    this.io.err(`${file}: ${path}: ${message}\n`)
  }

  /** Any other line of error text. */
  line(text: string): void {
    this.entries.push({ message: text.replace(/\n+$/, '') })
    this.io.err(text.endsWith('\n') ? text : `${text}\n`)
  }

  /** stderr plus the record; for services that write their own error lines. */
  get sink(): (text: string) => void {
    return (text: string) => this.line(text)
  }

  json(exitCode: number): string {
    const code = exitCode === EXIT_INVALID ? 'INVALID_INPUT' : 'FAILURE'
    return `${terminalJson({ error: { exitCode, code, issues: this.entries } })}\n`
  }
}

export async function runEstimate(args: string[], rawIO: EstimateIO): Promise<number> {
  const io = terminalSafeSink(rawIO)
  const report = new ErrorReport(io)
  const json = args.includes('--json')
  const options = parseArgs(args)
  const code =
    'key' in options ? usageError(options, report) : await estimateCommand(options, io, report)
  if (code !== EXIT_OK && json) io.out(report.json(code))
  return code
}

function usageError(problem: ParseProblem, report: ErrorReport): number {
  const locale = environmentLocale()
  report.line(`estimate: ${translate(locale, problem.key, problem.params)}`)
  report.line(translate(locale, 'cli.estimate.usage'))
  return EXIT_INVALID
}

async function estimateCommand(
  options: Options,
  io: EstimateIO,
  report: ErrorReport
): Promise<number> {
  const language: QuoteLanguage = options.language ?? environmentLocale()
  const locale: Locale = language === 'both' ? environmentLocale() : language
  const size = await checkFileSize(options.planPath, MAX_PLAN_FILE_BYTES, locale)
  if (!size.ok) {
    report.line(size.message)
    return EXIT_INVALID
  }
  let text: string
  try {
    text = await io.readFile(options.planPath)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    report.line(`${options.planPath}: ${translate(locale, 'cli.estimate.cannotRead', { detail })}`)
    return EXIT_INVALID
  }

  const read = readPlanText(text)
  if (!read.ok) {
    for (const issue of read.error.issues)
      report.issue(
        options.planPath,
        issue.path || '(document)',
        issue.key
          ? translate(locale, issue.key, issue.params as Record<string, string>)
          : issue.message
      )
    return EXIT_INVALID
  }
  let plan = read.plan
  if (options.inventoryPath) {
    const merged = await mergeInventoryFile(plan, options.inventoryPath, io, report, locale)
    if (typeof merged === 'number') return merged
    plan = merged
  }
  const result = estimatePlan(plan)
  if (!result.ok) {
    for (const issue of result.issues)
      report.issue(
        options.planPath,
        issue.path || '(document)',
        translate(locale, issue.messageKey, issue.params)
      )
    return EXIT_INVALID
  }
  try {
    io.out(
      options.json ? `${terminalJson(toJson(result, locale))}\n` : renderTable(result, language)
    )
  } catch (error) {
    report.line(`estimate: ${error instanceof Error ? error.message : String(error)}`)
    return EXIT_FAILURE
  }
  // With --json, stdout carries only the JSON object; confirmations go to stderr.
  const fileIO = options.json ? { out: io.err, err: io.err } : io
  if (options.quotePath) {
    const quoteIO = { out: fileIO.out, err: report.sink }
    const code = await writeQuoteForPlan(plan, options.planPath, options.quotePath, quoteIO, {
      locale,
      ...(options.language ? { language: options.language } : {})
    })
    if (code !== EXIT_OK) return code
  }
  if (options.reportPath) return writeReportForPlan(plan, options.reportPath, fileIO, locale)
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
  io: EstimateIO,
  report: ErrorReport,
  locale: Locale
): Promise<PlanDocument | number> {
  const size = await checkFileSize(path, INVENTORY_LIMITS.maxFileBytes, locale)
  if (!size.ok) {
    report.line(size.message)
    return EXIT_INVALID
  }
  let bytes: Buffer
  try {
    bytes = await (io.readBytes ?? ((p: string) => readFile(p)))(path)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    report.line(`${path}: ${translate(locale, 'cli.estimate.cannotRead', { detail })}`)
    return EXIT_INVALID
  }
  let outcome: Awaited<ReturnType<typeof importInventory>>
  try {
    outcome = await importInventory({ file: basename(path), bytes })
  } catch (error) {
    if (error instanceof InventoryError) {
      report.line(error.localized(locale))
      return EXIT_INVALID
    }
    if (error instanceof ServiceError) {
      report.line(error.message)
      return EXIT_INVALID
    }
    throw error
  }
  const { counts } = outcome.report
  io.err(
    `${path}: ${translate(locale, 'cli.estimate.rowsRead', {
      rows: counts.rowsRead,
      accepted: counts.accepted + counts.acceptedWithWarnings,
      rejected: counts.rejected
    })}\n`
  )
  const issues = [...outcome.report.fileIssues, ...outcome.rows.flatMap((row) => row.issues)]
  for (const issue of issues)
    io.err(
      `  ${issue.severity}: ${locale === 'en' ? formatLocation(issue.location) : describeLocation(locale, issue.location)}: ${translate(locale, issue.key, issue.params)}\n`
    )
  const accepted = outcome.rows.filter((row) => row.item && row.outcome !== 'rejected')
  const taken = new Set((plan.inventory ?? []).map((entry) => entry.id))
  // Matched rows keep the catalog card's link, so what a row leaves out comes from the card.
  const matcher = new CatalogMatcher(builtInCatalogEntries())
  const items = assignInventoryIds(
    accepted.map((row) => {
      const match = row.match ?? (matcher.size > 0 ? matcher.match(row.item!) : undefined)
      return match?.catalogId === undefined
        ? row.item!
        : { ...row.item!, catalogId: match.catalogId }
    }),
    taken
  )
  const conversion = toPlanInventory(items)
  for (const skipped of conversion.skipped)
    io.err(
      `  ${path}: ${translate(locale, 'cli.estimate.notAdded', { id: skipped.id, reason: skipped.reason })}\n`
    )
  for (const field of conversion.unconfirmedSparse)
    io.err(`  ${path}: ${translate(locale, 'cli.estimate.sparseLeftOut', { field })}\n`)
  return { ...plan, inventory: [...(plan.inventory ?? []), ...conversion.entries] }
}

export function toJson(
  result: EstimateResult,
  locale: Locale = environmentLocale()
): {
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
    totals: {
      ...(result.totals ?? {}),
      ...(result.compare ? { compare: compareJson(result.compare, locale) } : {})
    }
  }
}

// ---------------------------------------------------------------------------- table

/** Words of the table in the chosen language; `both` writes English, then Chinese. */
function wordsFor(language: QuoteLanguage) {
  return (key: string, params: Record<string, string | number> = {}): string =>
    inLanguages(language, (locale) => translate(locale, key, params))
}

/**
 * A figure for a person: digits grouped, never in exponent notation (4,958,000, not
 * 4.958e+6); only values too small to show in `digits` decimals use significant figures.
 */
export function formatFigure(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—'
  if (value !== 0 && Math.abs(value) < 0.5 * 10 ** -digits)
    return value.toLocaleString('en-US', { maximumSignificantDigits: 2 })
  return value.toLocaleString('en-US', { maximumFractionDigits: digits })
}

/** Money: grouped whole units with the currency, as the quote prints it. */
export function formatMoney(value: number | null | undefined, currency: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—'
  return `${value.toLocaleString('en-US', { maximumFractionDigits: 0 })} ${currency}`
}

const number = formatFigure

/** The languages a text is printed in (`both`: English, then Chinese where it differs). */
function inLanguages(language: QuoteLanguage, render: (locale: Locale) => string): string {
  if (language !== 'both') return render(language)
  const en = render('en')
  const zh = render('zh-CN')
  return en === zh ? en : `${en} / ${zh}`
}

/** A duration given in days, in the unit its size calls for (2.1 h, not 0.09 days). */
function durationWords(language: QuoteLanguage) {
  const duration = (days: number | undefined): string =>
    days === undefined ? '—' : inLanguages(language, (locale) => formatDuration(days, locale))
  /** A range in the unit of the typical value, so low and high compare at a glance. */
  const durationRange = (range: { low: number; high: number }, typical = range.low): string =>
    inLanguages(language, (locale) => {
      const unit = durationUnitFor(typical)
      return translate(locale, 'cli.estimate.durationRange', {
        low: durationParts(range.low, locale, unit).value,
        high: durationParts(range.high, locale, unit).text
      })
    })
  return { duration, durationRange }
}

function headline(
  w: WorkloadEstimate,
  word: ReturnType<typeof wordsFor>,
  language: QuoteLanguage
): string {
  const { duration, durationRange } = durationWords(language)
  const r = w.result as unknown as Record<string, unknown> & {
    ranges: Record<string, { low: number; high: number }>
  }
  const get = (key: string) => r[key] as number | undefined
  const parts: string[] = []
  switch (w.kind) {
    case 'llm-inference': {
      const memory = r.memory as { totalGB: number }
      const card = r.memoryPerAccelerator as { totalGB: number } | undefined
      const split = r.split as { tensor: number; pipeline: number; expert: number } | undefined
      if (split) parts.push(`TP${split.tensor}×PP${split.pipeline}×EP${split.expert}`)
      parts.push(word('cli.estimate.replicas', { value: number(get('replicas'), 0) }))
      if (card) parts.push(word('cli.estimate.perCardGB', { value: number(card.totalGB) }))
      parts.push(
        word('cli.estimate.perReplicaGB', { value: number(memory.totalGB) }),
        word('cli.estimate.batchPerReplica', {
          batch: number(get('batchPerReplica'), 0),
          max: number(get('maxBatchPerReplica'), 0)
        }),
        word('cli.estimate.perReplicaTokens', { value: number(get('outputTokensPerSecond')) })
      )
      break
    }
    case 'llm-training':
      parts.push(
        duration(get('days')),
        word('cli.estimate.pfDays', { value: number(get('pfDays'), 0) })
      )
      break
    case 'vision-training':
      parts.push(
        duration(get('days')),
        word('cli.estimate.pflops', { value: number(get('provisionedPflops'), 2) })
      )
      break
    case 'video-analytics':
      parts.push(
        word('cli.estimate.streams', {
          value: number(get('streamsPerAccelerator'), 0),
          binding: word(`wizard.results.binding.${String(r.binding)}`)
        })
      )
      break
    case 'custom':
      parts.push(duration(get('days')))
      break
    case 'llm-finetuning': {
      const memory = r.memoryPerAcceleratorGB as { total: number }
      parts.push(
        word('cli.estimate.perCardGB', { value: number(memory.total) }),
        duration(get('days'))
      )
      break
    }
  }
  const days = r.ranges.days
  if (days) parts.push(durationRange(days, get('days')))
  return parts.join(', ')
}

/** A catalog name in the table's language(s): `nameZh` in Chinese, both when `both`. */
function namedIn(language: QuoteLanguage, entry: { name: string; nameZh?: string }): string {
  if (language !== 'both') return catalogName(entry, language)
  const zh = catalogName(entry, 'zh-CN')
  return zh === entry.name ? entry.name : `${entry.name} / ${zh}`
}

export function renderTable(result: EstimateResult, language: QuoteLanguage = 'en'): string {
  const word = wordsFor(language)
  const acceleratorOf = (of: { acceleratorName: string; acceleratorNameZh?: string }) =>
    namedIn(language, { name: of.acceleratorName, nameZh: of.acceleratorNameZh })
  const column = (name: string, params: Record<string, string> = {}) =>
    word(`cli.estimate.columns.${name}`, params)
  const notesLocale: Locale = language === 'zh-CN' ? 'zh-CN' : 'en'
  const lines: string[] = []
  const rows = [
    ['workload', 'kind', 'accelerator', 'cards', 'range', 'keyFigures'].map((name) => column(name))
  ]
  for (const w of result.workloads) {
    const cards = w.result.ranges.accelerators
    rows.push([
      w.id,
      word(`wizard.kinds.${w.kind}`),
      acceleratorOf(w),
      number(w.result.accelerators, 0),
      cards ? `${number(cards.low, 0)}–${number(cards.high, 0)}` : '',
      headline(w, word, language)
    ])
  }
  lines.push(alignColumns(rows), '')
  const totals = result.totals
  if (totals) {
    const currency = totals.currency
    const partial = totals.costComplete ? '' : ` ${word('cli.estimate.partial')}`
    const groupRows = [
      [
        column('accelerator'),
        column('cards'),
        column('servers'),
        column('racks'),
        column('itKW'),
        column('facilityKW'),
        column('capex', { currency }),
        column('tco', { currency })
      ]
    ]
    for (const g of totals.byAccelerator) {
      groupRows.push([
        acceleratorOf(g),
        number(g.accelerators, 0),
        `${number(g.servers, 0)} × ${namedIn(language, g.completeSystem ?? g.server)}`,
        number(g.racks, 0),
        number(g.itPowerKW),
        number(g.facilityPowerKW),
        formatMoney(g.capex, currency),
        formatMoney(g.tco, currency)
      ])
    }
    groupRows.push([
      column('total'),
      number(totals.accelerators, 0),
      number(totals.servers, 0),
      number(totals.racks, 0),
      number(totals.itPowerKW),
      number(totals.facilityPowerKW),
      formatMoney(totals.capex, currency) + partial,
      formatMoney(totals.tco, currency) + partial
    ])
    lines.push(
      alignColumns(groupRows),
      '',
      word('cli.estimate.energy', {
        energy: number(totals.energyMWhPerYear),
        years: totals.years
      })
    )
    const bom = totals.bom
    if (bom && bom.priceMissingLines > 0) {
      const unpriced = categoriesNeedingPrice(bom.lines, COST_CATEGORIES)
      lines.push(
        inLanguages(language, (locale) =>
          translate(locale, 'cli.estimate.linesNeedPrice', {
            n: bom.priceMissingLines,
            categories: unpriced
              .map((category) => translate(locale, `cluster.categories.${category}`))
              .join(translate(locale, 'app.punctuation.itemSeparator'))
          })
        )
      )
    }
  }
  if (result.compare) {
    const c = result.compare
    const say = (n: { key: string; params: Record<string, string | number> }) =>
      translate(notesLocale, n.key, n.params)
    lines.push(
      '',
      word('cli.estimate.compare', { count: c.candidates.length, reason: say(c.reason) })
    )
    for (const g of c.groups) {
      if (c.groups.length > 1) lines.push(`  [${g.label}] ${say(g.reason)}`)
      const best = g.candidates.find((x) => x.acceleratorId === g.recommended)
      if (best)
        lines.push(
          `    ${word('cli.estimate.best', {
            name: best.name,
            cards: number(best.accelerators, 0),
            tco: formatMoney(best.tco, result.totals?.currency ?? '')
          })}`
        )
      if (g.notRankedNote) lines.push(`    ${say(g.notRankedNote)}`)
      if (g.quoteNote) lines.push(`    ${say(g.quoteNote)}`)
    }
  }
  const notes = result.workloads.flatMap((w) =>
    w.result.warnings.map(
      (n) =>
        `  ${translate(notesLocale, 'app.punctuation.labelled', {
          label: w.id,
          value: translate(notesLocale, n.key, n.params)
        })}`
    )
  )
  const groupNotes = (totals?.byAccelerator ?? []).flatMap((g) =>
    g.warnings.map((n) => `  ${translate(notesLocale, n.key, n.params)}`)
  )
  if (notes.length + groupNotes.length > 0)
    lines.push('', word('cli.estimate.notes'), ...notes, ...groupNotes)
  return `${lines.join('\n')}\n`
}
