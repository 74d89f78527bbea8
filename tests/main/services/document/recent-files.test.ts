import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MAX_RECENT_FILES } from '@shared/schema/settings'
import { RecentFiles } from '../../../../src/main/services/document/recent-files'
import { SettingsStore } from '../../../../src/main/services/document/settings-store'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cp-recent-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** A clock that moves one minute per reading, from 2026-01-01T00:00Z. */
function clock() {
  let minute = 0
  return () => new Date(Date.UTC(2026, 0, 1, 0, minute++))
}

function file(name: string): string {
  const path = join(dir, name)
  writeFileSync(path, '{}')
  return path
}

describe('RecentFiles', () => {
  it('stores absolute paths with the time each was opened, most recent first', async () => {
    const recent = new RecentFiles(new SettingsStore(dir), 'linux', clock())
    const a = file('a.cplan')
    await recent.add(a)
    const list = await recent.add(join(dir, 'sub', '..', 'b.cplan'))
    expect(list).toEqual([
      { path: join(dir, 'b.cplan'), openedAt: '2026-01-01T00:01:00.000Z' },
      { path: a, openedAt: '2026-01-01T00:00:00.000Z' }
    ])
  })

  it('moves a file opened again to the top with its new time', async () => {
    const recent = new RecentFiles(new SettingsStore(dir), 'linux', clock())
    const [a, b] = [file('a.cplan'), file('b.cplan')]
    await recent.add(a)
    await recent.add(b)
    const list = await recent.add(a)
    expect(list.map((entry) => [entry.path, entry.openedAt])).toEqual([
      [a, '2026-01-01T00:02:00.000Z'],
      [b, '2026-01-01T00:01:00.000Z']
    ])
  })

  it('drops the oldest past the limit', async () => {
    const recent = new RecentFiles(new SettingsStore(dir), 'linux', clock())
    const paths = Array.from({ length: MAX_RECENT_FILES + 3 }, (_, index) =>
      join(dir, `${index}.cplan`)
    )
    for (const path of paths) await recent.add(path)
    const stored = (await new SettingsStore(dir).get()).recentFiles.map((entry) => entry.path)
    expect(stored).toEqual(paths.slice(3).reverse())
  })

  it('prunes entries that are gone or are folders when listed, and saves the pruned list', async () => {
    const recent = new RecentFiles(new SettingsStore(dir), 'linux', clock())
    const kept = file('kept.cplan')
    const folder = join(dir, 'folder.cplan')
    mkdirSync(folder)
    await recent.add(join(dir, 'gone.cplan'))
    await recent.add(folder)
    await recent.add(kept)
    expect((await recent.list()).map((entry) => entry.path)).toEqual([kept])
    expect((await new SettingsStore(dir).get()).recentFiles.map((entry) => entry.path)).toEqual([
      kept
    ])
  })

  it('removes an entry however its path is spelled, case-insensitively off Linux', async () => {
    const linux = new RecentFiles(new SettingsStore(join(dir, 'l')), 'linux', clock())
    await linux.add('/plans/A.cplan')
    await linux.add('/plans/b.cplan')
    await linux.remove('/plans/a.cplan')
    expect((await linux.add('/plans/c.cplan')).map((entry) => entry.path)).toEqual([
      '/plans/c.cplan',
      '/plans/b.cplan',
      '/plans/A.cplan'
    ])
    await linux.remove('/plans/x/../A.cplan')
    expect((await linux.add('/plans/c.cplan')).map((entry) => entry.path)).toEqual([
      '/plans/c.cplan',
      '/plans/b.cplan'
    ])
    const mac = new RecentFiles(new SettingsStore(join(dir, 'm')), 'darwin', clock())
    await mac.add('/Plans/A.cplan')
    await mac.remove('/plans/a.CPLAN')
    expect(await new SettingsStore(join(dir, 'm')).get()).toMatchObject({ recentFiles: [] })
  })

  it('clears the list', async () => {
    const recent = new RecentFiles(new SettingsStore(dir), 'linux', clock())
    await recent.add(file('a.cplan'))
    await recent.clear()
    expect(await recent.list()).toEqual([])
  })
})
