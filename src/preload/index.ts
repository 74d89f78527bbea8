/**
 * The preload exposes named functions only: one per channel in the shared list, each bound
 * to its fixed channel name, plus one subscription for menu commands. Never ipcRenderer itself.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { CHANNELS, type ChannelMethod } from '@shared/ipc/channels'
import { isMenuCommand, MENU_COMMAND_EVENT, type MenuCommand } from '@shared/ipc/events'

function bindChannel(channel: string) {
  return (request?: unknown): Promise<unknown> => ipcRenderer.invoke(channel, request)
}

export function buildBridge() {
  const api = {} as Record<ChannelMethod, (request?: unknown) => Promise<unknown>>
  for (const method of Object.keys(CHANNELS) as ChannelMethod[]) {
    api[method] = bindChannel(CHANNELS[method])
  }
  return {
    ...api,
    onMenuCommand(listener: (command: MenuCommand) => void): () => void {
      const wrapped = (_event: IpcRendererEvent, command: unknown) => {
        if (isMenuCommand(command)) listener(command)
      }
      ipcRenderer.on(MENU_COMMAND_EVENT, wrapped)
      return () => ipcRenderer.removeListener(MENU_COMMAND_EVENT, wrapped)
    }
  }
}

contextBridge.exposeInMainWorld('computePlanner', Object.freeze(buildBridge()))
