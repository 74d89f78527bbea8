/** Issue 19: the units a form field offers (weeks, months, M images…) read in Chinese. */
import { describe, expect, it } from 'vitest'
import { localizeUnit } from '@shared/i18n/derivation-text'
import { LATIN_WORDS_IN_ZH } from '@shared/i18n/latin-words'
import { unitsOf, type UnitFamily } from '../../src/renderer/src/lib/units'

/** The shared base list, plus the number suffixes of form units (M images, B params, T tokens). */
const SYMBOLS = new Set<string>([...LATIN_WORDS_IN_ZH, 'M', 'B', 'T'])

describe('field display units in zh-CN', () => {
  it('every display unit of every family has no English word', () => {
    const families: UnitFamily[] = [
      'memory',
      'tokens',
      'flops',
      'params',
      'images',
      'days',
      'hours'
    ]
    const bad = families
      .flatMap((family) => unitsOf(family).map((unit) => localizeUnit(unit.label, 'zh-CN')))
      .filter((text) => (text.match(/[A-Za-z]+/g) ?? []).some((word) => !SYMBOLS.has(word)))
    expect(bad).toEqual([])
    expect(localizeUnit('weeks', 'zh-CN')).toBe('周')
    expect(localizeUnit('months', 'zh-CN')).toBe('个月')
  })
})
