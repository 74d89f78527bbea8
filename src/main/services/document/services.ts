/**
 * The document area's services for one user-data folder. One instance per folder and
 * process, so the desktop layer and the channel handlers share the same settings cache and
 * write queue (two SettingsStores on one file could overwrite each other's changes).
 */
import { resolve } from 'node:path'
import { AutosaveStore } from './autosave'
import { RecentFiles } from './recent-files'
import { SettingsStore } from './settings-store'
import { WebPlans } from './web-plans'

export interface DocumentServices {
  settings: SettingsStore
  recent: RecentFiles
  autosave: AutosaveStore
  /** The web host's own plans folder (what its recent list can reopen). */
  webPlans: WebPlans
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
    const recent = new RecentFiles(settings, platform)
    services = {
      settings,
      recent,
      autosave: new AutosaveStore(key),
      webPlans: new WebPlans(key, recent, platform)
    }
    byFolder.set(key, services)
  }
  return services
}
