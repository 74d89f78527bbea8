/** i18n.ts: the language a window starts in (beyond app-shell's saved-else-OS case). */
import { describe, expect, it } from 'vitest'
import { createAppI18n, initialLocale, LOCALE_STORAGE_KEY } from '@renderer/i18n'

const saved = (value: string | null) => ({
  getItem: (key: string) => (key === LOCALE_STORAGE_KEY ? value : null)
})

describe('initialLocale', () => {
  it('a saved language wins over the OS; a saved value that is no language is ignored', () => {
    expect(initialLocale(saved('en'), 'zh-CN')).toBe('en')
    expect(initialLocale(saved('zh-CN'), 'en-US')).toBe('zh-CN')
    expect(initialLocale(saved('zh'), 'en-US')).toBe('en')
    expect(initialLocale(saved('fr'), 'zh-TW')).toBe('zh-CN')
  })

  it('any Chinese OS language reads Chinese; any other, or none, English', () => {
    for (const tag of ['zh', 'zh-TW', 'zh_HK', 'ZH-hans'])
      expect(initialLocale(saved(null), tag), tag).toBe('zh-CN')
    for (const tag of ['en-GB', 'fr-FR', 'ja', 'zhuang', ''])
      expect(initialLocale(saved(null), tag), tag).toBe('en')
    expect(initialLocale(undefined, undefined)).toBe('en')
  })
})

describe('createAppI18n', () => {
  it('starts in the language given and switches with its locale', () => {
    const i18n = createAppI18n('zh-CN').global
    expect(i18n.t('planner.rename.apply')).toBe('确定')
    i18n.locale.value = 'en'
    expect(i18n.t('planner.rename.apply')).toBe('OK')
    expect(i18n.te('planner.rename.nothingHere')).toBe(false)
  })
})
