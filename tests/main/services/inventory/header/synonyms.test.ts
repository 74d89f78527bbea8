import { describe, expect, it } from 'vitest'
import { COLUMN_FIELDS } from '../../../../../src/shared/schema/inventory'
import { BLOCKED_WORDS, SYNONYMS } from '../../../../../src/main/services/inventory/header/synonyms'
import {
  matchHeader,
  normaliseHeader
} from '../../../../../src/main/services/inventory/header/match-header'

const ENTRIES = COLUMN_FIELDS.flatMap((field) => SYNONYMS[field].map((word) => ({ field, word })))

describe('SYNONYMS', () => {
  it('has words for every column field', () => {
    for (const field of COLUMN_FIELDS) expect(SYNONYMS[field].length, field).toBeGreaterThan(0)
  })

  it('is written already normalised, so an exact lookup can find each word', () => {
    const stale = ENTRIES.filter(({ word }) => normaliseHeader(word).key !== word)
    expect(stale).toEqual([])
  })

  it('names each word under one field only', () => {
    const owner = new Map<string, string>()
    const twice: string[] = []
    for (const { field, word } of ENTRIES) {
      if (owner.has(word)) twice.push(`${word}: ${owner.get(word)} and ${field}`)
      owner.set(word, field)
    }
    expect(twice).toEqual([])
  })

  it('maps every word, as a header, to its field with full confidence', () => {
    const wrong = ENTRIES.filter(({ field, word }) => {
      const match = matchHeader(word)
      return match.field !== field || match.confidence !== 1
    })
    expect(wrong).toEqual([])
  })

  it('blocks totals and sums, lower-case and normalised', () => {
    for (const word of BLOCKED_WORDS) expect(normaliseHeader(word).key).toBe(word)
    // A blocked word is never itself a synonym (it would be matched before being blocked).
    expect(ENTRIES.filter(({ word }) => BLOCKED_WORDS.includes(word))).toEqual([])
    expect(matchHeader('Total price').field).toBeNull()
    expect(matchHeader('显存合计').field).toBeNull()
  })
})
