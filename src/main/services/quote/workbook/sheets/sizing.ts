/**
 * Sizing sheet: each workload's derivation, then each roll-up group's, one step per row.
 * A formula step's value cell is a live Excel formula over named cells (Assumptions inputs
 * and earlier steps), cached with the core's value; a look-up step (a catalog figure, a
 * table value) is written as a value and marked as such.
 */
import type { Step } from '@shared/core'
import type { Locale } from '@shared/i18n'
import { localizeFormula, localizeText, localizeUnit } from '@shared/i18n/derivation-text'
import { zhNameIndex } from '@shared/i18n/catalog-names'
import { durationUnitFor, formatDuration } from '@shared/format/duration'
import { translate } from '@shared/i18n'
import { exprToFormula } from '../formula'
import {
  acceleratorText,
  clusterStepLabel,
  columnHeader,
  coreText,
  label,
  messageOr,
  sheetName,
  workloadTitle,
  type QuoteModel
} from '../model'
import { scopeResolver, type External, type Scope } from '../scopes'
import { RowList, type CellSpec, type SheetSpec } from '../spec'

const COLUMNS = ['step', 'description', 'formula', 'value', 'unit', 'kind', 'source'] as const

/** Step labels per model: every workload of a kind repeats the same few dozen. */
const labelCaches = new WeakMap<QuoteModel, Map<string, string>>()

function stepLabel(model: QuoteModel, step: Step): string {
  let cache = labelCaches.get(model)
  if (!cache) {
    cache = new Map()
    labelCaches.set(model, cache)
  }
  const key = `${step.labelKey}\u0000${step.id}`
  let text = cache.get(key)
  if (text === undefined) {
    text = step.labelKey.startsWith('cluster.')
      ? clusterStepLabel(model, step.id, step.id)
      : messageOr(model, step.labelKey, messageOr(model, `core.inputs.${step.id}`, step.id))
    cache.set(key, text)
  }
  return text
}

type StepText = 'formula' | 'unit' | 'source'

/**
 * Formula, unit and source texts per model, in the quote's language(s). Every workload of a
 * kind repeats the same few dozen, and localising one (word look-ups, phrase patterns) cost
 * more than writing its cell; the same string also keeps its hash for the row-height cache.
 */
const stepTextCaches = new WeakMap<QuoteModel, Record<StepText, Map<string, string>>>()
/** Bounded: sources that name a card repeat per card, not per workload; this only guards odd plans. */
const MAX_CACHED_STEP_TEXTS = 20_000

function stepText(
  model: QuoteModel,
  kind: StepText,
  raw: string,
  localize: (raw: string, locale: Locale) => string
): string {
  let caches = stepTextCaches.get(model)
  if (!caches) {
    caches = { formula: new Map(), unit: new Map(), source: new Map() }
    stepTextCaches.set(model, caches)
  }
  const cache = caches[kind]
  let text = cache.get(raw)
  if (text === undefined) {
    text = coreText(model, (locale) => localize(raw, locale))
    if (cache.size >= MAX_CACHED_STEP_TEXTS) cache.clear()
    cache.set(raw, text)
  }
  return text
}

const zhNameCaches = new WeakMap<QuoteModel, ReadonlyMap<string, string>>()
/** The plan's cards by their catalog names, English → Chinese, for the source column. */
function zhNames(model: QuoteModel): ReadonlyMap<string, string> {
  let names = zhNameCaches.get(model)
  if (!names) {
    names = zhNameIndex(
      model.estimate.workloads.map((w) => ({
        name: w.acceleratorName,
        nameZh: w.acceleratorNameZh
      }))
    )
    zhNameCaches.set(model, names)
  }
  return names
}

function scopeTitle(model: QuoteModel, scope: Scope): string {
  if (scope.title) return messageOr(model, scope.title.key, scope.title.key, scope.title.params)
  if (scope.kind === 'group') {
    return label(model, 'sizing.group', {
      accelerator: acceleratorText(model, model.hardware[scope.index].group)
    })
  }
  const estimate = model.estimate.workloads.find(
    (w) => w.id === model.plan.workloads[scope.index].id
  )
  return label(model, 'sizing.workload', {
    name: workloadTitle(model, scope.index),
    kind: estimate ? messageOr(model, `wizard.kinds.${estimate.kind}`, estimate.kind) : '',
    accelerator: estimate ? acceleratorText(model, estimate) : ''
  })
}

/**
 * A step's unit in the reader's language. The core computes durations in days and the value
 * cell stays in days (later formulas use it), so a duration that reads better in another unit
 * says so beside it: "天（约 2.1 小时）", not a bare 0.08633 天.
 */
function unitText(unit: string, value: number, locale: Locale): string {
  const shown = localizeUnit(unit, locale)
  if ((unit !== 'days' && unit !== 'day') || !Number.isFinite(value)) return shown
  if (durationUnitFor(value) === 'days') return shown
  return translate(locale, 'durationText.daysAbout', {
    unit: shown,
    duration: formatDuration(value, locale)
  })
}

function stepRow(
  model: QuoteModel,
  scope: Scope,
  step: Step,
  resolve: (id: string) => string
): CellSpec[] {
  const name = model.names.nameFor(scope.prefix, step.id)
  const value: CellSpec =
    step.kind === 'formula'
      ? { formula: exprToFormula(step.expr, resolve), result: step.value, style: 'number', name }
      : { number: step.value, style: 'lookup', name }
  return [
    { text: name, style: 'muted' },
    { text: stepLabel(model, step) },
    { text: stepText(model, 'formula', step.formula, localizeFormula), style: 'wrap' },
    value,
    { text: coreText(model, (locale) => unitText(step.unit, step.value, locale)) },
    { text: label(model, `sizing.kinds.${step.kind}`) },
    {
      text: step.source
        ? stepText(model, 'source', step.source, (raw, locale) =>
            localizeText(raw, locale, zhNames(model))
          )
        : '',
      style: 'wrap'
    }
  ]
}

/** A plan-total input that adds the groups' figures: a live sum of their cells. */
function sumOfRows(model: QuoteModel, scope: Scope, rows: RowList): void {
  for (const external of scope.externals) {
    if (external.home.kind !== 'sumOf') continue
    const name = model.names.nameFor(scope.prefix, external.id)
    const formula = external.home.names.map((n) => model.names.use(n)).join('+')
    rows.add([
      { text: name, style: 'muted' },
      { text: clusterStepLabel(model, external.id, external.id) },
      { text: external.home.names.join(' + '), style: 'wrap' },
      { formula, result: external.value, style: 'number', name },
      { text: coreText(model, (locale) => localizeUnit(external.unit, locale)) },
      { text: label(model, 'sizing.kinds.formula') },
      { text: '' }
    ])
  }
}

/** A group's accelerators needed: the sum of its workloads' accelerator steps, live. */
function sumRow(model: QuoteModel, scope: Scope, rows: RowList): void {
  const external = scope.externals.find((e) => e.home.kind === 'sumOfWorkloads')
  if (!external || external.home.kind !== 'sumOfWorkloads') return
  const name = model.names.nameFor(scope.prefix, external.id)
  const formula = external.home.names.map((n) => model.names.use(n)).join('+')
  rows.add([
    { text: name, style: 'muted' },
    { text: messageOr(model, `core.inputs.${external.id}`, external.id) },
    {
      text: label(model, 'sizing.sumOfWorkloads', {
        workloads: external.home.workloadIds.join(', ')
      }),
      style: 'wrap'
    },
    { formula, result: external.value, style: 'number', name },
    { text: coreText(model, (locale) => localizeUnit(external.unit, locale)) },
    { text: label(model, 'sizing.kinds.formula') },
    { text: '' }
  ])
}

/** A cluster section's `servers` input when it links to a group's live servers cell. */
export function sizedFromServers(scope: Scope): External | undefined {
  const servers = scope.externals.find((e) => e.id === 'servers')
  return scope.kind === 'cluster' && servers?.home.kind === 'plan' ? servers : undefined
}

/**
 * A cluster section sized from a group's servers: its structure (one switch or leaf/spine,
 * the spine count) was chosen by the planner for that many servers and is written as
 * looked-up values, so it is not live across a change of servers. This row shows how many
 * servers the workbook has gained or lost since (0: the counts are current; otherwise
 * re-export from the planner). The Quote sheet repeats it under the totals.
 */
export function serversSinceSized(model: QuoteModel, scope: Scope): CellSpec[] | undefined {
  const servers = sizedFromServers(scope)
  if (!servers || servers.home.kind !== 'plan') return undefined
  const name = model.names.nameFor(scope.prefix, 'serversSinceSized')
  const sized = servers.value
  return [
    { text: name, style: 'muted' },
    { text: label(model, 'sizing.serversSinceSized') },
    { text: stepText(model, 'formula', `servers - ${sized}`, localizeFormula), style: 'wrap' },
    {
      formula: `${model.names.use(servers.home.name)}-${sized}`,
      result: 0,
      style: 'number',
      name
    },
    { text: coreText(model, (locale) => localizeUnit('servers', locale)) },
    { text: label(model, 'sizing.kinds.check') },
    { text: label(model, 'sizing.serversSinceSizedNote', { servers: sized }), style: 'wrap' }
  ]
}

export function sizingSheet(model: QuoteModel, scopes: readonly Scope[]): SheetSpec {
  const rows = new RowList()
  rows.add(
    COLUMNS.map((key) => ({ text: columnHeader(model, `sizing.${key}`) })),
    'header'
  )
  for (const scope of scopes) {
    rows.add([{ text: scopeTitle(model, scope) }], 'section')
    if (scope.kind === 'group') sumRow(model, scope, rows)
    sumOfRows(model, scope, rows)
    const resolve = scopeResolver(scope, model.names)
    // Built when written: a 1,000-workload plan has 70,000 step rows, and holding all their
    // cell objects at once outlives the young generation (most of the export was GC).
    for (const step of scope.steps) rows.addLater(() => stepRow(model, scope, step, resolve))
    const check = serversSinceSized(model, scope)
    if (check) rows.add(check)
    rows.blank()
  }
  return {
    name: sheetName(model, 'sizing'),
    columns: [
      { maxWidth: 34 },
      { minWidth: 20, maxWidth: 44 },
      { minWidth: 24, maxWidth: 60 },
      { minWidth: 14, maxWidth: 22 },
      { maxWidth: 22 },
      { maxWidth: 16 },
      { minWidth: 30, maxWidth: 80 }
    ],
    rows,
    headerRows: 1,
    landscape: true
  }
}
