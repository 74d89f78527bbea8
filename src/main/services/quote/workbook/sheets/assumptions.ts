/**
 * Assumptions sheet: every input and default the workbook's formulas use, as labelled,
 * named, blue cells with their origin and source. Plan settings come first and are shared;
 * then each workload's and each roll-up group's own inputs and assumptions.
 */
import { localizeText, localizeUnit } from '@shared/i18n/derivation-text'
import { CURRENCIES } from '@shared/schema/plan'
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
import { exchangeRateName, planSettingName, type External, type Scope } from '../scopes'
import { RowList, type CellSpec, type SheetSpec } from '../spec'
import { isFraction, type StyleKey } from '../styles'

const COLUMNS = ['name', 'item', 'value', 'unit', 'origin', 'source'] as const

function row(
  name: string,
  item: string,
  value: CellSpec,
  unit: string,
  origin: string,
  source: string
): CellSpec[] {
  return [
    { text: name, style: 'muted' },
    { text: item },
    value,
    { text: unit },
    { text: origin },
    { text: source, style: 'wrap' }
  ]
}

function planSettingRows(model: QuoteModel, rows: RowList): void {
  const { plan, names } = model
  const settings = plan.settings
  const setting = (key: string) => label(model, `assumptions.settings.${key}`)
  const origin = label(model, 'assumptions.origins.setting')
  rows.add([{ text: label(model, 'assumptions.planSettings') }], 'section')
  rows.add(row('', setting('currency'), { text: settings.currency }, '', origin, ''))
  const numeric = (
    key: Parameters<typeof planSettingName>[1],
    value: number,
    unit: string,
    style: StyleKey = 'input'
  ) => {
    const name = planSettingName(names, key)
    rows.add(row(name, setting(key), { number: value, style, name }, unit, origin, ''))
  }
  numeric('pue', settings.pue, '')
  numeric('taxRate', settings.taxRate, '', 'inputPercent')
  numeric('discount', settings.discount, '', 'inputPercent')
  numeric('electricityPricePerKWh', settings.electricityPricePerKWh, `${settings.currency}/kWh`)
  numeric('years', settings.years, label(model, 'units.year'))
  numeric('rackPowerLimitKW', settings.rackPowerLimitKW, 'kW')
  for (const currency of CURRENCIES) {
    const name = exchangeRateName(names, currency)
    rows.add(
      row(
        name,
        label(model, 'assumptions.settings.exchangeRate', { currency }),
        { number: settings.exchangeRates[currency], style: 'input', name },
        `${currency}/USD`,
        origin,
        ''
      )
    )
  }
  const support = model.edits.support
  if (support) {
    numeric('supportRatePerYear', support.ratePerYear, '', 'inputPercent')
    numeric('supportYears', support.years ?? settings.years, label(model, 'units.year'))
  }
}

function externalLabel(model: QuoteModel, external: External): string {
  const assumption = `core.assumptions.${external.id}`
  const input = `core.inputs.${external.id}`
  return messageOr(
    model,
    assumption,
    messageOr(model, input, clusterStepLabel(model, external.id, external.id))
  )
}

function scopeTitle(model: QuoteModel, scope: Scope): string {
  if (scope.kind === 'workload')
    return label(model, 'assumptions.workload', { name: workloadTitle(model, scope.index) })
  if (scope.title) return messageOr(model, scope.title.key, scope.title.key, scope.title.params)
  const group = model.hardware[scope.index].group
  return label(model, 'assumptions.group', { accelerator: acceleratorText(model, group) })
}

function scopeRows(model: QuoteModel, scope: Scope, rows: RowList): void {
  const own = scope.externals.filter((external) => external.home.kind === 'own')
  if (own.length === 0) return
  rows.add([{ text: scopeTitle(model, scope) }], 'section')
  for (const external of own) {
    const name = model.names.nameFor(scope.prefix, external.id)
    rows.add(
      row(
        name,
        externalLabel(model, external),
        // A fraction reads as a percentage, as on screen (MFU 40 %, not 0.4 比例).
        {
          number: external.value,
          style: isFraction(external.unit) ? 'inputPercent' : 'input',
          name
        },
        isFraction(external.unit)
          ? ''
          : coreText(model, (locale) => localizeUnit(external.unit, locale)),
        label(model, `assumptions.origins.${external.origin}`),
        // A source the core wrote (a calibration profile's) in the reader's language;
        // citations are not in the catalogue and stay as written.
        coreText(model, (locale) => localizeText(external.source ?? '', locale))
      )
    )
  }
}

export function assumptionsSheet(model: QuoteModel, scopes: readonly Scope[]): SheetSpec {
  const rows = new RowList()
  rows.add(
    COLUMNS.map((key) => ({ text: columnHeader(model, `assumptions.${key}`) })),
    'header'
  )
  planSettingRows(model, rows)
  for (const scope of scopes) scopeRows(model, scope, rows)
  return {
    name: sheetName(model, 'assumptions'),
    columns: [
      { maxWidth: 36 },
      { minWidth: 24, maxWidth: 48 },
      { minWidth: 12, maxWidth: 20 },
      { maxWidth: 24 },
      { maxWidth: 18 },
      { minWidth: 40, maxWidth: 90 }
    ],
    rows,
    headerRows: 1,
    landscape: true
  }
}
