/** stores/ui.ts: language, theme and number grouping, persisted, with the OS as the default. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { useUiStore } from '@renderer/stores/ui'
import { LOCALE_STORAGE_KEY } from '@renderer/i18n'

/** A system colour scheme the test can switch, as matchMedia reports it. */
function fakeSystem(dark: boolean) {
  const listeners: ((event: { matches: boolean }) => void)[] = []
  const media = {
    matches: dark,
    addEventListener: (_type: string, listener: (event: { matches: boolean }) => void) =>
      listeners.push(listener)
  }
  vi.stubGlobal('matchMedia', () => media)
  return (next: boolean) => listeners.forEach((listener) => listener({ matches: next }))
}

beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
})
afterEach(() => {
  vi.unstubAllGlobals()
  document.documentElement.classList.remove('dark')
})

describe('the ui store', () => {
  it('starts from the saved theme and grouping; anything unknown saved reads as the default', () => {
    localStorage.setItem('compute-planner.theme', 'dark')
    localStorage.setItem('compute-planner.grouping', 'cjk')
    const store = useUiStore()
    expect(store.themePreference).toBe('dark')
    expect(store.grouping).toBe('cjk')
    setActivePinia(createPinia())
    localStorage.setItem('compute-planner.theme', 'purple')
    localStorage.setItem('compute-planner.grouping', 'indian')
    const fresh = useUiStore()
    expect(fresh.themePreference).toBe('system')
    expect(fresh.grouping).toBe('western')
  })

  it('persists each choice under its key', () => {
    const store = useUiStore()
    store.setLocale('zh-CN')
    store.setTheme('light')
    store.setGrouping('cjk')
    expect(store.locale).toBe('zh-CN')
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('zh-CN')
    expect(localStorage.getItem('compute-planner.theme')).toBe('light')
    expect(localStorage.getItem('compute-planner.grouping')).toBe('cjk')
  })

  it('"system" follows the OS as it changes; a chosen theme ignores it', async () => {
    const switchSystem = fakeSystem(false)
    const store = useUiStore()
    expect(store.isDark).toBe(false)
    switchSystem(true)
    expect(store.isDark).toBe(true)
    await nextTick()
    expect(document.documentElement.classList.contains('dark')).toBe(true)
    store.setTheme('light')
    expect(store.isDark).toBe(false)
    await nextTick()
    expect(document.documentElement.classList.contains('dark')).toBe(false)
    switchSystem(false)
    store.setTheme('dark')
    expect(store.isDark).toBe(true)
  })

  it('marks the page dark at once when the window opens dark', () => {
    fakeSystem(true)
    useUiStore()
    expect(document.documentElement.classList.contains('dark')).toBe(true)
  })
})
