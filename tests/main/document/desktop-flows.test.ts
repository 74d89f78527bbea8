/**
 * Desktop document flows against the real main-process code with Electron mocked: menus,
 * native dialogs, the close prompt, OS open requests (argv, open-file, drop), recent files.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { DROP_FILES_EVENT } from '@shared/ipc/events'
import { createElectronMock, FakeBrowserWindow } from '../shell/electron-mock'

const electron = createElectronMock()
vi.mock('electron', () => electron.module)

const userData = mkdtempSync(join(tmpdir(), 'cp-desktop-'))
const plans = mkdtempSync(join(tmpdir(), 'cp-desktop-plans-'))
electron.app.getPath = () => userData
const dialog = electron.module.dialog
const mainFrame = { url: 'app://bundle/index.html', parent: null }
const trusted = { senderFrame: mainFrame, sender: { mainFrame } }

type Envelope = { ok: boolean; data?: unknown; error?: { code: string; message: string } }
async function call(channel: string, payload?: unknown): Promise<Envelope> {
  const handler = electron.ipcHandlers.get(channel)
  if (!handler) throw new Error(`no handler for ${channel}`)
  return (await handler(trusted, payload)) as Envelope
}
const window = () => FakeBrowserWindow.instances[0]
const sentCommands = () => window().webContents.sent.map((args) => args[1])
const plan = (name: string) => ({ format: 'compute-planner/plan', version: 1, name, workloads: [] })

type MenuItem = {
  label?: string
  accelerator?: string
  role?: string
  submenu?: MenuItem[]
  click?: () => void
  enabled?: boolean
}
function fileMenu(): MenuItem[] {
  const menu = electron.menus.at(-1) as { template: MenuItem[] }
  return menu.template.find((item) => item.label === 'File' || item.label === '文件')!.submenu!
}

beforeAll(async () => {
  await import('../../../src/main/index')
  electron.app.fireReady()
  await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1))
  await call('app.setLocale', 'en')
})
afterAll(() => {
  rmSync(userData, { recursive: true, force: true })
  rmSync(plans, { recursive: true, force: true })
})
beforeEach(() => {
  window().webContents.sent = []
})

describe('File menu', () => {
  it('has New, Open, Open Recent, Save, Save As, Export, Import and Close with shortcuts', () => {
    const items = fileMenu()
    const byLabel: Record<string, MenuItem> = Object.fromEntries(
      items.filter((i) => i.label).map((i) => [i.label, i])
    )
    expect(byLabel['New Plan']).toMatchObject({ accelerator: 'CmdOrCtrl+N' })
    expect(byLabel['Save As…']).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+S' })
    expect(byLabel['Export Quote…']).toMatchObject({ accelerator: 'CmdOrCtrl+E' })
    expect(byLabel['Open Recent'].submenu?.map((i) => i.label)).toEqual(['Clear Recent'])
    expect(items.some((i) => i.role === 'close')).toBe(true)
  })
})

describe('Open and Save through native dialogs', () => {
  it('refuses to read or write a path the user did not choose', async () => {
    const path = join(plans, 'secret.cplan')
    writeFileSync(path, JSON.stringify(plan('secret')))
    expect(await call('document.read', { path })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST' }
    })
    expect(await call('document.write', { path, plan: plan('x') })).toMatchObject({ ok: false })
    expect(JSON.parse(readFileSync(path, 'utf8')).name).toBe('secret')
  })

  it('Save As: dialog (with .cplan filter, extension added), atomic write, OS recent, Recent menu', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({
      canceled: false,
      filePath: join(plans, 'Q3 plan')
    })
    const chosen = await call('dialog.save', { purpose: 'plan', suggestedName: 'Q3 plan.cplan' })
    const path = join(plans, 'Q3 plan.cplan')
    expect(chosen).toEqual({ ok: true, data: { path } })
    const options = dialog.showSaveDialog.mock.calls.at(-1)?.[1] as unknown as {
      filters: { extensions: string[] }[]
    }
    expect(options.filters[0].extensions).toEqual(['cplan'])

    expect(await call('document.write', { path, plan: plan('Q3') })).toMatchObject({ ok: true })
    expect(JSON.parse(readFileSync(path, 'utf8')).name).toBe('Q3')
    expect(electron.app.addRecentDocument).toHaveBeenCalledWith(path)
    await vi.waitFor(() => {
      const recent = fileMenu().find((i) => i.label === 'Open Recent')!
      expect(recent.submenu?.map((i) => i.label)).toEqual([
        'Q3 plan.cplan',
        undefined,
        'Clear Recent'
      ])
    })
    expect(await call('recent.list')).toMatchObject({ ok: true, data: [{ path }] })
  })

  it('Open: dialog, then read; a cancelled dialog answers null', async () => {
    const path = join(plans, 'opened.cplan')
    writeFileSync(path, JSON.stringify(plan('opened')))
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] })
    expect(await call('dialog.open', { purpose: 'plan' })).toEqual({ ok: true, data: { path } })
    expect(await call('document.read', { path })).toMatchObject({
      ok: true,
      data: { path, plan: { name: 'opened' }, migratedFrom: null }
    })
    expect(await call('dialog.open', { purpose: 'inventory' })).toEqual({ ok: true, data: null })
    const options = dialog.showOpenDialog.mock.calls.at(-1)?.[1] as unknown as {
      filters: { extensions: string[] }[]
    }
    expect(options.filters[0].extensions).toEqual(['xlsx', 'csv', 'tsv'])
  })

  it('a recent file can be read again; one that disappeared is dropped from the list', async () => {
    const path = join(plans, 'Q3 plan.cplan')
    expect(await call('document.read', { path })).toMatchObject({ ok: true })
    rmSync(path)
    expect(await call('document.read', { path })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' }
    })
    const list = (await call('recent.list')).data as { path: string }[]
    expect(list.map((entry) => entry.path)).not.toContain(path)
  })

  it('Clear Recent empties the in-app list and the OS list', async () => {
    const clear = fileMenu()
      .find((i) => i.label === 'Open Recent')!
      .submenu!.find((i) => i.label === 'Clear Recent')!
    clear.click?.()
    await vi.waitFor(() => expect(electron.app.clearRecentDocuments).toHaveBeenCalled())
    await vi.waitFor(async () => expect((await call('recent.list')).data).toEqual([]))
  })
})

describe('files the OS asks us to open', () => {
  it('macOS open-file: queued, the renderer is told, and may then read the file', async () => {
    const path = join(plans, 'double-clicked.cplan')
    writeFileSync(path, JSON.stringify(plan('double-clicked')))
    const prevented = vi.fn()
    electron.app.emit('open-file', { preventDefault: prevented }, path)
    expect(prevented).toHaveBeenCalled()
    expect(sentCommands()).toContain('openRequested')
    expect(await call('document.takeOpenRequests')).toEqual({
      ok: true,
      data: [{ kind: 'plan', path }]
    })
    expect(await call('document.takeOpenRequests')).toEqual({ ok: true, data: [] })
    expect(await call('document.read', { path })).toMatchObject({ ok: true })
  })

  it('second instance (Windows/Linux double-click): documents in its argv, relative to its folder', async () => {
    writeFileSync(join(plans, 'second.cplan'), JSON.stringify(plan('second')))
    electron.app.emit(
      'second-instance',
      {},
      ['/opt/app/compute-planner', '--flag', 'second.cplan', 'notes.txt'],
      plans
    )
    expect(await call('document.takeOpenRequests')).toEqual({
      ok: true,
      data: [{ kind: 'plan', path: join(plans, 'second.cplan') }]
    })
  })

  it('a dropped .cplan is opened and a dropped .xlsx goes to inventory import; a file: navigation is refused', async () => {
    const contents = window().webContents
    // Real drops come from the preload, with the paths of the dropped File objects.
    const drop = (path: string) => electron.ipcListeners.get(DROP_FILES_EVENT)?.(trusted, [path])
    drop(join(plans, 'dropped.cplan'))
    drop(join(plans, 'prices.xlsx'))
    drop(join(plans, 'notes.txt'))
    const preventDefault = vi.fn()
    contents.emit('will-navigate', { preventDefault }, pathToFileURL(join(plans, 'x.cplan')).href)
    expect(preventDefault).toHaveBeenCalled() // refused by window.ts, and not an open request
    expect(await call('document.takeOpenRequests')).toEqual({
      ok: true,
      data: [
        { kind: 'plan', path: join(plans, 'dropped.cplan') },
        { kind: 'inventory', path: join(plans, 'prices.xlsx') }
      ]
    })
  })
})

describe('spreadsheets for inventory import (dialog, drop, double-click)', () => {
  it('reads only a spreadsheet the user chose, as the same payload the browser picker makes', async () => {
    const path = join(plans, 'cards.csv')
    writeFileSync(path, 'Model,Qty\nA100,4\n')
    // Not chosen yet: refused without reading.
    expect(await call('document.readSpreadsheet', { path })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST' }
    })
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] })
    expect(await call('dialog.open', { purpose: 'inventory' })).toEqual({
      ok: true,
      data: { path }
    })
    expect(await call('document.readSpreadsheet', { path })).toEqual({
      ok: true,
      data: {
        fileName: 'cards.csv',
        dataBase64: Buffer.from('Model,Qty\nA100,4\n').toString('base64')
      }
    })
  })

  it('a dropped spreadsheet is readable once taken; other kinds and oversize files are refused with the reason', async () => {
    const dropped = join(plans, 'dropped.xlsx')
    writeFileSync(dropped, 'PK not really a workbook')
    electron.ipcListeners.get(DROP_FILES_EVENT)?.(trusted, [dropped])
    await call('document.takeOpenRequests')
    expect(await call('document.readSpreadsheet', { path: dropped })).toMatchObject({
      ok: true,
      data: { fileName: 'dropped.xlsx' }
    })

    // A chosen plan path is still not a spreadsheet.
    const planPath = join(plans, 'not-a-sheet.cplan')
    writeFileSync(planPath, JSON.stringify(plan('x')))
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [planPath] })
    await call('dialog.open', { purpose: 'plan' })
    const wrongKind = await call('document.readSpreadsheet', { path: planPath })
    expect(wrongKind).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    expect(wrongKind.error?.message).toContain('.xlsx')

    // Over the importer's limit: refused from its size, without reading it (a sparse file).
    const huge = join(plans, 'huge.csv')
    writeFileSync(huge, '')
    truncateSync(huge, 41_000_000)
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [huge] })
    await call('dialog.open', { purpose: 'inventory' })
    const tooLarge = await call('document.readSpreadsheet', { path: huge })
    expect(tooLarge).toMatchObject({ ok: false, error: { code: 'FILE_TOO_LARGE' } })
    expect(tooLarge.error?.message).toMatch(/41 MB is over the import limit of 40 MB/)

    // Chosen, then deleted before reading.
    const gone = join(plans, 'gone.csv')
    writeFileSync(gone, 'x')
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [gone] })
    await call('dialog.open', { purpose: 'inventory' })
    rmSync(gone)
    expect(await call('document.readSpreadsheet', { path: gone })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' }
    })
  })
})

describe('closing with unsaved changes', () => {
  const dirty = { dirty: true, displayName: 'Q3 plan', filePath: null }

  it('a clean document closes without asking', async () => {
    await call('document.setState', { ...dirty, dirty: false })
    const calls = dialog.showMessageBox.mock.calls.length
    // Emit only the event (the window must stay open for the next tests).
    let prevented = false
    window().emit('close', { preventDefault: () => (prevented = true) })
    expect(prevented).toBe(false)
    expect(dialog.showMessageBox.mock.calls.length).toBe(calls)
  })

  it('asks Save / Don’t Save / Cancel in the user’s language; Cancel keeps the window', async () => {
    await call('app.setLocale', 'zh-CN')
    await call('document.setState', dirty)
    dialog.showMessageBox.mockResolvedValueOnce({ response: 2, checkboxChecked: false })
    let prevented = false
    window().emit('close', { preventDefault: () => (prevented = true) })
    expect(prevented).toBe(true)
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalled())
    const options = dialog.showMessageBox.mock.calls.at(-1)?.[1] as unknown as {
      buttons: string[]
      message: string
      cancelId: number
    }
    expect(options.buttons).toEqual(['保存', '不保存', '取消'])
    expect(options.message).toContain('Q3 plan')
    expect(options.cancelId).toBe(2)
    expect(window().closed).toBe(false)
    await call('app.setLocale', 'en')
  })

  it('Save: the renderer is asked to save; the window closes once it reports a clean save', async () => {
    await call('document.setState', dirty)
    dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false })
    const closes = vi.spyOn(window(), 'close').mockImplementation(() => undefined)
    window().emit('close', { preventDefault: () => undefined })
    await vi.waitFor(() => expect(sentCommands()).toContain('save'))
    // The user cancelled the Save dialog: still dirty, so the close is abandoned.
    await call('document.setState', { ...dirty, afterSave: true })
    expect(closes).not.toHaveBeenCalled()
    // Second try: this time the save succeeds.
    dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false })
    window().emit('close', { preventDefault: () => undefined })
    await vi.waitFor(() => expect(sentCommands().filter((c) => c === 'save')).toHaveLength(2))
    await call('document.setState', { ...dirty, dirty: false, afterSave: true })
    expect(closes).toHaveBeenCalledTimes(1)
    closes.mockRestore()
  })

  it('Don’t Save: the autosave copy is discarded and the window closes; on quit, the quit goes on', async () => {
    await call('autosave.write', { plan: plan('unsaved'), filePath: null })
    const autosave = join(userData, 'autosave', 'working-plan.json')
    expect(existsSync(autosave)).toBe(true)
    await call('document.setState', dirty)
    electron.app.emit('before-quit')
    dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false })
    electron.app.quit.mockClear()
    window().emit('close', { preventDefault: () => undefined })
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled())
    expect(existsSync(autosave)).toBe(false)
    // The approved window now closes without asking again.
    const calls = dialog.showMessageBox.mock.calls.length
    window().close()
    expect(window().closed).toBe(true)
    expect(dialog.showMessageBox.mock.calls.length).toBe(calls)
  })
})
