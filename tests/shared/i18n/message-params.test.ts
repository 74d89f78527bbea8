import { describe, expect, it } from 'vitest'
import { localizeDurationParams, localizeParams } from '../../../src/shared/i18n/message-params'
import { formatDuration } from '../../../src/shared/format/duration'
import { messages, type MessageTree } from '../../../src/shared/i18n'

describe('message parameters', () => {
  it('a number named …Days is shown as a duration in the reader’s language', () => {
    const out = localizeDurationParams('zh-CN', { trainingDays: 0.08633, days: 2 })
    expect(out).toEqual({ trainingDays: formatDuration(0.08633, 'zh-CN'), days: 2 })
  })

  it('only numbers: a …Days string is left alone; nothing to change gives the same object', () => {
    const params = { targetDays: '7', n: 1 }
    expect(localizeDurationParams('en', params)).toBe(params)
  })

  it('localizeParams does fields and durations together', () => {
    const tree = messages.en as unknown as MessageTree
    const out = localizeParams('en', tree, { field: 'memoryBandwidthGBs', totalDays: 3 })
    expect(out).toEqual({ field: 'memory bandwidth', totalDays: formatDuration(3, 'en') })
  })
})
