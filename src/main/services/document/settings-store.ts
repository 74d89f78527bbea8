/**
 * userData/settings.json. Loading never fails: a damaged file is set aside (renamed to
 * `settings.corrupt-<time>.json`, so nothing is silently lost) and defaults are used, with a
 * notice the renderer shows once. Writes are atomic and serialised.
 */
import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import {
  applySettingsPatch,
  defaultSettings,
  recoverSettings,
  type AppSettings,
  type SettingsLoadResult,
  type SettingsPatch
} from '@shared/schema/settings'
import { readJsonFile, writeJsonFile } from '../files/json-file'

export const SETTINGS_FILE_NAME = 'settings.json'
const MAX_SETTINGS_BYTES = 4 * 1024 * 1024
/** How long a `settings.watch` call waits for a change before answering with what is current. */
export const SETTINGS_WATCH_TIMEOUT_MS = 25_000

/** What every open window is told after a change: main owns settings, windows follow. */
export interface SettingsChange {
  /** Counts changes in this process; a watcher asks for "after revision N". */
  revision: number
  settings: AppSettings
}
export type SettingsListener = (change: SettingsChange) => void

/** The part of the settings a window shows (recent files are the desktop menu's business). */
function userFacing(settings: AppSettings): string {
  const { recentFiles: _recent, ...rest } = settings
  void _recent
  return JSON.stringify(rest)
}

export class SettingsStore {
  readonly path: string
  private cached: SettingsLoadResult | null = null
  private writing: Promise<unknown> = Promise.resolve()
  private listeners = new Set<SettingsListener>()
  /** Bumped on every change a window can see; 0 until the first one. */
  revision = 0

  constructor(userDataDir: string) {
    this.path = join(userDataDir, SETTINGS_FILE_NAME)
  }

  /** The settings, read once per run; the first answer carries any recovery notice. */
  async load(): Promise<SettingsLoadResult> {
    if (this.cached) return this.cached
    const read = await readJsonFile(this.path, MAX_SETTINGS_BYTES)
    if (read.state === 'missing') {
      this.cached = { settings: defaultSettings() }
    } else if (read.state === 'corrupt') {
      const keptAs = await this.setAside()
      this.cached = {
        settings: defaultSettings(),
        notice: {
          kind: 'corrupt',
          fields: [],
          issues: [{ path: keptAs ?? this.path, message: read.detail }]
        }
      }
    } else {
      this.cached = recoverSettings(read.value)
      if (this.cached.notice?.kind === 'corrupt') await this.setAside()
    }
    return this.cached
  }

  async get(): Promise<AppSettings> {
    return (await this.load()).settings
  }

  /** Applies a change and writes the file; answers the new settings. */
  async update(change: (current: AppSettings) => AppSettings): Promise<AppSettings> {
    const task = this.writing.then(async () => {
      const loaded = await this.load()
      const next = change(loaded.settings)
      await writeJsonFile(this.path, next)
      // The notice has been shown by now; a rewritten file has nothing left to report.
      this.cached = { settings: next }
      if (userFacing(next) !== userFacing(loaded.settings)) this.notify(next)
      return next
    })
    this.writing = task.catch(() => undefined)
    return task
  }

  patch(patch: SettingsPatch): Promise<AppSettings> {
    return this.update((current) => applySettingsPatch(current, patch))
  }

  /** The settings and their revision, for a window that starts or catches up. */
  async current(): Promise<SettingsChange> {
    return { revision: this.revision, settings: await this.get() }
  }

  /** Called after every change a window can see; answers the unsubscribe function. */
  subscribe(listener: SettingsListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /**
   * Long poll (the web host's push): answers as soon as the revision is past `after`, or
   * with the current settings after `timeoutMs`, so a browser tab learns of a change made
   * in another tab or window without polling the file.
   */
  async waitForChange(
    after: number,
    timeoutMs = SETTINGS_WATCH_TIMEOUT_MS
  ): Promise<SettingsChange> {
    if (this.revision > after) return this.current()
    return new Promise((resolve) => {
      const done = (change: SettingsChange) => {
        clearTimeout(timer)
        stop()
        resolve(change)
      }
      const stop = this.subscribe(done)
      const timer = setTimeout(() => void this.current().then(done), timeoutMs)
    })
  }

  private notify(settings: AppSettings): void {
    this.revision++
    const change = { revision: this.revision, settings }
    for (const listener of [...this.listeners]) {
      try {
        listener(change)
      } catch {
        // One broken window must not stop the others from hearing of the change.
      }
    }
  }

  private async setAside(): Promise<string | null> {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    const keptAs = this.path.replace(/\.json$/, `.corrupt-${stamp}.json`)
    try {
      await fs.rename(this.path, keptAs)
      return keptAs
    } catch {
      return null
    }
  }
}
