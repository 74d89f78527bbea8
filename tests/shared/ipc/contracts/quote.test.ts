import { describe, expect, it } from 'vitest'
import {
  MAX_LOGO_DATA_URL_CHARS,
  logoDataUrlSchema,
  quoteExportOptionsSchema,
  quoteRequestSchema,
  quoteWriteRequestSchema
} from '../../../../src/shared/ipc/contracts/quote'
import { PLAN_FORMAT, PLAN_VERSION } from '../../../../src/shared/schema/plan'

const plan = { format: PLAN_FORMAT, version: PLAN_VERSION, name: 'p', workloads: [] }
const paths = (result: { error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join('.'))

describe('quote request schemas', () => {
  it('a logo is a PNG or JPEG base64 data URL, nothing else', () => {
    expect(logoDataUrlSchema.safeParse('data:image/png;base64,iVBORw0KGgo=').success).toBe(true)
    expect(logoDataUrlSchema.safeParse('data:image/jpeg;base64,/9j/4AAQ').success).toBe(true)
    for (const bad of [
      'data:image/svg+xml;base64,PHN2Zz4=', // SVG can carry script
      'data:image/gif;base64,R0lGOD',
      'data:image/png,plain',
      'https://example.com/logo.png',
      'data:image/png;base64,<script>'
    ]) {
      const result = logoDataUrlSchema.safeParse(bad)
      expect(result.success, bad).toBe(false)
    }
    expect(
      logoDataUrlSchema.safeParse('data:image/gif;base64,R0lGOD').error?.issues[0].message
    ).toBe('must be a PNG or JPEG data URL')
  })

  it('a logo is capped at MAX_LOGO_DATA_URL_CHARS characters, the limit itself allowed', () => {
    const prefix = 'data:image/png;base64,'
    const at = prefix + 'A'.repeat(MAX_LOGO_DATA_URL_CHARS - prefix.length)
    expect(logoDataUrlSchema.safeParse(at).success).toBe(true)
    expect(logoDataUrlSchema.safeParse(`${at}A`).success).toBe(false)
  })

  it('options: the date is YYYY-MM-DD and unknown fields are refused at their path', () => {
    expect(quoteExportOptionsSchema.safeParse({ date: '2026-12-06' }).success).toBe(true)
    expect(paths(quoteExportOptionsSchema.safeParse({ date: '6/12/2026' }))).toEqual(['date'])
    expect(paths(quoteExportOptionsSchema.safeParse({ letterhead: { company: 1 } }))).toEqual([
      'letterhead.company'
    ])
    expect(quoteExportOptionsSchema.safeParse({ colour: 'red' }).success).toBe(false)
  })

  it('the request needs a plan; edits and options are optional', () => {
    expect(quoteRequestSchema.safeParse({ plan }).success).toBe(true)
    expect(paths(quoteRequestSchema.safeParse({}))).toEqual(['plan'])
  })

  it('writing a file also needs a non-empty path of at most 4096 characters', () => {
    expect(quoteWriteRequestSchema.safeParse({ plan, path: '/q.xlsx' }).success).toBe(true)
    expect(paths(quoteWriteRequestSchema.safeParse({ plan, path: '' }))).toEqual(['path'])
    expect(paths(quoteWriteRequestSchema.safeParse({ plan, path: 'x'.repeat(4097) }))).toEqual([
      'path'
    ])
  })
})
