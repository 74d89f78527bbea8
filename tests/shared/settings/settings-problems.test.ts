import { describe, expect, it } from 'vitest'
import {
  fieldLabel,
  fieldPlace,
  locatedProblem,
  problemMessage
} from '../../../src/shared/settings/settings-problems'
import { interpolate, messages, translate } from '../../../src/shared/i18n'

const t = (key: string, params?: Record<string, string | number>) => translate('en', key, params)
const tz = (key: string, params?: Record<string, string | number>) =>
  translate('zh-CN', key, params)
const en = messages.en.settingsScreen

describe('settings problems', () => {
  it('a party field is labelled from the party set; a plain field from the fields set', () => {
    expect(fieldLabel('buyer.taxId', t)).toBe(en.party.taxId)
    expect(fieldLabel('companyName', t)).toBe(en.fields.companyName)
  })

  it('the place names the party’s section, or the field’s own section', () => {
    expect(fieldPlace('supplier.taxId', t)).toBe(
      interpolate(en.where, { section: en.sections.supplier, field: en.party.taxId })
    )
    expect(fieldPlace('validityDays', t)).toBe(
      interpolate(en.where, { section: en.sections.quote, field: en.fields.validityDays })
    )
    expect(fieldPlace('logo', t)).toContain(en.sections.letterhead)
  })

  it('the message fills the error’s parameters; the located line joins place and message', () => {
    const problem = {
      path: 'buyer.company' as const,
      key: 'tooLong',
      params: { limit: 200, length: 230 }
    }
    expect(problemMessage(problem, t)).toBe('at most 200 characters (now 230)')
    expect(locatedProblem(problem, t)).toBe(
      `${fieldPlace('buyer.company', t)}: at most 200 characters (now 230)`
    )
  })

  it('in Chinese too, with no English left in the place', () => {
    const place = fieldPlace('buyer.taxId', tz)
    expect(place).toContain(messages['zh-CN'].settingsScreen.sections.buyer)
    expect(place).not.toMatch(/[A-Za-z]{3,}/)
  })
})
