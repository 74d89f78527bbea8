import { describe, expect, it } from 'vitest'
import {
  DEFAULT_EXCHANGE_RATES,
  PLAN_FORMAT,
  PLAN_SETTINGS_DEFAULTS,
  PLAN_VERSION,
  blankPlan
} from '../../../src/shared/schema/plan-defaults'
import { parsePlan } from '../../../src/shared/schema/plan'

describe('blankPlan', () => {
  it('is the current format and version, named as asked', () => {
    expect(blankPlan('Q3')).toMatchObject({
      format: PLAN_FORMAT,
      version: PLAN_VERSION,
      name: 'Q3'
    })
    expect(blankPlan().name).toBe('')
  })

  it('is a valid plan the schema leaves as it is', () => {
    const parsed = parsePlan(blankPlan('x'))
    expect(parsed.ok).toBe(true)
    if (parsed.ok) expect(parsed.plan).toEqual(blankPlan('x'))
  })

  it('each plan gets its own settings and rates (editing one never edits the defaults)', () => {
    const a = blankPlan()
    const b = blankPlan()
    expect(a.settings).not.toBe(b.settings)
    a.settings.exchangeRates.CNY = 1
    expect(b.settings.exchangeRates.CNY).toBe(DEFAULT_EXCHANGE_RATES.CNY)
    expect(DEFAULT_EXCHANGE_RATES.CNY).not.toBe(1)
  })

  it('defaults are in range: USD is the base, PUE ≥ 1, fractions in [0, 1)', () => {
    expect(DEFAULT_EXCHANGE_RATES.USD).toBe(1)
    expect(PLAN_SETTINGS_DEFAULTS.pue).toBeGreaterThanOrEqual(1)
    for (const fraction of [PLAN_SETTINGS_DEFAULTS.taxRate, PLAN_SETTINGS_DEFAULTS.discount]) {
      expect(fraction).toBeGreaterThanOrEqual(0)
      expect(fraction).toBeLessThan(1)
    }
  })
})
