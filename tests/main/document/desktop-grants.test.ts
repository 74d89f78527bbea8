/**
 * Issue 17, finding 14: a `file:` navigation is not a drop. Any script in the page can
 * navigate to `file:///…/x.cplan`; that used to be queued as an open request and its path
 * granted as if the user had chosen it. Grants now come only from the native dialogs, OS
 * open events (argv, second instance, macOS open-file) and real drops, which the preload
 * resolves from the dropped File objects themselves (webUtils.getPathForFile): a page can
 * pass File objects, but cannot make one that carries a path the user did not drop.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { DROP_FILES_EVENT } from '@shared/ipc/events'
import { createElectronMock, FakeBrowserWindow } from '../shell/electron-mock'

const electron = createElectronMock()
vi.mock('electron', () => electron.module)

const userData = mkdtempSync(join(tmpdir(), 'cp-grants-'))
const plans = mkdtempSync(join(tmpdir(), 'cp-grants-plans-'))
electron.app.getPath = () => userData
const mainFrame = { url: 'app://bundle/index.html', parent: null }
const trusted = { senderFrame: mainFrame, sender: { mainFrame } }

type Envelope = { ok: boolean; data?: unknown; error?: { code: string } }
async function call(channel: string, payload?: unknown): Promise<Envelope> {
  const handler = electron.ipcHandlers.get(channel)
  if (!handler) throw new Error(`no handler for ${channel}`)
  return (await handler(trusted, payload)) as Envelope
}
const window = () => FakeBrowserWindow.instances[0]
const planText = JSON.stringify({
  format: 'compute-planner/plan',
  version: 1,
  name: 'dropped',
  workloads: []
})

beforeAll(async () => {
  await import('../../../src/main/index')
  electron.app.fireReady()
  await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1))
})
afterAll(() => {
  rmSync(userData, { recursive: true, force: true })
  rmSync(plans, { recursive: true, force: true })
})

describe('file: navigation is refused and grants nothing', () => {
  it('a script navigating to a plan or a spreadsheet gets no open request and no read', async () => {
    const secret = join(plans, 'secret.cplan')
    const sheet = join(plans, 'secret.xlsx')
    writeFileSync(secret, planText)
    writeFileSync(sheet, 'PK')
    for (const path of [secret, sheet]) {
      const preventDefault = vi.fn()
      window().webContents.emit('will-navigate', { preventDefault }, pathToFileURL(path).href)
      expect(preventDefault).toHaveBeenCalled()
    }
    expect(await call('document.takeOpenRequests')).toEqual({ ok: true, data: [] })
    const notChosen = { ok: false, error: { message: expect.stringContaining('not chosen') } }
    expect(await call('document.read', { path: secret })).toMatchObject(notChosen)
    expect(await call('document.readSpreadsheet', { path: sheet })).toMatchObject({ ok: false })
  })
})

describe('real drops come from the preload with the paths of the dropped files', () => {
  const dropped = (paths: unknown, sender: unknown = trusted) =>
    electron.ipcListeners.get(DROP_FILES_EVENT)?.(sender, paths)

  it('are queued, the renderer is told, and the file may then be read', async () => {
    const path = join(plans, 'dropped.cplan')
    writeFileSync(path, planText)
    window().webContents.sent = []
    dropped([path])
    expect(window().webContents.sent.map((args) => args[1])).toContain('openRequested')
    expect(await call('document.takeOpenRequests')).toEqual({
      ok: true,
      data: [{ kind: 'plan', path }]
    })
    expect(await call('document.read', { path })).toMatchObject({ ok: true })
  })

  it('are ignored from any frame but our main frame, and when malformed', async () => {
    const path = join(plans, 'from-elsewhere.cplan')
    writeFileSync(path, planText)
    const subFrame = { url: 'app://bundle/index.html', parent: mainFrame }
    dropped([path], { senderFrame: subFrame, sender: { mainFrame } })
    dropped([path], { senderFrame: { url: 'https://evil.example/', parent: null }, sender: {} })
    dropped('not a list')
    dropped([42, { path }])
    dropped(['relative/path.cplan'])
    expect(await call('document.takeOpenRequests')).toEqual({ ok: true, data: [] })
    expect(await call('document.read', { path })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('not chosen') }
    })
  })
})

describe('the preload resolves dropped files itself', () => {
  it('sends only paths Electron knows for the File objects; a made-up File has none', async () => {
    const { buildBridge } = await import('../../../src/preload/index')
    const bridge = buildBridge()
    const real = { name: 'a.cplan', osPath: '/home/u/a.cplan' } as unknown as File
    const madeUp = { name: 'b.cplan' } as unknown as File
    bridge.dropFiles([real, madeUp])
    expect(electron.module.ipcRenderer.send).toHaveBeenLastCalledWith(DROP_FILES_EVENT, [
      '/home/u/a.cplan'
    ])
    // Strings are not files: a page cannot pass a path of its own choosing.
    bridge.dropFiles(['/etc/passwd' as unknown as File])
    expect(electron.module.ipcRenderer.send).toHaveBeenLastCalledWith(DROP_FILES_EVENT, [])
  })
})
