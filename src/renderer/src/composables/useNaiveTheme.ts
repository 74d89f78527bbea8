/**
 * The theme handed to naive-ui. The dark one is most of naive-ui's theme code and most
 * windows start light, so it loads on demand: before mounting when the window starts dark
 * (main.ts, no light flash), or when the user or the OS switches to dark.
 */
import { computed, shallowRef, watch, type ComputedRef } from 'vue'
import type { GlobalTheme } from 'naive-ui'

const darkTheme = shallowRef<GlobalTheme | null>(null)
let loading: Promise<void> | null = null

export function loadDarkTheme(): Promise<void> {
  loading ??= import('../lib/dark-theme').then((module) => {
    darkTheme.value = module.darkTheme
  })
  return loading
}

/** null is naive-ui's light theme; dark as soon as its chunk is here. */
export function useNaiveTheme(isDark: () => boolean): ComputedRef<GlobalTheme | null> {
  watch(isDark, (dark) => dark && void loadDarkTheme(), { immediate: true })
  return computed(() => (isDark() ? darkTheme.value : null))
}
