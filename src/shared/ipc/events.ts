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
