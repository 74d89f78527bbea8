/**
 * Main owns settings.json and every window follows it (issue 18): a change made through one
 * window reaches the others — over the `settings.changed` push on the desktop, over the
 * `settings.watch` long poll on the web host — and main's own language (menus) follows.
 * Each test has its own user-data folder, so no test depends on another's settings.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { SETTINGS_CHANGED_EVENT } from '@shared/ipc/events'
import { settingsChangeSchema } from '@shared/ipc/contracts/document'
import { defaultSettings } from '@shared/schema/settings'
import { dispatch } from '../../../src/main/ipc/dispatch'
import { pushToTrustedWindows } from '../../../src/main/ipc/gate'
import { createHandlers } from '../../../src/main/services/handlers'
import { SettingsStore } from '../../../src/main/services/document/settings-store'
import { RecentFiles } from '../../../src/main/services/document/recent-files'

const folders: string[] = []
function freshUserData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cp-settings-push-'))
  folders.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('settings store: one owner, changes announced', () => {
  it('tells every subscriber of a change, with a growing revision', async () => {
    const store = new SettingsStore(freshUserData())
    const heard: { revision: number; language: string | null }[] = []
    store.subscribe((change) =>
      heard.push({ revision: change.revision, language: change.settings.language })
    )
    await store.patch({ language: 'zh-CN' })
    await store.patch({ theme: 'dark' })
    expect(heard).toEqual([
      { revision: 1, language: 'zh-CN' },
      { revision: 2, language: 'zh-CN' }
    ])
  })

  it('says nothing when a change leaves what a window shows as it was (recent files, same value)', async () => {
    const store = new SettingsStore(freshUserData())
    let heard = 0
    store.subscribe(() => heard++)
    await new RecentFiles(store, 'linux').clear()
    await store.patch({ theme: 'system' })
    expect(heard).toBe(0)
    expect(store.revision).toBe(0)
  })

  it('recovers a corrupt file to defaults, then announces the next change', async () => {
    const dir = freshUserData()
    writeFileSync(join(dir, 'settings.json'), '{"language": "zh-CN", ')
    const store = new SettingsStore(dir)
    const loaded = await store.load()
    expect(loaded.settings).toEqual(defaultSettings())
    expect(loaded.notice?.kind).toBe('corrupt')
    const heard: string[] = []
    store.subscribe((change) => heard.push(change.settings.theme))
    await store.patch({ theme: 'light' })
    expect(heard).toEqual(['light'])
  })
})

describe('web host: settings.watch carries the same change to another tab', () => {
  it('a watch after the current revision answers when another tab changes the language', async () => {
    const handlers = createHandlers({ platform: 'linux', userDataDir: freshUserData() })
    const web = { transport: 'web' as const, locale: 'en' as const }
    const call = (channel: string, payload?: unknown) =>
      dispatch(handlers, channel, payload, web, { error: () => undefined })

    const first = await call('settings.get')
    expect(first).toMatchObject({ ok: true, data: { revision: 0 } })
    let answered = false
    const watching = call('settings.watch', { after: 0 }).then((envelope) => {
      answered = true
      return envelope
    })
    await Promise.resolve()
    expect(answered).toBe(false)
    await call('settings.set', { language: 'zh-CN' })
    const envelope = await watching
    expect(envelope.ok).toBe(true)
    const change = settingsChangeSchema.parse((envelope as { data: unknown }).data)
    expect(change.revision).toBe(1)
    expect(change.settings.language).toBe('zh-CN')
    // A tab that is behind catches up at once.
    const behind = await call('settings.watch', { after: 0 })
    expect(behind).toMatchObject({ ok: true, data: { revision: 1 } })
  })

  it('a watch with no change answers with the current settings after its wait', async () => {
    const store = new SettingsStore(freshUserData())
    const change = await store.waitForChange(0, 5)
    expect(change).toEqual({ revision: 0, settings: defaultSettings() })
  })

  it('refuses a malformed watch request with a located message', async () => {
    const handlers = createHandlers({ platform: 'linux', userDataDir: freshUserData() })
    const envelope = await dispatch(
      handlers,
      'settings.watch',
      { after: -1 },
      { transport: 'web', locale: 'en' },
      { error: () => undefined }
    )
    expect(envelope).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
  })
})

describe('desktop push: only our own windows hear it', () => {
  it('sends to windows showing our bundle and skips one that navigated away', () => {
    const sent: string[] = []
    const window = (url: string) => ({
      webContents: { mainFrame: { url }, send: (event: string) => sent.push(`${url} ${event}`) }
    })
    const told = pushToTrustedWindows(
      [window('app://bundle/index.html'), window('https://evil.example/')],
      (url) => url.startsWith('app://bundle/'),
      SETTINGS_CHANGED_EVENT,
      { revision: 1, settings: defaultSettings() }
    )
    expect(told).toBe(1)
    expect(sent).toEqual(['app://bundle/index.html settings.changed'])
  })
})
