/**
 * Quote lines from a plan's estimate and the user's quote edits. Pure: the renderer's Quote
 * step, the workbook writer and the CSV export all call this one function, so the numbers on
 * screen, in the .xlsx and in the CSV are the same numbers.
 *
 * Arithmetic is done in the same order as the workbook's formulas (quantity × unit price ×
 * (1 − discount), sums in line order), so cached cell values equal what Excel recalculates.
 */
import type { AcceleratorGroup, EstimateResult } from '../core'
import type { Currency, PlanDocument } from '../schema/plan'
import type { QuoteEdits, QuoteItem, QuoteItemCategory, QuoteLineOverride } from '../schema/quote'
import { convertPrice } from './money'
import type { LineText } from './text'

export type QuoteLineCategory = 'server' | 'accelerator' | 'support' | QuoteItemCategory
export type QuoteSection = 'hardware' | 'services' | 'optional'

/** Categories whose lines make up the hardware subtotal (the base of support and discounts). */
const HARDWARE_CATEGORIES: ReadonlySet<QuoteLineCategory> = new Set([
  'server',
  'accelerator',
  'spareAccelerator',
  'network',
  'storage'
])

/** Where a derived value lives in the roll-up, so the workbook can link to it live. */
export interface GroupStepRef {
  /** Index into `estimate.totals.byAccelerator`. */
  group: number
  step: string
}

export type QuantitySource =
  { kind: 'groupStep'; ref: GroupStepRef } | { kind: 'supportYears' } | { kind: 'value' }

export type UnitPriceSource =
  | { kind: 'groupStep'; ref: GroupStepRef }
  /** A price in another currency, converted with the plan's exchange rates. */
  | { kind: 'converted'; amount: number; currency: Currency }
  /** Support: rate per year × the hardware subtotal. */
  | { kind: 'supportRate'; ratePerYear: number }
  | { kind: 'value' }

export interface QuoteLine {
  /** Stable id: `server:<accelerator id>`, `accelerator:<accelerator id>`, `support`, `item:<id>`. */
  id: string
  category: QuoteLineCategory
  section: QuoteSection
  description: LineText
  quantity: number
  unit: LineText
  /** In the plan currency. */
  unitPrice: number
  /** Fraction off, 0..1. */
  discount: number
  lineTotal: number
  quantitySource: QuantitySource
  unitPriceSource: UnitPriceSource
  /** The estimate has no price for this hardware (the user can enter one). */
  priceMissing: boolean
  /** Fields the user changed on a derived line. */
  overridden: ('quantity' | 'unitPrice' | 'discount' | 'description')[]
  notes?: string
}

export interface QuoteTotals {
  currency: Currency
  hardwareSubtotal: number
  servicesSubtotal: number
  subtotal: number
  taxRate: number
  tax: number
  grandTotal: number
  /** Optional items, before tax; not part of the grand total. */
  optionalTotal: number
}

export interface QuoteLines {
  currency: Currency
  lines: QuoteLine[]
  totals: QuoteTotals
}

/** Same expression as the workbook's line-total formula, in the same order. */
export function lineTotal(quantity: number, unitPrice: number, discount: number): number {
  return quantity * unitPrice * (1 - discount)
}

function stepValue(group: AcceleratorGroup, id: string): number | undefined {
  return group.steps.find((step) => step.id === id)?.value
}

interface DerivedLineSpec {
  id: string
  category: 'server' | 'accelerator'
  description: LineText
  unit: LineText
  groupIndex: number
  quantityStep: string
  quantity: number
  priceStep: string
}

function derivedLines(estimate: EstimateResult): DerivedLineSpec[] {
  const groups = estimate.totals?.byAccelerator ?? []
  return groups.flatMap((group, groupIndex): DerivedLineSpec[] => [
    {
      id: `server:${group.acceleratorId}`,
      category: 'server',
      description: {
        key: 'quote.lines.server',
        params: {
          server: group.server.name,
          count: group.server.acceleratorsPerServer,
          accelerator: group.acceleratorName
        }
      },
      unit: { key: 'quote.units.server' },
      groupIndex,
      quantityStep: 'serversToBuy',
      quantity: stepValue(group, 'serversToBuy') ?? group.servers,
      priceStep: 'serverUnitPrice'
    },
    {
      id: `accelerator:${group.acceleratorId}`,
      category: 'accelerator',
      description: {
        key: 'quote.lines.accelerator',
        params: { accelerator: group.acceleratorName }
      },
      unit: { key: 'quote.units.card' },
      groupIndex,
      quantityStep: 'acceleratorsToBuy',
      quantity: group.acceleratorsToBuy,
      priceStep: 'acceleratorUnitPrice'
    }
  ])
}

function applyDerived(
  spec: DerivedLineSpec,
  estimate: EstimateResult,
  discount: number,
  override?: QuoteLineOverride
): QuoteLine {
  const group = (estimate.totals?.byAccelerator ?? [])[spec.groupIndex]
  const price = stepValue(group, spec.priceStep)
  const overridden: QuoteLine['overridden'] = []
  let quantity = spec.quantity
  let quantitySource: QuantitySource = group.steps.some((s) => s.id === spec.quantityStep)
    ? { kind: 'groupStep', ref: { group: spec.groupIndex, step: spec.quantityStep } }
    : { kind: 'value' }
  if (override?.quantity !== undefined) {
    quantity = override.quantity
    quantitySource = { kind: 'value' }
    overridden.push('quantity')
  }
  let unitPrice = price ?? 0
  let unitPriceSource: UnitPriceSource =
    price !== undefined
      ? { kind: 'groupStep', ref: { group: spec.groupIndex, step: spec.priceStep } }
      : { kind: 'value' }
  if (override?.unitPrice !== undefined) {
    unitPrice = override.unitPrice
    unitPriceSource = { kind: 'value' }
    overridden.push('unitPrice')
  }
  let lineDiscount = discount
  if (override?.discount !== undefined) {
    lineDiscount = override.discount
    overridden.push('discount')
  }
  let description = spec.description
  if (override?.description !== undefined) {
    description = { text: override.description }
    overridden.push('description')
  }
  return {
    id: spec.id,
    category: spec.category,
    section: 'hardware',
    description,
    quantity,
    unit: spec.unit,
    unitPrice,
    discount: lineDiscount,
    lineTotal: lineTotal(quantity, unitPrice, lineDiscount),
    quantitySource,
    unitPriceSource,
    priceMissing: price === undefined && override?.unitPrice === undefined,
    overridden
  }
}

function itemLine(item: QuoteItem, plan: PlanDocument): QuoteLine {
  const settings = plan.settings
  const hardware = HARDWARE_CATEGORIES.has(item.category)
  const discount = item.discount ?? (hardware ? settings.discount : 0)
  const currency = item.currency ?? settings.currency
  const unitPrice = convertPrice(
    item.unitPrice,
    currency,
    settings.currency,
    settings.exchangeRates
  )
  const line: QuoteLine = {
    id: `item:${item.id}`,
    category: item.category,
    section: item.optional ? 'optional' : hardware ? 'hardware' : 'services',
    description: { text: item.description },
    quantity: item.quantity,
    unit:
      item.unit !== undefined && item.unit !== ''
        ? { text: item.unit }
        : { key: 'quote.units.item' },
    unitPrice,
    discount,
    lineTotal: lineTotal(item.quantity, unitPrice, discount),
    quantitySource: { kind: 'value' },
    unitPriceSource:
      currency === settings.currency
        ? { kind: 'value' }
        : { kind: 'converted', amount: item.unitPrice, currency },
    priceMissing: false,
    overridden: []
  }
  if (item.notes !== undefined) line.notes = item.notes
  return line
}

function sum(lines: readonly QuoteLine[]): number {
  let total = 0
  for (const line of lines) total += line.lineTotal
  return total
}

function supportLine(
  edits: QuoteEdits,
  plan: PlanDocument,
  hardwareSubtotal: number,
  override?: QuoteLineOverride
): QuoteLine | undefined {
  if (!edits.support || override?.excluded) return undefined
  const overridden: QuoteLine['overridden'] = []
  const years = override?.quantity ?? edits.support.years ?? plan.settings.years
  if (override?.quantity !== undefined) overridden.push('quantity')
  const unitPrice = override?.unitPrice ?? edits.support.ratePerYear * hardwareSubtotal
  if (override?.unitPrice !== undefined) overridden.push('unitPrice')
  const discount = override?.discount ?? 0
  if (override?.discount !== undefined) overridden.push('discount')
  const description: LineText =
    override?.description !== undefined
      ? { text: override.description }
      : {
          key: 'quote.lines.support',
          params: { percent: roundForLabel(edits.support.ratePerYear * 100) }
        }
  if (override?.description !== undefined) overridden.push('description')
  return {
    id: 'support',
    category: 'support',
    section: 'services',
    description,
    quantity: years,
    unit: { key: 'quote.units.year' },
    unitPrice,
    discount,
    lineTotal: lineTotal(years, unitPrice, discount),
    quantitySource: override?.quantity !== undefined ? { kind: 'value' } : { kind: 'supportYears' },
    unitPriceSource:
      override?.unitPrice !== undefined
        ? { kind: 'value' }
        : { kind: 'supportRate', ratePerYear: edits.support.ratePerYear },
    priceMissing: false,
    overridden
  }
}

function roundForLabel(x: number): number {
  return Math.round(x * 100) / 100
}

/**
 * The quote's lines, in workbook order: hardware (per accelerator model its servers, then its
 * cards; then the user's hardware items), services (the user's service items, then support),
 * optional items. Derived lines the user excluded are left out.
 */
export function computeQuoteLines(
  plan: PlanDocument,
  estimate: EstimateResult,
  edits: QuoteEdits
): QuoteLines {
  const settings = plan.settings
  const overrides = new Map(edits.overrides.map((o) => [o.lineId, o]))
  const derived = derivedLines(estimate)
    .filter((spec) => !overrides.get(spec.id)?.excluded)
    .map((spec) => applyDerived(spec, estimate, settings.discount, overrides.get(spec.id)))
  const items = edits.items.map((item) => itemLine(item, plan))
  const hardware = [...derived, ...items.filter((line) => line.section === 'hardware')]
  const hardwareSubtotal = sum(hardware)
  const services = items.filter((line) => line.section === 'services')
  const support = supportLine(edits, plan, hardwareSubtotal, overrides.get('support'))
  if (support) services.push(support)
  const optional = items.filter((line) => line.section === 'optional')
  const servicesSubtotal = sum(services)
  const subtotal = hardwareSubtotal + servicesSubtotal
  const tax = subtotal * settings.taxRate
  return {
    currency: settings.currency,
    lines: [...hardware, ...services, ...optional],
    totals: {
      currency: settings.currency,
      hardwareSubtotal,
      servicesSubtotal,
      subtotal,
      taxRate: settings.taxRate,
      tax,
      grandTotal: subtotal + tax,
      optionalTotal: sum(optional)
    }
  }
}
