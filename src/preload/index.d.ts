import type { BridgeApi } from '../shared/ipc/contract'
import type { MenuCommand } from '../shared/ipc/events'
import type { SettingsChangePayload } from '../shared/ipc/contracts/document'

export type DesktopBridge = BridgeApi & {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** Main's `settings.changed` push (after a change from any window). */
  onSettingsChanged(listener: (change: SettingsChangePayload) => void): () => void
  /** Hands files dropped on the window to main (paths resolved in the preload). */
  dropFiles(files: readonly File[]): void
}

declare global {
  interface Window {
    /** Present only in the desktop app (set by the preload); absent in the browser host. */
    computePlanner?: DesktopBridge
  }
}
