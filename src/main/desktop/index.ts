/**
 * Desktop document conventions, assembled for src/main/index.ts: native dialogs, the close
 * prompt, OS open requests (argv, `open-file`, real drops), OS recent documents and the Recent
 * menu, and the document-edited marker. index.ts only forwards Electron events here.
 */
import type { App, BrowserWindow } from 'electron'
import type { Locale } from '@shared/i18n'
import type { MenuCommand } from '@shared/ipc/events'
import type { DocumentState } from '@shared/ipc/contracts/document'
import type { RecentFile } from '@shared/schema/settings'
import { documentServicesFor } from '../services/document/services'
import { CloseGuard } from './close-guard'
import { askUnsaved, type DialogApi } from './dialogs'
import { createDesktopDocumentHandlers } from './document-handlers'
import { documentPathsFromArgv, droppedPaths, OpenRequestQueue } from './open-requests'
import { PathGrants } from './path-grants'

export interface DesktopDocumentsOptions {
  app: Pick<App, 'addRecentDocument' | 'clearRecentDocuments' | 'quit'>
  dialog: DialogApi
  userDataDir: string
  platform: NodeJS.Platform
  locale(): Locale
  window(): BrowserWindow | null
  sendCommand(command: MenuCommand): void
  /** Rebuild the application menu (the Recent submenu changed). */
  refreshMenu(): void
}

/** macOS shows unsaved changes as a dot in the close button and the file in the title bar. */
function applyToWindow(
  window: BrowserWindow,
  state: DocumentState,
  platform: NodeJS.Platform
): void {
  if (platform !== 'darwin') return
  window.setDocumentEdited(state.dirty)
  window.setRepresentedFilename(state.filePath ?? '')
}

export function createDesktopDocuments(options: DesktopDocumentsOptions) {
  const services = documentServicesFor(options.userDataDir, options.platform)
  const grants = new PathGrants(options.platform)
  const openRequests = new OpenRequestQueue(() => options.sendCommand('openRequested'))
  let recentFiles: RecentFile[] = []
  let quitting = false
  let guard: CloseGuard | null = null

  async function refreshRecent(): Promise<void> {
    recentFiles = await services.recent.list()
    options.refreshMenu()
  }

  const handlers = createDesktopDocumentHandlers({
    services,
    dialog: options.dialog,
    grants,
    openRequests,
    window: options.window,
    locale: options.locale,
    onDocumentUsed: async (path) => {
      await services.recent.add(path)
      options.app.addRecentDocument(path)
      await refreshRecent()
    },
    onDocumentState: (state) => {
      guard?.report(state)
      const window = options.window()
      if (window) applyToWindow(window, state, options.platform)
    }
  })

  /** A path the OS or the user handed us (double-click, drop, Recent menu): queue it for the renderer. */
  function requestOpen(path: string): boolean {
    return openRequests.push(path)
  }

  return {
    handlers,
    recentFiles: () => recentFiles,
    refreshRecent,
    requestOpen,
    /** Command line of this process, or of a second instance (Windows/Linux double-click). */
    openFromArgv(argv: readonly string[], workingDirectory: string): void {
      for (const path of documentPathsFromArgv(argv, workingDirectory)) requestOpen(path)
    },
    async clearRecent(): Promise<void> {
      await services.recent.clear()
      options.app.clearRecentDocuments()
      await refreshRecent()
    },
    /**
     * Files really dropped on the window: the preload resolved these paths from the dropped
     * File objects (index.ts checks the sender is our main frame). Anything else is ignored.
     */
    openDropped(paths: unknown): void {
      for (const path of droppedPaths(paths)) requestOpen(path)
    },
    /** Called for the main window once it exists. */
    attachWindow(window: BrowserWindow): void {
      guard = new CloseGuard(window, {
        askUnsaved: (parent, name) => askUnsaved(options.dialog, parent, options.locale(), name),
        requestSave: () => options.sendCommand('save'),
        discardAutosave: () => services.autosave.discard(),
        isQuitting: () => quitting,
        cancelQuit: () => {
          quitting = false
        },
        finishQuit: () => options.app.quit()
      })
      // A file: navigation is refused (window.ts) and never taken as an open request: any
      // script in the page can start one, so it says nothing about what the user chose.
      // Real drops arrive through openDropped.
    },
    beforeQuit(): void {
      quitting = true
    }
  }
}

export type DesktopDocuments = ReturnType<typeof createDesktopDocuments>
