import { describe, expect, it, vi } from 'vitest'
import type { Session, WebContents } from 'electron'
import { createElectronMock, FakeBrowserWindow, FakeWebContents } from './shell/electron-mock'

const electron = createElectronMock()
vi.mock('electron', () => electron.module)

const { createMainWindow, hardenSession, hardenWebContents, rendererEntryUrl } =
  await import('../../src/main/window')
const { CONTENT_SECURITY_POLICY } = await import('../../src/main/security')

type Listener = (...args: unknown[]) => unknown

/** A session that records the handlers it is given. */
function fakeSession() {
  const handlers: { request?: Listener; check?: Listener; headers?: Listener } = {}
  const session = {
    setPermissionRequestHandler: (handler: Listener) => (handlers.request = handler),
    setPermissionCheckHandler: (handler: Listener) => (handlers.check = handler),
    webRequest: { onHeadersReceived: (handler: Listener) => (handlers.headers = handler) }
  }
  return { session: session as unknown as Session, handlers }
}

/** Emits `event` for `url` and says whether a listener prevented it. */
function prevented(contents: FakeWebContents, event: string, url: string): boolean {
  let stopped = false
  contents.emit(event, { preventDefault: () => (stopped = true) }, url)
  return stopped
}

describe('hardenSession', () => {
  it('denies every permission request and check', () => {
    const { session, handlers } = fakeSession()
    hardenSession(session)
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn()
      handlers.request?.({}, permission, callback)
      expect(callback).toHaveBeenCalledWith(false)
      expect(handlers.check?.({}, permission)).toBe(false)
    }
  })

  it('puts the CSP on every response, keeping the other headers', () => {
    const { session, handlers } = fakeSession()
    hardenSession(session)
    const callback = vi.fn()
    handlers.headers?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback)
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: {
        'Content-Type': ['text/html'],
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY]
      }
    })
  })

  it('replaces a weaker CSP a response brought with it', () => {
    const { session, handlers } = fakeSession()
    hardenSession(session)
    const callback = vi.fn()
    handlers.headers?.(
      { responseHeaders: { 'Content-Security-Policy': ['script-src *'] } },
      callback
    )
    expect(callback.mock.calls[0][0].responseHeaders['Content-Security-Policy']).toEqual([
      CONTENT_SECURITY_POLICY
    ])
  })
})

describe('hardenWebContents', () => {
  it('denies new windows and webviews', () => {
    const contents = new FakeWebContents()
    hardenWebContents(contents as unknown as WebContents)
    expect(contents.windowOpenHandler?.({ url: 'app://bundle/index.html' })).toEqual({
      action: 'deny'
    })
    expect(prevented(contents, 'will-attach-webview', '')).toBe(true)
  })

  it('lets navigation and redirects stay inside the bundle only', () => {
    const contents = new FakeWebContents()
    hardenWebContents(contents as unknown as WebContents)
    for (const event of ['will-navigate', 'will-redirect']) {
      expect(prevented(contents, event, 'app://bundle/index.html#/quote'), event).toBe(false)
      expect(prevented(contents, event, 'https://example.com/'), event).toBe(true)
      expect(prevented(contents, event, 'http://localhost:5173/'), event).toBe(true)
    }
  })

  it('also lets the dev server through in development, and nothing else', () => {
    const contents = new FakeWebContents()
    hardenWebContents(contents as unknown as WebContents, 'http://localhost:5173')
    expect(prevented(contents, 'will-navigate', 'http://localhost:5173/#/results')).toBe(false)
    expect(prevented(contents, 'will-redirect', 'http://localhost:5174/')).toBe(true)
  })
})

describe('the main window', () => {
  it('loads the bundle (or the dev server) with the secure preferences, shown when ready', () => {
    expect(rendererEntryUrl()).toBe('app://bundle/index.html')
    expect(rendererEntryUrl('http://localhost:5173')).toBe('http://localhost:5173')
    const window = createMainWindow({ preloadPath: '/app/preload.js', title: 'Compute Planner' })
    const fake = window as unknown as FakeBrowserWindow
    expect(fake.loadedUrl).toBe('app://bundle/index.html')
    expect(fake.options).toMatchObject({
      show: false,
      title: 'Compute Planner',
      minWidth: 1280,
      minHeight: 720,
      webPreferences: { preload: '/app/preload.js', sandbox: true, contextIsolation: true }
    })
    expect(fake.listeners.get('ready-to-show')).toHaveLength(1)
    expect(prevented(fake.webContents, 'will-navigate', 'https://example.com/')).toBe(true)
  })
})
