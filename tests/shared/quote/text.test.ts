import { describe, expect, it } from 'vitest'
import { renderLineText } from '../../../src/shared/quote/text'
import { messages } from '../../../src/shared/i18n'

// A message with one placeholder in both languages: `Unit price ({currency})` / `单价（{currency}）`.
const KEY = 'quote.columns.unitPrice'
const EN = messages.en.quote.columns.unitPrice
const ZH = messages['zh-CN'].quote.columns.unitPrice

describe('renderLineText', () => {
  it('shows the user’s own text exactly as typed, never as a key or a template', () => {
    for (const text of ['quote.title', '{currency}', '=SUM(A1:A9)', '', '  spaced  '])
      expect(renderLineText({ text }, 'zh-CN')).toBe(text)
  })

  it('translates a key in the asked language and fills its parameters', () => {
    expect(renderLineText({ key: KEY, params: { currency: 'CNY' } }, 'en')).toBe(
      EN.replace('{currency}', 'CNY')
    )
    expect(renderLineText({ key: KEY, params: { currency: 'CNY' } }, 'zh-CN')).toBe(
      ZH.replace('{currency}', 'CNY')
    )
  })

  it('lets a language’s own parameters override the shared ones, only in that language', () => {
    const text = {
      key: KEY,
      params: { currency: 'USD' },
      localized: { 'zh-CN': { currency: '美元' } }
    }
    expect(renderLineText(text, 'zh-CN')).toBe(ZH.replace('{currency}', '美元'))
    expect(renderLineText(text, 'en')).toBe(EN.replace('{currency}', 'USD'))
  })

  it('localized parameters alone are enough (no shared params)', () => {
    const text = { key: KEY, localized: { en: { currency: 'EUR' } } }
    expect(renderLineText(text, 'en')).toBe(EN.replace('{currency}', 'EUR'))
    // No value for zh-CN: the placeholder stays visible rather than becoming "undefined".
    expect(renderLineText(text, 'zh-CN')).toBe(ZH)
  })

  it('an unknown key falls back to the key itself', () => {
    expect(renderLineText({ key: 'quote.noSuchMessage' }, 'en')).toBe('quote.noSuchMessage')
  })
})
