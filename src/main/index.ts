/**
 * Electron main process: a thin shell. It owns windows, menus and the IPC gate; all
 * behaviour lives in plain-Node services (./services) shared with the CLI and web host.
 */
import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron'
import { resolveLocale, translate, type Locale } from '@shared/i18n'
import {
  DROP_FILES_EVENT,
  MENU_COMMAND_EVENT,
  SETTINGS_CHANGED_EVENT,
  type MenuCommand
} from '@shared/ipc/events'
import type { AppSettings } from '@shared/schema/settings'
import { createDesktopDocuments, type DesktopDocuments } from './desktop'
import { isTrustedSender, pushToTrustedWindows, registerIpcGate } from './ipc/gate'
import { buildMenuTemplate } from './menu'
import { APP_SCHEME_PRIVILEGES, registerBundleProtocol } from './protocol'
import { isTrustedUrl } from './security'
import { createHandlers } from './services/handlers'
import { documentServicesFor } from './services/document/services'
import { electronPdfEngine } from './desktop/print-pdf'
import { createMainWindow, hardenSession, hardenWebContents } from './window'

const devServerUrl = process.env.ELECTRON_RENDERER_URL
let mainWindow: BrowserWindow | null = null
let locale: Locale = 'en'
let desktop: DesktopDocuments | null = null

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(MENU_COMMAND_EVENT, command)
}

function installMenu(): void {
  const template = buildMenuTemplate(
    locale,
    process.platform,
    {
      send: sendMenuCommand,
      openDocs: () => void shell.openPath(join(process.resourcesPath ?? app.getAppPath(), 'docs')),
      openRecent: (path) => desktop?.requestOpen(path),
      clearRecent: () => void desktop?.clearRecent()
    },
    desktop?.recentFiles() ?? []
  )
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}

export function setLocale(next: Locale): void {
  locale = next
  installMenu()
}

/** Main's language follows the settings: the saved choice, or the operating system's. */
function followSettings(settings: AppSettings): void {
  const next = settings.language ?? resolveLocale(app.getLocale())
  if (next !== locale) setLocale(next)
}

function openMainWindow(): void {
  mainWindow = createMainWindow({
    preloadPath: join(__dirname, '../preload/index.js'),
    devServerUrl,
    title: translate(locale, 'app.name')
  })
  desktop?.attachWindow(mainWindow)
  mainWindow.on('closed', () => {
    mainWindow = null
  })
}

function showMainWindow(): void {
  if (!mainWindow) {
    if (app.isReady()) openMainWindow()
    return
  }
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
}

export function start(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])
  const documents = createDesktopDocuments({
    app,
    dialog,
    userDataDir: app.getPath('userData'),
    platform: process.platform,
    locale: () => locale,
    window: () => mainWindow,
    sendCommand: sendMenuCommand,
    refreshMenu: installMenu
  })
  desktop = documents
  // Windows/Linux: double-clicking a .cplan while we run starts a second instance with it in argv.
  app.on('second-instance', (_event, argv: string[], workingDirectory: string) => {
    documents.openFromArgv(argv, workingDirectory)
    showMainWindow()
  })
  // macOS: double-click or drop on the Dock icon; may come before 'ready'.
  app.on('open-file', (event, path: string) => {
    event.preventDefault()
    documents.requestOpen(path)
    showMainWindow()
  })
  app.on('before-quit', () => documents.beforeQuit())
  // Defence in depth: every web contents, including ones we never create, is hardened.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devServerUrl))
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow()
  })

  void app.whenReady().then(() => {
    locale = resolveLocale(app.getLocale())
    hardenSession(session.defaultSession)
    registerBundleProtocol(protocol, join(__dirname, '../renderer'))
    // Main owns settings.json: every change (from any window) reaches every window and the menu.
    const settings = documentServicesFor(app.getPath('userData'), process.platform).settings
    settings.subscribe((change) => {
      followSettings(change.settings)
      pushToTrustedWindows(
        BrowserWindow.getAllWindows(),
        (url) => isTrustedUrl(url, devServerUrl),
        SETTINGS_CHANGED_EVENT,
        change
      )
    })
    const handlers = createHandlers({
      platform: process.platform,
      userDataDir: app.getPath('userData'),
      // Kept for older renderers: a language set this way is a settings change like any other.
      onLocaleChange: async (next) => {
        await settings.patch({ language: next })
        followSettings(await settings.get())
      },
      pdfEngine: () => electronPdfEngine()
    })
    // The desktop serves the path/dialog/window channels itself (the web host refuses them).
    registerIpcGate(
      ipcMain,
      { ...handlers, ...documents.handlers },
      {
        isTrustedUrl: (url) => isTrustedUrl(url, devServerUrl),
        locale: () => locale
      }
    )
    // Real drops: paths the preload resolved from dropped File objects, from our main frame only.
    ipcMain.on(DROP_FILES_EVENT, (event, paths: unknown) => {
      if (!isTrustedSender(event, (url) => isTrustedUrl(url, devServerUrl))) return
      documents.openDropped(paths)
      showMainWindow()
    })
    installMenu()
    void settings.get().then(followSettings)
    documents.openFromArgv(process.argv, process.cwd())
    openMainWindow()
    void documents.refreshRecent()
  })
}

start()
