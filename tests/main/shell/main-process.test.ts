import { beforeAll, describe, expect, it, vi } from 'vitest'
import { CHANNEL_NAMES } from '@shared/ipc/channels'
import { createElectronMock, FakeBrowserWindow } from './electron-mock'

const electron = createElectronMock()
vi.mock('electron', () => electron.module)

describe('main process start-up (electron mocked)', () => {
  beforeAll(async () => {
    await import('../../../src/main/index')
    electron.app.fireReady()
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1))
  })

  it('takes the single-instance lock and registers the app:// scheme before ready', () => {
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalled()
    expect(electron.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app' })
    ])
  })

  it('opens one window with the full security checklist in its webPreferences', () => {
    const options = FakeBrowserWindow.instances[0].options as {
      webPreferences: Record<string, unknown>
      minWidth: number
    }
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false
    })
    expect(String(options.webPreferences.preload)).toMatch(/preload[\\/]index\.js$/)
    expect(options.minWidth).toBe(1280)
    expect(FakeBrowserWindow.instances[0].loadedUrl).toBe('app://bundle/index.html')
  })

  it('registers every contract channel through the gate, and nothing else', () => {
    expect([...electron.ipcHandlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort())
  })

  it('serves the bundle through the app:// protocol handler', () => {
    expect(electron.module.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
  })

  it('denies every permission and adds the CSP header to every response', () => {
    const decisions: boolean[] = []
    electron.session.permissionRequestHandler?.({}, 'media', (granted: boolean) =>
      decisions.push(granted)
    )
    expect(decisions).toEqual([false])
    expect(electron.session.permissionCheckHandler?.({}, 'notifications')).toBe(false)
    let headers: Record<string, string[]> = {}
    electron.session.headersListener?.(
      { responseHeaders: {} },
      (response: { responseHeaders: Record<string, string[]> }) =>
        (headers = response.responseHeaders)
    )
    expect(headers['Content-Security-Policy'][0]).toContain("script-src 'self'")
    expect(headers['Content-Security-Policy'][0]).not.toContain('unsafe-eval')
  })

  it('denies new windows and navigation away from the bundle', () => {
    const contents = FakeBrowserWindow.instances[0].webContents
    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' })
    const prevented: string[] = []
    const navigate = (url: string) =>
      contents.emit('will-navigate', { preventDefault: () => prevented.push(url) }, url)
    navigate('https://example.com/')
    navigate('file:///etc/passwd')
    navigate('app://bundle/index.html#/results')
    expect(prevented).toEqual(['https://example.com/', 'file:///etc/passwd'])
    const webviews: string[] = []
    contents.emit('will-attach-webview', { preventDefault: () => webviews.push('blocked') })
    expect(webviews).toEqual(['blocked'])
  })

  it('builds the application menu in the OS language (zh-CN here)', () => {
    const menu = electron.menus.at(-1) as { template: { label: string }[] }
    const labels = menu.template.map((item) => item.label)
    expect(labels).toEqual(expect.arrayContaining(['文件', '编辑', '视图', '帮助']))
  })

  it('answers IPC from the app window and refuses a foreign frame', async () => {
    const handler = electron.ipcHandlers.get('app.info')!
    const mainFrame = { url: 'app://bundle/index.html', parent: null }
    const trusted = await handler({ senderFrame: mainFrame, sender: { mainFrame } }, undefined)
    expect(trusted).toMatchObject({
      ok: true,
      data: { name: 'Compute Planner', transport: 'electron' }
    })
    const evilFrame = { url: 'https://evil.example/', parent: null }
    const refused = await handler(
      { senderFrame: evilFrame, sender: { mainFrame: evilFrame } },
      undefined
    )
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } })
  })

  it('rebuilds the menu when the renderer switches language', async () => {
    const handler = electron.ipcHandlers.get('app.setLocale')!
    const mainFrame = { url: 'app://bundle/index.html', parent: null }
    await handler({ senderFrame: mainFrame, sender: { mainFrame } }, 'en')
    const menu = electron.menus.at(-1) as { template: { label: string }[] }
    expect(menu.template.map((item) => item.label)).toEqual(
      expect.arrayContaining(['File', 'Edit', 'View', 'Help'])
    )
  })
})

describe('main owns settings (electron mocked)', () => {
  it('a change from the window reaches every window of ours and the menu follows its language', async () => {
    const set = electron.ipcHandlers.get('settings.set')!
    const mainFrame = { url: 'app://bundle/index.html', parent: null }
    const window = FakeBrowserWindow.instances[0]
    window.webContents.sent = []
    const answer = await set(
      { senderFrame: mainFrame, sender: { mainFrame } },
      { language: 'zh-CN' }
    )
    expect(answer).toMatchObject({ ok: true, data: { language: 'zh-CN' } })
    const pushes = window.webContents.sent.filter(([event]) => event === 'settings.changed')
    expect(pushes).toHaveLength(1)
    expect(pushes[0][1]).toMatchObject({ settings: { language: 'zh-CN' } })
    const menu = electron.menus.at(-1) as { template: { label: string }[] }
    expect(menu.template.map((item) => item.label)).toContain('文件')
  })
})
