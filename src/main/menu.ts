/**
 * The application menu. Labels come from the shared catalogues; actions that concern the
 * plan are forwarded to the renderer as menu commands (the renderer owns the document).
 */
import { basename } from 'node:path'
import type { MenuItemConstructorOptions } from 'electron'
import { translate, type Locale } from '@shared/i18n'
import type { MenuCommand } from '@shared/ipc/events'
import type { RecentFile } from '@shared/schema/settings'

export interface MenuActions {
  send(command: MenuCommand): void
  openDocs(): void
  /** A Recent submenu entry was chosen. */
  openRecent?(path: string): void
  clearRecent?(): void
}

/** File ▸ Open Recent: the in-app list (the same on every platform), then Clear. */
function recentSubmenu(
  t: (key: string) => string,
  recentFiles: readonly RecentFile[],
  actions: MenuActions
): MenuItemConstructorOptions[] {
  const entries: MenuItemConstructorOptions[] = recentFiles.map((entry) => ({
    label: basename(entry.path),
    toolTip: entry.path,
    click: () => actions.openRecent?.(entry.path)
  }))
  return [
    ...entries,
    ...(entries.length > 0 ? [{ type: 'separator' as const }] : []),
    { label: t('clearRecent'), enabled: entries.length > 0, click: () => actions.clearRecent?.() }
  ]
}

export function buildMenuTemplate(
  locale: Locale,
  platform: NodeJS.Platform,
  actions: MenuActions,
  recentFiles: readonly RecentFile[] = []
): MenuItemConstructorOptions[] {
  const t = (key: string): string => translate(locale, `app.menu.${key}`)
  const command = (label: string, accelerator: string | undefined, cmd: MenuCommand) => ({
    label: t(label),
    accelerator,
    click: () => actions.send(cmd)
  })
  const isMac = platform === 'darwin'
  const template: MenuItemConstructorOptions[] = []
  if (isMac) {
    template.push({
      label: translate(locale, 'app.name'),
      submenu: [
        { label: t('about'), click: () => actions.send('about') },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit', label: t('quit') }
      ]
    })
  }
  template.push(
    {
      label: t('file'),
      submenu: [
        command('new', 'CmdOrCtrl+N', 'new'),
        command('open', 'CmdOrCtrl+O', 'open'),
        { label: t('recent'), submenu: recentSubmenu(t, recentFiles, actions) },
        { type: 'separator' },
        command('save', 'CmdOrCtrl+S', 'save'),
        command('saveAs', 'CmdOrCtrl+Shift+S', 'saveAs'),
        { type: 'separator' },
        command('exportQuote', 'CmdOrCtrl+E', 'exportQuote'),
        command('importInventory', 'CmdOrCtrl+I', 'importInventory'),
        { type: 'separator' },
        {
          label: translate(locale, 'settingsScreen.menu'),
          accelerator: 'CmdOrCtrl+,',
          click: () => actions.send('settings')
        },
        { type: 'separator' },
        // Closing the window asks about unsaved changes (src/main/desktop/close-guard.ts).
        { role: 'close', label: t('close') },
        ...(isMac ? [] : [{ role: 'quit' as const, label: t('quit') }])
      ]
    },
    {
      label: t('edit'),
      submenu: [
        // Undo/redo: the renderer sends these to the focused text field's own history, else to
        // the whole plan (App.vue undoFromMenu, issue 19).
        command('undo', 'CmdOrCtrl+Z', 'undo'),
        command('redo', 'Shift+CmdOrCtrl+Z', 'redo'),
        { type: 'separator' },
        { role: 'cut', label: t('cut') },
        { role: 'copy', label: t('copy') },
        { role: 'paste', label: t('paste') },
        { role: 'selectAll', label: t('selectAll') }
      ]
    },
    {
      label: t('view'),
      submenu: [
        {
          label: t('language'),
          submenu: [
            { label: 'English', click: () => actions.send('language:en') },
            { label: '简体中文', click: () => actions.send('language:zh-CN') }
          ]
        },
        {
          label: t('theme'),
          submenu: [
            { label: t('themeSystem'), click: () => actions.send('theme:system') },
            { label: t('themeLight'), click: () => actions.send('theme:light') },
            { label: t('themeDark'), click: () => actions.send('theme:dark') }
          ]
        },
        { type: 'separator' },
        { role: 'zoomIn', label: t('zoomIn') },
        { role: 'zoomOut', label: t('zoomOut') },
        { role: 'resetZoom', label: t('resetZoom') },
        { role: 'togglefullscreen', label: t('toggleFullScreen') }
      ]
    },
    {
      label: t('help'),
      submenu: [
        { label: t('docs'), click: () => actions.openDocs() },
        ...(isMac ? [] : [{ label: t('about'), click: () => actions.send('about') }])
      ]
    }
  )
  return template
}
