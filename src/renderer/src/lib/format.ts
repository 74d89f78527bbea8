/**
 * Locale-aware number, unit and currency formatting for the wizard. Presentation only:
 * every value shown was computed by the core in main; this file only decides how it reads.
 */
import type { Locale } from '@shared/i18n'

export type Grouping = 'western' | 'cjk'

export interface FormatOptions {
  locale: Locale
  /** zh-CN only: 万 (10^4) and 亿 (10^8) instead of thousands separators for large values. */
  grouping?: Grouping
  /** Significant digits for non-integers (default 4; integers are shown whole). */
  digits?: number
}

/** Fraction digits that keep `digits` significant figures without padding integers. */
export function fractionDigitsFor(value: number, digits = 3): number {
  const magnitude = Math.abs(value)
  if (magnitude === 0 || !Number.isFinite(magnitude)) return 0
  const integerDigits = Math.floor(Math.log10(magnitude)) + 1
  return Math.max(0, Math.min(6, digits - integerDigits))
}

const formatters = new Map<string, Intl.NumberFormat>()
function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let cached = formatters.get(key)
  if (!cached) {
    cached = new Intl.NumberFormat(locale, options)
    formatters.set(key, cached)
  }
  return cached
}

const CJK_UNITS: [number, string][] = [
  [1e12, '万亿'],
  [1e8, '亿'],
  [1e4, '万']
]

/** 20480 → "20,480" (en) / "20,480" or "2.05万" (zh-CN with 万/亿 grouping). */
export function formatNumber(value: number | null | undefined, options: FormatOptions): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—'
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞'
  const { locale, grouping = 'western', digits = 4 } = options
  const magnitude = Math.abs(value)
  // 万/亿 up to 万亿; beyond that (FLOP counts) scientific notation reads better.
  if (locale === 'zh-CN' && grouping === 'cjk' && magnitude < 1e16) {
    for (const [size, suffix] of CJK_UNITS) {
      if (magnitude >= size) {
        const scaled = value / size
        return `${formatter(locale, { maximumFractionDigits: fractionDigitsFor(scaled, Math.max(digits, 3)) }).format(scaled)}${suffix}`
      }
    }
  }
  if (magnitude >= 1e15 || (magnitude > 0 && magnitude < 1e-4)) {
    return formatter(locale, {
      notation: 'scientific',
      maximumFractionDigits: Math.max(0, digits - 1)
    }).format(value)
  }
  const integer = Number.isInteger(value)
  return formatter(locale, {
    maximumFractionDigits: integer ? 0 : fractionDigitsFor(value, digits)
  }).format(value)
}

/** Currency amounts: whole units, symbol per locale (¥ / $ / €); 万/亿 grouping in zh-CN when asked. */
export function formatCurrency(
  amount: number | null | undefined,
  currency: string,
  options: FormatOptions
): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return '—'
  const { locale, grouping = 'western' } = options
  if (locale === 'zh-CN' && grouping === 'cjk' && Math.abs(amount) >= 1e4) {
    const symbol =
      formatter(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' })
        .formatToParts(0)
        .find((part) => part.type === 'currency')?.value ?? currency
    return `${symbol}${formatNumber(amount, { locale, grouping, digits: 4 })}`
  }
  return formatter(locale, {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    maximumFractionDigits: Math.abs(amount) >= 100 ? 0 : 2
  }).format(amount)
}

/** A value with its unit: "40.1 GB", "34 days" / "34 天". `unitLabel` is already translated. */
export function formatWithUnit(
  value: number | null | undefined,
  unitLabel: string,
  options: FormatOptions
): string {
  const number = formatNumber(value, options)
  if (!unitLabel || number === '—') return number
  if (unitLabel === '%') return `${number}%`
  return `${number} ${unitLabel}`
}

export function formatPercent(fraction: number | null | undefined, options: FormatOptions): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '—'
  return `${formatNumber(fraction * 100, { ...options, grouping: 'western' })}%`
}

/** Typical value with its optimistic–pessimistic range: "34 (28–41)". */
export function formatRange(
  range: { typical: number; low: number; high: number },
  unitLabel: string,
  options: FormatOptions
): string {
  const low = Math.min(range.low, range.high)
  const high = Math.max(range.low, range.high)
  if (low === high) return formatWithUnit(range.typical, unitLabel, options)
  return `${formatWithUnit(range.typical, unitLabel, options)} (${formatNumber(low, options)}–${formatNumber(high, options)})`
}
