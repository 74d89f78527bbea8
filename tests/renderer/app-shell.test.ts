import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import App from '@renderer/App.vue'
import { createApi, installApi } from '@renderer/api'
import { createAppI18n, initialLocale } from '@renderer/i18n'
import { createAppRouter } from '@renderer/router'
import { useUiStore } from '@renderer/stores/ui'
import { usePlanStore } from '@renderer/stores/plan'
import { defaultSettings } from '@shared/schema/settings'

// Every app a test mounts is unmounted after it: a live app from an earlier test would keep
// answering window shortcuts and, when its deferred start-up work re-renders, make its own
// pinia the active one again.
const mounted: { unmount(): void }[] = []
afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.unmount()
})

async function mountApp(locale: 'en' | 'zh-CN' = 'en') {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createAppRouter()
  const invoke = vi.fn(async (_method: string, channel: string, request?: unknown) =>
    channel === 'settings.get'
      ? {
          ok: true as const,
          data: { settings: { ...defaultSettings(), language: locale }, revision: 0 }
        }
      : channel === 'settings.set'
        ? { ok: true as const, data: { ...defaultSettings(), ...(request as object) } }
        : channel === 'settings.watch'
          ? new Promise<never>(() => undefined)
          : channel === 'app.info'
            ? {
                ok: true as const,
                data: {
                  name: 'Compute Planner',
                  version: '0.1.0',
                  platform: 'linux',
                  locale,
                  transport: 'web'
                }
              }
            : channel === 'recent.list'
              ? { ok: true as const, data: [] }
              : { ok: true as const, data: null }
  )
  installApi(createApi(invoke))
  const wrapper = mount(App, { global: { plugins: [pinia, createAppI18n(locale), router] } })
  mounted.push(wrapper)
  await router.push('/scenario')
  await router.isReady()
  await flushPromises()
  return { wrapper, router, invoke, pinia }
}

describe('app shell', () => {
  beforeEach(() => localStorage.clear())

  it('starts in the saved language, else the OS language', () => {
    expect(initialLocale({ getItem: () => 'zh-CN' }, 'en-US')).toBe('zh-CN')
    expect(initialLocale({ getItem: () => null }, 'zh-CN')).toBe('zh-CN')
    expect(initialLocale({ getItem: () => null }, 'fr-FR')).toBe('en')
  })

  it('shows the six wizard steps and moves forward with Next', { timeout: 30_000 }, async () => {
    const { wrapper, router } = await mountApp('en')
    expect(wrapper.text()).toContain('Scenario')
    expect(wrapper.text()).toContain('Quote')
    await wrapper.get('[data-testid="wizard-next"]').trigger('click')
    // The step is a lazy chunk; under a loaded CI machine the first transform takes a while.
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('workloads'), {
      timeout: 20_000
    })
  })

  it('the step list is one button per step, the open one marked for screen readers', async () => {
    const { wrapper, router } = await mountApp('en')
    const steps = wrapper.findAll('nav button[data-testid^="nav-"]')
    expect(steps.map((step) => step.attributes('data-testid'))).toEqual([
      'nav-scenario',
      'nav-workloads',
      'nav-hardware',
      'nav-costs',
      'nav-results',
      'nav-quote'
    ])
    expect(steps[0].attributes('aria-current')).toBe('step')
    expect(steps.filter((step) => step.attributes('aria-current'))).toHaveLength(1)
    await steps[3].trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('costs'), {
      timeout: 20_000
    })
    await flushPromises()
    const after = wrapper.findAll('nav button[data-testid^="nav-"]')
    expect(after[3].attributes('aria-current')).toBe('step')
    expect(after[0].text()).toContain('✓')
    expect(after[0].attributes('aria-current')).toBeUndefined()
  })

  it('language and theme are labelled native choices that change the app', async () => {
    const { wrapper, pinia } = await mountApp('en')
    const language = wrapper.get('select[data-testid="language-select"]')
    expect(language.attributes('aria-label')).toBe('Language')
    await language.setValue('zh-CN')
    expect(useUiStore(pinia).locale).toBe('zh-CN')
    await flushPromises()
    expect(wrapper.find('select[data-testid="grouping-select"]').exists()).toBe(true)
    await wrapper.get('select[data-testid="theme-select"]').setValue('dark')
    expect(useUiStore(pinia).isDark).toBe(true)
    expect(document.documentElement.classList.contains('dark')).toBe(true)
  })

  it('switches language, caches the choice and hands it to main, the owner of settings (menus follow)', async () => {
    const { wrapper, invoke, pinia } = await mountApp('en')
    // The store of this test's app (the pinia an earlier app made active may linger).
    useUiStore(pinia).setLocale('zh-CN')
    await flushPromises()
    expect(wrapper.text()).toContain('工作负载')
    expect(localStorage.getItem('compute-planner.locale')).toBe('zh-CN')
    expect(invoke).toHaveBeenCalledWith(
      'updateSettings',
      'settings.set',
      expect.objectContaining({ language: 'zh-CN' })
    )
  })

  it('follows the OS theme unless the user chooses one', async () => {
    await mountApp('en')
    const ui = useUiStore()
    expect(ui.themePreference).toBe('system')
    ui.setTheme('dark')
    expect(ui.isDark).toBe(true)
    expect(localStorage.getItem('compute-planner.theme')).toBe('dark')
  })
})

describe('app shell: plan-wide undo/redo and the dirty indicator', () => {
  beforeEach(() => localStorage.clear())

  it('Ctrl/Cmd+Z undoes and Shift+Ctrl/Cmd+Z redoes in the browser; the dot shows unsaved changes', async () => {
    const { wrapper } = await mountApp('en')
    const plan = usePlanStore()
    expect(wrapper.find('[data-testid="dirty-indicator"]').exists()).toBe(false)
    plan.update((draft) => void (draft.name = 'Edited'))
    await flushPromises()
    expect(wrapper.find('[data-testid="dirty-indicator"]').exists()).toBe(true)
    expect(wrapper.get('[data-testid="plan-title"]').text()).toContain('Edited')
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true }))
    expect(plan.plan.name).toBe('')
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Z', metaKey: true, shiftKey: true }))
    expect(plan.plan.name).toBe('Edited')
    await wrapper.get('[data-testid="undo"]').trigger('click')
    expect(plan.plan.name).toBe('')
    await flushPromises()
    expect(wrapper.find('[data-testid="dirty-indicator"]').exists()).toBe(false)
  })
})
