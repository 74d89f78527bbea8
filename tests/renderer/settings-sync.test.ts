/**
 * One source for settings (issue 18), the renderer's side: the window paints with its
 * localStorage cache, then follows main — at start and after every change announced by
 * main (the desktop's push, the web host's long poll) — and sends its own choices to main.
 */
import { flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createApi, installApi } from '@renderer/api'
import { watchSettingsOverWeb } from '@renderer/api/settings-feed'
import { startSettingsSync } from '@renderer/composables/settings-sync'
import { initialLocale } from '@renderer/i18n'
import { useDocumentStore } from '@renderer/stores/document'
import { useUiStore } from '@renderer/stores/ui'
import type { SettingsChangePayload } from '@shared/ipc/contracts/document'
import type { Envelope } from '@shared/ipc/envelope'
import { defaultSettings, type AppSettings } from '@shared/schema/settings'

function deferred<T>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((done) => (resolve = done))
  return { promise, resolve }
}

/** A fake host: settings.get answers `start`; each settings.watch waits for the test to answer it. */
function fakeHost(start: AppSettings) {
  const watches: { after: number; answer: (change: SettingsChangePayload) => void }[] = []
  const invoke = vi.fn(
    async (_method: string, channel: string, request: unknown): Promise<Envelope<unknown>> => {
      if (channel === 'settings.get') return { ok: true, data: { settings: start, revision: 3 } }
      if (channel === 'settings.set')
        return { ok: true, data: { ...start, ...(request as object) } }
      if (channel === 'settings.watch') {
        const reply = deferred<SettingsChangePayload>()
        watches.push({ after: (request as { after: number }).after, answer: reply.resolve })
        return { ok: true, data: await reply.promise }
      }
      return { ok: true, data: null }
    }
  )
  installApi(createApi(invoke))
  return { invoke, watches }
}

let stop: (() => void) | undefined
beforeEach(() => {
  localStorage.clear()
  setActivePinia(createPinia())
})
afterEach(() => {
  stop?.()
  stop = undefined
  delete window.computePlanner
})

describe('first paint uses the cache', () => {
  it('language and theme come from localStorage before main has answered', () => {
    localStorage.setItem('compute-planner.locale', 'zh-CN')
    localStorage.setItem('compute-planner.theme', 'dark')
    // No API at all: nothing main says can have been read yet.
    expect(initialLocale(localStorage, 'en-US')).toBe('zh-CN')
    const ui = useUiStore()
    expect(ui.themePreference).toBe('dark')
    expect(ui.isDark).toBe(true)
  })
})

describe('the window follows main', () => {
  it('applies main settings at start over the cache, and caches them for the next first paint', async () => {
    localStorage.setItem('compute-planner.theme', 'light')
    fakeHost({ ...defaultSettings(), language: 'zh-CN', theme: 'dark' })
    const ui = useUiStore()
    ui.setLocale('en')
    stop = await startSettingsSync()
    expect(ui.locale).toBe('zh-CN')
    expect(ui.themePreference).toBe('dark')
    expect(localStorage.getItem('compute-planner.locale')).toBe('zh-CN')
    expect(localStorage.getItem('compute-planner.theme')).toBe('dark')
  })

  it('a change made in another tab reaches this one (web host long poll) without being echoed back', async () => {
    const host = fakeHost({ ...defaultSettings(), language: 'en' })
    const ui = useUiStore()
    ui.setLocale('en')
    stop = await startSettingsSync()
    await flushPromises()
    expect(host.watches.map((watch) => watch.after)).toEqual([3])
    host.watches[0].answer({
      revision: 4,
      settings: { ...defaultSettings(), language: 'zh-CN', theme: 'dark', companyName: 'Acme' }
    })
    await flushPromises()
    expect(ui.locale).toBe('zh-CN')
    expect(ui.themePreference).toBe('dark')
    expect(useDocumentStore().settings?.companyName).toBe('Acme')
    expect(host.invoke).not.toHaveBeenCalledWith(
      'updateSettings',
      'settings.set',
      expect.anything()
    )
    // It asks again, after the revision it now has.
    expect(host.watches.map((watch) => watch.after)).toEqual([3, 4])
  })

  it('a change in another desktop window arrives over the settings.changed push', async () => {
    fakeHost({ ...defaultSettings(), language: 'en' })
    let push: ((change: SettingsChangePayload) => void) | undefined
    window.computePlanner = {
      onSettingsChanged: (listener: (change: SettingsChangePayload) => void) => {
        push = listener
        return () => (push = undefined)
      }
    } as unknown as NonNullable<typeof window.computePlanner>
    const ui = useUiStore()
    ui.setLocale('en')
    stop = await startSettingsSync()
    push?.({ revision: 4, settings: { ...defaultSettings(), language: 'zh-CN' } })
    await flushPromises()
    expect(ui.locale).toBe('zh-CN')
    stop()
    stop = undefined
    expect(push).toBeUndefined()
  })

  it('a choice made in this window goes to main', async () => {
    const host = fakeHost({ ...defaultSettings(), language: 'en' })
    const ui = useUiStore()
    ui.setLocale('en')
    stop = await startSettingsSync()
    ui.setTheme('dark')
    await flushPromises()
    expect(host.invoke).toHaveBeenCalledWith('updateSettings', 'settings.set', {
      language: 'en',
      theme: 'dark'
    })
  })
})

describe('the web long poll', () => {
  it('takes a lower revision as new (the host restarted) and asks again after a failure', async () => {
    vi.useFakeTimers()
    try {
      const answers: (SettingsChangePayload | Error)[] = [
        { revision: 5, settings: defaultSettings() },
        new Error('host restarting'),
        { revision: 1, settings: { ...defaultSettings(), theme: 'dark' } }
      ]
      const asked: number[] = []
      const heard: number[] = []
      let pending: Promise<unknown> = Promise.resolve()
      const stopWatch = watchSettingsOverWeb(
        {
          watchSettings: ({ after }) => {
            asked.push(after)
            const answer = answers.shift()
            if (answer === undefined) return new Promise(() => undefined)
            pending = answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer)
            return pending as Promise<SettingsChangePayload>
          }
        },
        2,
        (change) => heard.push(change.revision),
        1000
      )
      await vi.advanceTimersByTimeAsync(0)
      expect(heard).toEqual([5])
      expect(asked).toEqual([2, 5])
      await vi.advanceTimersByTimeAsync(1000)
      expect(asked).toEqual([2, 5, 5, 1])
      expect(heard).toEqual([5, 1])
      stopWatch()
    } finally {
      vi.useRealTimers()
    }
  })
})
