import { afterEach, describe, expect, it } from 'vitest'
import { effectScope, nextTick, ref, type EffectScope } from 'vue'
import { darkTheme } from 'naive-ui'
import { loadDarkTheme, useNaiveTheme } from '@renderer/composables/useNaiveTheme'

const scopes: EffectScope[] = []
afterEach(() => {
  for (const scope of scopes.splice(0)) scope.stop()
})

function themeFor(isDark: () => boolean) {
  const scope = effectScope()
  scopes.push(scope)
  return scope.run(() => useNaiveTheme(isDark))!
}

describe('useNaiveTheme', () => {
  it('hands naive-ui null (its light theme) while the window is light', () => {
    const theme = themeFor(() => false)
    expect(theme.value).toBeNull()
  })

  it('turns dark once the dark chunk is here, and light again at once', async () => {
    const dark = ref(false)
    const theme = themeFor(() => dark.value)
    expect(theme.value).toBeNull()
    dark.value = true
    await nextTick()
    await loadDarkTheme()
    expect(theme.value?.name).toBe('dark')
    expect(theme.value).toBe(darkTheme)
    dark.value = false
    expect(theme.value).toBeNull()
  })

  it('starts dark for a window that opens dark, after loadDarkTheme (as main.ts does)', async () => {
    await loadDarkTheme()
    const theme = themeFor(() => true)
    expect(theme.value).toBe(darkTheme)
  })

  it('loads the chunk once, however often it is asked', () => {
    expect(loadDarkTheme()).toBe(loadDarkTheme())
  })
})
