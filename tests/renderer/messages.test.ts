/** views/inventory/messages.ts: what the Inventory view's banner says about errors and issues. */
import { describe, expect, it } from 'vitest'
import { errorText, importIssueText } from '@renderer/views/inventory/messages'
import { ApiError } from '@renderer/api'
import { createAppI18n } from '@renderer/i18n'
import type { ImportIssue } from '@shared/schema/inventory'

const i18n = (locale: 'en' | 'zh-CN') => createAppI18n(locale).global
/** A translator that shows which key and params it was given. */
const echo = (key: string, params: Record<string, unknown>) => `${key} ${JSON.stringify(params)}`

describe('errorText', () => {
  it('uses the first translated issue of a service error', () => {
    const error = new ApiError({
      code: 'BAD_REQUEST',
      message: 'bad file',
      issues: [
        { path: 'a', message: 'first', key: 'x.first', params: { n: 1 } },
        { path: 'b', message: 'second', key: 'x.second' }
      ]
    })
    expect(errorText(error, echo)).toBe('x.first {"n":1}')
  })

  it('else the error’s message, or the thrown value in words', () => {
    const untranslated = new ApiError({
      code: 'INTERNAL',
      message: 'disk full',
      issues: [{ path: '', message: 'no key' }]
    })
    expect(errorText(untranslated, echo)).toBe('disk full')
    expect(errorText(new TypeError('Failed to fetch'), echo)).toBe('Failed to fetch')
    expect(errorText('plain string', echo)).toBe('plain string')
  })
})

describe('importIssueText', () => {
  it('puts the sheet, row and column it has before the translated text, in either language', () => {
    const issue: ImportIssue = {
      severity: 'warning',
      key: 'inventory.issue.errorCell',
      params: { error: '#DIV/0!' },
      message: 'The cell holds the error #DIV/0!, so it was left empty.',
      location: { file: 'cards.xlsx', sheet: 'Cards', row: 12, column: 'C' }
    }
    const en = i18n('en')
    const zh = i18n('zh-CN')
    expect(importIssueText(issue, (k, p) => en.t(k, p))).toBe(
      'Cards 12 C: The cell holds the error #DIV/0!, so it was left empty.'
    )
    expect(importIssueText(issue, (k, p) => zh.t(k, p))).toBe(
      'Cards 12 C: 单元格是错误值 #DIV/0!，按空处理。'
    )
    // A CSV record has no sheet and no column; the file name is not repeated.
    const record = { ...issue, location: { file: 'cards.csv', row: 4 } }
    expect(importIssueText(record, echo)).toBe('4: inventory.issue.errorCell {"error":"#DIV/0!"}')
  })
})
