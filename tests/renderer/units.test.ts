/** lib/units.ts: display units of form fields (definitions, not sizing formulas). */
import { afterEach, describe, expect, it } from 'vitest'
import {
  UNIT_FAMILIES,
  bestUnit,
  findUnit,
  forgetUnits,
  fromCanonical,
  rememberUnit,
  rememberedUnit,
  roundSignificant,
  toCanonical,
  type UnitFamily
} from '@renderer/lib/units'

afterEach(forgetUnits)

describe('unit definitions', () => {
  it('each family starts with its canonical unit (factor 1), ids unique', () => {
    for (const [family, units] of Object.entries(UNIT_FAMILIES)) {
      expect(units[0].factor, family).toBe(1)
      expect(new Set(units.map((u) => u.id)).size, family).toBe(units.length)
    }
  })

  it('converts calendar units by their definitions (a week 7 days, a month 365.25/12)', () => {
    expect(toCanonical(2, 'days', 'weeks')).toBe(14)
    expect(toCanonical(12, 'days', 'months')).toBe(365.25)
    expect(toCanonical(3, 'hours', 'days')).toBe(72)
    expect(fromCanonical(1e21, 'flops', 'ZFLOPs')).toBe(1)
    expect(toCanonical(1.5, 'images', 'Mimages')).toBe(1_500_000)
  })

  it('an unknown unit id falls back to the canonical unit instead of failing', () => {
    expect(findUnit('memory', 'PB').id).toBe('GB')
    expect(toCanonical(5, 'tokens', 'nonsense')).toBe(5)
  })

  it('kills binary noise: 0.1 + 0.2 reads 0.3; zero, infinities and NaN pass through', () => {
    expect(roundSignificant(0.1 + 0.2)).toBe(0.3)
    expect(roundSignificant(123.456, 4)).toBe(123.5)
    expect(roundSignificant(0)).toBe(0)
    expect(roundSignificant(Infinity)).toBe(Infinity)
    expect(roundSignificant(Number.NaN)).toBeNaN()
  })

  it('round-trips every unit of every family for an awkward value', () => {
    for (const [family, units] of Object.entries(UNIT_FAMILIES))
      for (const unit of units) {
        const shown = fromCanonical(12_345.678, family as UnitFamily, unit.id)
        expect(toCanonical(shown, family as UnitFamily, unit.id), `${family} ${unit.id}`).toBe(
          12_345.678
        )
      }
  })
})

describe('bestUnit', () => {
  it('picks the largest unit not above the value, by magnitude (negatives too)', () => {
    expect(bestUnit('tokens', 999_999)).toBe('tokens')
    expect(bestUnit('tokens', 1e6)).toBe('Mtokens')
    expect(bestUnit('tokens', -2e9)).toBe('Btokens')
    expect(bestUnit('params', 7e9)).toBe('B')
    expect(bestUnit('images', 1_281_167)).toBe('Mimages')
  })

  it('never chooses PF/s-days on its own, and keeps GB, days and hours as they are', () => {
    expect(bestUnit('flops', 1e23)).toBe('ZFLOPs')
    expect(bestUnit('memory', 5e6)).toBe('GB')
    expect(bestUnit('days', 400)).toBe('days')
    expect(bestUnit('hours', 1e5)).toBe('hours')
  })

  it('an empty or zero value reads in the canonical unit', () => {
    expect(bestUnit('flops', undefined)).toBe('FLOPs')
    expect(bestUnit('tokens', 0)).toBe('tokens')
  })
})

describe('remembered units', () => {
  it('keeps the unit chosen per path until forgotten', () => {
    rememberUnit('workloads[0].tokens', 'Btokens')
    rememberUnit('workloads[1].tokens', 'Ttokens')
    rememberUnit('workloads[0].tokens', 'Mtokens')
    expect(rememberedUnit('workloads[0].tokens')).toBe('Mtokens')
    expect(rememberedUnit('workloads[1].tokens')).toBe('Ttokens')
    expect(rememberedUnit('workloads[2].tokens')).toBeUndefined()
    forgetUnits()
    expect(rememberedUnit('workloads[1].tokens')).toBeUndefined()
  })
})
