/**
 * The document area's services for one user-data folder. One instance per folder and
 * process, so the desktop layer and the channel handlers share the same settings cache and
 * write queue (two SettingsStores on one file could overwrite each other's changes).
 */
import { resolve } from 'node:path'
import { AutosaveStore } from './autosave'
import { RecentFiles } from './recent-files'
import { SettingsStore } from './settings-store'

export interface DocumentServices {
  settings: SettingsStore
  recent: RecentFiles
  autosave: AutosaveStore
}

const byFolder = new Map<string, DocumentServices>()

export function documentServicesFor(
  userDataDir: string,
  platform = process.platform
): DocumentServices {
  const key = resolve(userDataDir)
  let services = byFolder.get(key)
  if (!services) {
    const settings = new SettingsStore(key)
    services = {
      settings,
      recent: new RecentFiles(settings, platform),
      autosave: new AutosaveStore(key)
    }
    byFolder.set(key, services)
  }
  return services
}
