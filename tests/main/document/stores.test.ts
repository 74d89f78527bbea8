import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PLAN_VERSION } from '@shared/schema/plan'
import { defaultSettings } from '@shared/schema/settings'
import { AutosaveStore } from '../../../src/main/services/document/autosave'
import { RecentFiles } from '../../../src/main/services/document/recent-files'
import { SettingsStore } from '../../../src/main/services/document/settings-store'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cp-stores-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const plan = (name: string) => ({
  format: 'compute-planner/plan',
  version: PLAN_VERSION,
  name,
  workloads: []
})

describe('settings store', () => {
  it('starts from defaults and persists a change atomically', async () => {
    const store = new SettingsStore(dir)
    expect(await store.load()).toEqual({ settings: defaultSettings() })
    await store.patch({ companyName: 'Acme', theme: 'dark' })
    const reread = new SettingsStore(dir)
    expect(await reread.get()).toMatchObject({ companyName: 'Acme', theme: 'dark' })
    expect(readdirSync(dir)).toEqual(['settings.json'])
  })

  it('a corrupted file: defaults, a notice, and the damaged file kept aside', async () => {
    writeFileSync(join(dir, 'settings.json'), '{"theme": "dark", ')
    const store = new SettingsStore(dir)
    const loaded = await store.load()
    expect(loaded.settings).toEqual(defaultSettings())
    expect(loaded.notice?.kind).toBe('corrupt')
    const kept = readdirSync(dir).filter((name) => name.startsWith('settings.corrupt-'))
    expect(kept).toHaveLength(1)
    expect(readFileSync(join(dir, kept[0]), 'utf8')).toBe('{"theme": "dark", ')
    // The app keeps working: the next change writes a fresh, valid file.
    await store.patch({ theme: 'light' })
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')).theme).toBe('light')
  })

  it('an invalid field is reset alone, with a notice naming it', async () => {
    writeFileSync(
      join(dir, 'settings.json'),
      JSON.stringify({ version: 1, pue: 'high', companyName: 'Kept' })
    )
    const loaded = await new SettingsStore(dir).load()
    expect(loaded.settings).toMatchObject({ pue: 1.3, companyName: 'Kept' })
    expect(loaded.notice).toMatchObject({ kind: 'fieldsReset', fields: ['pue'] })
  })

  it('serialises concurrent changes (none is lost)', async () => {
    const store = new SettingsStore(dir)
    await Promise.all([
      store.patch({ companyName: 'A' }),
      store.patch({ theme: 'dark' }),
      store.patch({ currency: 'USD' })
    ])
    expect(await new SettingsStore(dir).get()).toMatchObject({
      companyName: 'A',
      theme: 'dark',
      currency: 'USD'
    })
  })
})

describe('recent files', () => {
  it('most recent first, without duplicates, missing files pruned', async () => {
    const settings = new SettingsStore(dir)
    const recent = new RecentFiles(settings, 'linux')
    const a = join(dir, 'a.cplan')
    const b = join(dir, 'b.cplan')
    writeFileSync(a, '{}')
    writeFileSync(b, '{}')
    await recent.add(a)
    await recent.add(b)
    await recent.add(a)
    expect((await recent.list()).map((r) => r.path)).toEqual([a, b])
    rmSync(b)
    expect((await recent.list()).map((r) => r.path)).toEqual([a])
    expect((await new SettingsStore(dir).get()).recentFiles.map((r) => r.path)).toEqual([a])
    await recent.clear()
    expect(await recent.list()).toEqual([])
  })

  it('treats paths case-insensitively on Windows and macOS', async () => {
    const recent = new RecentFiles(new SettingsStore(dir), 'win32')
    await recent.add('C:\\Plans\\A.cplan')
    const list = await recent.add('c:\\plans\\a.cplan')
    expect(list).toHaveLength(1)
  })

  it('keeps at most 12 entries', async () => {
    const recent = new RecentFiles(new SettingsStore(dir), 'linux')
    for (let i = 0; i < 15; i++) await recent.add(join(dir, `${i}.cplan`))
    expect((await new SettingsStore(dir).get()).recentFiles).toHaveLength(12)
  })
})

describe('autosave', () => {
  it('writes, reads back and discards the working plan', async () => {
    const store = new AutosaveStore(dir, () => new Date('2026-01-02T03:04:05Z'))
    expect(await store.read()).toBeNull()
    await store.write(plan('Working') as never, '/plans/a.cplan')
    expect(await store.read()).toMatchObject({
      plan: { name: 'Working' },
      filePath: '/plans/a.cplan',
      savedAt: '2026-01-02T03:04:05.000Z',
      issues: []
    })
    await store.discard()
    expect(await store.read()).toBeNull()
  })

  it('still offers a recovered plan whose fields are invalid, with the issues', async () => {
    const store = new AutosaveStore(dir)
    await store.write({ ...plan('Half-typed'), settings: { pue: 0 } } as never, null)
    const entry = await store.read()
    expect(entry?.plan.name).toBe('Half-typed')
    expect(entry?.issues.map((i) => i.path)).toEqual(['settings.pue'])
  })

  it('discards an unreadable copy instead of offering it', async () => {
    const store = new AutosaveStore(dir)
    mkdirSync(join(dir, 'autosave'), { recursive: true })
    writeFileSync(store.path, '{"plan": {"format": "compute-planner/plan", "version": 99}}')
    expect(await store.read()).toBeNull()
    expect(existsSync(store.path)).toBe(false)
    writeFileSync(store.path, 'garbage')
    expect(await store.read()).toBeNull()
  })
})
