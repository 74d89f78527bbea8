/**
 * src/main/desktop/index.ts: createDesktopDocuments wires the document channels to the OS
 * (recent documents, menu refresh, open requests) and the close prompt to the window.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import type { BrowserWindow } from 'electron'
import { createDesktopDocuments } from '../../../src/main/desktop/index'
import { FakeBrowserWindow } from '../shell/electron-mock'
import { trainingAndServing } from '../quote/helpers/fixtures'

const dirs: string[] = []
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

const context = { transport: 'electron' as const, locale: 'en' as const }

function setup(platform: NodeJS.Platform = 'linux', answer = 0) {
  const dir = mkdtempSync(join(tmpdir(), 'desktop-index-'))
  dirs.push(dir)
  const window = new FakeBrowserWindow({})
  const app = { addRecentDocument: vi.fn(), clearRecentDocuments: vi.fn(), quit: vi.fn() }
  const sendCommand = vi.fn()
  const refreshMenu = vi.fn()
  let savePath = join(dir, 'plan.cplan')
  const dialog = {
    showOpenDialog: vi.fn(),
    showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: savePath })),
    showMessageBox: vi.fn(async () => ({ response: answer, checkboxChecked: false }))
  }
  const documents = createDesktopDocuments({
    app,
    dialog: dialog as never,
    userDataDir: join(dir, 'user'),
    platform,
    locale: () => 'en',
    window: () => window as unknown as BrowserWindow,
    sendCommand,
    refreshMenu
  })
  const call = (channel: string, request?: unknown) =>
    (documents.handlers as unknown as Record<string, (r: unknown, c: typeof context) => unknown>)[
      channel
    ](request, context)
  return {
    dir,
    window,
    app,
    dialog,
    sendCommand,
    refreshMenu,
    documents,
    call,
    setSavePath: (path: string) => (savePath = path)
  }
}

describe('createDesktopDocuments', () => {
  it('queues OS open requests of known kinds and tells the renderer', async () => {
    const { documents, sendCommand, call, dir } = setup()
    expect(documents.requestOpen(join(dir, 'a.cplan'))).toBe(true)
    expect(documents.requestOpen(join(dir, 'notes.txt'))).toBe(false)
    // Only files that exist are taken from a command line; missing.cplan is not.
    writeFileSync(join(dir, 'b.xlsx'), 'PK')
    documents.openFromArgv(['/usr/bin/compute-planner', '--flag', 'b.xlsx', 'missing.cplan'], dir)
    documents.openDropped([join(dir, 'c.csv'), 42, 'relative.cplan'])
    expect(sendCommand).toHaveBeenCalledWith('openRequested')
    // Relative argv paths resolve against the working directory; malformed drops are ignored.
    expect(await call('document.takeOpenRequests')).toEqual([
      { kind: 'plan', path: join(dir, 'a.cplan') },
      { kind: 'inventory', path: join(dir, 'b.xlsx') },
      { kind: 'inventory', path: join(dir, 'c.csv') }
    ])
  })

  it('records a saved plan in the recent list, the OS recent documents and the menu', async () => {
    const { call, app, refreshMenu, documents, dir } = setup()
    const chosen = (await call('dialog.save', { purpose: 'plan' })) as { path: string }
    await call('document.write', { path: chosen.path, plan: trainingAndServing() })
    expect(app.addRecentDocument).toHaveBeenCalledWith(join(dir, 'plan.cplan'))
    expect(documents.recentFiles().map((entry) => entry.path)).toEqual([join(dir, 'plan.cplan')])
    expect(refreshMenu).toHaveBeenCalled()
    await documents.clearRecent()
    expect(app.clearRecentDocuments).toHaveBeenCalledTimes(1)
    expect(documents.recentFiles()).toEqual([])
  })

  it('marks the window edited and its file on macOS only', async () => {
    const mac = setup('darwin')
    await mac.call('document.setState', {
      dirty: true,
      displayName: 'plan',
      filePath: '/p/plan.cplan'
    })
    expect(mac.window.documentEdited).toBe(true)
    expect(mac.window.representedFilename).toBe('/p/plan.cplan')
    const linux = setup('linux')
    await linux.call('document.setState', { dirty: true, displayName: 'plan', filePath: '/p' })
    expect(linux.window.documentEdited).toBe(false)
  })

  it('asks before closing a window with unsaved changes; Save asks the renderer to save', async () => {
    // Answer 0: Save.
    const { documents, window, call, dialog, sendCommand } = setup('linux', 0)
    documents.attachWindow(window as unknown as BrowserWindow)
    await call('document.setState', { dirty: true, displayName: 'My plan', filePath: null })
    window.close()
    expect(window.closed).toBe(false)
    await vi.waitFor(() => expect(sendCommand).toHaveBeenCalledWith('save'))
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(1)
    // The renderer saved: clean after the save, so the close goes ahead.
    await call('document.setState', {
      dirty: false,
      displayName: 'My plan',
      filePath: '/p.cplan',
      afterSave: true
    })
    expect(window.closed).toBe(true)
  })

  it("finishes a quit after Don't Save", async () => {
    const { documents, window, call, app } = setup('linux', 1)
    documents.attachWindow(window as unknown as BrowserWindow)
    await call('document.setState', { dirty: true, displayName: 'x', filePath: null })
    documents.beforeQuit()
    window.close()
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1))
  })

  it('closes a clean window without asking', async () => {
    const { documents, window, dialog } = setup()
    documents.attachWindow(window as unknown as BrowserWindow)
    window.close()
    expect(window.closed).toBe(true)
    expect(dialog.showMessageBox).not.toHaveBeenCalled()
  })
})
