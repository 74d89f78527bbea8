/**
 * lib/field-message.ts: a located issue said by the field it belongs to — its label, and a
 * limit in the unit the field shows (percent fields ×100, unit families ÷ the unit's factor),
 * in both languages; other issues keep their translated text after the label.
 */
import { describe, expect, it } from 'vitest'
import { fieldMessage } from '@renderer/lib/field-message'
import { translate, type Locale } from '@shared/i18n'

const say =
  (locale: Locale) =>
  (key: string, params: Record<string, unknown> = {}) =>
    translate(locale, key, params as Record<string, string | number>)
const plainNumber = (value: number) => String(value)

describe('fieldMessage', () => {
  it('shows a fraction limit as a percentage on a percent field', () => {
    const issue = {
      path: 'settings.taxRate',
      message: 'must be ≤ 1',
      key: 'core.validation.mustBeAtMost',
      params: { limit: 1 }
    }
    expect(fieldMessage(issue, 'Tax rate', { percent: true }, say('en'), plainNumber, '')).toBe(
      'Tax rate must be at most 100 %'
    )
    expect(fieldMessage(issue, '税率', { percent: true }, say('zh-CN'), plainNumber, '')).toBe(
      '税率最多为 100 %'
    )
  })

  it('divides a limit by the factor of the unit on screen, and names that unit', () => {
    const issue = {
      path: 'workloads[0].contextTokens',
      message: 'must be ≤ 100000000',
      key: 'core.validation.mustBeAtMost',
      params: { limit: 100_000_000 }
    }
    const unit = { factor: 1e6, label: 'M tokens' }
    expect(fieldMessage(issue, 'Context length', unit, say('en'), plainNumber, '')).toBe(
      'Context length must be at most 100 M tokens'
    )
  })

  it('rounds away binary noise in the converted limit', () => {
    const issue = {
      path: 'x',
      message: '',
      key: 'core.validation.mustBeGreaterThan',
      params: { limit: 0.07 }
    }
    // 0.07 × 100 is 7.000000000000001 in floating point.
    expect(fieldMessage(issue, 'Share', { percent: true }, say('en'), plainNumber, '')).toBe(
      'Share must be greater than 7 %'
    )
  })

  it('says plain refusals by the label alone', () => {
    const issue = { path: 'x', message: '', key: 'core.validation.mustBeInteger' }
    expect(fieldMessage(issue, 'Streams', {}, say('en'), plainNumber, '')).toBe(
      'Streams must be a whole number'
    )
    expect(fieldMessage(issue, '视频路数', {}, say('zh-CN'), plainNumber, '')).toBe(
      '视频路数必须是整数'
    )
  })

  it('keeps the translated text of any other issue, after the label', () => {
    const issue = { path: 'x', message: 'raw', key: 'core.validation.unknownModel' }
    expect(fieldMessage(issue, 'Model', {}, say('en'), plainNumber, 'is not in the catalog')).toBe(
      'Model: is not in the catalog'
    )
    // A limit key without a numeric limit is not guessed at.
    const noLimit = { path: 'x', message: '', key: 'core.validation.mustBeAtLeast', params: {} }
    expect(fieldMessage(noLimit, 'Rate', {}, say('en'), plainNumber, 'too small')).toBe(
      'Rate: too small'
    )
  })
})
