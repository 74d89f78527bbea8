/**
 * src/main/index.ts (named after its folder, main): how the Electron entry forwards app
 * events to the desktop documents, follows the language, and refuses a second instance.
 * Start-up security is in tests/main/shell/main-process.test.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createElectronMock, FakeBrowserWindow } from './shell/electron-mock'

const electron = createElectronMock()
vi.mock('electron', () => electron.module)

const plans = mkdtempSync(join(tmpdir(), 'main-entry-'))
const mainFrame = { url: 'app://bundle/index.html', parent: null }
const trusted = { senderFrame: mainFrame, sender: { mainFrame } }
let entry: typeof import('../../src/main/index')

async function call(channel: string, payload?: unknown) {
  return (await electron.ipcHandlers.get(channel)!(trusted, payload)) as {
    ok: boolean
    data?: unknown
  }
}
type MenuTemplate = { template: { label?: string }[] }
const lastMenu = () => electron.menus.at(-1) as MenuTemplate

beforeAll(async () => {
  entry = await import('../../src/main/index')
  electron.app.fireReady()
  await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1))
})
afterAll(() => rmSync(plans, { recursive: true, force: true }))

describe('main entry', () => {
  it("builds the menu in the operating system's language (the mock says zh-CN)", async () => {
    await vi.waitFor(() => expect(lastMenu().template[0].label).toBe('文件'))
  })

  it('rebuilds the menu when the language is set', () => {
    entry.setLocale('en')
    expect(lastMenu().template[0].label).toBe('File')
    entry.setLocale('zh-CN')
    expect(lastMenu().template[0].label).toBe('文件')
  })

  it('queues a plan from a second instance’s command line and brings the window forward', async () => {
    const path = join(plans, 'second.cplan')
    writeFileSync(path, '{}')
    const window = FakeBrowserWindow.instances[0]
    const focus = vi.spyOn(window, 'focus')
    electron.app.emit('second-instance', {}, ['/opt/cp/compute-planner', path], plans)
    expect(focus).toHaveBeenCalled()
    expect(await call('document.takeOpenRequests')).toEqual({
      ok: true,
      data: [{ kind: 'plan', path }]
    })
  })

  it("takes macOS 'open-file' as an open request, preventing the default", async () => {
    const preventDefault = vi.fn()
    const path = join(plans, 'dock.xlsx')
    electron.app.emit('open-file', { preventDefault }, path)
    expect(preventDefault).toHaveBeenCalled()
    expect(await call('document.takeOpenRequests')).toEqual({
      ok: true,
      data: [{ kind: 'inventory', path }]
    })
  })

  it('quits when the last window closes on Windows and Linux', () => {
    vi.spyOn(process, 'platform', 'get').mockReturnValue('linux')
    electron.app.quit.mockClear()
    electron.app.emit('window-all-closed')
    expect(electron.app.quit).toHaveBeenCalledTimes(1)
    vi.restoreAllMocks()
  })

  it('opens a window on activate only when none is open', () => {
    const count = FakeBrowserWindow.instances.length
    electron.app.emit('activate')
    expect(FakeBrowserWindow.instances).toHaveLength(count)
    // getAllWindows() reads the list: empty it, as after the last window closed on macOS.
    const open = FakeBrowserWindow.instances.splice(0)
    electron.app.emit('activate')
    expect(FakeBrowserWindow.instances).toHaveLength(1)
    FakeBrowserWindow.instances.unshift(...open)
  })

  it('quits at once, registering nothing, without the single-instance lock', () => {
    electron.app.requestSingleInstanceLock.mockReturnValueOnce(false)
    electron.app.quit.mockClear()
    const listeners = electron.app.listeners.get('second-instance')?.length
    entry.start()
    expect(electron.app.quit).toHaveBeenCalledTimes(1)
    expect(electron.app.listeners.get('second-instance')?.length).toBe(listeners)
  })
})
