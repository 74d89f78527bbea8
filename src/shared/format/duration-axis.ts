/**
 * One duration unit for a whole chart axis or table column (issue 19: the Results charts and
 * the quote workbook showed raw days such as 0.08633 天). Every value on one axis shares a unit,
 * the one the largest value calls for, so ticks read "0.5 … 3 小时" rather than "30 … 180 分钟"
 * beside "3 小时".
 */
import { durationUnitFor, type DurationUnit } from './duration'

/** The unit for a set of durations in days: that of the largest finite one (days if none). */
export function durationUnitForAll(days: readonly number[]): DurationUnit {
  const finite = days.filter(Number.isFinite).map(Math.abs)
  return finite.length === 0 ? 'days' : durationUnitFor(Math.max(...finite))
}
