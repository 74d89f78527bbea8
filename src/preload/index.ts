/**
 * The preload exposes named functions only: one per channel in the shared list, each bound
 * to its fixed channel name, plus one subscription for menu commands. Never ipcRenderer itself.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'
import { CHANNELS, type ChannelMethod } from '@shared/ipc/channels'
import {
  DROP_FILES_EVENT,
  isMenuCommand,
  MENU_COMMAND_EVENT,
  SETTINGS_CHANGED_EVENT,
  type MenuCommand
} from '@shared/ipc/events'

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
    },
    /** Settings changed in main (from this or another window): the window follows them. */
    onSettingsChanged(listener: (change: unknown) => void): () => void {
      const wrapped = (_event: IpcRendererEvent, change: unknown) => {
        if (typeof change === 'object' && change !== null && 'revision' in change) listener(change)
      }
      ipcRenderer.on(SETTINGS_CHANGED_EVENT, wrapped)
      return () => ipcRenderer.removeListener(SETTINGS_CHANGED_EVENT, wrapped)
    },
    /**
     * Files dropped on the window. Their paths are resolved here, from the File objects,
     * by Electron: a File the page made itself has no path, so the page cannot name a file
     * the user did not drop (main grants access to exactly these paths).
     */
    dropFiles(files: readonly File[]): void {
      const paths: string[] = []
      for (const file of Array.from(files ?? [])) {
        let path: string
        try {
          path = webUtils.getPathForFile(file)
        } catch {
          continue // not a File: nothing the user dropped
        }
        if (path) paths.push(path)
      }
      ipcRenderer.send(DROP_FILES_EVENT, paths)
    }
  }
}

contextBridge.exposeInMainWorld('computePlanner', Object.freeze(buildBridge()))
