import { describe, expect, it } from 'vitest'
import { flattenKeys, messages, resolveLocale, translate, type MessageTree } from '@shared/i18n'

describe('message catalogues', () => {
  const en = flattenKeys(messages.en as unknown as MessageTree).sort()
  const zh = flattenKeys(messages['zh-CN'] as unknown as MessageTree).sort()

  it('zh-CN and en have exactly the same keys', () => {
    expect(zh).toEqual(en)
  })

  it('no message is empty, and placeholders match between languages', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort()
    for (const key of en) {
      const english = translate('en', key)
      const chinese = translate('zh-CN', key)
      expect(english.trim(), key).not.toBe('')
      expect(chinese.trim(), key).not.toBe('')
      expect(placeholders(chinese), key).toEqual(placeholders(english))
    }
  })

  it('Chinese messages use full-width punctuation after Chinese text: “：” not “: ”', () => {
    // "{label}：{value}" texts are built with app.punctuation.labelled, never with ": " in code;
    // a ratio written " : " (下行 : 上行) is not a label.
    expect(
      translate('zh-CN', 'app.punctuation.labelled', { label: '采购市场', value: '中国大陆' })
    ).toBe('采购市场：中国大陆')
    const asciiAfterChinese = zh.filter((key) =>
      /[\u3400-\u9fff）」]: |(?<! ): [\u3400-\u9fff]/.test(translate('zh-CN', key))
    )
    expect(asciiAfterChinese).toEqual([])
  })

  it('interpolates parameters and falls back to English, then to the key', () => {
    expect(translate('zh-CN', 'app.about.version', { version: '1.2.3' })).toBe('版本 1.2.3')
    expect(translate('en', 'app.about.version', { version: '1.2.3' })).toBe('Version 1.2.3')
    expect(translate('en', 'no.such.key')).toBe('no.such.key')
  })

  it('maps OS locale tags to a supported language', () => {
    expect(resolveLocale('zh-CN')).toBe('zh-CN')
    expect(resolveLocale('zh_TW')).toBe('zh-CN')
    expect(resolveLocale('zh-Hans-CN')).toBe('zh-CN')
    expect(resolveLocale('en-GB')).toBe('en')
    expect(resolveLocale('de')).toBe('en')
    expect(resolveLocale(undefined)).toBe('en')
  })
})
