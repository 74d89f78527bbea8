/**
 * The desktop versions of the channels that need paths, native dialogs or the window. They
 * replace the web-safe defaults of services/document/handlers.ts in the Electron app only;
 * the file work itself is the same service code (openPlanFile, savePlanFile).
 */
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { BrowserWindow } from 'electron'
import { ServiceError } from '@shared/ipc/envelope'
import type { Locale } from '@shared/i18n'
import type { Handlers } from '../ipc/dispatch'
import type { DocumentHandlers } from '../services/document/handlers'
import { writeQuoteFile } from '../services/quote/export-quote'
import { openPlanFile, savePlanFile } from '../services/document/plan-files'
import type { DocumentServices } from '../services/document/services'
import { LIMITS as INVENTORY_LIMITS } from '../services/inventory/limits'
import { kindOfPath } from './file-kinds'
import { ask, askOpenPath, askSavePath, type DialogApi } from './dialogs'
import type { OpenRequestQueue } from './open-requests'
import type { PathGrants } from './path-grants'

type DesktopChannel =
  | 'document.read'
  | 'document.write'
  | 'dialog.open'
  | 'dialog.save'
  | 'dialog.ask'
  | 'document.setState'
  | 'document.takeOpenRequests'
  | 'document.readSpreadsheet'

export interface DesktopDocumentDeps {
  services: DocumentServices
  dialog: DialogApi
  grants: PathGrants
  openRequests: OpenRequestQueue
  window(): BrowserWindow | null
  locale(): Locale
  /** After a plan was opened or saved at `path`: OS recent documents, Recent menu. */
  onDocumentUsed(path: string): Promise<void>
  onDocumentState(state: Parameters<DocumentHandlers['document.setState']>[0]): void
}

function noWindow(): never {
  throw new ServiceError('CANCELLED', 'There is no window to show the dialog in.')
}

async function isAllowed(deps: DesktopDocumentDeps, path: string): Promise<boolean> {
  if (deps.grants.has(path)) return true
  // The in-app recent list is the user's own earlier choice.
  const recent = await deps.services.recent.list()
  return recent.some((entry) => entry.path === path)
}

/**
 * A spreadsheet's bytes for the importer, as the browser's file picker would hand them over.
 * Only a path the user chose (dialog, drop, double-click), only .xlsx/.csv, and never more
 * than the importer accepts: it refuses larger files anyway, so do not read them.
 */
async function readSpreadsheet(path: string): Promise<{ fileName: string; dataBase64: string }> {
  const fileName = basename(path)
  if (kindOfPath(path) !== 'inventory')
    throw new ServiceError(
      'BAD_REQUEST',
      `${fileName}: only .xlsx and .csv files can be imported into the inventory.`
    )
  let size: number
  try {
    const info = await stat(path)
    if (!info.isFile()) throw new ServiceError('NOT_FOUND', `${path}: not a file.`)
    size = info.size
  } catch (error) {
    if (error instanceof ServiceError) throw error
    throw new ServiceError('NOT_FOUND', `${path}: the file cannot be found or read.`)
  }
  if (size > INVENTORY_LIMITS.maxFileBytes)
    throw new ServiceError(
      'FILE_TOO_LARGE',
      `${fileName}: ${Math.ceil(size / 1e6)} MB is over the import limit of ${INVENTORY_LIMITS.maxFileBytes / 1e6} MB; split the sheet or remove unused columns.`
    )
  try {
    return { fileName, dataBase64: (await readFile(path)).toString('base64') }
  } catch {
    throw new ServiceError('NOT_FOUND', `${path}: the file cannot be read (is it open elsewhere?).`)
  }
}

function notChosen(path: string): ServiceError {
  return new ServiceError(
    'BAD_REQUEST',
    `${path}: this file was not chosen by the user (pick it with Open or Save As).`
  )
}

export function createDesktopDocumentHandlers(
  deps: DesktopDocumentDeps
): Pick<DocumentHandlers, DesktopChannel> & Pick<Handlers, 'quote.writeFile'> {
  return {
    'quote.writeFile': async ({ path, ...job }) => {
      if (!deps.grants.has(path)) throw notChosen(path)
      const output = await writeQuoteFile(path, { ...job, locale: deps.locale() })
      return {
        path,
        fileName: output.fileName,
        mimeType: output.mimeType,
        byteLength: output.bytes.byteLength,
        totals: output.totals
      }
    },
    'document.read': async ({ path }) => {
      if (!(await isAllowed(deps, path))) throw notChosen(path)
      try {
        const opened = await openPlanFile(path)
        deps.grants.grant(path)
        await deps.onDocumentUsed(path)
        return opened
      } catch (error) {
        // A recent entry that no longer opens is dropped from the list.
        if (error instanceof ServiceError && error.code === 'NOT_FOUND') {
          await deps.services.recent.remove(path)
        }
        throw error
      }
    },
    'document.write': async ({ path, plan }) => {
      if (!deps.grants.has(path)) throw notChosen(path)
      const saved = await savePlanFile(path, plan)
      await deps.onDocumentUsed(path)
      return saved
    },
    'dialog.open': async ({ purpose }) => {
      const window = deps.window() ?? noWindow()
      const path = await askOpenPath(deps.dialog, window, deps.locale(), purpose)
      if (!path) return null
      deps.grants.grant(path)
      return { path }
    },
    'dialog.save': async ({ purpose, suggestedName }) => {
      const window = deps.window() ?? noWindow()
      const path = await askSavePath(deps.dialog, window, deps.locale(), purpose, suggestedName)
      if (!path) return null
      deps.grants.grant(path)
      return { path }
    },
    'dialog.ask': async (request) =>
      ask(deps.dialog, deps.window() ?? noWindow(), deps.locale(), request),
    'document.setState': (state) => {
      deps.onDocumentState(state)
      return null
    },
    'document.readSpreadsheet': async ({ path }) => {
      if (!deps.grants.has(path)) throw notChosen(path)
      return readSpreadsheet(path)
    },
    'document.takeOpenRequests': () => {
      const requests = deps.openRequests.take()
      for (const request of requests) deps.grants.grant(request.path)
      return requests
    }
  }
}
