import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, createApi, installApi } from '@renderer/api'
import {
  blankPlanWithDefaults,
  useDocumentStore,
  type DocumentPrompts
} from '@renderer/stores/document'
import type { DocumentPlatform } from '@renderer/stores/document-platform'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import { useUiStore } from '@renderer/stores/ui'
import type { Envelope } from '@shared/ipc/envelope'
import { defaultSettings } from '@shared/schema/settings'

// What document-store.test.ts (the save/open/recovery flows) leaves out: the title words, the
// defaults a new plan starts from, one command at a time, long error lists, recent files.

type Handler = (request: unknown) => unknown
function installFakeApi(handlers: Record<string, Handler>) {
  const calls: string[] = []
  installApi(
    createApi(async (_method, channel, request): Promise<Envelope<unknown>> => {
      calls.push(channel)
      const handler = handlers[channel]
      if (!handler) return { ok: true, data: null }
      try {
        return { ok: true, data: await handler(request) }
      } catch (error) {
        return { ok: false, error: error as never }
      }
    })
  )
  return calls
}

function fakePrompts() {
  const notices: { kind: string; text: string }[] = []
  const prompts: DocumentPrompts & { notices: typeof notices } = {
    notices,
    askUnsaved: vi.fn(async () => 'discard' as const),
    askRecovery: vi.fn(async () => 'restore' as const),
    notify: (kind, text) => void notices.push({ kind, text })
  }
  return prompts
}

function fakePlatform(overrides: Partial<DocumentPlatform> = {}): DocumentPlatform {
  return {
    kind: 'browser',
    savesInPlace: false,
    pickAndOpen: vi.fn(async () => null),
    openPath: vi.fn<DocumentPlatform['openPath']>(),
    save: vi.fn(async () => '2026-03-01T00:00:00Z'),
    writeAutosave: vi.fn(async () => undefined),
    readAutosave: vi.fn(async () => null),
    discardAutosave: vi.fn(async () => undefined),
    ...overrides
  }
}

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => vi.restoreAllMocks())

describe('blankPlanWithDefaults', () => {
  it("starts a new plan from the user's currency, PUE, electricity price and VAT", () => {
    const settings = {
      ...defaultSettings(),
      currency: 'EUR' as const,
      pue: 1.25,
      electricityPricePerKWh: 0.21,
      defaultVatRate: 0.19
    }
    const plan = blankPlanWithDefaults(settings, 'Frankfurt')
    expect(plan.name).toBe('Frankfurt')
    expect(plan.settings).toMatchObject({
      currency: 'EUR',
      pue: 1.25,
      electricityPricePerKWh: 0.21,
      taxRate: 0.19
    })
  })

  it('takes the VAT of the currency when the user set none: 13 % for CNY (China, 2019 No. 39)', () => {
    const base = { ...defaultSettings(), defaultVatRate: null }
    expect(blankPlanWithDefaults({ ...base, currency: 'CNY' }).settings.taxRate).toBe(0.13)
    expect(blankPlanWithDefaults({ ...base, currency: 'USD' }).settings.taxRate).toBe(0)
  })

  it('is the bare blank plan before the settings have arrived', () => {
    expect(blankPlanWithDefaults(null, 'X')).toEqual(createBlankPlan('X'))
  })
})

describe('document store', () => {
  it('titles the window with the plan, a dot while unsaved, and "Untitled plan" / "未命名方案"', () => {
    installFakeApi({})
    const store = useDocumentStore()
    const plan = usePlanStore()
    expect(store.displayName).toBe('Untitled plan')
    expect(store.windowTitle).toBe('Untitled plan — Compute Planner')
    useUiStore().setLocale('zh-CN')
    expect(store.windowTitle).toBe('未命名方案 — Compute Planner')
    plan.update((draft) => void (draft.name = '华东集群'))
    expect(store.windowTitle).toBe('• 华东集群 — Compute Planner')
  })

  it('runs one command at a time: a second Save while the first is writing does nothing', async () => {
    installFakeApi({})
    let finish: (savedAt: string) => void = () => undefined
    const save = vi.fn(() => new Promise<string>((resolve) => (finish = resolve)))
    const store = useDocumentStore()
    store.configure({ platform: fakePlatform({ save }), prompts: fakePrompts() })
    usePlanStore().update((draft) => void (draft.name = 'Busy'))
    const first = store.save()
    expect(store.busy).toBe(true)
    expect(await store.save()).toBe(false)
    expect(await store.open()).toBe(false)
    finish('2026-03-01T00:00:00Z')
    expect(await first).toBe(true)
    expect(save).toHaveBeenCalledTimes(1)
    expect(store.busy).toBe(false)
    expect(usePlanStore().dirty).toBe(false)
  })

  it('lists the first three problems of a refused save and counts the rest', async () => {
    installFakeApi({})
    const issues = ['a', 'b', 'c', 'd', 'e'].map((letter) => ({
      path: '(root)',
      message: `problem ${letter}`
    }))
    const platform = fakePlatform({
      save: vi.fn(async () => {
        throw new ApiError({ code: 'INVALID_PLAN', message: 'invalid', issues })
      })
    })
    const prompts = fakePrompts()
    const store = useDocumentStore()
    store.configure({ platform, prompts })
    expect(await store.save()).toBe(false)
    expect(prompts.notices).toEqual([
      {
        kind: 'error',
        text: 'Could not save the plan: problem a; problem b; problem c; … (+2)'
      }
    ])
  })

  it('says a plain failure (not from main) as it is', async () => {
    installFakeApi({})
    const prompts = fakePrompts()
    const store = useDocumentStore()
    store.configure({
      platform: fakePlatform({
        pickAndOpen: vi.fn(async () => {
          throw new Error('disk unplugged')
        })
      }),
      prompts
    })
    useUiStore().setLocale('zh-CN')
    expect(await store.open()).toBe(false)
    expect(prompts.notices).toHaveLength(1)
    expect(prompts.notices[0].kind).toBe('error')
    expect(prompts.notices[0].text).toMatch(/Error: disk unplugged$/)
    expect(prompts.notices[0].text).not.toContain('Could not open')
  })

  it('refuses to save before it is configured, naming the missing call', async () => {
    installFakeApi({})
    await expect(useDocumentStore().save()).rejects.toThrow('configure() was not called')
  })

  it('keeps retrying an autosave that failed, and skips one already written', async () => {
    installFakeApi({})
    const writeAutosave = vi
      .fn<DocumentPlatform['writeAutosave']>()
      .mockRejectedValueOnce(new Error('quota'))
      .mockResolvedValue(undefined)
    const store = useDocumentStore()
    store.configure({ platform: fakePlatform({ writeAutosave }), prompts: fakePrompts() })
    usePlanStore().update((draft) => void (draft.name = 'Draft'))
    expect(await store.autosave()).toBe(false)
    expect(await store.autosave()).toBe(true)
    expect(await store.autosave()).toBe(false) // nothing changed since
    expect(writeAutosave).toHaveBeenCalledTimes(2)
  })

  it('empties the recent list when asked, even if main could not clear it', async () => {
    const recentFile = { path: '/plans/a.cplan', openedAt: '2026-01-01T00:00:00Z' }
    installFakeApi({
      'recent.list': () => [recentFile],
      'recent.clear': () => {
        throw { code: 'IO', message: 'read-only' }
      }
    })
    const store = useDocumentStore()
    store.configure({ platform: fakePlatform(), prompts: fakePrompts() })
    await store.refreshRecent()
    expect(store.recent).toEqual([recentFile])
    await store.clearRecent()
    expect(store.recent).toEqual([])
  })
})
