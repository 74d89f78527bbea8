/**
 * Which files go where when the user hands one to the app (drop on the window, double-click,
 * command line): plans open, spreadsheets go to inventory import. Shared by the desktop main
 * process and the renderer so both transports route a file the same way.
 */
import { PLAN_FILE_EXTENSION } from '../schema/plan-file-names'

/** What the importer reads. */
export const IMPORTABLE_EXTENSIONS = ['xlsx', 'csv', 'tsv'] as const

/**
 * Spreadsheets the importer cannot read but recognises, to say what to do ("save as .xlsx"):
 * routing them to import shows that message instead of "not a plan file".
 */
export const EXPLAINED_SPREADSHEET_EXTENSIONS = ['xls', 'xlsm', 'xlsb', 'ods', 'numbers'] as const

export type OpenableKind = 'plan' | 'inventory'

export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? ''
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : ''
}

/** '.cplan' → a plan to open; a spreadsheet → inventory import; anything else → null. */
export function kindOfFileName(fileName: string): OpenableKind | null {
  const extension = extensionOf(fileName)
  if (extension === PLAN_FILE_EXTENSION) return 'plan'
  if ((IMPORTABLE_EXTENSIONS as readonly string[]).includes(extension)) return 'inventory'
  if ((EXPLAINED_SPREADSHEET_EXTENSIONS as readonly string[]).includes(extension))
    return 'inventory'
  return null
}
