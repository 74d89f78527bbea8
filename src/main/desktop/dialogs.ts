/**
 * Native dialogs in the user's language: Open, Save, and the questions (unsaved changes,
 * crash recovery). Takes Electron's `dialog` as a parameter so tests pass a fake.
 */
import type { BrowserWindow, Dialog } from 'electron'
import { translate, type Locale } from '@shared/i18n'
import type { AskAnswer, AskRequest } from '@shared/ipc/contracts/document'
import type { SaveDialogPurpose } from '@shared/ipc/contracts/document'
import {
  openFilters,
  SAVE_EXTENSIONS,
  saveFilters,
  withExtension,
  type OpenableKind
} from './file-kinds'

export type DialogApi = Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>

export async function askOpenPath(
  dialog: DialogApi,
  window: BrowserWindow,
  locale: Locale,
  purpose: OpenableKind
): Promise<string | null> {
  const result = await dialog.showOpenDialog(window, {
    title: translate(
      locale,
      purpose === 'plan' ? 'document.dialogs.openTitle' : 'document.dialogs.importTitle'
    ),
    filters: openFilters(purpose, locale),
    properties: ['openFile']
  })
  return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0]
}

export async function askSavePath(
  dialog: DialogApi,
  window: BrowserWindow,
  locale: Locale,
  purpose: SaveDialogPurpose,
  suggestedName?: string
): Promise<string | null> {
  const result = await dialog.showSaveDialog(window, {
    title: translate(
      locale,
      purpose === 'plan' ? 'document.dialogs.saveTitle' : 'document.dialogs.exportTitle'
    ),
    defaultPath: suggestedName,
    filters: saveFilters(purpose, locale),
    properties: ['createDirectory', 'showOverwriteConfirmation']
  })
  if (result.canceled || !result.filePath) return null
  return withExtension(result.filePath, SAVE_EXTENSIONS[purpose])
}

/** Save / Don't Save / Cancel, as every desktop app asks it; Escape means Cancel. */
export async function askUnsaved(
  dialog: DialogApi,
  window: BrowserWindow,
  locale: Locale,
  name: string
): Promise<Extract<AskAnswer, 'save' | 'discard' | 'cancel'>> {
  const t = (key: string, params?: Record<string, string>) =>
    translate(locale, `document.dialogs.${key}`, params)
  const { response } = await dialog.showMessageBox(window, {
    type: 'warning',
    title: t('unsavedTitle'),
    message: t('unsavedMessage', { name }),
    detail: t('unsavedDetail'),
    buttons: [t('save'), t('dontSave'), t('cancel')],
    defaultId: 0,
    cancelId: 2,
    noLink: true
  })
  return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel'
}

export async function askRecovery(
  dialog: DialogApi,
  window: BrowserWindow,
  locale: Locale,
  name: string,
  savedAt: string
): Promise<Extract<AskAnswer, 'restore' | 'discard'>> {
  const t = (key: string, params?: Record<string, string>) =>
    translate(locale, `document.recovery.${key}`, params)
  const time = new Date(savedAt).toLocaleString(locale)
  const { response } = await dialog.showMessageBox(window, {
    type: 'question',
    title: t('title'),
    message: t('title'),
    detail: t('message', { name, time }),
    buttons: [t('restore'), t('discard')],
    defaultId: 0,
    // Closing the box must not throw the work away: Escape restores.
    cancelId: 0,
    noLink: true
  })
  return response === 1 ? 'discard' : 'restore'
}

export function ask(
  dialog: DialogApi,
  window: BrowserWindow,
  locale: Locale,
  request: AskRequest
): Promise<AskAnswer> {
  return request.kind === 'unsaved'
    ? askUnsaved(dialog, window, locale, request.name)
    : askRecovery(dialog, window, locale, request.name, request.savedAt)
}
