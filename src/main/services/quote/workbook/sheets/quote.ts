/**
 * Quote sheet: the procurement block (quote number, date, validity, buyer and supplier), the
 * line items with quantity, unit, unit price, discount and line total before VAT, the VAT rate
 * and the amounts with VAT, then subtotals, tax, grand total and the total in words, and the
 * terms (delivery, payment, warranty, remarks). Quantities and prices derived from the
 * estimate link to the Sizing sheet, discounts and the VAT rate to the plan's settings, totals
 * are SUMs: change an assumption and the quote follows. Every formula carries its current value.
 */
import type { QuoteLine } from '@shared/quote/lines'
import {
  columnHeader,
  label,
  labelled,
  lineText,
  primaryLocale,
  sheetName,
  type QuoteModel
} from '../model'
import { translate } from '@shared/i18n'
import { procurementLabel, procurementRows } from '../procurement'
import { clusterPrefix, groupPrefix, exchangeRateName, planSettingName } from '../scopes'
import { joinClauses } from '@shared/i18n/punctuation'
import { RowList, type CellSpec, type SheetSpec } from '../spec'

/** Column letters of the line table (used in the row formulas). */
const COL = {
  quantity: 'D',
  unitPrice: 'F',
  discount: 'G',
  total: 'H',
  vatRate: 'I',
  unitPriceWithVat: 'J',
  totalWithVat: 'K'
} as const

export const QUOTE_TOTAL_NAMES = {
  hardwareSubtotal: 'Quote_HardwareSubtotal',
  servicesSubtotal: 'Quote_ServicesSubtotal',
  subtotal: 'Quote_Subtotal',
  tax: 'Quote_Tax',
  grandTotal: 'Quote_GrandTotal',
  optionalTotal: 'Quote_OptionalTotal'
} as const

function quantityCell(model: QuoteModel, line: QuoteLine): CellSpec {
  const source = line.quantitySource
  const { names } = model
  if (source.kind === 'groupStep')
    return {
      formula: names.use(names.nameFor(groupPrefix(source.ref.group), source.ref.step)),
      result: line.quantity,
      style: 'integer'
    }
  if (source.kind === 'clusterStep')
    return {
      formula: names.use(names.nameFor(clusterPrefix(model, source.section), source.step)),
      result: line.quantity,
      style: 'integer'
    }
  if (source.kind === 'clusterSteps')
    return {
      formula: source.refs
        .map((ref) => names.use(names.nameFor(clusterPrefix(model, ref.section), ref.step)))
        .join('+'),
      result: line.quantity,
      style: 'integer'
    }
  if (source.kind === 'supportYears')
    return {
      formula: names.use(planSettingName(names, 'supportYears')),
      result: line.quantity,
      style: 'number'
    }
  return { number: line.quantity, style: 'input' }
}

function unitPriceCell(model: QuoteModel, line: QuoteLine): CellSpec {
  const source = line.unitPriceSource
  const { names } = model
  switch (source.kind) {
    case 'groupStep':
      return {
        formula: names.use(names.nameFor(groupPrefix(source.ref.group), source.ref.step)),
        result: line.unitPrice,
        style: 'money'
      }
    case 'converted': {
      const from = names.use(exchangeRateName(names, source.currency))
      const to = names.use(exchangeRateName(names, model.quote.currency))
      return { formula: `${source.amount}/${from}*${to}`, result: line.unitPrice, style: 'money' }
    }
    case 'supportRate': {
      const rate = names.use(planSettingName(names, 'supportRatePerYear'))
      return {
        formula: `${rate}*${names.use(QUOTE_TOTAL_NAMES.hardwareSubtotal)}`,
        result: line.unitPrice,
        style: 'money'
      }
    }
    case 'installationRate':
      return {
        formula: `${source.fraction}*${names.use(QUOTE_TOTAL_NAMES.hardwareSubtotal)}`,
        result: line.unitPrice,
        style: 'money'
      }
    case 'value':
      return {
        number: line.unitPrice,
        style: line.priceMissing ? 'inputMoneyNeeded' : 'inputMoney'
      }
  }
}

/** The plan's discount stays live unless the user set this line's own. */
function discountCell(model: QuoteModel, line: QuoteLine): CellSpec {
  const follows =
    !line.overridden.includes('discount') &&
    line.discount === model.plan.settings.discount &&
    (line.category === 'server' || line.category === 'accelerator' || line.section === 'hardware')
  if (follows)
    return {
      formula: model.names.use(planSettingName(model.names, 'discount')),
      result: line.discount,
      style: 'percent'
    }
  return { number: line.discount, style: 'inputPercent' }
}

function notesText(model: QuoteModel, line: QuoteLine): string {
  const marks: string[] = []
  if (line.priceMissing) marks.push(label(model, 'marks.priceMissing'))
  if (line.overridden.length > 0)
    marks.push(labelled(model, label(model, 'marks.overridden'), line.overridden.join(', ')))
  if (line.priceCitation !== undefined)
    marks.push(labelled(model, label(model, 'marks.priceSource'), line.priceCitation))
  if (line.notes !== undefined) marks.push(line.notes)
  return joinClauses(marks, translate(primaryLocale(model), 'app.punctuation.listSeparator'))
}

/** Money of a line without a price reads "price needed" while it is zero. */
function moneyStyle(line: QuoteLine): 'money' | 'moneyNeeded' {
  return line.priceMissing ? 'moneyNeeded' : 'money'
}

/** VAT rate (the plan's, live), unit price and line total with VAT. */
function vatCells(model: QuoteModel, line: QuoteLine, row: number): CellSpec[] {
  const rate = model.quote.totals.taxRate
  const money = moneyStyle(line)
  return [
    {
      formula: model.names.use(planSettingName(model.names, 'taxRate')),
      result: rate,
      style: 'percent'
    },
    {
      formula: `${COL.unitPrice}${row}*(1-${COL.discount}${row})*(1+${COL.vatRate}${row})`,
      result: line.unitPrice * (1 - line.discount) * (1 + rate),
      style: money
    },
    {
      formula: `${COL.total}${row}*(1+${COL.vatRate}${row})`,
      result: line.lineTotal * (1 + rate),
      style: money
    }
  ]
}

function lineRow(model: QuoteModel, line: QuoteLine, number: number, row: number): CellSpec[] {
  return [
    { number, style: 'integer' },
    { text: label(model, `categories.${line.category}`) },
    { text: lineText(model, line.description), style: 'wrap' },
    quantityCell(model, line),
    { text: lineText(model, line.unit) },
    unitPriceCell(model, line),
    discountCell(model, line),
    {
      formula: `${COL.quantity}${row}*${COL.unitPrice}${row}*(1-${COL.discount}${row})`,
      result: line.lineTotal,
      style: moneyStyle(line)
    },
    ...vatCells(model, line, row),
    { text: notesText(model, line), style: 'wrap' }
  ]
}

function totalRow(
  labelText: string,
  formula: string,
  result: number,
  name: string,
  grand = false
): CellSpec[] {
  return [
    null,
    null,
    { text: labelText, style: 'totalLabel' },
    null,
    null,
    null,
    null,
    { formula, result, style: grand ? 'moneyGrandTotal' : 'moneyTotal', name }
  ]
}

/** Adds a section's lines and returns the SUM formula of their totals. */
function section(
  model: QuoteModel,
  rows: RowList,
  lines: QuoteLine[],
  first: number,
  sectionKey: string
): string {
  if (lines.length === 0) return '0'
  rows.add([{ text: label(model, `sections.${sectionKey}`) }], 'section')
  const start = rows.nextRow
  lines.forEach((line, i) => rows.addLater((row) => lineRow(model, line, first + i, row)))
  return `SUM(${COL.total}${start}:${COL.total}${rows.nextRow - 1})`
}

export function quoteSheet(model: QuoteModel): SheetSpec {
  const { quote, names } = model
  const totals = quote.totals
  const use = (name: string) => names.use(name)
  const rows = new RowList()
  rows.add([{ text: labelled(model, label(model, 'title'), model.plan.name) }], 'title')
  const block = procurementRows(model)
  for (const row of block.top) rows.add(row.cells, row.style)
  const headerRow = rows.nextRow
  rows.add(
    [
      columnHeader(model, 'columns.number'),
      columnHeader(model, 'columns.category'),
      columnHeader(model, 'columns.description'),
      columnHeader(model, 'columns.quantity'),
      columnHeader(model, 'columns.unit'),
      columnHeader(model, 'columns.unitPrice', { currency: quote.currency }),
      columnHeader(model, 'columns.discount'),
      columnHeader(model, 'columns.lineTotal', { currency: quote.currency }),
      procurementLabel(model, 'columns.vatRate', {}, '\n'),
      procurementLabel(model, 'columns.unitPriceWithVat', { currency: quote.currency }, '\n'),
      procurementLabel(model, 'columns.totalWithVat', { currency: quote.currency }, '\n'),
      columnHeader(model, 'columns.notes')
    ].map((text) => ({ text })),
    'header'
  )
  const bySection = (key: QuoteLine['section']) =>
    quote.lines.filter((line) => line.section === key)
  const hardware = bySection('hardware')
  const services = bySection('services')
  const optional = bySection('optional')

  const hardwareSum = section(model, rows, hardware, 1, 'hardware')
  rows.add(
    totalRow(
      label(model, 'totals.hardwareSubtotal'),
      hardwareSum,
      totals.hardwareSubtotal,
      QUOTE_TOTAL_NAMES.hardwareSubtotal
    )
  )
  const servicesSum = section(model, rows, services, hardware.length + 1, 'services')
  rows.add(
    totalRow(
      label(model, 'totals.servicesSubtotal'),
      servicesSum,
      totals.servicesSubtotal,
      QUOTE_TOTAL_NAMES.servicesSubtotal
    )
  )
  rows.add(
    totalRow(
      label(model, 'totals.subtotal'),
      `${use(QUOTE_TOTAL_NAMES.hardwareSubtotal)}+${use(QUOTE_TOTAL_NAMES.servicesSubtotal)}`,
      totals.subtotal,
      QUOTE_TOTAL_NAMES.subtotal
    )
  )
  rows.add(
    totalRow(
      label(model, 'totals.tax', { percent: Math.round(totals.taxRate * 10000) / 100 }),
      `${use(QUOTE_TOTAL_NAMES.subtotal)}*${use(planSettingName(names, 'taxRate'))}`,
      totals.tax,
      QUOTE_TOTAL_NAMES.tax
    )
  )
  rows.add(
    totalRow(
      label(model, 'totals.grandTotal'),
      `${use(QUOTE_TOTAL_NAMES.subtotal)}+${use(QUOTE_TOTAL_NAMES.tax)}`,
      totals.grandTotal,
      QUOTE_TOTAL_NAMES.grandTotal,
      true
    )
  )
  for (const row of block.words) rows.add(row.cells, row.style)
  if (optional.length > 0) {
    rows.blank()
    const optionalSum = section(
      model,
      rows,
      optional,
      hardware.length + services.length + 1,
      'optional'
    )
    rows.add(
      totalRow(
        label(model, 'totals.optionalTotal'),
        optionalSum,
        totals.optionalTotal,
        QUOTE_TOTAL_NAMES.optionalTotal
      )
    )
  }
  for (const row of block.bottom) rows.add(row.cells, row.style)
  return {
    name: sheetName(model, 'quote'),
    columns: [
      { minWidth: 5, maxWidth: 8 },
      { minWidth: 10, maxWidth: 20 },
      { minWidth: 30, maxWidth: 60 },
      { minWidth: 10, maxWidth: 14 },
      { minWidth: 6, maxWidth: 12 },
      { minWidth: 14, maxWidth: 20 },
      { minWidth: 9, maxWidth: 10 },
      { minWidth: 16, maxWidth: 22 },
      { minWidth: 8, maxWidth: 10 },
      { minWidth: 14, maxWidth: 20 },
      { minWidth: 16, maxWidth: 22 },
      { minWidth: 16, maxWidth: 40 }
    ],
    rows,
    // The procurement block sits above the table: only the table's header row repeats on
    // each printed page, and nothing is frozen (a frozen block would fill the screen).
    headerRows: 0,
    printTitleRows: { first: headerRow, last: headerRow },
    landscape: true,
    tabColor: 'FF1F4E9A'
  }
}
