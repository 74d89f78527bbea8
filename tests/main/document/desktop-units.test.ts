import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import type { BrowserWindow } from 'electron'
import { CloseGuard } from '../../../src/main/desktop/close-guard'
import { kindOfPath, withExtension } from '../../../src/main/desktop/file-kinds'
import { createDesktopDocuments } from '../../../src/main/desktop'
import {
  documentPathsFromArgv,
  droppedPaths,
  MAX_DROPPED_FILES,
  OpenRequestQueue
} from '../../../src/main/desktop/open-requests'
import { PathGrants } from '../../../src/main/desktop/path-grants'
import { FakeBrowserWindow } from '../shell/electron-mock'

const userData = mkdtempSync(join(tmpdir(), 'cp-desktop-units-'))
afterAll(() => rmSync(userData, { recursive: true, force: true }))

describe('desktop building blocks', () => {
  it('knows which files it opens', () => {
    expect(kindOfPath('/a/Plan.CPLAN')).toBe('plan')
    expect(kindOfPath('C:\\data\\cards.xlsx')).toBe('inventory')
    expect(kindOfPath('cards.csv')).toBe('inventory')
    expect(kindOfPath('notes.txt')).toBeNull()
    expect(kindOfPath('/data/tab.TSV')).toBe('inventory')
    // Legacy formats go to import too, whose message says to save as .xlsx.
    expect(kindOfPath('/data/old-list.xls')).toBe('inventory')
    expect(kindOfPath('/data/list.ods')).toBe('inventory')
    expect(kindOfPath('/data.cplan/README')).toBeNull()
    expect(kindOfPath('/data/.cplan')).toBeNull()
    expect(withExtension('/a/q3', 'cplan')).toBe('/a/q3.cplan')
    expect(withExtension('/a/q3.CPLAN', 'cplan')).toBe('/a/q3.CPLAN')
  })

  it('reads document paths from a command line (packaged, development, second instance)', () => {
    const exists = () => true
    expect(
      documentPathsFromArgv(['/opt/cp/compute-planner', '/plans/a.cplan'], '/', exists)
    ).toEqual(['/plans/a.cplan'])
    expect(documentPathsFromArgv(['electron', '.', 'b.cplan'], '/home/li', exists)).toEqual([
      '/home/li/b.cplan'
    ])
    expect(
      documentPathsFromArgv(
        ['cp', '--allow-file-access-from-files', '--open=x.cplan', 'c.xlsx'],
        '/w',
        exists
      )
    ).toEqual(['/w/c.xlsx'])
    expect(documentPathsFromArgv(['cp', 'gone.cplan'], '/w', () => false)).toEqual([])
  })

  it('takes absolute paths of kinds we open from a drop, and ignores the rest', () => {
    expect(droppedPaths(['/tmp/a b.cplan', '/tmp/p.xlsx', '/tmp/n.txt', 'rel.cplan', 7])).toEqual([
      '/tmp/a b.cplan',
      '/tmp/p.xlsx'
    ])
    expect(droppedPaths('file:///tmp/a.cplan')).toEqual([])
    const many = Array.from({ length: 40 }, (_, index) => `/tmp/${index}.cplan`)
    expect(droppedPaths(many)).toHaveLength(MAX_DROPPED_FILES)
  })

  it('queues each path once and tells the renderer', () => {
    const notify = vi.fn()
    const queue = new OpenRequestQueue(notify)
    expect(queue.push('/a.cplan')).toBe(true)
    expect(queue.push('/a.cplan')).toBe(true)
    expect(queue.push('/a.exe')).toBe(false)
    expect(queue.take()).toEqual([{ kind: 'plan', path: '/a.cplan' }])
    expect(queue.size).toBe(0)
    expect(notify).toHaveBeenCalledTimes(2)
  })

  it('grants paths case-insensitively except on Linux', () => {
    const windows = new PathGrants('win32')
    windows.grant('C:\\Plans\\A.cplan')
    expect(windows.has('c:\\plans\\a.cplan')).toBe(true)
    const linux = new PathGrants('linux')
    linux.grant('/plans/A.cplan')
    expect(linux.has('/plans/a.cplan')).toBe(false)
    expect(linux.has('/plans/x/../A.cplan')).toBe(true)
  })

  it('a close waiting for a save that never reports back asks again', async () => {
    const window = new FakeBrowserWindow({})
    const askUnsaved = vi.fn(async () => 'save' as const)
    const requestSave = vi.fn()
    const guard = new CloseGuard(window as unknown as BrowserWindow, {
      askUnsaved,
      requestSave,
      discardAutosave: async () => undefined,
      isQuitting: () => false,
      cancelQuit: () => undefined,
      finishQuit: () => undefined
    })
    guard.report({ dirty: true, displayName: 'x', filePath: null })
    window.close()
    await vi.waitFor(() => expect(requestSave).toHaveBeenCalledTimes(1))
    window.close() // the page hung: the user tries again
    await vi.waitFor(() => expect(askUnsaved).toHaveBeenCalledTimes(2))
    expect(window.closed).toBe(false)
  })
})

describe('macOS window conventions', () => {
  it('shows unsaved changes in the close button and the file in the title bar', async () => {
    const window = new FakeBrowserWindow({})
    const documents = createDesktopDocuments({
      app: { addRecentDocument: vi.fn(), clearRecentDocuments: vi.fn(), quit: vi.fn() },
      dialog: {} as never,
      userDataDir: userData,
      platform: 'darwin',
      locale: () => 'en',
      window: () => window as unknown as BrowserWindow,
      sendCommand: vi.fn(),
      refreshMenu: vi.fn()
    })
    documents.attachWindow(window as unknown as BrowserWindow)
    const setState = documents.handlers['document.setState']
    await setState(
      { dirty: true, displayName: 'Q3', filePath: '/plans/Q3.cplan' },
      { transport: 'electron', locale: 'en' }
    )
    expect(window.documentEdited).toBe(true)
    expect(window.representedFilename).toBe('/plans/Q3.cplan')
    await setState(
      { dirty: false, displayName: 'Q3', filePath: '/plans/Q3.cplan' },
      { transport: 'electron', locale: 'en' }
    )
    expect(window.documentEdited).toBe(false)
  })
})
