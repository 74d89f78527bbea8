/**
 * Quote lines from a plan's estimate and the user's quote edits. Pure: the renderer's Quote
 * step, the workbook writer and the CSV export all call this one function, so the numbers on
 * screen, in the .xlsx and in the CSV are the same numbers.
 *
 * Arithmetic is done in the same order as the workbook's formulas (quantity × unit price ×
 * (1 − discount), sums in line order), so cached cell values equal what Excel recalculates.
 */
import type { AcceleratorGroup, EstimateResult } from '../core'
import type { CostCategory, PartCount, PartRole } from '../core/cluster'
import { partNameZh } from '../core/cluster/network-catalog'
import { indexPriceBook, resolvePartPrice } from '../core/cluster/prices'
import type { Currency, PlanDocument } from '../schema/plan'
import type { QuoteEdits, QuoteItem, QuoteItemCategory, QuoteLineOverride } from '../schema/quote'
import { convertPrice } from './money'
import { translate } from '../i18n'
import type { LineText } from './text'

export type QuoteLineCategory =
  'server' | 'accelerator' | 'support' | 'facility' | QuoteItemCategory
export type QuoteSection = 'hardware' | 'services' | 'optional'

/** Categories whose lines make up the hardware subtotal (the base of support and discounts). */
const HARDWARE_CATEGORIES: ReadonlySet<QuoteLineCategory> = new Set([
  'server',
  'accelerator',
  'spareAccelerator',
  'network',
  'storage',
  'facility'
])

/** Where a derived value lives in the roll-up, so the workbook can link to it live. */
export interface GroupStepRef {
  /** Index into `estimate.totals.byAccelerator`. */
  group: number
  step: string
}

export type QuantitySource =
  | { kind: 'groupStep'; ref: GroupStepRef }
  /** A count of the whole-cluster sizing: `estimate.totals.cluster`, section and step. */
  | { kind: 'clusterStep'; section: string; step: string }
  /** One part in one role counted in several sections (e.g. compute racks of two groups): Σ. */
  | { kind: 'clusterSteps'; refs: { section: string; step: string }[] }
  | { kind: 'supportYears' }
  | { kind: 'value' }

export type UnitPriceSource =
  | { kind: 'groupStep'; ref: GroupStepRef }
  /** A price in another currency, converted with the plan's exchange rates. */
  | { kind: 'converted'; amount: number; currency: Currency }
  /** Support: rate per year × the hardware subtotal. */
  | { kind: 'supportRate'; ratePerYear: number }
  /** Installation: fraction × the hardware subtotal. */
  | { kind: 'installationRate'; fraction: number }
  | { kind: 'value' }

export interface QuoteLine {
  /**
   * Stable id: `server:<accelerator id>`, `accelerator:<accelerator id>`, `cluster:<part line>`,
   * `installation`, `support`, `item:<id>`.
   */
  id: string
  category: QuoteLineCategory
  /** What the line does in the cluster (`bomRoles.roles.<role>`). */
  role: PartRole
  /** Cost breakdown bucket (Results chart). */
  costCategory: CostCategory
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
  /** Where a part's price comes from (source and date), cited as published, not translated. */
  priceCitation?: string
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
  /**
   * Lines of the quote proper (not optional) that still need a price: the totals leave them
   * out, so a total is only a total when this is 0 (and no figure at all when every line lacks one).
   */
  priceMissingLines: number
  /** Lines of the quote proper (hardware and services). */
  quotedLines: number
}

export interface QuoteLines {
  currency: Currency
  lines: QuoteLine[]
  totals: QuoteTotals
  /** Lines the planner left out, by name, so the Quote step can offer each one back. */
  leftOut: LeftOutLine[]
}

/** A derived line the planner excluded: its id and the description it would have had. */
export interface LeftOutLine {
  id: string
  description: LineText
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
  role: PartRole
  costCategory: CostCategory
  description: LineText
  unit: LineText
  groupIndex: number
  quantityStep: string
  quantity: number
  priceStep: string
}

/**
 * A group bought as complete systems: one line per system, the cards inside its price (no
 * card line, no chassis line). Counted under accelerators in the cost breakdown: the cards
 * are most of a system's price and vendors publish no split.
 */
function systemLine(group: AcceleratorGroup, groupIndex: number): DerivedLineSpec | undefined {
  const system = group.completeSystem
  if (!system) return undefined
  return {
    id: `system:${group.acceleratorId}`,
    category: 'server',
    role: 'computeSystem',
    costCategory: 'accelerators',
    description: {
      key: 'systems.line',
      params: {
        system: system.name,
        count: system.accelerators,
        accelerator: group.acceleratorName
      },
      localized: {
        'zh-CN': {
          system: system.nameZh ?? system.name,
          accelerator: group.acceleratorNameZh ?? group.acceleratorName
        }
      }
    },
    unit: { key: 'quote.units.server' },
    groupIndex,
    quantityStep: 'systemsToBuy',
    quantity: stepValue(group, 'systemsToBuy') ?? group.servers,
    priceStep: 'systemUnitPrice'
  }
}

function derivedLines(estimate: EstimateResult): DerivedLineSpec[] {
  const groups = estimate.totals?.byAccelerator ?? []
  return groups.flatMap((group, groupIndex): DerivedLineSpec[] => {
    const system = systemLine(group, groupIndex)
    return system ? [system] : partLines(group, groupIndex)
  })
}

/** Cards and the chassis they go into, as two lines. */
function partLines(group: AcceleratorGroup, groupIndex: number): DerivedLineSpec[] {
  return [
    {
      id: `server:${group.acceleratorId}`,
      category: 'server',
      role: 'computeServer',
      costCategory: 'servers',
      description: {
        key: 'quote.lines.server',
        params: {
          server: group.server.name,
          count: group.server.acceleratorsPerServer,
          accelerator: group.acceleratorName
        },
        localized: {
          'zh-CN': {
            server: group.server.nameZh ?? group.server.name,
            accelerator: group.acceleratorNameZh ?? group.acceleratorName
          }
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
      role: 'computeAccelerator',
      costCategory: 'accelerators',
      description: {
        key: 'quote.lines.accelerator',
        params: { accelerator: group.acceleratorName },
        localized: { 'zh-CN': { accelerator: group.acceleratorNameZh ?? group.acceleratorName } }
      },
      unit: { key: 'quote.units.card' },
      groupIndex,
      quantityStep: 'acceleratorsToBuy',
      quantity: group.acceleratorsToBuy,
      priceStep: 'acceleratorUnitPrice'
    }
  ]
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
    role: spec.role,
    costCategory: spec.costCategory,
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

const ITEM_COST_CATEGORY: Record<QuoteItemCategory, CostCategory> = {
  spareAccelerator: 'accelerators',
  network: 'network',
  storage: 'storage',
  software: 'services',
  installation: 'services',
  service: 'services',
  other: 'services'
}

const PART_LINE_CATEGORY: Record<CostCategory, QuoteLineCategory> = {
  accelerators: 'accelerator',
  servers: 'server',
  network: 'network',
  storage: 'storage',
  facility: 'facility',
  services: 'service'
}

/** The override a user made to a derived line, applied to the line the estimate gives. */
function withOverride(line: QuoteLine, override?: QuoteLineOverride): QuoteLine {
  if (!override) return line
  const next = { ...line, overridden: [...line.overridden] }
  if (override.quantity !== undefined) {
    next.quantity = override.quantity
    next.quantitySource = { kind: 'value' }
    next.overridden.push('quantity')
  }
  if (override.unitPrice !== undefined) {
    next.unitPrice = override.unitPrice
    next.unitPriceSource = { kind: 'value' }
    next.priceMissing = false
    next.overridden.push('unitPrice')
  }
  if (override.discount !== undefined) {
    next.discount = override.discount
    next.overridden.push('discount')
  }
  if (override.description !== undefined) {
    next.description = { text: override.description }
    next.overridden.push('description')
  }
  next.lineTotal = lineTotal(next.quantity, next.unitPrice, next.discount)
  return next
}

/** The unit a procurement office counts each part class in (台, 个, 根…). */
const PART_UNIT: Record<PartCount['partClass'], string> = {
  accelerator: 'quote.units.card',
  server: 'quote.units.server',
  switch: 'procurement.units.device',
  nic: 'quote.units.card',
  transceiver: 'procurement.units.piece',
  cable: 'procurement.units.cable',
  storage: 'procurement.units.device',
  managementNode: 'procurement.units.device',
  rack: 'procurement.units.piece',
  pdu: 'procurement.units.piece',
  service: 'quote.units.item'
}

/** The role of a part in both languages, as the line's text needs it. */
export function roleText(role: PartRole): { en: string; 'zh-CN': string } {
  return {
    en: translate('en', `bomRoles.roles.${role}`),
    'zh-CN': translate('zh-CN', `bomRoles.roles.${role}`)
  }
}

/** Parts of one catalog part in one role: one line (a part with no catalog id: its need). */
function mergeByPartAndRole(parts: readonly PartCount[]): PartCount[][] {
  const byKey = new Map<string, PartCount[]>()
  for (const part of parts) {
    const key = `${part.partClass}\u0000${part.role}\u0000${part.partId ?? part.name}`
    const list = byKey.get(key)
    if (list) list.push(part)
    else byKey.set(key, [part])
  }
  return [...byKey.values()]
}

/**
 * One quote line per part and role of the whole-cluster sizing, priced from the price book.
 * A part counted in one section keeps that section's line id; one counted in several (the
 * compute racks of two accelerator groups) is one line `cluster:<role>:<part>` whose quantity
 * is the sum of the sections' counts.
 */
function partLine(
  same: readonly PartCount[],
  plan: PlanDocument,
  book: ReturnType<typeof indexPriceBook>
): QuoteLine {
  const settings = plan.settings
  const part = same[0]
  const price = resolvePartPrice(part.partId, part.price, book, settings)
  const category = PART_LINE_CATEGORY[part.category]
  const discount = HARDWARE_CATEGORIES.has(category) ? settings.discount : 0
  const unitPrice = price?.unitPrice ?? 0
  const quantity = same.reduce((s, p) => s + p.quantity, 0)
  const role = roleText(part.role)
  return {
    id:
      same.length === 1
        ? `cluster:${part.lineId}`
        : `cluster:${part.role}:${part.partId ?? part.lineId}`,
    category,
    role: part.role,
    costCategory: part.category,
    section: HARDWARE_CATEGORIES.has(category) ? 'hardware' : 'services',
    description: {
      key: `bomRoles.line.${part.partClass}`,
      params: { name: part.name, role: role.en },
      localized: { 'zh-CN': { name: partNameZh(part.partId, part.name), role: role['zh-CN'] } }
    },
    quantity,
    unit: { key: PART_UNIT[part.partClass] },
    unitPrice,
    discount,
    lineTotal: lineTotal(quantity, unitPrice, discount),
    quantitySource:
      same.length === 1
        ? { kind: 'clusterStep', section: part.section, step: part.step }
        : { kind: 'clusterSteps', refs: same.map((p) => ({ section: p.section, step: p.step })) },
    unitPriceSource:
      price && (price.currency !== settings.currency || price.taxIncluded)
        ? { kind: 'converted', amount: price.amount, currency: price.currency }
        : { kind: 'value' },
    priceMissing: price === undefined,
    overridden: [],
    ...(price ? { priceCitation: [price.source, price.date].filter(Boolean).join(', ') } : {})
  }
}

/** Installation and commissioning: a fraction of the hardware subtotal, or "price needed". */
function installationLine(plan: PlanDocument, hardwareSubtotal: number): QuoteLine {
  const fraction = plan.settings.cluster?.installationFraction
  const unitPrice = fraction !== undefined ? fraction * hardwareSubtotal : 0
  return {
    id: 'installation',
    category: 'installation',
    role: 'installation',
    costCategory: 'services',
    section: 'services',
    description: { key: 'cluster.lines.installation' },
    quantity: 1,
    unit: { key: 'quote.units.item' },
    unitPrice,
    discount: 0,
    lineTotal: lineTotal(1, unitPrice, 0),
    quantitySource: { kind: 'value' },
    unitPriceSource:
      fraction !== undefined ? { kind: 'installationRate', fraction } : { kind: 'value' },
    priceMissing: fraction === undefined,
    overridden: []
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
    role: 'plannerItem',
    costCategory: ITEM_COST_CATEGORY[item.category],
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
    role: 'support',
    costCategory: 'services',
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
  const leftOut: LeftOutLine[] = []
  /** Keeps a line unless the planner excluded it; an excluded one is named in `leftOut`. */
  const included = (line: { id: string; description: LineText }): boolean => {
    const override = overrides.get(line.id)
    if (!override?.excluded) return true
    const description =
      override.description !== undefined ? { text: override.description } : line.description
    leftOut.push({ id: line.id, description })
    return false
  }
  const derived = derivedLines(estimate)
    .filter(included)
    .map((spec) => applyDerived(spec, estimate, settings.discount, overrides.get(spec.id)))
  const items = edits.items.map((item) => itemLine(item, plan))
  const cluster = estimate.totals?.cluster
  const book = indexPriceBook(plan.priceBook)
  const parts = mergeByPartAndRole(cluster?.parts ?? [])
    .map((same) => partLine(same, plan, book))
    .filter(included)
    .map((line) => withOverride(line, overrides.get(line.id)))
  const hardware = [
    ...derived,
    ...parts.filter((line) => line.section === 'hardware'),
    ...items.filter((line) => line.section === 'hardware')
  ]
  const hardwareSubtotal = sum(hardware)
  const services = [
    ...parts.filter((line) => line.section === 'services'),
    ...items.filter((line) => line.section === 'services')
  ]
  const installation = cluster ? installationLine(plan, hardwareSubtotal) : undefined
  if (installation && included(installation))
    services.push(withOverride(installation, overrides.get('installation')))
  // The support line is built as if kept, so that a left-out one is named too.
  const supportOverride = overrides.get('support')
  const support = supportLine(
    edits,
    plan,
    hardwareSubtotal,
    supportOverride && { ...supportOverride, excluded: undefined }
  )
  if (support && included(support)) services.push(support)
  const optional = items.filter((line) => line.section === 'optional')
  const servicesSubtotal = sum(services)
  const subtotal = hardwareSubtotal + servicesSubtotal
  const tax = subtotal * settings.taxRate
  const quoted = [...hardware, ...services]
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
      optionalTotal: sum(optional),
      priceMissingLines: quoted.filter((line) => line.priceMissing).length,
      quotedLines: quoted.length
    },
    leftOut
  }
}
