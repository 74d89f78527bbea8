/** Issue 19: the units a form field offers (weeks, months, M images…) read in Chinese. */
import { describe, expect, it } from 'vitest'
import { localizeUnit } from '@shared/i18n/derivation-text'
import { unitsOf, type UnitFamily } from '../../src/renderer/src/lib/units'

/** Unit symbols Chinese documents write as they are. */
const SYMBOLS = new Set([
  'GB',
  'GiB',
  'TB',
  'FLOPs',
  'PFLOP',
  'EFLOP',
  'ZFLOP',
  'PF',
  'M',
  'B',
  'T',
  's'
])

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
      .filter((text) =>
        (text.match(/[A-Za-z]+/g) ?? []).some((word) => !SYMBOLS.has(word) && word !== 'token')
      )
    expect(bad).toEqual([])
    expect(localizeUnit('weeks', 'zh-CN')).toBe('周')
    expect(localizeUnit('months', 'zh-CN')).toBe('个月')
  })
})
