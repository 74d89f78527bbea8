/** i18n/types.ts: the locale list (key parity of the catalogues is in ../i18n.test.ts). */
import { describe, expect, it } from 'vitest'
import { LOCALES } from '../../../src/shared/i18n/types'
import { messages, resolveLocale } from '../../../src/shared/i18n'

describe('locales', () => {
  it('the app speaks English and Simplified Chinese, English first (the fallback)', () => {
    expect(LOCALES).toEqual(['en', 'zh-CN'])
  })

  it('there is one message catalogue per locale, and no other', () => {
    expect(Object.keys(messages).sort()).toEqual([...LOCALES].sort())
  })

  it('every OS tag resolves to a listed locale', () => {
    for (const tag of ['zh', 'zh_TW', 'zh-Hans-CN', 'en-GB', 'fr', '', undefined, null])
      expect(LOCALES).toContain(resolveLocale(tag))
  })
})
