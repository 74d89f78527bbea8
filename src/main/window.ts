/**
 * Creates the app window and hardens its session: the whole security checklist is
 * applied here, and only here, so tests can assert it against the real calls.
 */
import type { BrowserWindow as BrowserWindowType, Session, WebContents } from 'electron'
import { BrowserWindow } from 'electron'
import { APP_ORIGIN, CONTENT_SECURITY_POLICY, isTrustedUrl, secureWebPreferences } from './security'

export interface WindowOptions {
  preloadPath: string
  /** electron-vite's dev server URL in development; undefined in a built app. */
  devServerUrl?: string
  title: string
}

/** Denies every permission (camera, notifications, geolocation, …): the planner needs none. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY]
      }
    })
  })
}

/** No navigation away from the bundle, no new windows, no webviews. */
export function hardenWebContents(contents: WebContents, devServerUrl?: string): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url, devServerUrl)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedUrl(url, devServerUrl)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

export function rendererEntryUrl(devServerUrl?: string): string {
  return devServerUrl ?? `${APP_ORIGIN}/index.html`
}

export function createMainWindow(options: WindowOptions): BrowserWindowType {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1280,
    minHeight: 720,
    show: false,
    title: options.title,
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(options.preloadPath)
  })
  hardenWebContents(window.webContents, options.devServerUrl)
  window.once('ready-to-show', () => window.show())
  void window.loadURL(rendererEntryUrl(options.devServerUrl))
  return window
}
