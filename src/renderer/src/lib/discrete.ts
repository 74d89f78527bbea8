/**
 * Toasts and page dialogs: a second, small Vue app of naive-ui's, in a chunk of its own.
 * Most sessions never show one, so neither its code nor its setup is paid for at start-up.
 */
import { computed } from 'vue'
import { createDiscreteApi, darkTheme, enUS, zhCN, type DialogApi, type MessageApi } from 'naive-ui'
import type { Locale } from '@shared/i18n'

export interface Discrete {
  message: MessageApi
  dialog: DialogApi
  unmount(): void
}

/** `look` is read reactively: the toasts follow the app's theme and language as they change. */
export function createDiscrete(look: () => { dark: boolean; locale: Locale }): Discrete {
  return createDiscreteApi(['message', 'dialog'], {
    configProviderProps: computed(() => {
      const { dark, locale } = look()
      return { theme: dark ? darkTheme : null, locale: locale === 'zh-CN' ? zhCN : enUS }
    })
  })
}
