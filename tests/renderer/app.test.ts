/**
 * App.vue, the shell, as the desktop app runs it (app-shell.test.ts walks the browser's): the
 * native menu's commands routed, the language and theme main keeps in its settings file
 * applied over the first-paint cache, the unsaved-changes guard before a plan is replaced,
 * and where an estimate's problems surface (the status chip), in English and Chinese.
 *
 * Stubbed: the views behind <router-view> (a router with the app's own route names and
 * paths, each view an empty component, so a menu command does not load a step's chunk).
 */
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import { NConfigProvider, zhCN } from 'naive-ui'
import App from '@renderer/App.vue'
import { createApi, installApi } from '@renderer/api'
import { createAppI18n } from '@renderer/i18n'
import { routes } from '@renderer/router'
import { usePlanStore } from '@renderer/stores/plan'
import { useUiStore } from '@renderer/stores/ui'
import type { Envelope } from '@shared/ipc/envelope'
import type { MenuCommand } from '@shared/ipc/events'
import { defaultSettings, type AppSettings } from '@shared/schema/settings'

const View = defineComponent({ render: () => h('div') })
const lightRoutes = routes.map((route) =>
  'component' in route && route.component ? { ...route, component: View } : route
) as RouteRecordRaw[]

interface Host {
  /** main's settings file. */
  settings?: Partial<AppSettings>
  /** The answer to the unsaved-changes question main asks natively. */
  unsaved?: 'save' | 'discard' | 'cancel'
  /** What `calc.estimate` answers. */
  estimate?: unknown
  /** The desktop bridge (absent: the browser). */
  desktop?: boolean
}

const mounted: { unmount(): void }[] = []
beforeEach(() => localStorage.clear())
afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.unmount()
  delete window.computePlanner
})

async function mountApp(host: Host = {}) {
  const pinia = createPinia()
  const answers: Record<string, (request: unknown) => unknown> = {
    'settings.get': () => ({ settings: { ...defaultSettings(), ...host.settings }, revision: 1 }),
    'settings.set': (request) => ({ ...defaultSettings(), ...(request as object) }),
    'dialog.ask': () => host.unsaved ?? 'cancel',
    'calc.estimate': () => host.estimate ?? null,
    'document.takeOpenRequests': () => [],
    'recent.list': () => []
  }
  const invoke = vi.fn(
    async (_method: string, channel: string, request: unknown): Promise<Envelope<unknown>> =>
      // The web host's settings long poll: no change while the test runs.
      channel === 'settings.watch'
        ? new Promise<never>(() => undefined)
        : { ok: true, data: answers[channel]?.(request) ?? null }
  )
  installApi(createApi(invoke))
  // The shell and the document commands each listen to the menu.
  const menu = new Set<(command: MenuCommand) => void>()
  if (host.desktop)
    window.computePlanner = {
      onMenuCommand: (listener: (command: MenuCommand) => void) => {
        menu.add(listener)
        return () => menu.delete(listener)
      },
      onSettingsChanged: () => () => undefined,
      dropFiles: vi.fn()
    } as unknown as NonNullable<typeof window.computePlanner>
  const router = createRouter({ history: createWebHashHistory(), routes: lightRoutes })
  const wrapper = mount(App, {
    global: { plugins: [pinia, createAppI18n('en'), router] },
    attachTo: document.body
  })
  mounted.push(wrapper)
  await router.push('/scenario')
  await flushPromises()
  const send = async (command: MenuCommand) => {
    for (const listener of menu) listener(command)
    await flushPromises()
  }
  return { wrapper, router, invoke, send, ui: useUiStore(pinia), plan: usePlanStore(pinia) }
}

const asked = (invoke: ReturnType<typeof vi.fn>, channel: string) =>
  invoke.mock.calls.filter(([, c]) => c === channel).map(([, , request]) => request)

describe('App', () => {
  it('applies the language and theme of main’s settings over the first-paint cache', async () => {
    localStorage.setItem('compute-planner.locale', 'en')
    localStorage.setItem('compute-planner.theme', 'light')
    const { wrapper, ui } = await mountApp({ settings: { language: 'zh-CN', theme: 'dark' } })
    expect(ui.locale).toBe('zh-CN')
    expect(document.documentElement.lang).toBe('zh-CN')
    expect(wrapper.get('h1.brand').text()).toBe('算力规划器')
    expect(wrapper.getComponent(NConfigProvider).props('locale')).toBe(zhCN)
    expect(document.documentElement.classList.contains('dark')).toBe(true)
    // The dark theme is a chunk of its own, handed to Naive UI once it is here.
    await vi.waitFor(() =>
      expect(wrapper.getComponent(NConfigProvider).props('theme')).toMatchObject({ name: 'dark' })
    )
  })

  it('routes the desktop menu’s commands: views, language, theme, About', async () => {
    const { wrapper, router, send, ui } = await mountApp({ desktop: true })
    await send('settings')
    expect(router.currentRoute.value.name).toBe('settings')
    await send('importInventory')
    expect(router.currentRoute.value.name).toBe('inventory')
    // Outside the wizard's steps there is no Back/Next.
    expect(wrapper.find('[data-testid="wizard-next"]').exists()).toBe(false)
    await send('exportQuote')
    expect(router.currentRoute.value.name).toBe('quote')
    expect(router.currentRoute.value.query).toEqual({ export: 'xlsx' })
    // Quote is the last step: Back, and no Next.
    expect(wrapper.get('[data-testid="wizard-next"]').attributes('disabled')).toBeDefined()
    await send('language:zh-CN')
    expect(ui.locale).toBe('zh-CN')
    expect(wrapper.get('[data-testid="wizard-back"]').text()).toBe('上一步')
    await send('theme:dark')
    expect(ui.themePreference).toBe('dark')
    await send('about')
    await vi.waitFor(() =>
      expect(document.body.querySelector('[data-testid="about-dialog"]')).not.toBeNull()
    )
  })

  it('undoes and redoes from the Edit menu across the plan', async () => {
    const { send, plan } = await mountApp({ desktop: true })
    plan.update((draft) => void (draft.name = 'Edited'))
    await send('undo')
    expect(plan.plan.name).toBe('')
    await send('redo')
    expect(plan.plan.name).toBe('Edited')
  })

  it('asks before New replaces unsaved changes, and keeps them on Cancel', async () => {
    const cancelled = await mountApp({ desktop: true, unsaved: 'cancel' })
    cancelled.plan.update((draft) => void (draft.name = 'Edited'))
    await flushPromises()
    expect(cancelled.wrapper.find('[data-testid="dirty-indicator"]').exists()).toBe(true)
    await cancelled.send('new')
    expect(asked(cancelled.invoke, 'dialog.ask')).toEqual([{ kind: 'unsaved', name: 'Edited' }])
    expect(cancelled.plan.plan.name).toBe('Edited')
    cancelled.wrapper.unmount()
    mounted.splice(0)

    const discarded = await mountApp({ desktop: true, unsaved: 'discard' })
    discarded.plan.update((draft) => void (draft.name = 'Edited'))
    await discarded.send('new')
    expect(discarded.plan.plan.name).toBe('')
    expect(discarded.plan.dirty).toBe(false)
  })

  it('in the browser, leaving with unsaved changes asks first', async () => {
    const { plan } = await mountApp()
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true })
      window.dispatchEvent(event)
      return event.defaultPrevented
    }
    expect(leave()).toBe(false)
    plan.update((draft) => void (draft.name = 'Edited'))
    expect(leave()).toBe(true)
  })

  it('surfaces the estimate’s problems in the status chip, in either language', async () => {
    const estimate = {
      ok: false,
      issues: [
        { path: ['workloads', 0, 'tokens'], message: 'x', messageKey: 'validation.required' },
        { path: ['settings', 'pue'], message: 'y', messageKey: 'validation.required' }
      ],
      workloads: [],
      totals: null,
      compare: null
    }
    const { wrapper, ui } = await mountApp({ estimate })
    const chip = () => wrapper.get('[data-testid="recalc-status"]').text()
    // The first estimate runs once the first frame is painted.
    await vi.waitFor(() => expect(chip()).toBe('2 problem(s) to fix'))
    ui.setLocale('zh-CN')
    await vi.waitFor(() => expect(chip()).toBe('有 2 个问题需要修正'))
  })
})
