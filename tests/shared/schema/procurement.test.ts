import { describe, expect, it } from 'vitest'
import {
  DEFAULT_VALIDITY_DAYS,
  partySchema,
  procurementSchema,
  quoteTermsSchema
} from '../../../src/shared/schema/procurement'

const paths = (result: { error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join('.'))

describe('procurement schemas', () => {
  it('every field is optional: an empty record is valid', () => {
    expect(procurementSchema.safeParse({}).success).toBe(true)
    expect(procurementSchema.safeParse({ buyer: {}, supplier: {}, terms: {} }).success).toBe(true)
  })

  it('text is trimmed before its limit is checked', () => {
    const padded = `  ${'a'.repeat(200)}  `
    const parsed = partySchema.safeParse({ company: padded })
    expect(parsed.success).toBe(true)
    expect(parsed.data?.company).toBe('a'.repeat(200))
    expect(paths(partySchema.safeParse({ company: 'a'.repeat(201) }))).toEqual(['company'])
  })

  it('terms allow 500 characters; a party field 200', () => {
    expect(quoteTermsSchema.safeParse({ payment: 'p'.repeat(500) }).success).toBe(true)
    expect(paths(quoteTermsSchema.safeParse({ payment: 'p'.repeat(501) }))).toEqual(['payment'])
  })

  it('the quote number is one line of at most 60 characters', () => {
    expect(quoteTermsSchema.safeParse({ quoteNumber: 'CP-2026-001' }).success).toBe(true)
    const twoLines = quoteTermsSchema.safeParse({ quoteNumber: 'CP\n001' })
    expect(twoLines.error?.issues[0]).toMatchObject({
      path: ['quoteNumber'],
      message: 'must be one line'
    })
    expect(paths(quoteTermsSchema.safeParse({ quoteNumber: 'x'.repeat(61) }))).toEqual([
      'quoteNumber'
    ])
  })

  it('validity is 1 to 3650 whole days; the default (30) is inside', () => {
    for (const days of [1, DEFAULT_VALIDITY_DAYS, 3650])
      expect(quoteTermsSchema.safeParse({ validityDays: days }).success, String(days)).toBe(true)
    for (const days of [0, 3651, 1.5])
      expect(quoteTermsSchema.safeParse({ validityDays: days }).success, String(days)).toBe(false)
  })

  it('unknown fields are refused at their place', () => {
    const result = procurementSchema.safeParse({ buyer: { email: 'a@b.c' } })
    expect(result.success).toBe(false)
    expect(paths(result)).toEqual(['buyer'])
  })
})
