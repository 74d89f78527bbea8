/**
 * The in-app recent files list (most recent first, at most MAX_RECENT_FILES), kept in the
 * settings file. Files that no longer exist are pruned whenever the list is read.
 */
import { promises as fs } from 'node:fs'
import { resolve } from 'node:path'
import { MAX_RECENT_FILES, type RecentFile } from '@shared/schema/settings'
import type { SettingsStore } from './settings-store'

async function exists(path: string): Promise<boolean> {
  try {
    return (await fs.stat(path)).isFile()
  } catch {
    return false
  }
}

/** Windows and macOS file systems are case-insensitive: one file, one entry. */
function samePath(a: string, b: string, platform: string): boolean {
  return platform === 'linux' ? a === b : a.toLowerCase() === b.toLowerCase()
}

export class RecentFiles {
  constructor(
    private readonly settings: SettingsStore,
    private readonly platform: string = process.platform,
    private readonly now: () => Date = () => new Date()
  ) {}

  async add(path: string): Promise<RecentFile[]> {
    const absolute = resolve(path)
    const settings = await this.settings.update((current) => ({
      ...current,
      recentFiles: [
        { path: absolute, openedAt: this.now().toISOString() },
        ...current.recentFiles.filter((entry) => !samePath(entry.path, absolute, this.platform))
      ].slice(0, MAX_RECENT_FILES)
    }))
    return settings.recentFiles
  }

  /** The list with missing files removed (and the pruned list saved). */
  async list(): Promise<RecentFile[]> {
    const { recentFiles } = await this.settings.get()
    const present = await Promise.all(recentFiles.map((entry) => exists(entry.path)))
    const kept = recentFiles.filter((_, i) => present[i])
    if (kept.length === recentFiles.length) return recentFiles
    const keptPaths = new Set(kept.map((entry) => entry.path))
    const settings = await this.settings.update((current) => ({
      ...current,
      recentFiles: current.recentFiles.filter((entry) => keptPaths.has(entry.path))
    }))
    return settings.recentFiles
  }

  async remove(path: string): Promise<void> {
    // Resolved as `add` stores it: `/plans/x/../a.cplan` is the entry `/plans/a.cplan`.
    const absolute = resolve(path)
    await this.settings.update((current) => ({
      ...current,
      recentFiles: current.recentFiles.filter((e) => !samePath(e.path, absolute, this.platform))
    }))
  }

  async clear(): Promise<void> {
    await this.settings.update((current) => ({ ...current, recentFiles: [] }))
  }
}
