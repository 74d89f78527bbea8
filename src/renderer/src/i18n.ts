import { createI18n } from 'vue-i18n'
import { messages, resolveLocale, type Locale } from '@shared/i18n'

export const LOCALE_STORAGE_KEY = 'compute-planner.locale'

/** The saved choice wins; otherwise follow the OS/browser language. */
export function initialLocale(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
  navigatorLanguage: string | undefined = globalThis.navigator?.language
): Locale {
  const saved = storage?.getItem(LOCALE_STORAGE_KEY)
  if (saved === 'en' || saved === 'zh-CN') return saved
  return resolveLocale(navigatorLanguage)
}

export function createAppI18n(locale: Locale = initialLocale()) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    // The catalogues are plain objects shared with main and the CLI.
    // vue-i18n's message types cannot express our readonly nested catalogue; shape is checked in tests.
    messages: messages as never,
    missingWarn: false,
    fallbackWarn: false
  })
}
