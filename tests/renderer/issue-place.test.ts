/** Issue 13: no code paths in the UI. Located issues read as places in words, in both languages. */
import { describe, expect, it } from 'vitest'
import { createAppI18n } from '@renderer/i18n'
import { ApiError } from '@renderer/api'
import { apiErrorLines, issuePlace } from '@renderer/lib/issue-place'

function translator(locale: 'en' | 'zh-CN') {
  const i18n = createAppI18n(locale)
  const g = i18n.global as unknown as {
    t: (key: string, params?: Record<string, unknown>) => string
    te: (key: string) => boolean
  }
  return { t: g.t.bind(g), te: g.te.bind(g) }
}

describe('issue places', () => {
  const { t, te } = translator('en')
  const plan = { workloads: [{ name: 'Chat serving' }, {}] }

  it.each([
    ['workloads[0].concurrency', 'Chat serving › Concurrent sequences'],
    ['workloads[1].concurrency', 'Workload 2 › Concurrent sequences'],
    ['settings.taxRate', 'Costs › Tax rate'],
    // Edited on the Hardware step, so named by it (the Fix button goes there too).
    ['settings.rackPowerLimitKW', 'Hardware › Rack power limit'],
    ['', 'The plan'],
    ['lines[2].unitPrice', 'Quote line 3 › unit price']
  ])('%s → %s', (path, words) => {
    expect(issuePlace(path, t, te, plan)).toBe(words)
  })

  it('in Chinese', () => {
    const zh = translator('zh-CN')
    const place = issuePlace('workloads[1].concurrency', zh.t, zh.te, plan)
    expect(place).toMatch(/^工作负载 2 › /)
    expect(place).not.toMatch(/workloads|concurrency/)
  })

  it('an API refusal never shows "Invalid request for quote.lines" or a JSON path', () => {
    const error = new ApiError({
      code: 'BAD_REQUEST',
      message: 'Invalid request for quote.lines',
      issues: [{ path: 'settings.taxRate', message: 'must be ≤ 1' }]
    })
    const lines = apiErrorLines(error, t, te, (issue) => issue.message, plan)
    expect(lines.join('\n')).not.toMatch(/Invalid request|quote\.lines|settings\.taxRate/)
    expect(lines).toEqual(['The request was not valid.', 'Costs › Tax rate: must be ≤ 1'])
  })
})
