import type { BridgeApi } from '../shared/ipc/contract'
import type { MenuCommand } from '../shared/ipc/events'

export type DesktopBridge = BridgeApi & {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** Hands files dropped on the window to main (paths resolved in the preload). */
  dropFiles(files: readonly File[]): void
}

declare global {
  interface Window {
    /** Present only in the desktop app (set by the preload); absent in the browser host. */
    computePlanner?: DesktopBridge
  }
}
