/**
 * Issue 19, durations in sensible units: the comparison's training-time column and the
 * deadline messages (pass and failure) read in the unit their size calls for — 2.1 小时, not
 * 0.08633 天 — in both languages, through the one duration formatter.
 */
import { describe, expect, it } from 'vitest'
import { estimatePlan, type CompareCandidate } from '../../src/shared/core'
import { cellText, columnTitle, comparisonToCsv } from '../../src/shared/compare/table'
import { translate } from '../../src/shared/i18n'
import { formatDuration } from '../../src/shared/format/duration'
import { plan } from './core/helpers'

const ASCEND = 'huawei-ascend-910b'

/** ResNet-50 × 90 epochs of ImageNet-1k on 8 × 910B: about 2.07 hours (0.0863 days). */
const vision = {
  id: 'vision',
  name: 'vision',
  kind: 'vision-training',
  accelerator: ASCEND,
  model: 'resnet50',
  images: 1_281_167,
  epochs: 90,
  accelerators: 8
}

function candidate(deadlineDays: number): CompareCandidate {
  const result = estimatePlan(
    plan([vision], {
      constraints: { deadlineDays },
      compare: { enabled: true, candidates: [ASCEND] }
    })
  )
  if (!result.compare) throw new Error(JSON.stringify(result.issues))
  return result.compare.candidates[0]
}

const say = (notes: CompareCandidate['failures'], locale: 'en' | 'zh-CN') =>
  notes.map((note) => translate(locale, note.key, note.params))

describe('deadline messages in the unit the duration calls for', () => {
  it('a 2-hour run within a 1-day deadline reads in hours (en, zh-CN)', () => {
    const c = candidate(1)
    expect(c.maxDays).toBeCloseTo(0.0863, 3)
    expect(c.meetsDeadline).toBe(true)
    expect(say(c.passes, 'zh-CN')).toContain('需 2.1 小时 ≤ 工期 1 天')
    expect(say(c.passes, 'en')).toContain('Takes 2.1 h ≤ 1-day deadline')
  })

  it('a 2-hour run over a 0.05-day deadline fails in hours, not 0.08633 天', () => {
    const c = candidate(0.05)
    expect(c.meetsDeadline).toBe(false)
    const zh = say(c.failures, 'zh-CN')
    expect(zh).toContain('需 2.1 小时 > 工期 0.05 天')
    expect(zh.join('\n')).not.toMatch(/0\.0\d+ 天 >/)
    expect(say(c.failures, 'en')).toContain('Takes 2.1 h > 0.05-day deadline')
  })
})

describe('the comparison table’s training-time column', () => {
  it('shows each duration in its own unit, through the shared formatter', () => {
    expect(cellText('days', 0.08633, 'zh-CN')).toBe('2.1 小时')
    expect(cellText('days', 0.08633, 'en')).toBe('2.1 h')
    expect(cellText('days', 34, 'zh-CN')).toBe(formatDuration(34, 'zh-CN'))
  })

  it('is titled by time, not by days, in both languages', () => {
    expect(columnTitle('days', 'zh-CN', 'CNY')).toBe('训练时长')
    expect(columnTitle('days', 'en', 'CNY')).toBe('Training time')
  })

  it('the CSV keeps full values in days and says so in its header', () => {
    const result = estimatePlan(
      plan([vision], { compare: { enabled: true, candidates: [ASCEND] } })
    ).compare!
    const csv = comparisonToCsv(result, 'zh-CN', 'CNY')
    expect(csv).toContain('"训练时长（天）"')
    expect(comparisonToCsv(result, 'en', 'CNY')).toContain('"Training time (days)"')
  })
})
