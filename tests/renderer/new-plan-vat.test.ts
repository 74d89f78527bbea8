/** A new plan's VAT rate follows its currency: 13 % for CNY (issue 15), 0 where unknown. */
import { describe, expect, it } from 'vitest'
import { blankPlanWithDefaults } from '@renderer/stores/document'
import { defaultSettings } from '@shared/schema/settings'

describe('a new plan from the settings', () => {
  it('starts a CNY plan at the 13 % VAT rate, a USD or EUR plan at 0', () => {
    expect(blankPlanWithDefaults({ ...defaultSettings(), currency: 'CNY' }).settings.taxRate).toBe(
      0.13
    )
    expect(blankPlanWithDefaults({ ...defaultSettings(), currency: 'USD' }).settings.taxRate).toBe(
      0
    )
    expect(blankPlanWithDefaults({ ...defaultSettings(), currency: 'EUR' }).settings.taxRate).toBe(
      0
    )
  })

  it('starts at the default VAT rate the settings screen sets, whatever the currency', () => {
    const settings = { ...defaultSettings(), currency: 'USD' as const, defaultVatRate: 0.06 }
    expect(blankPlanWithDefaults(settings).settings.taxRate).toBe(0.06)
  })
})
