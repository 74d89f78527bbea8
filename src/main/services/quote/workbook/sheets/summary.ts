/**
 * Summary sheet, readable on one printed page: who and when, the headline figures (live:
 * they sum the roll-up cells of the Sizing sheet and the Quote's grand total), the
 * recommendation and the main assumptions (links to their Assumptions cells).
 */
import type { PlanTotals } from '@shared/core'
import { localizeUnit } from '@shared/i18n/derivation-text'
import {
  acceleratorText,
  columnHeader,
  coreText,
  label,
  messageOr,
  sheetName,
  workloadTitle,
  labelled,
  type QuoteModel
} from '../model'
import { clusterPrefix, groupPrefix, TOTALS_PREFIX, type Scope } from '../scopes'
import { RowList, type CellSpec, type SheetSpec } from '../spec'
import { sizedFromServers } from './sizing'
import { isFraction, type StyleKey } from '../styles'
import { QUOTE_TOTAL_NAMES } from './quote'

const MAX_ASSUMPTION_LINES = 12

type GroupFigure =
  | 'servers'
  | 'racks'
  | 'itPowerKW'
  | 'facilityPowerKW'
  | 'energyMWhPerYear'
  | 'capex'
  | 'opexPerYear'
  | 'tco'

/** `G1_racks+G2_racks`: the groups that have the step; the result is the core's total. */
function groupSum(
  model: QuoteModel,
  stepId: string,
  total: number | null,
  style: StyleKey
): CellSpec {
  if (total === null) return null
  const names = model.hardware
    .map((hardware, index) =>
      hardware.group.steps.some((step) => step.id === stepId)
        ? model.names.nameFor(groupPrefix(index), stepId)
        : undefined
    )
    .filter((name): name is string => name !== undefined)
  if (names.length === 0) return { number: total, style }
  return { formula: names.map((name) => model.names.use(name)).join('+'), result: total, style }
}

/** Compute racks of every group plus the support racks, live over the cluster sections. */
function clusterRacks(model: QuoteModel, totals: PlanTotals): CellSpec {
  const names: string[] = []
  for (const section of totals.cluster?.sections ?? []) {
    const step = section.steps.find((s) => s.id === 'racks' || s.id === 'supportRacks')
    if (step)
      names.push(model.names.use(model.names.nameFor(clusterPrefix(model, section.id), step.id)))
  }
  if (names.length === 0) return { number: totals.racks ?? 0, style: 'integer' }
  return { formula: names.join('+'), result: totals.racks ?? 0, style: 'integer' }
}

function infoRows(model: QuoteModel, rows: RowList): void {
  const info = (key: string, value: string) => {
    if (value !== '') rows.add([{ text: label(model, key), style: 'totalLabel' }, { text: value }])
  }
  info('summary.plan', model.plan.name)
  info('summary.date', model.date)
  info('summary.company', model.letterhead.company)
  info('summary.author', model.letterhead.author)
  info('summary.currency', model.plan.settings.currency)
}

function headlineRows(
  model: QuoteModel,
  totals: PlanTotals,
  rows: RowList,
  scopes: readonly Scope[]
): void {
  const currency = totals.currency
  rows.blank()
  rows.add([{ text: label(model, 'summary.headline') }], 'subtitle')
  rows.add(
    ['summary.figure', 'summary.value', 'summary.unit'].map((key) => ({
      text: columnHeader(model, key)
    })),
    'header'
  )
  const figure = (text: string, value: CellSpec, unit: string) => {
    if (value !== null) rows.add([{ text }, value, { text: unit }])
  }
  model.hardware.forEach((hardware, index) => {
    const name = model.names.use(model.names.nameFor(groupPrefix(index), 'acceleratorsNeeded'))
    figure(
      label(model, 'summary.acceleratorsOf', {
        accelerator: acceleratorText(model, hardware.group)
      }),
      { formula: name, result: hardware.group.accelerators, style: 'integer' },
      label(model, 'units.card')
    )
  })
  if (model.hardware.length > 1) {
    const names = model.hardware.map((_, index) =>
      model.names.use(model.names.nameFor(groupPrefix(index), 'acceleratorsNeeded'))
    )
    figure(
      label(model, 'summary.acceleratorsTotal'),
      { formula: names.join('+'), result: totals.accelerators, style: 'integer' },
      label(model, 'units.card')
    )
  }
  // With the whole cluster, the plan figures are the totals scope's cells (they include the
  // network, storage and facility, and capex is the quote's grand total); else group sums.
  const planSteps = totals.costSteps ?? []
  const PLAN_STEP: Partial<Record<GroupFigure, string>> = {
    itPowerKW: 'planItPowerKW',
    facilityPowerKW: 'planFacilityPowerKW',
    energyMWhPerYear: 'planEnergyMWhPerYear',
    capex: 'planCapex',
    opexPerYear: 'planOpexPerYear',
    tco: 'planTco'
  }
  const sum = (step: GroupFigure, total: number | null, style: StyleKey): CellSpec => {
    const planStep = PLAN_STEP[step]
    if (planStep !== undefined && total !== null && planSteps.some((s) => s.id === planStep))
      return {
        formula: model.names.use(model.names.nameFor(TOTALS_PREFIX, planStep)),
        result: total,
        style
      }
    if (step === 'racks' && totals.cluster) return clusterRacks(model, totals)
    return groupSum(model, step, total, style)
  }
  figure(
    label(model, 'summary.servers'),
    sum('servers', totals.servers, 'integer'),
    label(model, 'units.server')
  )
  figure(
    label(model, 'summary.racks'),
    sum('racks', totals.racks, 'integer'),
    label(model, 'units.rack')
  )
  figure(label(model, 'summary.itPower'), sum('itPowerKW', totals.itPowerKW, 'quantity'), 'kW')
  figure(
    label(model, 'summary.facilityPower'),
    sum('facilityPowerKW', totals.facilityPowerKW, 'quantity'),
    'kW'
  )
  figure(
    label(model, 'summary.energy'),
    sum('energyMWhPerYear', totals.energyMWhPerYear, 'quantity'),
    'MWh'
  )
  figure(label(model, 'summary.capex'), sum('capex', totals.capex, 'money'), currency)
  figure(label(model, 'summary.opex'), sum('opexPerYear', totals.opexPerYear, 'money'), currency)
  figure(
    label(model, 'summary.tco', { years: totals.years }),
    sum('tco', totals.tco, 'money'),
    currency
  )
  figure(
    label(model, 'summary.quoteTotal'),
    {
      formula: model.names.use(QUOTE_TOTAL_NAMES.grandTotal),
      result: model.quote.totals.grandTotal,
      style: 'moneyTotal'
    },
    currency
  )
  if (!totals.costComplete)
    rows.add([{ text: label(model, 'summary.incompleteCost'), style: 'muted' }])
  if (!totals.powerComplete)
    rows.add([{ text: label(model, 'summary.incompletePower'), style: 'muted' }])
  // The cluster's structure was chosen for the servers at export (sizing.ts serversSinceSized).
  const checks = scopes.filter((scope) => sizedFromServers(scope))
  if (checks.length > 0) {
    figure(
      label(model, 'summary.serversSinceSized'),
      {
        formula: checks
          .map(
            (scope) =>
              `ABS(${model.names.use(model.names.nameFor(scope.prefix, 'serversSinceSized'))})`
          )
          .join('+'),
        result: 0,
        style: 'integer'
      },
      label(model, 'units.server')
    )
    rows.add([{ text: label(model, 'summary.serversSinceSizedNote'), style: 'muted' }])
  }
}

function recommendationRows(model: QuoteModel, rows: RowList): void {
  rows.blank()
  rows.add([{ text: label(model, 'summary.recommendation') }], 'subtitle')
  const compare = model.estimate.compare
  if (!compare) {
    rows.add([{ text: label(model, 'summary.noComparison'), style: 'wrap' }])
    return
  }
  // Per group: what is recommended, and whether this quote prices it — the Summary never
  // names a recommendation the quote does not price without saying so.
  const say = (n: { key: string; params: Record<string, string | number> }) =>
    rows.add([{ text: messageOr(model, n.key, n.key, n.params), style: 'wrap' }])
  if (compare.groups.length > 1) say(compare.reason)
  for (const group of compare.groups) {
    say(group.reason)
    if (group.quoteNote) say(group.quoteNote)
  }
}

function assumptionRows(model: QuoteModel, scopes: readonly Scope[], rows: RowList): void {
  const lines: CellSpec[][] = []
  for (const scope of scopes) {
    if (scope.kind !== 'workload') continue
    const result = model.estimate.workloads.find(
      (w) => w.id === model.plan.workloads[scope.index].id
    )?.result
    for (const assumption of result?.assumptions ?? []) {
      const external = scope.externals.find((e) => e.id === assumption.id && e.home.kind === 'own')
      if (!external) continue
      const name = model.names.use(model.names.nameFor(scope.prefix, assumption.id))
      lines.push([
        {
          text: labelled(
            model,
            workloadTitle(model, scope.index),
            messageOr(model, assumption.labelKey, assumption.id)
          )
        },
        {
          formula: name,
          result: external.value,
          style: isFraction(assumption.unit) ? 'percent' : 'number'
        },
        {
          text: isFraction(assumption.unit)
            ? ''
            : coreText(model, (locale) => localizeUnit(assumption.unit, locale))
        }
      ])
    }
  }
  if (lines.length === 0) return
  rows.blank()
  rows.add([{ text: label(model, 'summary.mainAssumptions') }], 'subtitle')
  // The Summary prints on one page: the first assumptions here, all of them on their sheet.
  for (const line of lines.slice(0, MAX_ASSUMPTION_LINES)) rows.add(line)
  if (lines.length > MAX_ASSUMPTION_LINES)
    rows.add([
      {
        text: label(model, 'summary.moreAssumptions', {
          count: lines.length - MAX_ASSUMPTION_LINES
        }),
        style: 'muted'
      }
    ])
}

export function summarySheet(model: QuoteModel, scopes: readonly Scope[]): SheetSpec {
  const rows = new RowList()
  rows.add([{ text: label(model, 'summary.title') }], 'title')
  infoRows(model, rows)
  const totals = model.estimate.totals
  if (totals) headlineRows(model, totals, rows, scopes)
  recommendationRows(model, rows)
  assumptionRows(model, scopes, rows)
  if (model.edits.notes !== undefined && model.edits.notes.trim() !== '') {
    rows.blank()
    rows.add([{ text: label(model, 'summary.notes') }], 'subtitle')
    rows.add([{ text: model.edits.notes, style: 'wrap' }])
  }
  rows.blank()
  rows.add([{ text: label(model, 'summary.howToUse'), style: 'muted' }])
  return {
    name: sheetName(model, 'summary'),
    columns: [
      { minWidth: 28, maxWidth: 60 },
      { minWidth: 16, maxWidth: 40 },
      { minWidth: 8, maxWidth: 14 }
    ],
    rows,
    headerRows: 0,
    landscape: false,
    onePage: true
  }
}
