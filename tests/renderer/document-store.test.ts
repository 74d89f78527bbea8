import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { createApi, installApi } from '@renderer/api'
import {
  AUTOSAVE_INTERVAL_MS,
  documentShortcut,
  useDocumentCommands
} from '@renderer/composables/useDocumentCommands'
import { useDocumentStore, type DocumentPrompts } from '@renderer/stores/document'
import {
  BROWSER_AUTOSAVE_KEY,
  createBrowserPlatform,
  createDesktopPlatform,
  type DocumentPlatform
} from '@renderer/stores/document-platform'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import { useUiStore } from '@renderer/stores/ui'
import type { Envelope } from '@shared/ipc/envelope'

type Handler = (request: unknown) => unknown
type Calls = { channel: string; request: unknown }[]

/** A fake main process: channel → handler; a thrown `{ code, issues }` becomes a failed envelope. */
function installFakeApi(handlers: Record<string, Handler>) {
  const calls: Calls = []
  const api = createApi(async (_method, channel, request): Promise<Envelope<unknown>> => {
    calls.push({ channel, request })
    const handler = handlers[channel]
    if (!handler) return { ok: true, data: null }
    try {
      return { ok: true, data: await handler(request) }
    } catch (error) {
      const body = error as { code: 'INVALID_PLAN'; message: string; issues?: never[] }
      return { ok: false, error: body }
    }
  })
  installApi(api)
  return { api, calls, of: (channel: string) => calls.filter((c) => c.channel === channel) }
}

function fakePrompts(
  answers: Partial<{ unsaved: 'save' | 'discard' | 'cancel'; recovery: 'restore' | 'discard' }> = {}
) {
  const notices: { kind: string; text: string }[] = []
  const prompts: DocumentPrompts & { notices: typeof notices } = {
    notices,
    askUnsaved: vi.fn(async () => answers.unsaved ?? 'cancel'),
    askRecovery: vi.fn(async () => answers.recovery ?? 'restore'),
    notify: (kind, text) => void notices.push({ kind, text })
  }
  return prompts
}

const named = (name: string) => ({ ...createBlankPlan(), name })

beforeEach(() => {
  setActivePinia(createPinia())
  localStorage.clear()
})
afterEach(() => vi.useRealTimers())

describe('document store on the desktop', () => {
  function setup(handlers: Record<string, Handler> = {}, answers = {}) {
    const fake = installFakeApi({
      'dialog.save': () => ({ path: '/plans/Q3.cplan' }),
      'document.write': (request) => ({ path: (request as { path: string }).path, bytes: 10 }),
      ...handlers
    })
    const prompts = fakePrompts(answers)
    const store = useDocumentStore()
    store.configure({ platform: createDesktopPlatform(fake.api), prompts })
    return { ...fake, prompts, store, plan: usePlanStore() }
  }

  it('Save of a new plan asks where (Save As), writes, marks saved, drops the autosave, reports to main', async () => {
    const { store, plan, of, prompts } = setup()
    plan.update((draft) => void (draft.name = 'Q3'))
    expect(store.windowTitle).toBe('• Q3 — Compute Planner')
    expect(await store.save()).toBe(true)
    expect(of('dialog.save')[0].request).toEqual({ purpose: 'plan', suggestedName: 'Q3.cplan' })
    expect(of('document.write')[0].request).toMatchObject({
      path: '/plans/Q3.cplan',
      plan: { name: 'Q3' }
    })
    expect(plan.dirty).toBe(false)
    expect(plan.filePath).toBe('/plans/Q3.cplan')
    expect(store.windowTitle).toBe('Q3 — Compute Planner')
    expect(of('autosave.discard')).toHaveLength(1)
    expect(of('document.setState').at(-1)?.request).toEqual({
      dirty: false,
      displayName: 'Q3',
      filePath: '/plans/Q3.cplan',
      afterSave: true
    })
    expect(prompts.notices).toEqual([{ kind: 'success', text: 'Saved Q3' }])
  })

  it('Save of an opened plan writes in place, without a dialog', async () => {
    const { store, plan, of } = setup()
    plan.load(named('A'), { filePath: '/plans/a.cplan' })
    plan.update((draft) => void (draft.name = 'B'))
    await store.save()
    expect(of('dialog.save')).toHaveLength(0)
    expect(of('document.write')[0].request).toMatchObject({ path: '/plans/a.cplan' })
  })

  it('a cancelled Save As keeps the plan dirty and tells main the save ended', async () => {
    const { store, plan, of } = setup({ 'dialog.save': () => null })
    plan.update((draft) => void (draft.name = 'X'))
    expect(await store.saveAs()).toBe(false)
    expect(plan.dirty).toBe(true)
    expect(of('document.setState').at(-1)?.request).toMatchObject({ dirty: true, afterSave: true })
  })

  it('a refused save shows the located issue in the user’s language', async () => {
    const { store, plan, prompts } = setup({
      'document.write': () => {
        throw {
          code: 'INVALID_PLAN',
          message: 'invalid',
          issues: [
            {
              path: 'settings.pue',
              message: 'must be at least 1',
              key: 'core.validation.mustBeAtLeast',
              params: { limit: '1' }
            }
          ]
        }
      }
    })
    useUiStore().setLocale('zh-CN')
    plan.load(named('A'), { filePath: '/plans/a.cplan', markSaved: false })
    expect(await store.save()).toBe(false)
    expect(prompts.notices[0].kind).toBe('error')
    expect(prompts.notices[0].text).toMatch(/^无法保存方案：成本 › PUE：/)
    expect(plan.dirty).toBe(true)
  })

  it('a plan that cannot be opened lists its problems as one sentence, no stop before a separator', async () => {
    const refusal = {
      code: 'INVALID_PLAN',
      message: 'invalid',
      issues: [
        {
          path: '(file)',
          message: 'invalid',
          key: 'document.errors.invalid',
          params: { count: 2 }
        },
        {
          path: 'workloads[0].precision',
          message: 'required',
          key: 'core.validation.required',
          params: {}
        }
      ]
    }
    const { store, prompts } = setup({
      'dialog.open': () => ({ path: '/plans/bad.cplan' }),
      'document.read': () => {
        throw refusal
      }
    })
    for (const [locale, stop] of [
      ['zh-CN', /。；/],
      ['en', /\.; /]
    ] as const) {
      useUiStore().setLocale(locale)
      prompts.notices.length = 0
      expect(await store.open()).toBe(false)
      expect(prompts.notices[0].kind).toBe('error')
      expect(prompts.notices[0].text).not.toMatch(stop)
    }
    expect(prompts.notices[0].text).toMatch(
      /^Could not open the plan: The plan has 2 invalid field\(s\); /
    )
  })

  it('Open with unsaved changes asks first: Cancel keeps the plan, Don’t Save opens', async () => {
    const opened = {
      plan: named('From disk'),
      path: '/plans/b.cplan',
      migratedFrom: null,
      fromBackup: false
    }
    const { store, plan, prompts, of } = setup({
      'dialog.open': () => ({ path: '/plans/b.cplan' }),
      'document.read': () => opened
    })
    plan.update((draft) => void (draft.name = 'Unsaved'))
    expect(await store.open()).toBe(false)
    expect(prompts.askUnsaved).toHaveBeenCalledWith('Unsaved')
    expect(plan.plan.name).toBe('Unsaved')
    expect(of('dialog.open')).toHaveLength(0)

    vi.mocked(prompts.askUnsaved).mockResolvedValueOnce('discard')
    expect(await store.open()).toBe(true)
    expect(plan.plan.name).toBe('From disk')
    expect(plan.filePath).toBe('/plans/b.cplan')
    expect(plan.dirty).toBe(false)
    expect(store.displayName).toBe('b')
  })

  it('Open with unsaved changes, answer Save: saves first, then opens', async () => {
    const { store, plan, of } = setup(
      {
        'dialog.open': () => ({ path: '/plans/b.cplan' }),
        'document.read': () => ({
          plan: named('B'),
          path: '/plans/b.cplan',
          migratedFrom: null,
          fromBackup: false
        })
      },
      { unsaved: 'save' }
    )
    plan.update((draft) => void (draft.name = 'First'))
    await store.open()
    expect(of('document.write')[0].request).toMatchObject({ plan: { name: 'First' } })
    expect(plan.plan.name).toBe('B')
  })

  it('an old-version file opens converted and unsaved, with a notice', async () => {
    const { store, plan, prompts } = setup({
      'document.read': () => ({
        plan: named('Old'),
        path: '/plans/old.cplan',
        migratedFrom: 0,
        fromBackup: false
      })
    })
    await store.openPath('/plans/old.cplan')
    expect(plan.dirty).toBe(true)
    expect(prompts.notices[0]).toEqual({
      kind: 'info',
      text: 'This plan was converted from file version 0 to 1; saving writes version 1.'
    })
  })

  it('a newer-version file is refused with the message naming both versions; the plan stays', async () => {
    const { store, plan, prompts } = setup({
      'document.read': () => {
        throw {
          code: 'UNSUPPORTED_FILE',
          message: 'newer',
          issues: [
            {
              path: 'version',
              message: 'newer',
              key: 'document.errors.newerVersion',
              params: { version: 2, supported: 1 }
            }
          ]
        }
      }
    })
    plan.load(named('Kept'))
    expect(await store.openPath('/plans/future.cplan')).toBe(false)
    expect(plan.plan.name).toBe('Kept')
    expect(prompts.notices[0].text).toContain('file version 2')
    expect(prompts.notices[0].text).toContain('up to version 1')
  })

  it('files the OS asked to open: the plan opens, a spreadsheet goes to inventory import', async () => {
    const { store, plan } = setup({
      'document.takeOpenRequests': () => [
        { kind: 'inventory', path: '/data/cards.xlsx' },
        { kind: 'plan', path: '/plans/c.cplan' }
      ],
      'document.read': () => ({
        plan: named('C'),
        path: '/plans/c.cplan',
        migratedFrom: null,
        fromBackup: false
      })
    })
    await store.takeOpenRequests()
    expect(plan.plan.name).toBe('C')
    expect(store.takeInventoryImport()).toEqual({ path: '/data/cards.xlsx' })
    expect(store.takeInventoryImport()).toBeNull()
  })

  it('New with unsaved changes asks, then starts from a blank plan', async () => {
    const { store, plan } = setup({}, { unsaved: 'discard' })
    plan.load(named('A'), { filePath: '/plans/a.cplan' })
    plan.update((draft) => void (draft.name = 'B'))
    expect(await store.newPlan()).toBe(true)
    expect(plan.plan.name).toBe('')
    expect(plan.filePath).toBeNull()
    expect(store.windowTitle).toBe('Untitled plan — Compute Planner')
  })

  it('a new plan starts from the defaults in the settings file', async () => {
    const { store, plan } = setup({
      'settings.get': () => ({
        settings: {
          currency: 'USD',
          pue: 1.15,
          electricityPricePerKWh: 0.1,
          language: null,
          theme: 'system'
        }
      })
    })
    await store.loadSettings()
    await store.newPlan()
    expect(plan.plan.settings).toMatchObject({
      currency: 'USD',
      pue: 1.15,
      electricityPricePerKWh: 0.1
    })
    expect(plan.dirty).toBe(false)
  })

  it('autosaves only unsaved, changed work', async () => {
    const { store, plan, of } = setup()
    expect(await store.autosave()).toBe(false) // clean
    plan.update((draft) => void (draft.name = 'W'))
    expect(await store.autosave()).toBe(true)
    expect(await store.autosave()).toBe(false) // unchanged since
    expect(of('autosave.write')[0].request).toMatchObject({ plan: { name: 'W' }, filePath: null })
  })

  it('recovery: Restore loads the copy as unsaved work; Discard deletes it', async () => {
    const entry = {
      plan: named('Recovered'),
      filePath: '/plans/r.cplan',
      savedAt: '2026-01-01T10:00:00Z',
      issues: []
    }
    const { store, plan, prompts, of } = setup({ 'autosave.read': () => entry })
    expect(await store.offerRecovery()).toBe(true)
    expect(prompts.askRecovery).toHaveBeenCalledWith('r', entry.savedAt, 0)
    expect(plan.plan.name).toBe('Recovered')
    expect(plan.dirty).toBe(true)
    expect(plan.filePath).toBe('/plans/r.cplan')

    vi.mocked(prompts.askRecovery).mockResolvedValueOnce('discard')
    expect(await store.offerRecovery()).toBe(false)
    expect(of('autosave.discard')).toHaveLength(1)
  })

  it('a damaged settings file is reported once as a notice', async () => {
    const { store, prompts } = setup({
      'settings.get': () => ({
        settings: { language: null, theme: 'system' },
        notice: { kind: 'corrupt', fields: [], issues: [] }
      })
    })
    await store.loadSettings()
    expect(prompts.notices).toEqual([
      { kind: 'warning', text: 'Your settings file was damaged; default settings are in use.' }
    ])
  })
})

describe('document store in the browser', () => {
  function setup(handlers: Record<string, Handler> = {}) {
    const fake = installFakeApi({
      'document.parse': (request) => ({
        plan: JSON.parse((request as { text: string }).text),
        migratedFrom: null
      }),
      ...handlers
    })
    const downloads: { text: string; fileName: string }[] = []
    const pick = vi.fn(async (): Promise<File | null> => null)
    const platform = createBrowserPlatform(fake.api, {
      pickFile: pick,
      download: (text, fileName) => void downloads.push({ text, fileName }),
      storage: localStorage,
      now: () => new Date('2026-02-03T04:05:06Z')
    })
    const prompts = fakePrompts()
    const store = useDocumentStore()
    store.configure({ platform, prompts })
    return { ...fake, downloads, pick, platform, prompts, store, plan: usePlanStore() }
  }

  it('Save validates through document.parse and downloads <name>.cplan', async () => {
    const { store, plan, downloads, of, prompts } = setup()
    plan.update((draft) => void (draft.name = 'Cluster: Q3'))
    expect(await store.save()).toBe(true)
    expect(of('document.parse')).toHaveLength(1)
    expect(downloads[0].fileName).toBe('Cluster Q3.cplan')
    expect(JSON.parse(downloads[0].text)).toMatchObject({
      format: 'compute-planner/plan',
      version: 1,
      name: 'Cluster: Q3'
    })
    expect(plan.dirty).toBe(false)
    expect(prompts.notices[0].text).toBe('Downloaded Cluster Q3')
    expect(of('document.setState')).toHaveLength(0) // no desktop shell to tell
  })

  it('Open uses the file picker and validates through document.parse', async () => {
    const { store, plan, pick } = setup()
    const text = JSON.stringify(named('Picked'))
    pick.mockResolvedValueOnce(new File([text], 'picked.cplan'))
    expect(await store.open()).toBe(true)
    expect(plan.plan.name).toBe('Picked')
    expect(plan.filePath).toBe('picked.cplan')
    expect(pick.mock.calls[0]).toEqual(['.cplan,application/json'])
  })

  it('autosave goes to localStorage and comes back through the same validation', async () => {
    const { store, plan, platform, of } = setup()
    plan.update((draft) => void (draft.name = 'Local'))
    await store.autosave()
    expect(JSON.parse(localStorage.getItem(BROWSER_AUTOSAVE_KEY)!)).toMatchObject({
      savedAt: '2026-02-03T04:05:06.000Z',
      plan: { name: 'Local' }
    })
    const recovered = await platform.readAutosave()
    expect(recovered).toMatchObject({ plan: { name: 'Local' }, issues: [] })
    expect(of('document.parse')).toHaveLength(1)
  })

  it('a recovered copy with invalid fields is still offered; an unreadable one is dropped', async () => {
    const issues = [
      { path: '(document)', message: 'head' },
      { path: 'settings.pue', message: 'must be at least 1' }
    ]
    const { platform } = setup({
      'document.parse': () => {
        throw { code: 'INVALID_PLAN', message: 'invalid', issues }
      }
    })
    localStorage.setItem(
      BROWSER_AUTOSAVE_KEY,
      JSON.stringify({ savedAt: 'x', filePath: null, plan: named('Half') })
    )
    expect(await platform.readAutosave()).toMatchObject({
      plan: { name: 'Half' },
      issues: [issues[1]]
    })
    localStorage.setItem(BROWSER_AUTOSAVE_KEY, '{not json')
    expect(await platform.readAutosave()).toBeNull()
    expect(localStorage.getItem(BROWSER_AUTOSAVE_KEY)).toBeNull()
  })
})

describe('useDocumentCommands', () => {
  function mountWith(platform: DocumentPlatform, prompts: DocumentPrompts) {
    const Host = defineComponent({
      setup() {
        useDocumentCommands({ platform, prompts })
        return () => h('div')
      }
    })
    return mount(Host, { global: { plugins: [] }, attachTo: document.body })
  }

  function fakePlatform(): DocumentPlatform & { writes: string[] } {
    const writes: string[] = []
    return {
      writes,
      kind: 'browser',
      savesInPlace: false,
      pickAndOpen: vi.fn(async () => null),
      openPath: vi.fn(),
      save: vi.fn(async () => 'x.cplan'),
      writeAutosave: vi.fn(async (plan) => void writes.push(plan.name)),
      readAutosave: vi.fn(async () => null),
      discardAutosave: vi.fn(async () => undefined)
    }
  }

  it('maps the browser shortcuts', () => {
    const key = (k: string, extra: Partial<KeyboardEvent> = {}) =>
      documentShortcut({
        key: k,
        ctrlKey: true,
        metaKey: false,
        shiftKey: false,
        altKey: false,
        ...extra
      })
    expect(key('s')).toBe('save')
    expect(key('S', { shiftKey: true })).toBe('saveAs')
    expect(key('o')).toBe('open')
    expect(key('n')).toBe('new')
    expect(key('o', { ctrlKey: false, metaKey: true })).toBe('open')
    expect(key('z')).toBeNull()
    expect(key('s', { altKey: true })).toBeNull()
  })

  it('autosaves every 30 s and on blur while there are unsaved changes; sets the title', async () => {
    vi.useFakeTimers()
    installFakeApi({})
    const platform = fakePlatform()
    const wrapper = mountWith(platform, fakePrompts())
    await flushPromises()
    const plan = usePlanStore()
    vi.advanceTimersByTime(AUTOSAVE_INTERVAL_MS)
    await flushPromises()
    expect(platform.writes).toEqual([]) // nothing unsaved yet

    plan.update((draft) => void (draft.name = 'Tick'))
    await flushPromises()
    expect(document.title).toBe('• Tick — Compute Planner')
    vi.advanceTimersByTime(AUTOSAVE_INTERVAL_MS - 1)
    await flushPromises()
    expect(platform.writes).toEqual([])
    vi.advanceTimersByTime(1)
    await flushPromises()
    expect(platform.writes).toEqual(['Tick'])

    plan.update((draft) => void (draft.name = 'Blur'))
    window.dispatchEvent(new Event('blur'))
    await flushPromises()
    expect(platform.writes).toEqual(['Tick', 'Blur'])
    wrapper.unmount()
  })

  it('browser: Ctrl+S saves, and leaving with unsaved changes asks (beforeunload)', async () => {
    installFakeApi({})
    const platform = fakePlatform()
    const wrapper = mountWith(platform, fakePrompts())
    await flushPromises()
    const plan = usePlanStore()
    const clean = new Event('beforeunload', { cancelable: true })
    window.dispatchEvent(clean)
    expect(clean.defaultPrevented).toBe(false)

    plan.update((draft) => void (draft.name = 'Unsaved'))
    const leaving = new Event('beforeunload', { cancelable: true })
    window.dispatchEvent(leaving)
    expect(leaving.defaultPrevented).toBe(true)
    expect(platform.writes).toEqual(['Unsaved']) // a recovery copy is kept either way

    window.dispatchEvent(
      new KeyboardEvent('keydown', { key: 's', ctrlKey: true, cancelable: true })
    )
    await flushPromises()
    expect(platform.save).toHaveBeenCalled()
    expect(plan.dirty).toBe(false)
    wrapper.unmount()
  })

  it('offers recovery at start-up', async () => {
    installFakeApi({})
    const platform = fakePlatform()
    vi.mocked(platform.readAutosave).mockResolvedValueOnce({
      plan: named('After crash'),
      filePath: null,
      savedAt: '2026-01-01T00:00:00Z',
      issues: []
    })
    const prompts = fakePrompts({ recovery: 'restore' })
    const wrapper = mountWith(platform, prompts)
    await flushPromises()
    expect(prompts.askRecovery).toHaveBeenCalled()
    expect(usePlanStore().plan.name).toBe('After crash')
    wrapper.unmount()
  })

  it('a refused plan edit is said in words, in the chosen language, and the plan stays', async () => {
    installFakeApi({})
    const prompts = fakePrompts()
    const wrapper = mountWith(fakePlatform(), prompts)
    await flushPromises()
    const plan = usePlanStore()
    plan.update(() => {
      throw new Error('boom')
    })
    await flushPromises()
    expect(prompts.notices).toEqual([
      {
        kind: 'error',
        text: 'That change could not be made, so the plan was left as it was. (boom)'
      }
    ])
    useUiStore().setLocale('zh-CN')
    plan.update((draft) => Object.assign(draft, { name: Symbol('not data') }))
    await flushPromises()
    expect(prompts.notices[1]).toEqual({
      kind: 'error',
      text: '此修改未能完成，方案保持原样：name 的值不是纯数据（symbol）。请报告此问题。'
    })
    expect(plan.plan.name).toBe('')
    wrapper.unmount()
  })
})
