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

export class SettingsStore {
  readonly path: string
  private cached: SettingsLoadResult | null = null
  private writing: Promise<unknown> = Promise.resolve()

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
      return next
    })
    this.writing = task.catch(() => undefined)
    return task
  }

  patch(patch: SettingsPatch): Promise<AppSettings> {
    return this.update((current) => applySettingsPatch(current, patch))
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
