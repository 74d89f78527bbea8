import { mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defaultSettings } from '@shared/schema/settings'
import {
  SETTINGS_FILE_NAME,
  SettingsStore
} from '../../../../src/main/services/document/settings-store'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cp-settings-store-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const asideFiles = () => readdirSync(dir).filter((name) => name.startsWith('settings.corrupt-'))

describe('SettingsStore loading', () => {
  it('sets aside a file too large to be settings, without reading it', async () => {
    writeFileSync(join(dir, SETTINGS_FILE_NAME), '{}')
    truncateSync(join(dir, SETTINGS_FILE_NAME), 4 * 1024 * 1024 + 1)
    const loaded = await new SettingsStore(dir).load()
    expect(loaded.settings).toEqual(defaultSettings())
    expect(loaded.notice?.kind).toBe('corrupt')
    expect(loaded.notice?.issues[0].message).toBe('larger than 4194304 bytes')
    expect(asideFiles()).toHaveLength(1)
  })

  it('sets aside JSON that is not a settings object, naming where it was kept', async () => {
    writeFileSync(join(dir, SETTINGS_FILE_NAME), '[1, 2]')
    const loaded = await new SettingsStore(dir).load()
    expect(loaded.settings).toEqual(defaultSettings())
    expect(loaded.notice?.kind).toBe('corrupt')
    expect(asideFiles()).toHaveLength(1)
  })

  it('reads the file once per run, and reports the notice until the next write', async () => {
    writeFileSync(join(dir, SETTINGS_FILE_NAME), 'not json')
    const store = new SettingsStore(dir)
    const first = await store.load()
    writeFileSync(join(dir, SETTINGS_FILE_NAME), JSON.stringify({ companyName: 'Changed' }))
    expect(await store.load()).toBe(first)
    await store.patch({ theme: 'dark' })
    expect((await store.load()).notice).toBeUndefined()
  })
})

describe('SettingsStore updates', () => {
  it('survives a change that throws: nothing written, nobody told, later changes still apply', async () => {
    const store = new SettingsStore(dir)
    const listener = vi.fn()
    store.subscribe(listener)
    await expect(
      store.update(() => {
        throw new Error('bad change')
      })
    ).rejects.toThrow('bad change')
    expect(readdirSync(dir)).toEqual([])
    expect(listener).not.toHaveBeenCalled()
    await store.patch({ companyName: 'After' })
    expect(listener).toHaveBeenCalledTimes(1)
    expect(store.revision).toBe(1)
  })

  it('keeps the settings it had when the file cannot be written', async () => {
    const store = new SettingsStore(join(dir, 'blocked'))
    // A file where the folder should be: the write fails.
    writeFileSync(join(dir, 'blocked'), '')
    await expect(store.patch({ companyName: 'Lost' })).rejects.toThrow()
    expect((await store.get()).companyName).toBe(defaultSettings().companyName)
    expect(store.revision).toBe(0)
  })

  it('tells every listener even when one throws, and stops telling one that unsubscribed', async () => {
    const store = new SettingsStore(dir)
    const broken = vi.fn(() => {
      throw new Error('window gone')
    })
    const kept = vi.fn()
    const leaving = vi.fn()
    store.subscribe(broken)
    store.subscribe(kept)
    const unsubscribe = store.subscribe(leaving)
    await store.patch({ theme: 'dark' })
    unsubscribe()
    await store.patch({ theme: 'light' })
    expect(broken).toHaveBeenCalledTimes(2)
    expect(kept.mock.calls.map(([change]) => [change.revision, change.settings.theme])).toEqual([
      [1, 'dark'],
      [2, 'light']
    ])
    expect(leaving).toHaveBeenCalledTimes(1)
  })

  it('answers a watcher behind the current revision at once', async () => {
    const store = new SettingsStore(dir)
    await store.patch({ companyName: 'A' })
    await expect(store.waitForChange(0, 60_000)).resolves.toMatchObject({
      revision: 1,
      settings: { companyName: 'A' }
    })
  })
})
