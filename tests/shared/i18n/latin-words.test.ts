import { describe, expect, it } from 'vitest'
import {
  LATIN_PRECISIONS,
  LATIN_TECHNICAL_NAMES,
  LATIN_UNITS,
  LATIN_WORDS_IN_ZH
} from '../../../src/shared/i18n/latin-words'
import { PRECISIONS } from '../../../src/shared/schema/plan'

describe('Latin words accepted in Chinese text', () => {
  it('the base list is exactly the three lists, in order', () => {
    expect(LATIN_WORDS_IN_ZH).toEqual([
      ...LATIN_UNITS,
      ...LATIN_PRECISIONS,
      ...LATIN_TECHNICAL_NAMES
    ])
  })

  it('no word is listed twice (a duplicate would hide a removal)', () => {
    expect(new Set(LATIN_WORDS_IN_ZH).size).toBe(LATIN_WORDS_IN_ZH.length)
  })

  it('every entry is one Latin-script word (letters and digits only)', () => {
    for (const word of LATIN_WORDS_IN_ZH) expect(word).toMatch(/^[A-Za-z][A-Za-z0-9]*$/)
  })

  it('lists every precision the plan schema names', () => {
    for (const precision of PRECISIONS)
      expect(LATIN_PRECISIONS as readonly string[]).toContain(precision)
  })
})
