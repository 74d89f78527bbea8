/**
 * Main → renderer notifications (the only push direction). Dependency-free: bundled into the preload.
 * Menu commands are what the native menu asks the renderer to do; the renderer owns the plan.
 */
export const MENU_COMMAND_EVENT = 'menu.command'

export const MENU_COMMANDS = [
  'new',
  'open',
  'save',
  'saveAs',
  'exportQuote',
  'importInventory',
  /** File ▸ Settings…: the settings screen (letterhead, buyer and supplier, quote defaults). */
  'settings',
  /** The OS asked to open files (command line, double-click, drop, Recent menu): call `takeOpenRequests`. */
  'openRequested',
  'undo',
  'redo',
  'about',
  'theme:system',
  'theme:light',
  'theme:dark',
  'language:en',
  'language:zh-CN'
] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value)
}

/**
 * Preload → main, one way: the paths of files really dropped on the window, resolved in
 * the preload from the dropped File objects (Electron's webUtils.getPathForFile). Not a
 * channel of the API: the page cannot send it with paths of its own choosing.
 */
export const DROP_FILES_EVENT = 'document.dropped'

/**
 * Main → renderer after every settings change (language, theme, letterhead, defaults):
 * main owns settings.json and each window follows it. Payload: `settingsChangeSchema`
 * ({ revision, settings }). Sent only to our own windows showing our bundle; the web host
 * serves the same change through the `settings.watch` long poll.
 */
export const SETTINGS_CHANGED_EVENT = 'settings.changed'
