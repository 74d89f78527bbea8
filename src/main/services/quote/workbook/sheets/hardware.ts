/**
 * Hardware sheet: specs of every accelerator and server the quote uses, with sources and dates.
 * A group bought as a complete system lists the system (name, price with the cards inside,
 * source), not the chassis it is built on.
 */
import type { AcceleratorSpec } from '@shared/schema/plan'
import { translate } from '@shared/i18n'
import { catalogName, formFactorIn } from '@shared/i18n/catalog-names'
import {
  acceleratorText,
  columnHeader,
  coreText,
  label,
  sheetName,
  type QuoteModel
} from '../model'
import { RowList, type CellSpec, type SheetSpec } from '../spec'
import type { HardwareGroup } from '../hardware-specs'

const ACCELERATOR_FIELDS = [
  'memoryGB',
  'memoryBandwidthGBs',
  'fp32Tflops',
  'tf32Tflops',
  'fp16Tflops',
  'bf16Tflops',
  'fp8Tflops',
  'int8Tops',
  'int4Tops',
  'tdpW',
  'launchYear'
] as const satisfies readonly (keyof AcceleratorSpec)[]

const optionalNumber = (value: number | undefined): CellSpec =>
  value === undefined ? null : { number: value, style: 'number' }
const optionalText = (value: string | undefined): CellSpec => ({ text: value ?? '' })

function acceleratorRows(model: QuoteModel, rows: RowList): void {
  rows.add([{ text: label(model, 'hardware.accelerators') }], 'subtitle')
  const fields = [
    'id',
    'vendor',
    'name',
    'formFactor',
    ...ACCELERATOR_FIELDS,
    'price',
    'priceCurrency',
    'priceDate',
    'priceSource',
    'origin',
    'usedFor',
    'source'
  ]
  rows.add(
    fields.map((field) => ({ text: columnHeader(model, `hardware.fields.${field}`) })),
    'header'
  )
  for (const { accelerator, group } of model.hardware) {
    const spec = accelerator.spec
    rows.add([
      { text: accelerator.id },
      optionalText(spec?.vendor),
      {
        text: spec
          ? acceleratorText(model, { acceleratorName: spec.name, acceleratorNameZh: spec.nameZh })
          : acceleratorText(model, group)
      },
      optionalText(spec && coreText(model, (locale) => formFactorIn(spec, locale) ?? '')),
      ...ACCELERATOR_FIELDS.map((field) => optionalNumber(spec?.[field])),
      spec?.price ? { number: spec.price.amount, style: 'number' } : null,
      optionalText(spec?.price?.currency),
      optionalText(spec?.price?.date),
      { text: spec?.price?.source ?? '', style: 'wrap' },
      { text: label(model, `hardware.origins.${accelerator.origin}`) },
      { text: group.workloadIds.join(', '), style: 'wrap' },
      { text: spec?.source ?? '', style: 'wrap' }
    ])
  }
  rows.add([{ text: label(model, 'hardware.denseNote'), style: 'muted' }])
}

/** What a group buys per server: the complete system, or the chassis (cards bought apart). */
const boughtAs = (group: HardwareGroup['group']): string =>
  group.completeSystem ? `system:${group.completeSystem.id}` : `server:${group.server.id}`

function serverRows(model: QuoteModel, rows: RowList): void {
  rows.blank()
  rows.add([{ text: label(model, 'hardware.servers') }], 'subtitle')
  const fields = [
    'id',
    'name',
    'acceleratorsPerServer',
    'basePowerW',
    'rackUnits',
    'price',
    'priceCurrency',
    'priceDate',
    'priceSource',
    'usedFor',
    'source'
  ]
  rows.add(
    fields.map((field) => ({ text: columnHeader(model, `hardware.fields.${field}`) })),
    'header'
  )
  const seen = new Set<string>()
  for (const { server, group } of model.hardware) {
    const bought = boughtAs(group)
    if (seen.has(bought)) continue
    seen.add(bought)
    const usedFor = model.hardware
      .filter((h) => boughtAs(h.group) === bought)
      .map((h) => acceleratorText(model, h.group))
    const common = {
      power: optionalNumber(server?.basePowerW),
      rackUnits: optionalNumber(server?.rackUnits),
      usedFor: { text: usedFor.join(', '), style: 'wrap' } as CellSpec
    }
    const system = group.completeSystem
      ? (server?.completeSystem ?? { ...group.completeSystem, price: undefined, source: '' })
      : undefined
    if (system) {
      // A complete system is bought whole: its name, its price (cards inside) and its source,
      // not the chassis it is built on.
      rows.add([
        { text: system.id },
        {
          text: coreText(model, (locale) =>
            translate(locale, 'systems.bought.sheetName', {
              system: catalogName(system, locale),
              count: system.accelerators
            })
          ),
          style: 'wrap'
        },
        { number: system.accelerators, style: 'integer' },
        common.power,
        common.rackUnits,
        system.price ? { number: system.price.amount, style: 'number' } : null,
        optionalText(system.price?.currency),
        optionalText(system.price?.date),
        {
          text:
            system.price?.source ??
            coreText(model, (locale) => translate(locale, 'systems.bought.priceNeeded')),
          style: 'wrap'
        },
        common.usedFor,
        { text: system.source, style: 'wrap' }
      ])
      continue
    }
    rows.add([
      { text: group.server.id },
      {
        text: server ? coreText(model, (locale) => catalogName(server, locale)) : group.server.name
      },
      { number: group.server.acceleratorsPerServer, style: 'integer' },
      common.power,
      common.rackUnits,
      server ? { number: server.price.amount, style: 'number' } : null,
      optionalText(server?.price.currency),
      optionalText(server?.price.date),
      { text: server?.price.source ?? '', style: 'wrap' },
      common.usedFor,
      { text: server?.source ?? '', style: 'wrap' }
    ])
  }
}

export function hardwareSheet(model: QuoteModel): SheetSpec {
  const rows = new RowList()
  acceleratorRows(model, rows)
  serverRows(model, rows)
  const widths = Array.from({ length: 22 }, () => ({ minWidth: 8, maxWidth: 28 }))
  widths[2] = { minWidth: 16, maxWidth: 36 }
  return {
    name: sheetName(model, 'hardware'),
    columns: widths,
    rows,
    // The accelerator table's header is the sheet's second row.
    headerRows: 2,
    landscape: true
  }
}
