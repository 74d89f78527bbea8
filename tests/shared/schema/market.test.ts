import { describe, expect, it } from 'vitest'
import {
  AVAILABILITY_STATUSES,
  MARKETS,
  availabilityFactSchema,
  availabilityOverrideSchema
} from '../../../src/shared/schema/market'
import { messages } from '../../../src/shared/i18n'

const fact = { status: 'restricted', date: '2023-10-17', source: 'BIS rule 88 FR 73458' }

describe('availability schemas', () => {
  it('dates may be a year, a month or a day (as sources give them)', () => {
    for (const date of ['2023', '2023-10', '2023-10-17'])
      expect(availabilityFactSchema.safeParse({ ...fact, date }).success, date).toBe(true)
    for (const date of ['23', '2023-1', '2023/10/17', '2023-10-17T00:00', ''])
      expect(
        availabilityFactSchema.safeParse({ ...fact, date }).error?.issues[0],
        date
      ).toMatchObject({ path: ['date'], message: 'badDate' })
  })

  it('a fact needs a source; a status is one of the four', () => {
    expect(availabilityFactSchema.safeParse({ ...fact, source: '' }).error?.issues[0].path).toEqual(
      ['source']
    )
    expect(availabilityFactSchema.safeParse({ ...fact, status: 'banned' }).success).toBe(false)
    expect(AVAILABILITY_STATUSES).toContain('unknown')
  })

  it('an override names the card and one market, strictly', () => {
    const override = { id: 'h20', market: 'mainland-china', status: 'available', date: '2025' }
    expect(availabilityOverrideSchema.safeParse(override).success).toBe(true)
    expect(availabilityOverrideSchema.safeParse({ ...override, market: 'eu' }).success).toBe(false)
    expect(availabilityOverrideSchema.safeParse({ ...override, source: 's' }).success).toBe(false)
    expect(MARKETS).toEqual(['mainland-china', 'rest-of-world'])
  })

  it('markets and statuses are named in both languages', () => {
    // Each appears as a message key in each catalogue.
    for (const locale of ['en', 'zh-CN'] as const) {
      const text = JSON.stringify(messages[locale])
      for (const word of [...MARKETS, ...AVAILABILITY_STATUSES])
        expect(text, `${locale} ${word}`).toContain(`"${word}":`)
    }
  })
})
