/**
 * The settings screen's form (issue 19: company, logo, buyer and supplier had no screen):
 * saved settings ↔ form ↔ patch, and each field's check with a located message.
 */
import { describe, expect, it } from 'vitest'
import { translate } from '@shared/i18n'
import { applySettingsPatch, defaultSettings, settingsPatchSchema } from '@shared/schema/settings'
import {
  checkSettingsForm,
  formFromSettings,
  patchFromForm,
  usccCheckCharacter,
  type SettingsForm
} from '@shared/settings/settings-form'
import { locatedProblem } from '@shared/settings/settings-problems'

function filledForm(): SettingsForm {
  const form = formFromSettings(defaultSettings())
  form.companyName = '北京算力科技有限公司'
  form.authorName = '王工'
  form.buyer = {
    company: '上海某某大学',
    address: '上海市闵行区东川路 800 号',
    taxId: '91350100M000100Y43',
    bank: '中国工商银行上海分行',
    account: '1001 2345 6789 0123',
    contact: '张老师',
    phone: '021-3420 6000转123'
  }
  form.supplier.contact = '李工'
  form.supplier.phone = '+86 10 8888 6666'
  form.vatPercent = 6
  form.validityDays = 45
  form.delivery = '合同签订后 8 周内到货'
  return form
}

describe('the settings form', () => {
  it('a filled form passes, becomes a patch the schema accepts, and reads back the same', () => {
    const form = filledForm()
    expect(checkSettingsForm(form)).toEqual([])
    const patch = patchFromForm(form, defaultSettings())
    expect(settingsPatchSchema.safeParse(patch).success).toBe(true)
    const saved = applySettingsPatch(defaultSettings(), patch)
    expect(saved.defaultVatRate).toBeCloseTo(0.06, 12)
    expect(saved.procurement.buyer?.taxId).toBe('91350100M000100Y43')
    expect(saved.procurement.supplier).toEqual({ contact: '李工', phone: '+86 10 8888 6666' })
    expect(saved.procurement.terms).toEqual({ validityDays: 45, delivery: '合同签订后 8 周内到货' })
    expect(formFromSettings(saved)).toEqual(form)
  })

  it('blank fields are left out, blank VAT means "by currency", and the quote number is kept', () => {
    const current = applySettingsPatch(defaultSettings(), {
      procurement: { terms: { quoteNumber: 'BJ-2026-001', delivery: 'old' } }
    })
    const form = formFromSettings(current)
    form.delivery = '   '
    const patch = patchFromForm(form, current)
    expect(patch.defaultVatRate).toBeNull()
    expect(patch.procurement).toEqual({ terms: { quoteNumber: 'BJ-2026-001' } })
  })

  it('13 % is saved as 0.13 and shown as 13 again (no 13.000000000000002)', () => {
    const form = formFromSettings(defaultSettings())
    form.vatPercent = 13
    const saved = applySettingsPatch(defaultSettings(), patchFromForm(form, defaultSettings()))
    expect(saved.defaultVatRate).toBe(0.13)
    expect(formFromSettings(saved).vatPercent).toBe(13)
  })
})

describe('each field is checked, with its place and the reason in words', () => {
  const located = (form: SettingsForm, locale: 'en' | 'zh-CN' = 'en') =>
    checkSettingsForm(form).map((problem) =>
      locatedProblem(problem, (key, params) => translate(locale, key, params))
    )

  it('a mistyped credit code names the check character it should have', () => {
    const form = filledForm()
    form.supplier.taxId = '91350100M000100Y44'
    expect(located(form)).toEqual([
      'Supplier (your company) › Tax ID: the last character of an 18-character credit code should be 3, not 4: check for a typing error'
    ])
    expect(located(form, 'zh-CN')[0]).toMatch(/^供方（本单位） › 纳税人识别号：.*应为 3/)
  })

  it('GB 32100 check characters of published codes', () => {
    expect(usccCheckCharacter('91350100M000100Y4')).toBeNull()
    expect(usccCheckCharacter('91350100M000100Y43')).toBe('3')
    expect(usccCheckCharacter('91440300708461136T')).toBe('T')
    // Not a credit code (a foreign VAT number): no check character is claimed.
    expect(usccCheckCharacter('DE123456789')).toBeNull()
  })

  it('tax ID, account and phone refuse what they cannot be', () => {
    const form = filledForm()
    form.buyer.taxId = '税号123'
    form.buyer.account = '12'
    form.buyer.phone = 'call me'
    form.supplier.taxId = 'DE 1234'
    expect(located(form)).toEqual([
      'Customer (buyer) › Tax ID: use letters, digits, spaces and hyphens only',
      'Customer (buyer) › Account No.: an account number has 6 to 34 digits and letters (now 2)',
      'Customer (buyer) › Phone: a phone number: digits, spaces, + - ( ), an extension as 转123 or ext 123',
      'Supplier (your company) › Tax ID: a tax ID has 8 to 30 letters and digits (now 6)'
    ])
  })

  it('lengths, one-line names, VAT and validity ranges', () => {
    const form = filledForm()
    form.companyName = 'x'.repeat(201)
    form.buyer.address = 'line one\nline two'
    form.vatPercent = 130
    form.validityDays = 2.5
    form.payment = 'y'.repeat(501)
    expect(located(form)).toEqual([
      'Letterhead › Company name: at most 200 characters (now 201)',
      'Customer (buyer) › Address: must be one line',
      'Quote defaults › Default VAT rate: must be from 0 to 100 %',
      'Quote defaults › Quote validity: must be a whole number of days',
      'Quote defaults › Payment terms: at most 500 characters (now 501)'
    ])
    form.validityDays = 0
    expect(located(form)).toContain('Quote defaults › Quote validity: must be from 1 to 3650')
  })

  it('every message used exists in both languages', () => {
    const form = filledForm()
    form.buyer.taxId = '91350100M000100Y44'
    form.buyer.phone = 'x'
    form.validityDays = 0
    for (const problem of checkSettingsForm(form)) {
      const key = `settingsScreen.errors.${problem.key}`
      expect(translate('zh-CN', key)).not.toBe(translate('en', key))
    }
  })
})
