import { describe, expect, it } from 'vitest'
import { environmentLocale, parseCliLanguage } from '../../../src/main/cli/locale'

describe('environmentLocale', () => {
  it('follows POSIX precedence: LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(environmentLocale({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN')
    expect(environmentLocale({ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' })).toBe('en')
    expect(environmentLocale({ LC_MESSAGES: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh-CN')
    expect(environmentLocale({ LC_ALL: 'en_GB', LC_MESSAGES: 'zh_CN' })).toBe('en')
  })

  it('treats an empty variable as unset and defaults to English', () => {
    expect(environmentLocale({ LC_ALL: '', LANG: 'zh_CN.GB18030' })).toBe('zh-CN')
    expect(environmentLocale({})).toBe('en')
    expect(environmentLocale({ LANG: 'zhx' })).toBe('en')
  })
})

describe('parseCliLanguage', () => {
  it('accepts the documented values and the zh aliases', () => {
    expect(parseCliLanguage('zh-CN')).toBe('zh-CN')
    expect(parseCliLanguage('zh')).toBe('zh-CN')
    expect(parseCliLanguage('zh-cn')).toBe('zh-CN')
    expect(parseCliLanguage('en')).toBe('en')
    expect(parseCliLanguage('both')).toBe('both')
  })

  it('refuses anything else, and says nothing was given for a missing value', () => {
    expect(parseCliLanguage(undefined)).toBeNull()
    for (const value of ['', 'fr', 'zh-TW', 'english', ' en', 'en,zh']) {
      expect(parseCliLanguage(value), value).toBeNull()
    }
  })
})
