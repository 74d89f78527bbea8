/**
 * Durations in a unit a person reads at a glance (issue 19: "0.08633 天" is 2.1 hours). The
 * core computes every duration in days; this picks the unit by size and rounds to what the
 * estimate can honestly claim. Pure: used by the renderer, and open to the CLI and workbooks.
 *
 * Units by size (days d):
 *   d < 1/1440 (1 min)   → seconds
 *   d < 1/24   (1 h)     → minutes
 *   d < 2                → hours   (a 30-hour job reads as 30 h, not 1.25 days)
 *   d < 60               → days
 *   d < 730    (2 years) → months  (30.4375 days: a Gregorian year / 12)
 *   otherwise            → years   (365.25 days)
 * Rounding: one decimal below 10, whole numbers from 10 up (2.1 h, 9.5 days, 45 days).
 */
// The unit words come straight from the planner catalogues, not through `translate`: the
// i18n index formats duration parameters with this module (message-params.ts), so importing
// the index here would make a cycle.
import enPlanner from '../i18n/en/planner'
import zhPlanner from '../i18n/zh-CN/planner'
import type { Locale } from '../i18n/types'

export const DURATION_UNITS = ['seconds', 'minutes', 'hours', 'days', 'months', 'years'] as const
export type DurationUnit = (typeof DURATION_UNITS)[number]

/** Days in one of each unit. */
export const DAYS_PER: Record<DurationUnit, number> = {
  seconds: 1 / 86_400,
  minutes: 1 / 1440,
  hours: 1 / 24,
  days: 1,
  months: 365.25 / 12,
  years: 365.25
}

export function durationUnitFor(days: number): DurationUnit {
  const size = Math.abs(days)
  if (size < DAYS_PER.minutes) return 'seconds'
  if (size < DAYS_PER.hours) return 'minutes'
  if (size < 2) return 'hours'
  if (size < 60) return 'days'
  if (size < 730) return 'months'
  return 'years'
}

/** `days` expressed in `unit`. */
export function durationIn(days: number, unit: DurationUnit): number {
  return days / DAYS_PER[unit]
}

/** Fraction digits for a duration value: one below 10, none from 10 up. */
export function durationFractionDigits(value: number): number {
  return Math.abs(value) < 10 ? 1 : 0
}

export interface DurationParts {
  /** The number, formatted for the locale ("2.1", "1,200"). */
  value: string
  /** The unit in the locale's words ("h", "小时"). */
  unit: string
  unitId: DurationUnit
  /** "2.1 h" / "2.1 小时". */
  text: string
}

const formatters = new Map<string, Intl.NumberFormat>()
function formatNumber(value: number, locale: Locale): string {
  const digits = durationFractionDigits(value)
  const key = `${locale}|${digits}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })
    formatters.set(key, formatter)
  }
  return formatter.format(value)
}

/** A duration given in days, in the unit its size calls for (or in `unit` when given). */
export function durationParts(days: number, locale: Locale, unit?: DurationUnit): DurationParts {
  if (!Number.isFinite(days)) {
    const text = Number.isNaN(days) ? '—' : days > 0 ? '∞' : '−∞'
    return { value: text, unit: '', unitId: 'days', text }
  }
  const unitId = unit ?? durationUnitFor(days)
  const value = formatNumber(durationIn(days, unitId), locale)
  const label = durationUnitLabel(unitId, locale)
  return { value, unit: label, unitId, text: `${value} ${label}` }
}

/** The unit's word in the locale ("h" / "小时"), as the durations print it. */
export function durationUnitLabel(unit: DurationUnit, locale: Locale): string {
  return (locale === 'zh-CN' ? zhPlanner : enPlanner).durationUnits[unit]
}

export function formatDuration(days: number, locale: Locale): string {
  return durationParts(days, locale).text
}
