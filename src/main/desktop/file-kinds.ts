/**
 * Which files the desktop app accepts from the OS (command line, double-click, drop) and
 * offers in its dialogs. Pure: no Electron, so it is shared by every desktop module and tests.
 */
import { extname } from 'node:path'
import { translate, type Locale } from '@shared/i18n'
import type { SaveDialogPurpose } from '@shared/ipc/contracts/document'
import {
  IMPORTABLE_EXTENSIONS,
  kindOfFileName,
  type OpenableKind
} from '@shared/inventory/file-kinds'
import { PLAN_FILE_EXTENSION } from '@shared/schema/plan-file'

export type { OpenableKind }

/** '.cplan' → a plan to open; a spreadsheet → inventory import; anything else → null. */
export const kindOfPath = (path: string): OpenableKind | null => kindOfFileName(path)

export interface FileFilter {
  name: string
  extensions: string[]
}

export function openFilters(purpose: OpenableKind, locale: Locale): FileFilter[] {
  const t = (key: string) => translate(locale, `document.filters.${key}`)
  return purpose === 'plan'
    ? [
        { name: t('plan'), extensions: [PLAN_FILE_EXTENSION] },
        { name: t('all'), extensions: ['*'] }
      ]
    : [{ name: t('spreadsheet'), extensions: [...IMPORTABLE_EXTENSIONS] }]
}

/** The extension each save purpose writes. */
export const SAVE_EXTENSIONS: Record<SaveDialogPurpose, string> = {
  plan: PLAN_FILE_EXTENSION,
  quote: 'xlsx',
  quoteCsv: 'csv'
}

export function saveFilters(purpose: SaveDialogPurpose, locale: Locale): FileFilter[] {
  const name = translate(
    locale,
    `document.filters.${purpose === 'plan' ? 'plan' : purpose === 'quote' ? 'workbook' : 'csv'}`
  )
  return [{ name, extensions: [SAVE_EXTENSIONS[purpose]] }]
}

/** Linux dialogs do not add the extension of the chosen filter; make sure the file has it. */
export function withExtension(path: string, extension: string): string {
  return extname(path).toLowerCase() === `.${extension}` ? path : `${path}.${extension}`
}
