/**
 * Language and theme have one owner: main's settings.json. The window paints first with its
 * localStorage copy (a cache, written whenever the UI store changes), then follows what main
 * says — at start, and after every change from any window or tab (`onSettingsChanged`).
 * A choice made in this window goes to main, which announces it to every window.
 */
import { watch } from 'vue'
import type { AppSettings } from '@shared/schema/settings'
import { onSettingsChanged } from '../api'
import { useDocumentStore } from '../stores/document'
import { useUiStore } from '../stores/ui'

/** The UI follows the settings; a null language keeps the window's own (the OS language). */
export function applySettingsToUi(ui: ReturnType<typeof useUiStore>, settings: AppSettings): void {
  if (settings.language && settings.language !== ui.locale) ui.setLocale(settings.language)
  if (settings.theme !== ui.themePreference) ui.setTheme(settings.theme)
}

/** Starts following main's settings; answers the function that stops it. */
export async function startSettingsSync(): Promise<() => void> {
  const store = useDocumentStore()
  const ui = useUiStore()
  const loaded = await store.loadSettings()
  if (!loaded) return () => undefined
  applySettingsToUi(ui, loaded)
  const stopFeed = onSettingsChanged(store.settingsRevision, (change) => {
    store.followSettings(change)
    applySettingsToUi(ui, change.settings)
  })
  // A choice made here is sent only when it differs from main's: a change main announced
  // and the UI applied is not echoed back.
  const stopWatch = watch(
    () => [ui.locale, ui.themePreference] as const,
    ([language, theme]) => {
      const known = store.settings
      if (known && known.language === language && known.theme === theme) return
      void store.updateSettings({ language, theme })
    }
  )
  return () => {
    stopFeed()
    stopWatch()
  }
}
