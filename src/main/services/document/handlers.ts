/**
 * Handlers of the 'document' channels, as both transports serve them. Channels that need a
 * desktop (paths, native dialogs, window state) are refused or ignored here; the desktop
 * app replaces exactly those with src/main/desktop/document-handlers.ts.
 */
import { ServiceError } from '@shared/ipc/envelope'
import type { DOCUMENT_CHANNELS } from '@shared/ipc/channels/document'
import { readPlanText } from '@shared/schema/plan-file'
import type { Handlers } from '../../ipc/dispatch'
import type { ServiceOptions } from '../handlers'
import { planFileErrorToServiceError } from './plan-files'
import { documentServicesFor } from './services'

export type DocumentChannel = (typeof DOCUMENT_CHANNELS)[keyof typeof DOCUMENT_CHANNELS]
export type DocumentHandlers = Pick<Handlers, DocumentChannel>

/** The channels only the desktop app can serve (it overrides them; the web host refuses or ignores them). */
export const DESKTOP_ONLY_CHANNELS = [
  'document.read',
  'document.write',
  'dialog.open',
  'dialog.save',
  'dialog.ask',
  'document.setState',
  'document.takeOpenRequests',
  'document.readSpreadsheet'
] as const satisfies readonly DocumentChannel[]

function desktopOnly(what: string): never {
  throw new ServiceError(
    'NOT_SUPPORTED',
    `${what} is only available in the desktop app; in the browser, open files with the file picker and save by download.`,
    [{ path: '(request)', message: 'desktop only', key: 'document.errors.desktopOnly', params: {} }]
  )
}

export function createDocumentHandlers(options: ServiceOptions): DocumentHandlers {
  const { settings, recent, autosave, webPlans } = documentServicesFor(
    options.userDataDir,
    options.platform as NodeJS.Platform
  )
  return {
    'document.parse': ({ text }) => {
      const result = readPlanText(text)
      if (!result.ok) throw planFileErrorToServiceError(result.error)
      return { plan: result.plan, migratedFrom: result.migratedFrom }
    },
    'document.read': () => desktopOnly('Opening a file by path'),
    'document.write': () => desktopOnly('Saving to a path'),
    'dialog.open': () => desktopOnly('The Open dialog'),
    'dialog.save': () => desktopOnly('The Save dialog'),
    // The browser asks with its own confirm(); a native question exists only on the desktop.
    'dialog.ask': () => desktopOnly('A native question'),
    // The browser shows dirty state itself (title, beforeunload) and receives no OS requests.
    'document.setState': () => null,
    'document.takeOpenRequests': () => [],
    'document.readSpreadsheet': () => desktopOnly('Reading a spreadsheet by path'),
    'autosave.write': ({ plan, filePath }) => autosave.write(plan, filePath),
    'autosave.read': () => autosave.read(),
    'autosave.discard': async () => {
      await autosave.discard()
      return null
    },
    'settings.get': async () => ({ ...(await settings.load()), revision: settings.revision }),
    'settings.set': (patch) => settings.patch(patch),
    'settings.watch': ({ after }) => settings.waitForChange(after),
    'recent.list': () => recent.list(),
    'recent.clear': async () => {
      await recent.clear()
      return null
    },
    'webPlans.keep': ({ fileName, plan }) => webPlans.keep(fileName, plan),
    'webPlans.open': ({ path }) => webPlans.open(path)
  }
}
