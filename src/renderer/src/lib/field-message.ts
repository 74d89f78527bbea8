/**
 * A located issue as the field it belongs to says it: "Tax rate must be at most 100 %", not
 * "must be ≤ 1"; "Context length must be at most 100 M tokens", not "≤ 100000000". The
 * limit is converted to the unit the field shows (a percent field ×100, a unit family ÷ the
 * factor of the unit on screen). Issues without a numeric limit keep their translated text,
 * prefixed with the label.
 */
import type { LocatedIssue } from '../stores/results'

export interface FieldUnit {
  /** The field stores a fraction and shows a percentage. */
  percent?: boolean
  /** Stored value = shown value × factor (unit families). */
  factor?: number
  /** The unit shown after the number, already translated ("M tokens", "GB"). */
  label?: string
}

type Translate = (key: string, params?: Record<string, unknown>) => string

const LIMIT_KEYS = new Set(['mustBeGreaterThan', 'mustBeAtLeast', 'mustBeAtMost', 'mustBeLessThan'])
const PLAIN_KEYS = new Set(['mustBeInteger', 'mustBeFinite', 'required'])

function shownLimit(limit: number, unit: FieldUnit): number {
  const shown = unit.percent ? limit * 100 : limit / (unit.factor ?? 1)
  return Number(shown.toPrecision(12))
}

export function fieldMessage(
  issue: LocatedIssue,
  label: string,
  unit: FieldUnit,
  t: Translate,
  formatNumber: (value: number) => string,
  translated: string
): string {
  const key = issue.key?.replace(/^core\.validation\./, '')
  const limit = Number(issue.params?.limit)
  if (key && LIMIT_KEYS.has(key) && Number.isFinite(limit)) {
    const suffix = unit.percent ? ' %' : unit.label ? ` ${unit.label}` : ''
    return t(`fieldcheck.${key}`, {
      label,
      limit: formatNumber(shownLimit(limit, unit)),
      unit: suffix
    })
  }
  if (key && PLAIN_KEYS.has(key)) return t(`fieldcheck.${key}`, { label })
  return t('fieldcheck.other', { label, message: translated })
}
