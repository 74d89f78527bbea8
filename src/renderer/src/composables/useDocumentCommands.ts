/**
 * Wires the document store to the app: native-menu commands (desktop) and Ctrl/Cmd+N/O/S,
 * Shift+S (browser), the window title with its unsaved marker, `beforeunload` (browser),
 * autosave every 30 s and on blur, the recovery question at start-up, files the OS asks us
 * to open, drops on the page (browser), and the user's language/theme in the settings file.
 * Call once, from App.vue's setup.
 */
import { onBeforeUnmount, onMounted, watch, watchEffect } from 'vue'
import { translate } from '@shared/i18n'
import type { Discrete } from '../lib/discrete'
import type { MenuCommand } from '@shared/ipc/events'
import { kindOfFileName } from '@shared/inventory/file-kinds'
import { detectTransport, onMenuCommand, useApi, type Api } from '../api'
import { useDocumentStore, type DocumentPrompts } from '../stores/document'
import {
  createBrowserPlatform,
  createDesktopPlatform,
  downloadText,
  pickFileWithInput,
  type DocumentPlatform
} from '../stores/document-platform'
import { usePlanStore } from '../stores/plan'
import { unsavedDialogOptions } from '../lib/unsaved-dialog'
import { startSettingsSync } from './settings-sync'
import { useUiStore } from '../stores/ui'

export const AUTOSAVE_INTERVAL_MS = 30_000

export type DocumentShortcut = 'new' | 'open' | 'save' | 'saveAs'

/** Ctrl/Cmd+N, O, S and Shift+S (the browser has no native menu to own these). */
export function documentShortcut(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>
): DocumentShortcut | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null
  const key = event.key.toLowerCase()
  if (key === 's') return event.shiftKey ? 'saveAs' : 'save'
  if (event.shiftKey) return null
  if (key === 'n') return 'new'
  if (key === 'o') return 'open'
  return null
}

/** Messages as toasts; questions natively on the desktop, as page dialogs in the browser. */
function createPrompts(
  transport: 'electron' | 'web',
  api: Api,
  discrete: () => Promise<Discrete>,
  t: (key: string, params?: Record<string, string | number>) => string
): DocumentPrompts {
  const notify: DocumentPrompts['notify'] = (kind, text) => {
    void discrete().then(({ message }) =>
      message[kind](text, { duration: kind === 'error' ? 8000 : 3000, closable: true })
    )
  }
  if (transport === 'electron') {
    return {
      notify,
      askUnsaved: async (name) => {
        const answer = await api.askUser({ kind: 'unsaved', name })
        return answer === 'save' || answer === 'discard' ? answer : 'cancel'
      },
      askRecovery: async (name, savedAt) => {
        const answer = await api.askUser({ kind: 'recovery', name, savedAt })
        return answer === 'discard' ? 'discard' : 'restore'
      }
    }
  }
  return {
    notify,
    askUnsaved: async (name) => {
      const { dialog } = await discrete()
      return new Promise((resolve) => {
        const shown = dialog.warning(unsavedDialogOptions(t, name, resolve, () => shown.destroy()))
      })
    },
    askRecovery: async (name, savedAt, invalidCount) => {
      const { dialog } = await discrete()
      return new Promise((resolve) => {
        const time = new Date(savedAt).toLocaleString()
        const note =
          invalidCount > 0 ? ` ${t('document.recovery.invalidNote', { count: invalidCount })}` : ''
        dialog.info({
          title: t('document.recovery.title'),
          content: t('document.recovery.message', { name, time }) + note,
          positiveText: t('document.recovery.restore'),
          negativeText: t('document.recovery.discard'),
          // Work is at stake: only an explicit choice decides.
          closable: false,
          maskClosable: false,
          closeOnEsc: false,
          onPositiveClick: () => resolve('restore'),
          onNegativeClick: () => resolve('discard')
        })
      })
    }
  }
}

export interface DocumentCommandOptions {
  /** Tests pass their own; the app picks by transport. */
  platform?: DocumentPlatform
  prompts?: DocumentPrompts
  autosaveIntervalMs?: number
}

export function useDocumentCommands(options: DocumentCommandOptions = {}) {
  const store = useDocumentStore()
  const planStore = usePlanStore()
  const ui = useUiStore()
  const api = useApi()
  const transport = detectTransport()
  const isBrowser = transport === 'web'
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(ui.locale, key, params)

  // Toasts and page dialogs live in an app of their own: loaded and built on first use, not at
  // start-up (it is a second Vue app with its own theme, and most sessions never need it).
  let discrete: Promise<Discrete> | null = null
  const discreteApi = (): Promise<Discrete> =>
    (discrete ??= import('../lib/discrete').then(({ createDiscrete }) =>
      createDiscrete(() => ({ dark: ui.isDark, locale: ui.locale }))
    ))

  const platform =
    options.platform ??
    (isBrowser
      ? createBrowserPlatform(api, {
          pickFile: pickFileWithInput,
          download: downloadText,
          storage: window.localStorage,
          now: () => new Date()
        })
      : createDesktopPlatform(api))
  const prompts = options.prompts ?? createPrompts(transport, api, discreteApi, t)
  store.configure({ platform, prompts })

  watchEffect(() => {
    document.title = store.windowTitle
  })
  // A plan edit that was refused left the plan as it was: say so, in words.
  watch(
    () => planStore.failure,
    (failure) => {
      if (failure) prompts.notify('error', t(failure.key, failure.params))
    }
  )
  watch(
    () => [planStore.dirty, store.displayName, planStore.filePath] as const,
    () => store.reportState(),
    { immediate: true }
  )

  function run(command: MenuCommand): void {
    if (command === 'new') void store.newPlan()
    else if (command === 'open') void store.open()
    else if (command === 'save') void store.save()
    else if (command === 'saveAs') void store.saveAs()
    else if (command === 'openRequested') void store.takeOpenRequests()
  }
  const stopMenu = onMenuCommand(run)

  function onKeydown(event: KeyboardEvent): void {
    const shortcut = documentShortcut(event)
    if (!shortcut) return
    event.preventDefault()
    run(shortcut)
  }

  /** Browser: leaving with unsaved changes asks first, and keeps a recovery copy either way. */
  function onBeforeUnload(event: BeforeUnloadEvent): void {
    if (!planStore.dirty) return
    void store.autosave()
    event.preventDefault()
    event.returnValue = ''
  }

  const autosaveNow = () => void store.autosave()

  function carriesFiles(event: DragEvent): boolean {
    return event.dataTransfer?.types.includes('Files') === true
  }

  /** The whole window takes a dropped file; the overlay says what will happen. */
  let dragDepth = 0
  function onDragEnter(event: DragEvent): void {
    if (!carriesFiles(event)) return
    dragDepth++
    store.dragActive = true
  }
  function onDragLeave(event: DragEvent): void {
    if (!carriesFiles(event)) return
    dragDepth = Math.max(0, dragDepth - 1)
    if (dragDepth === 0) store.dragActive = false
  }
  function onDragOver(event: DragEvent): void {
    if (!carriesFiles(event)) return
    event.preventDefault()
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
  }

  /**
   * A dropped .cplan opens; a spreadsheet goes to inventory import (the view opens). In the
   * desktop app the files go to main through the preload, which resolves their paths from
   * the File objects (a file: navigation is never taken as a drop there).
   */
  function onDrop(event: DragEvent): void {
    dragDepth = 0
    store.dragActive = false
    // A drop zone inside the page (inventory view) has handled it already.
    if (event.defaultPrevented) return
    const files = [...(event.dataTransfer?.files ?? [])]
    const file = files[0]
    if (!file) return
    event.preventDefault()
    if (files.length > 1)
      prompts.notify('warning', t('document.drop.onlyFirst', { name: file.name }))
    const kind = kindOfFileName(file.name)
    const bridge = window.computePlanner
    if (!isBrowser && bridge && kind) bridge.dropFiles([file])
    else if (kind === 'plan') void file.text().then((text) => store.openText(text, file.name))
    else if (kind === 'inventory') store.requestInventoryImport(file)
    else prompts.notify('error', t('document.drop.unknownKind', { name: file.name }))
  }

  let timer: ReturnType<typeof setInterval> | undefined
  let stopSettingsSync: (() => void) | undefined

  onMounted(async () => {
    timer = setInterval(autosaveNow, options.autosaveIntervalMs ?? AUTOSAVE_INTERVAL_MS)
    window.addEventListener('blur', autosaveNow)
    if (isBrowser) {
      window.addEventListener('keydown', onKeydown)
      window.addEventListener('beforeunload', onBeforeUnload)
    }
    // Both transports take drops in the page (the desktop hands the files to the preload).
    window.addEventListener('dragenter', onDragEnter)
    window.addEventListener('dragleave', onDragLeave)
    window.addEventListener('dragover', onDragOver)
    window.addEventListener('drop', onDrop)
    stopSettingsSync = await startSettingsSync()
    await store.offerRecovery()
    await store.takeOpenRequests()
    await store.refreshRecent()
  })

  onBeforeUnmount(() => {
    clearInterval(timer)
    stopMenu()
    stopSettingsSync?.()
    window.removeEventListener('blur', autosaveNow)
    window.removeEventListener('keydown', onKeydown)
    window.removeEventListener('beforeunload', onBeforeUnload)
    window.removeEventListener('dragenter', onDragEnter)
    window.removeEventListener('dragleave', onDragLeave)
    window.removeEventListener('dragover', onDragOver)
    window.removeEventListener('drop', onDrop)
    void discrete?.then((app) => app.unmount())
  })

  return {
    document: store,
    newPlan: store.newPlan,
    open: store.open,
    openRecent: store.openPath,
    save: store.save,
    saveAs: store.saveAs,
    clearRecent: store.clearRecent
  }
}
