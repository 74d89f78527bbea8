import { describe, expect, it } from 'vitest'
import {
  isCataloguedNote,
  localizeAvailabilityNote
} from '../../../src/shared/i18n/availability-text'
import { messages } from '../../../src/shared/i18n'

const en = messages.en.availabilityNotes
const zh = messages['zh-CN'].availabilityNotes

describe('availability notes', () => {
  it('every catalogued note has a distinct English text (the lookup key) and a Chinese one', () => {
    const texts = Object.values(en)
    expect(new Set(texts).size).toBe(texts.length)
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(zh[key], key).toBeTruthy()
      expect(zh[key], key).not.toBe(en[key])
    }
  })

  it('a catalogued note is found by its English text and shown in the asked language', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(isCataloguedNote(en[key])).toBe(true)
      expect(localizeAvailabilityNote(en[key], 'zh-CN')).toBe(zh[key])
      expect(localizeAvailabilityNote(en[key], 'en')).toBe(en[key])
    }
  })

  it('text the planner typed is shown as written, in either language', () => {
    const typed = 'our supplier has 40 in stock'
    expect(isCataloguedNote(typed)).toBe(false)
    expect(localizeAvailabilityNote(typed, 'zh-CN')).toBe(typed)
    // Not found by a near miss (case, trailing space) either.
    const first = Object.values(en)[0]
    expect(isCataloguedNote(`${first} `)).toBe(false)
    expect(isCataloguedNote(first.toUpperCase())).toBe(false)
  })

  it('a Chinese note is not a key: it comes back unchanged', () => {
    const first = Object.values(zh)[0]
    expect(localizeAvailabilityNote(first, 'en')).toBe(first)
  })
})
