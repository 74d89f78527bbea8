/**
 * stores/document-platform.ts beyond document-store.test.ts: Save As cancelled on the
 * desktop, a recent plan opened in the browser, a host that cannot keep a copy, and a
 * recovery read while the host is unreachable (the copy is kept, not dropped).
 */
import { describe, expect, it, vi } from 'vitest'
import { createApi } from '@renderer/api'
import {
  BROWSER_AUTOSAVE_KEY,
  createBrowserPlatform,
  createDesktopPlatform
} from '@renderer/stores/document-platform'
import { createBlankPlan } from '@renderer/stores/plan'
import type { Envelope } from '@shared/ipc/envelope'
import { PLAN_MIME_TYPE } from '@shared/schema/plan-file-names'

type Handler = (request: unknown) => unknown

/** main as channel → handler; a thrown `{ code, message }` is a failed envelope. */
function fakeApi(handlers: Record<string, Handler>) {
  const calls: { channel: string; request: unknown }[] = []
  const api = createApi(async (_method, channel, request): Promise<Envelope<unknown>> => {
    calls.push({ channel, request })
    try {
      return { ok: true, data: await (handlers[channel] ?? (() => null))(request) }
    } catch (error) {
      return { ok: false, error: error as { code: 'INTERNAL'; message: string } }
    }
  })
  return { api, channels: () => calls.map((c) => c.channel) }
}

function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial))
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key)
  }
}

const plan = { ...createBlankPlan(), name: 'Q3' }

describe('desktop platform', () => {
  it('Save As cancelled writes nothing and answers null', async () => {
    const { api, channels } = fakeApi({ 'dialog.save': () => null })
    const platform = createDesktopPlatform(api)
    expect(await platform.save(plan, null, 'Q3.cplan')).toBeNull()
    expect(channels()).toEqual(['dialog.save'])
  })

  it('a plan with a path is written there without asking', async () => {
    const { api, channels } = fakeApi({
      'document.write': () => ({ path: '/p/Q3.cplan', bytes: 9 })
    })
    expect(await createDesktopPlatform(api).save(plan, '/p/Q3.cplan', 'x')).toBe('/p/Q3.cplan')
    expect(channels()).toEqual(['document.write'])
  })

  it('a closed Open dialog opens nothing', async () => {
    const { api, channels } = fakeApi({ 'dialog.open': () => null })
    expect(await createDesktopPlatform(api).pickAndOpen()).toBeNull()
    expect(channels()).toEqual(['dialog.open'])
  })
})

describe('browser platform', () => {
  const hooks = (storage = memoryStorage()) => ({
    pickFile: vi.fn(async () => null),
    download: vi.fn(),
    storage,
    now: () => new Date('2026-03-01T10:00:00Z')
  })

  it('a recent plan opens from the host’s copy and is known by its file name only', async () => {
    const { api } = fakeApi({
      'webPlans.open': () => ({
        plan,
        path: '/srv/planner/plans/Q3.cplan',
        migratedFrom: null,
        fromBackup: false
      })
    })
    const opened = await createBrowserPlatform(api, hooks()).openPath('Q3.cplan')
    expect(opened.filePath).toBe('Q3.cplan')
    expect(opened.plan.name).toBe('Q3')
  })

  it('Save downloads the file even when the host cannot keep its copy', async () => {
    const { api, channels } = fakeApi({
      'document.parse': () => ({ plan, migratedFrom: null }),
      'webPlans.keep': () => {
        throw { code: 'INTERNAL', message: 'disk full' }
      }
    })
    const browser = hooks()
    const saved = await createBrowserPlatform(api, browser).save(plan, null, 'Q3.cplan')
    expect(saved).toBe('Q3.cplan')
    expect(browser.download).toHaveBeenCalledWith(expect.any(String), 'Q3.cplan', PLAN_MIME_TYPE)
    expect(JSON.parse(browser.download.mock.calls[0][0] as string)).toMatchObject({ name: 'Q3' })
    expect(channels()).toEqual(['document.parse', 'webPlans.keep'])
  })

  it('a plan the validation refuses is not downloaded', async () => {
    const { api } = fakeApi({
      'document.parse': () => {
        throw { code: 'INVALID_PLAN', message: 'bad', issues: [] }
      }
    })
    const browser = hooks()
    await expect(createBrowserPlatform(api, browser).save(plan, 'Q3.cplan', 'x')).rejects.toThrow()
    expect(browser.download).not.toHaveBeenCalled()
  })

  it('autosave keeps the time and file name; an unreachable host keeps the copy for later', async () => {
    const storage = memoryStorage()
    const { api } = fakeApi({
      'document.parse': () => {
        throw { code: 'NETWORK', message: 'Failed to fetch' }
      }
    })
    const platform = createBrowserPlatform(api, hooks(storage))
    await platform.writeAutosave(plan, 'Q3.cplan')
    expect(JSON.parse(storage.map.get(BROWSER_AUTOSAVE_KEY)!)).toMatchObject({
      savedAt: '2026-03-01T10:00:00.000Z',
      filePath: 'Q3.cplan',
      plan: { name: 'Q3' }
    })
    await expect(platform.readAutosave()).rejects.toMatchObject({ code: 'NETWORK' })
    expect(storage.map.has(BROWSER_AUTOSAVE_KEY)).toBe(true)
  })

  it('a copy main cannot read for another reason is dropped', async () => {
    const storage = memoryStorage({
      [BROWSER_AUTOSAVE_KEY]: JSON.stringify({ savedAt: 5, plan })
    })
    const { api } = fakeApi({
      'document.parse': () => {
        throw { code: 'INTERNAL', message: 'boom' }
      }
    })
    expect(await createBrowserPlatform(api, hooks(storage)).readAutosave()).toBeNull()
    expect(storage.map.has(BROWSER_AUTOSAVE_KEY)).toBe(false)
  })

  it('a copy with no time says the epoch, and no file name is null', async () => {
    const storage = memoryStorage({ [BROWSER_AUTOSAVE_KEY]: JSON.stringify({ plan }) })
    const { api } = fakeApi({ 'document.parse': () => ({ plan, migratedFrom: null }) })
    expect(await createBrowserPlatform(api, hooks(storage)).readAutosave()).toMatchObject({
      filePath: null,
      savedAt: '1970-01-01T00:00:00.000Z',
      issues: []
    })
  })
})
