import type { BridgeApi } from '../shared/ipc/contract'
import type { MenuCommand } from '../shared/ipc/events'

export type DesktopBridge = BridgeApi & {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}

declare global {
  interface Window {
    /** Present only in the desktop app (set by the preload); absent in the browser host. */
    computePlanner?: DesktopBridge
  }
}
