/**
 * main.ts, the renderer's boot: the app with pinia, the router and i18n, mounted on #app in
 * the language and theme cached for the first paint (main's settings come later), the dark
 * theme's chunk fetched before a dark window mounts, and the window opening all the same
 * when that chunk fails.
 *
 * main.ts runs on import, so each test imports it afresh (vi.resetModules) with the API of
 * that same module graph installed first; main never answers `settings.get` here, so what
 * the window shows is what the boot chose.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { App } from 'vue'
import { darkTheme, lightTheme } from 'naive-ui'
import type { Envelope } from '@shared/ipc/envelope'

let root: HTMLElement

beforeEach(() => {
  localStorage.clear()
  root = document.createElement('div')
  root.id = 'app'
  document.body.append(root)
})

afterEach(() => {
  ;(root as HTMLElement & { __vue_app__?: App }).__vue_app__?.unmount()
  root.remove()
  vi.doUnmock('@renderer/lib/dark-theme')
})

// The renderer project shares one module graph across files (isolate: false): leave the next
// file a fresh one, not the graph of the last boot (whose dark-theme chunk failed).
afterAll(() => vi.resetModules())

/**
 * Imports main.ts in a fresh module graph and resolves with the shell's background colour at
 * the moment the app first put its page into #app (the first paint).
 */
async function boot(): Promise<{ firstBackground: string }> {
  vi.resetModules()
  const { createApi, installApi } = await import('@renderer/api')
  installApi(
    createApi(async (_method: string, channel: string): Promise<Envelope<unknown>> =>
      channel === 'settings.get' || channel === 'settings.watch'
        ? new Promise<never>(() => undefined)
        : { ok: true, data: channel === 'recent.list' ? [] : null }
    )
  )
  const painted = new Promise<string>((resolve) => {
    const observer = new MutationObserver(() => {
      const shell = root.querySelector<HTMLElement>('.shell')
      if (!shell) return
      observer.disconnect()
      resolve(shell.style.getPropertyValue('--shell-background'))
    })
    observer.observe(root, { childList: true, subtree: true })
  })
  await import('@renderer/main')
  return { firstBackground: await painted }
}

describe('main.ts', () => {
  it('mounts the app on #app with its router, stores and i18n: the Scenario step', async () => {
    await boot()
    // The router's first route (/ → /scenario) is the Scenario step, read from the stores.
    const scenario = () => root.querySelector('[data-testid="nav-scenario"]')
    await vi.waitFor(() => expect(scenario()?.getAttribute('aria-current')).toBe('step'))
    expect(root.querySelector('h1.brand')!.textContent).toBe('Compute Planner')
    expect(root.querySelector('.wizard-nav')).not.toBeNull()
    expect(window.location.hash).toBe('#/scenario')
  })

  it('paints first in the cached language and light theme (no dark chunk fetched)', async () => {
    localStorage.setItem('compute-planner.locale', 'zh-CN')
    localStorage.setItem('compute-planner.theme', 'light')
    const fetched = vi.fn()
    vi.doMock('@renderer/lib/dark-theme', () => {
      fetched()
      return { darkTheme }
    })
    const { firstBackground } = await boot()
    expect(firstBackground).toBe(lightTheme.common!.bodyColor)
    expect(root.querySelector('h1.brand')!.textContent).toBe('算力规划器')
    expect(document.documentElement.lang).toBe('zh-CN')
    expect(fetched).not.toHaveBeenCalled()
  })

  it('a window cached dark fetches the dark theme before it mounts: never painted light', async () => {
    localStorage.setItem('compute-planner.theme', 'dark')
    const { firstBackground } = await boot()
    expect(firstBackground).toBe(darkTheme.common!.bodyColor)
    expect(document.documentElement.classList.contains('dark')).toBe(true)
  })

  it('still opens the window, light, when the dark theme’s chunk fails to load', async () => {
    localStorage.setItem('compute-planner.theme', 'dark')
    vi.doMock('@renderer/lib/dark-theme', () => {
      throw new Error('chunk failed to load')
    })
    const { firstBackground } = await boot()
    expect(firstBackground).toBe(lightTheme.common!.bodyColor)
    expect(root.querySelector('h1.brand')!.textContent).toBe('Compute Planner')
  })
})
