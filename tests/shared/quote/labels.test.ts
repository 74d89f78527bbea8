import { describe, expect, it } from 'vitest'
import { headerText } from '../../../src/shared/quote/labels'
import { messages } from '../../../src/shared/i18n'

const en = messages.en.quote
const zh = messages['zh-CN'].quote

describe('headerText', () => {
  it('reads keys relative to the quote namespace, in one language', () => {
    expect(headerText('columns.quantity', 'en')).toBe(en.columns.quantity)
    expect(headerText('columns.quantity', 'zh-CN')).toBe(zh.columns.quantity)
  })

  it('“both” is English, the separator, then Chinese', () => {
    expect(headerText('title', 'both')).toBe(`${en.title} / ${zh.title}`)
    expect(headerText('title', 'both', {}, '\n')).toBe(`${en.title}\n${zh.title}`)
  })

  it('the cache keeps separators and languages apart', () => {
    // Same key asked three ways in a row: each answer is its own, not the first one cached.
    const slash = headerText('sections.hardware', 'both')
    const newline = headerText('sections.hardware', 'both', {}, '\n')
    const english = headerText('sections.hardware', 'en')
    expect(slash).toBe(`${en.sections.hardware} / ${zh.sections.hardware}`)
    expect(newline).toBe(`${en.sections.hardware}\n${zh.sections.hardware}`)
    expect(english).toBe(en.sections.hardware)
    expect(headerText('sections.hardware', 'both')).toBe(slash)
  })

  it('fills parameters in both languages, uncached (each call its own values)', () => {
    const cny = headerText('columns.lineTotal', 'both', { currency: 'CNY' })
    const usd = headerText('columns.lineTotal', 'both', { currency: 'USD' })
    expect(cny).toBe(
      `${en.columns.lineTotal.replace('{currency}', 'CNY')} / ${zh.columns.lineTotal.replace('{currency}', 'CNY')}`
    )
    expect(usd).toContain('USD')
    expect(usd).not.toContain('CNY')
  })

  it('says a text once when both languages give the same (an unknown key falls back to itself)', () => {
    expect(headerText('noSuchLabel', 'both')).toBe('quote.noSuchLabel')
  })
})
