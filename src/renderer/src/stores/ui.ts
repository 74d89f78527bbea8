import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import type { Locale } from '@shared/i18n'
import { LOCALE_STORAGE_KEY } from '../i18n'
import type { Grouping } from '../lib/format'

export type ThemePreference = 'system' | 'light' | 'dark'
const THEME_STORAGE_KEY = 'compute-planner.theme'
const GROUPING_STORAGE_KEY = 'compute-planner.grouping'

function readTheme(): ThemePreference {
  const saved = globalThis.localStorage?.getItem(THEME_STORAGE_KEY)
  return saved === 'light' || saved === 'dark' ? saved : 'system'
}

function readGrouping(): Grouping {
  return globalThis.localStorage?.getItem(GROUPING_STORAGE_KEY) === 'cjk' ? 'cjk' : 'western'
}

/** Language, theme and number grouping: user choices, persisted, with the OS as the default. */
export const useUiStore = defineStore('ui', () => {
  const locale = ref<Locale>('en')
  const themePreference = ref<ThemePreference>(readTheme())
  /** zh-CN: 万/亿 grouping of large numbers instead of thousands separators. */
  const grouping = ref<Grouping>(readGrouping())
  const media = globalThis.matchMedia?.('(prefers-color-scheme: dark)')
  const systemDark = ref(media?.matches ?? false)
  media?.addEventListener?.('change', (event) => {
    systemDark.value = event.matches
  })

  const isDark = computed(() =>
    themePreference.value === 'system' ? systemDark.value : themePreference.value === 'dark'
  )

  function setLocale(next: Locale): void {
    locale.value = next
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, next)
  }

  function setTheme(next: ThemePreference): void {
    themePreference.value = next
    globalThis.localStorage?.setItem(THEME_STORAGE_KEY, next)
  }

  function setGrouping(next: Grouping): void {
    grouping.value = next
    globalThis.localStorage?.setItem(GROUPING_STORAGE_KEY, next)
  }

  watch(isDark, (dark) => document.documentElement.classList.toggle('dark', dark), {
    immediate: typeof document !== 'undefined'
  })

  return { locale, themePreference, grouping, isDark, setLocale, setTheme, setGrouping }
})
