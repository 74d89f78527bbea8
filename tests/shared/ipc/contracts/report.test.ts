import { describe, expect, it } from 'vitest'
import { reportFileSchema, reportRequestSchema } from '../../../../src/shared/ipc/contracts/report'
import { PLAN_FORMAT, PLAN_VERSION } from '../../../../src/shared/schema/plan'
import { LOCALES } from '../../../../src/shared/i18n'

const plan = { format: PLAN_FORMAT, version: PLAN_VERSION, name: 'p', workloads: [] }
const paths = (result: { error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join('.'))

describe('report request', () => {
  it('accepts every app language and no other', () => {
    for (const language of LOCALES)
      expect(reportRequestSchema.safeParse({ plan, options: { language } }).success).toBe(true)
    // The quote's "both" is a workbook language, not a report language.
    expect(paths(reportRequestSchema.safeParse({ plan, options: { language: 'both' } }))).toEqual([
      'options.language'
    ])
  })

  it('company and author are at most 200 characters; the date is YYYY-MM-DD', () => {
    const ok = { company: 'c'.repeat(200), author: 'a'.repeat(200), date: '2026-01-31' }
    expect(reportRequestSchema.safeParse({ plan, options: ok }).success).toBe(true)
    const bad = { company: 'c'.repeat(201), date: '2026-1-31' }
    expect(paths(reportRequestSchema.safeParse({ plan, options: bad }))?.sort()).toEqual([
      'options.company',
      'options.date'
    ])
  })

  it('is strict at both levels', () => {
    expect(paths(reportRequestSchema.safeParse({ plan, extra: 1 }))).toEqual([''])
    expect(paths(reportRequestSchema.safeParse({ plan, options: { extra: 1 } }))).toEqual([
      'options'
    ])
  })
})

describe('report file', () => {
  it('byteLength is a non-negative integer', () => {
    const file = { fileName: 'r.pdf', mimeType: 'application/pdf', base64: '', byteLength: 0 }
    expect(reportFileSchema.safeParse(file).success).toBe(true)
    expect(reportFileSchema.safeParse({ ...file, byteLength: -1 }).success).toBe(false)
    expect(reportFileSchema.safeParse({ ...file, byteLength: 1.5 }).success).toBe(false)
  })
})
