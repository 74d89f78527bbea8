/**
 * A recording stand-in for the parts of Electron the main process uses, so the real main
 * code runs in Node and tests assert what it asked Electron to do.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { vi } from 'vitest'

type Listener = (...args: unknown[]) => unknown

export class FakeEmitter {
  listeners = new Map<string, Listener[]>()
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }
  once(event: string, listener: Listener) {
    return this.on(event, listener)
  }
  emit(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? []) listener(...args)
  }
}

export class FakeWebContents extends FakeEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  mainFrame = { url: 'app://bundle/index.html', parent: null }
  sent: unknown[][] = []
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler
  }
  send(...args: unknown[]) {
    this.sent.push(args)
  }
}

export class FakeBrowserWindow extends FakeEmitter {
  static instances: FakeBrowserWindow[] = []
  static getAllWindows = () => FakeBrowserWindow.instances
  webContents = new FakeWebContents()
  loadedUrl: string | null = null
  constructor(readonly options: Record<string, unknown>) {
    super()
    FakeBrowserWindow.instances.push(this)
  }
  loadURL(url: string) {
    this.loadedUrl = url
    return Promise.resolve()
  }
  closed = false
  documentEdited = false
  representedFilename = ''
  show() {}
  focus() {}
  /** Like Electron: emits a preventable 'close', and closes unless a listener prevented it. */
  close() {
    let prevented = false
    this.emit('close', { preventDefault: () => (prevented = true) })
    if (!prevented) {
      this.closed = true
      this.emit('closed')
    }
  }
  setDocumentEdited(edited: boolean) {
    this.documentEdited = edited
  }
  setRepresentedFilename(filename: string) {
    this.representedFilename = filename
  }
  restore() {}
  isMinimized() {
    return false
  }
}

export function createElectronMock() {
  const ipcHandlers = new Map<string, Listener>()
  /** `ipcMain.on` listeners (one-way messages from the preload). */
  const ipcListeners = new Map<string, Listener>()
  const session = {
    permissionRequestHandler: null as Listener | null,
    permissionCheckHandler: null as Listener | null,
    headersListener: null as Listener | null,
    setPermissionRequestHandler(handler: Listener) {
      this.permissionRequestHandler = handler
    },
    setPermissionCheckHandler(handler: Listener) {
      this.permissionCheckHandler = handler
    },
    webRequest: {
      onHeadersReceived(listener: Listener) {
        session.headersListener = listener
      }
    }
  }
  let readyResolve: () => void = () => {}
  const ready = new Promise<void>((resolve) => (readyResolve = resolve))
  // Each mock (so each test file) gets its own user data: settings written by one test must
  // never decide what another sees (a shared folder made tests depend on their order).
  const userData = mkdtempSync(join(tmpdir(), 'cp-electron-user-data-'))
  const app = Object.assign(new FakeEmitter(), {
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    whenReady: () => ready,
    getLocale: () => 'zh-CN',
    getPath: (): string => userData,
    getAppPath: () => '/tmp',
    isReady: () => true,
    addRecentDocument: vi.fn(),
    clearRecentDocuments: vi.fn(),
    fireReady: () => readyResolve()
  })
  const menus: unknown[] = []
  return {
    app,
    ipcHandlers,
    ipcListeners,
    session,
    menus,
    module: {
      app,
      BrowserWindow: FakeBrowserWindow,
      ipcMain: {
        handle: (channel: string, listener: Listener) => ipcHandlers.set(channel, listener),
        on: (channel: string, listener: Listener) => ipcListeners.set(channel, listener)
      },
      Menu: {
        buildFromTemplate: (template: unknown) => ({ template }),
        setApplicationMenu: (menu: unknown) => menus.push(menu)
      },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      dialog: {
        showOpenDialog: vi.fn(async (..._args: unknown[]) => ({
          canceled: true,
          filePaths: [] as string[]
        })),
        showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
        showMessageBox: vi.fn(async (..._args: unknown[]) => ({
          response: 2,
          checkboxChecked: false
        }))
      },
      session: { defaultSession: session },
      shell: { openPath: vi.fn(), openExternal: vi.fn() },
      contextBridge: { exposeInMainWorld: vi.fn() },
      ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn(), send: vi.fn() },
      /** Like Electron: a path only for a File that came from the OS (a drop or a picker). */
      webUtils: {
        getPathForFile: vi.fn((file: { osPath?: string }) => file.osPath ?? '')
      }
    }
  }
}
