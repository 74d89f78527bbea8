/**
 * CSV export of the quote lines. Spreadsheet programs execute a CSV cell that starts with
 * = + - @ (and, in some, tab or carriage return) as a formula, so every field that starts with
 * one of those is neutralised as OWASP recommends (CSV Injection): prefixed with a single
 * quote, and every field is wrapped in double quotes with inner quotes doubled, so a
 * separator inside user text cannot start a new cell either.
 */
import type { Locale } from '../i18n'
import type { QuoteLines } from './lines'
import { headerText, type QuoteLanguage } from './labels'
import { renderLineText } from './text'
import { exportCellText } from '../export/cell-text'
import { pricedTotal } from './priced-total'

const FORMULA_TRIGGER = /^[=+\-@\t\r]/

/** One CSV field, safe to open in Excel, LibreOffice and Google Sheets. */
export function csvField(value: string | number): string {
  // The export sanitiser every writer shares (noncharacters, controls, Excel's cell limit).
  let text = typeof value === 'number' ? numberText(value) : exportCellText(value)
  if (FORMULA_TRIGGER.test(text)) text = `'${text}`
  return `"${text.replace(/"/g, '""')}"`
}

/** Plain decimal, no grouping, full precision (the reader decides how to display it). */
function numberText(value: number): string {
  return Number.isFinite(value) ? String(value) : ''
}

function localeFor(language: QuoteLanguage): Locale {
  return language === 'zh-CN' ? 'zh-CN' : 'en'
}

/**
 * The lines and totals as CSV text (CRLF line ends, UTF-8 byte order mark so Excel reads
 * Chinese correctly). Amounts are in the plan currency, named in the header.
 */
export function quoteLinesToCsv(quote: QuoteLines, language: QuoteLanguage): string {
  const locale = localeFor(language)
  const currency = quote.currency
  const header = [
    headerText('columns.number', language),
    headerText('columns.category', language),
    headerText('columns.description', language),
    headerText('columns.quantity', language),
    headerText('columns.unit', language),
    headerText('columns.unitPrice', language, { currency }),
    headerText('columns.discount', language),
    headerText('columns.lineTotal', language, { currency }),
    headerText('columns.section', language)
  ]
  const rows: (string | number)[][] = [header]
  quote.lines.forEach((line, index) => {
    rows.push([
      index + 1,
      headerText(`categories.${line.category}`, language),
      renderLineText(line.description, locale),
      line.quantity,
      renderLineText(line.unit, locale),
      // A line without a price has no price and no total (an empty cell, not 0).
      line.priceMissing ? '' : line.unitPrice,
      line.discount,
      line.priceMissing ? '' : line.lineTotal,
      headerText(`sections.${line.section}`, language)
    ])
  })
  const totals = quote.totals
  // Nothing priced: the totals are empty, not 0; partly priced: a row says what is left out.
  const nothingPriced =
    pricedTotal(totals.grandTotal, totals.priceMissingLines, totals.quotedLines).kind === 'none'
  const totalRow = (key: string, value: number, params: Record<string, string | number> = {}) =>
    rows.push([
      '',
      '',
      headerText(key, language, params),
      '',
      '',
      '',
      '',
      nothingPriced && key !== 'totals.optionalTotal' ? '' : value,
      ''
    ])
  totalRow('totals.hardwareSubtotal', totals.hardwareSubtotal)
  totalRow('totals.servicesSubtotal', totals.servicesSubtotal)
  totalRow('totals.subtotal', totals.subtotal)
  totalRow('totals.tax', totals.tax, { percent: Math.round(totals.taxRate * 10000) / 100 })
  totalRow('totals.grandTotal', totals.grandTotal)
  if (quote.lines.some((line) => line.section === 'optional'))
    totalRow('totals.optionalTotal', totals.optionalTotal)
  if (totals.priceMissingLines > 0)
    rows.push([
      '',
      '',
      headerText('totals.linesNeedPrice', language, { n: totals.priceMissingLines }),
      ...Array<string>(6).fill('')
    ])
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`
}
