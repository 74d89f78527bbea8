/**
 * Cell styles, created once per workbook and shared by reference (exceljs deduplicates by
 * object, so 10,000 rows cost one style each, not one per cell).
 */
import type { Style } from 'exceljs'
import type { Currency } from '@shared/schema/plan'

export type StyleKey =
  | 'title'
  | 'subtitle'
  | 'header'
  | 'section'
  | 'text'
  | 'wrap'
  | 'muted'
  | 'note'
  | 'integer'
  | 'number'
  | 'fraction'
  | 'quantity'
  | 'percent'
  | 'money'
  | 'moneyTotal'
  | 'moneyGrandTotal'
  | 'totalLabel'
  | 'input'
  | 'inputPercent'
  | 'inputMoney'
  | 'inputMoneyNeeded'
  | 'moneyNeeded'
  | 'lookup'
  | 'highlightText'
  | 'highlightNumber'
  | 'highlightInteger'
  | 'highlightMoney'

/** A share (MFU, goodput, usable memory): shown as a percentage, as the screen shows it. */
export function isFraction(unit: string): boolean {
  return unit === 'fraction'
}

/** Excel number format for an amount in `currency`: symbol, thousands separators, 2 decimals. */
export function moneyFormat(currency: Currency): string {
  const symbol = { CNY: '¥', USD: '$', EUR: '€' }[currency]
  return `"${symbol}"#,##0.00;-"${symbol}"#,##0.00`
}

const INPUT_BLUE = { argb: 'FF1F4E9A' }
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } } as const
const SECTION_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } } as const
const HIGHLIGHT_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } } as const
const THIN = { style: 'thin', color: { argb: 'FF9BA7B4' } } as const

export type StyleSet = Record<StyleKey, Partial<Style>>

/**
 * `fontName` covers both scripts: Excel and LibreOffice fall back per glyph, but a CJK-capable
 * default keeps row heights and widths predictable when the workbook is in Chinese.
 */
export function createStyles(currency: Currency, cjk: boolean, priceNeeded = ''): StyleSet {
  const font = { name: cjk ? 'Microsoft YaHei' : 'Calibri', size: 10 }
  const money = moneyFormat(currency)
  // A line without a price: its zero reads "需要报价 / price needed", never "¥0.00", until a
  // price is typed in (then the positive section shows it as money).
  const moneyOrNeeded = priceNeeded ? `${money};"${priceNeeded.replace(/"/g, '')}"` : money
  const top = { vertical: 'top' } as const
  return {
    title: { font: { ...font, size: 14, bold: true } },
    subtitle: { font: { ...font, size: 11, bold: true } },
    header: {
      font: { ...font, bold: true },
      fill: HEADER_FILL,
      alignment: { vertical: 'middle', wrapText: true },
      border: { bottom: THIN }
    },
    section: { font: { ...font, bold: true }, fill: SECTION_FILL },
    text: { font, alignment: top },
    wrap: { font, alignment: { vertical: 'top', wrapText: true } },
    /** A one-line remark that runs on into the empty cells to its right (never wraps). */
    note: { font: { ...font, color: { argb: 'FF595959' }, italic: true }, alignment: top },
    muted: {
      font: { ...font, color: { argb: 'FF595959' }, italic: true },
      alignment: { vertical: 'top', wrapText: true }
    },
    integer: { font, numFmt: '#,##0', alignment: top },
    number: { font, numFmt: 'General', alignment: top },
    // Always one decimal at least: Excel shows '0.##' of 5 as "5." (LibreOffice hides the point).
    fraction: { font, numFmt: '#,##0.0##', alignment: top },
    // Power and energy: grouped, one decimal (6,074.6 MWh, not 6074.587).
    quantity: { font, numFmt: '#,##0.0', alignment: top },
    percent: { font, numFmt: '0.0##%', alignment: top },
    money: { font, numFmt: money, alignment: top },
    moneyTotal: { font: { ...font, bold: true }, numFmt: money, border: { top: THIN } },
    moneyGrandTotal: {
      font: { ...font, bold: true, size: 11 },
      numFmt: money,
      border: { top: THIN, bottom: { style: 'double' } }
    },
    totalLabel: { font: { ...font, bold: true } },
    // Inputs a reader may change are blue, the usual financial-model convention.
    input: { font: { ...font, color: INPUT_BLUE }, numFmt: 'General', alignment: top },
    inputPercent: { font: { ...font, color: INPUT_BLUE }, numFmt: '0.0##%', alignment: top },
    inputMoney: { font: { ...font, color: INPUT_BLUE }, numFmt: money, alignment: top },
    inputMoneyNeeded: {
      font: { ...font, color: INPUT_BLUE },
      numFmt: moneyOrNeeded,
      alignment: top
    },
    moneyNeeded: { font, numFmt: moneyOrNeeded, alignment: top },
    lookup: { font: { ...font, color: { argb: 'FF595959' } }, numFmt: 'General', alignment: top },
    highlightText: { font: { ...font, bold: true }, fill: HIGHLIGHT_FILL },
    highlightNumber: { font: { ...font, bold: true }, fill: HIGHLIGHT_FILL, numFmt: '#,##0.0##' },
    highlightInteger: { font: { ...font, bold: true }, fill: HIGHLIGHT_FILL, numFmt: '#,##0' },
    highlightMoney: { font: { ...font, bold: true }, fill: HIGHLIGHT_FILL, numFmt: money }
  }
}
