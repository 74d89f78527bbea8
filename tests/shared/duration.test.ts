import { describe, expect, it } from 'vitest'
import { durationIn, durationParts, durationUnitFor, formatDuration } from '@shared/format/duration'

describe('durations in a unit a person reads (issue 19)', () => {
  it('the issue’s case: 0.08633 days is 2.1 hours, in both languages', () => {
    expect(formatDuration(0.08633, 'en')).toBe('2.1 h')
    expect(formatDuration(0.08633, 'zh-CN')).toBe('2.1 小时')
  })

  it.each([
    // days, en, zh-CN — one per unit band and at the band edges
    [10 / 86_400, '10 s', '10 秒'],
    [1.5 / 1440, '1.5 min', '1.5 分钟'],
    [45 / 1440, '45 min', '45 分钟'],
    [1 / 24, '1 h', '1 小时'],
    [1.25, '30 h', '30 小时'],
    [2, '2 days', '2 天'],
    [9.46, '9.5 days', '9.5 天'],
    [45.2, '45 days', '45 天'],
    [60, '2 months', '2 个月'],
    [365.25, '12 months', '12 个月'],
    [730, '2 years', '2 年'],
    [1826.25, '5 years', '5 年'],
    [36_525, '100 years', '100 年']
  ])('%f days → %s / %s', (days, en, zh) => {
    expect(formatDuration(days, 'en')).toBe(en)
    expect(formatDuration(days, 'zh-CN')).toBe(zh)
  })

  it('large counts are grouped for the locale; non-finite values stay visible', () => {
    expect(formatDuration(365.25 * 12_345, 'en')).toBe('12,345 years')
    expect(formatDuration(Number.NaN, 'en')).toBe('—')
    expect(formatDuration(Number.POSITIVE_INFINITY, 'zh-CN')).toBe('∞')
  })

  it('gives number and unit apart (headline figures) and can be held to one unit (ranges)', () => {
    const parts = durationParts(0.5, 'zh-CN')
    expect(parts).toEqual({ value: '12', unit: '小时', unitId: 'hours', text: '12 小时' })
    expect(durationParts(1, 'en', parts.unitId).text).toBe('24 h')
    expect(durationUnitFor(-0.5)).toBe('hours')
    expect(durationIn(1, 'minutes')).toBeCloseTo(1440)
  })
})
