/** Issue 19: one duration unit per chart axis, the one the largest value calls for. */
import { describe, expect, it } from 'vitest'
import { durationUnitForAll } from '@shared/format/duration-axis'

describe('durationUnitForAll', () => {
  it('a 2-hour run and its half-hour variants read in hours, not 0.0863 days', () => {
    expect(durationUnitForAll([0.0863, 0.043, 0.0216])).toBe('hours')
  })
  it('the largest value decides: 3 days beside 5 hours reads in days', () => {
    expect(durationUnitForAll([3, 5 / 24])).toBe('days')
  })
  it('years for multi-year runs, and non-finite values are ignored', () => {
    expect(durationUnitForAll([NaN, 800, Infinity])).toBe('years')
    expect(durationUnitForAll([])).toBe('days')
  })
})
