/**
 * The desktop document channels called directly with stand-in dialogs, window and recent
 * list: every path-taking channel refuses a path the user did not choose, and the dialogs
 * grant what they return.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import type { BrowserWindow } from 'electron'
import {
  createDesktopDocumentHandlers,
  type DesktopDocumentDeps
} from '../../../src/main/desktop/document-handlers'
import { PathGrants } from '../../../src/main/desktop/path-grants'
import { OpenRequestQueue } from '../../../src/main/desktop/open-requests'
import { trainingAndServing } from '../quote/helpers/fixtures'

const dir = mkdtempSync(join(tmpdir(), 'desktop-docs-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const context = { transport: 'electron' as const, locale: 'en' as const }
const PLAN = JSON.stringify({
  format: 'compute-planner/plan',
  version: 1,
  name: 'p',
  workloads: []
})

function setup(overrides: Partial<DesktopDocumentDeps> = {}) {
  const recent: { path: string }[] = []
  const deps = {
    services: {
      recent: {
        list: vi.fn(async () => recent),
        remove: vi.fn(async (path: string) => {
          recent.splice(
            recent.findIndex((entry) => entry.path === path),
            1
          )
        })
      }
    } as unknown as DesktopDocumentDeps['services'],
    dialog: {
      showOpenDialog: vi.fn(async () => ({
        canceled: false,
        filePaths: [join(dir, 'chosen.cplan')]
      })),
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: join(dir, 'saved') })),
      showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false }))
    } as unknown as DesktopDocumentDeps['dialog'],
    grants: new PathGrants('linux'),
    openRequests: new OpenRequestQueue(() => undefined),
    window: () => ({}) as BrowserWindow,
    locale: () => 'en' as const,
    onDocumentUsed: vi.fn(async () => undefined),
    onDocumentState: vi.fn(),
    ...overrides
  }
  // Handlers take the parsed request and the context; the tests pass plain objects.
  const handlers = createDesktopDocumentHandlers(deps) as unknown as Record<
    string,
    (request: unknown, ctx: typeof context) => Promise<unknown>
  >
  return {
    deps,
    recent,
    call: (channel: string, request?: unknown) => handlers[channel](request, context)
  }
}

describe('document.read and document.write', () => {
  it('refuse a path nobody chose, naming it', async () => {
    const { call } = setup()
    const path = join(dir, 'elsewhere.cplan')
    writeFileSync(path, PLAN)
    await expect(call('document.read', { path })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: `${path}: this file was not chosen by the user (pick it with Open or Save As).`
    })
    await expect(call('document.write', { path, plan: {} })).rejects.toMatchObject({
      code: 'BAD_REQUEST'
    })
  })

  it('read a path from the recent list, grant it, and report it used', async () => {
    const { call, recent, deps } = setup()
    const path = join(dir, 'recent.cplan')
    writeFileSync(path, PLAN)
    recent.push({ path })
    const opened = (await call('document.read', { path })) as { plan: { name: string } }
    expect(opened.plan.name).toBe('p')
    expect(deps.grants.has(path)).toBe(true)
    expect(deps.onDocumentUsed).toHaveBeenCalledWith(path)
  })

  it('drop a recent entry whose file is gone', async () => {
    const { call, recent, deps } = setup()
    const path = join(dir, 'gone.cplan')
    recent.push({ path })
    await expect(call('document.read', { path })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(deps.services.recent.remove).toHaveBeenCalledWith(path)
    expect(recent).toEqual([])
  })

  it('write a granted path and report it used', async () => {
    const { call, deps } = setup()
    const path = join(dir, 'written.cplan')
    deps.grants.grant(path)
    await call('document.write', { path, plan: trainingAndServing() })
    expect(JSON.parse(readFileSync(path, 'utf8')).name).toBe('GPU cluster 2025')
    expect(deps.onDocumentUsed).toHaveBeenCalledWith(path)
  })
})

describe('dialogs', () => {
  it('grant the path the open dialog returns, and return null when cancelled', async () => {
    const { call, deps } = setup()
    expect(await call('dialog.open', { purpose: 'plan' })).toEqual({
      path: join(dir, 'chosen.cplan')
    })
    expect(deps.grants.has(join(dir, 'chosen.cplan'))).toBe(true)
    vi.mocked(deps.dialog.showOpenDialog).mockResolvedValueOnce({ canceled: true, filePaths: [] })
    expect(await call('dialog.open', { purpose: 'plan' })).toBeNull()
  })

  it('add the extension the purpose calls for to a saved path, and grant that path', async () => {
    const { call, deps } = setup()
    // The dialog returned ".../saved"; a plan is saved as .cplan.
    const saved = (await call('dialog.save', { purpose: 'plan' })) as { path: string }
    expect(saved.path).toBe(join(dir, 'saved.cplan'))
    expect(deps.grants.has(saved.path)).toBe(true)
  })

  it('refuse to show a dialog with no window (CANCELLED)', async () => {
    const { call } = setup({ window: () => null })
    for (const channel of ['dialog.open', 'dialog.save'])
      await expect(call(channel, { purpose: 'plan' })).rejects.toMatchObject({
        code: 'CANCELLED'
      })
  })
})

describe('document.readSpreadsheet', () => {
  it('hands a chosen .csv over as base64, as the browser picker would', async () => {
    const { call, deps } = setup()
    const path = join(dir, 'gpus.csv')
    writeFileSync(path, 'Model\nH100\n')
    deps.grants.grant(path)
    expect(await call('document.readSpreadsheet', { path })).toEqual({
      fileName: 'gpus.csv',
      dataBase64: Buffer.from('Model\nH100\n').toString('base64')
    })
  })

  it('refuses an unchosen path, a plan file, and a folder', async () => {
    const { call, deps } = setup()
    const csv = join(dir, 'unchosen.csv')
    writeFileSync(csv, 'x')
    await expect(call('document.readSpreadsheet', { path: csv })).rejects.toMatchObject({
      code: 'BAD_REQUEST'
    })
    const plan = join(dir, 'p.cplan')
    deps.grants.grant(plan)
    await expect(call('document.readSpreadsheet', { path: plan })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'p.cplan: only .xlsx and .csv files can be imported into the inventory.'
    })
    const folder = join(dir, 'folder.xlsx')
    rmSync(folder, { force: true, recursive: true })
    ;(await import('node:fs')).mkdirSync(folder)
    deps.grants.grant(folder)
    await expect(call('document.readSpreadsheet', { path: folder })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: `${folder}: not a file.`
    })
  })
})

describe('open requests, state, and the quote file', () => {
  it('hands over queued open requests once, granting their paths', async () => {
    const { call, deps } = setup()
    const path = join(dir, 'from-os.cplan')
    deps.openRequests.push(path)
    expect(await call('document.takeOpenRequests')).toEqual([{ kind: 'plan', path }])
    expect(deps.grants.has(path)).toBe(true)
    expect(await call('document.takeOpenRequests')).toEqual([])
  })

  it('passes the document state on', async () => {
    const { call, deps } = setup()
    const state = { dirty: true, title: 'x', path: null }
    expect(await call('document.setState', state)).toBeNull()
    expect(deps.onDocumentState).toHaveBeenCalledWith(state)
  })

  it('writes the quote only to a chosen path, in the app language', async () => {
    const { call, deps } = setup({ locale: () => 'zh-CN' })
    const path = join(dir, 'quote.csv')
    await expect(
      call('quote.writeFile', { path, plan: trainingAndServing() })
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST'
    })
    deps.grants.grant(path)
    const written = (await call('quote.writeFile', { path, plan: trainingAndServing() })) as {
      fileName: string
      byteLength: number
    }
    // The app language (zh-CN) names the file.
    expect(written.fileName).toBe('GPU cluster 2025 - 报价.csv')
    expect(written.byteLength).toBe(readFileSync(path).byteLength)
  })
})
