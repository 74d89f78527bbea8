/**
 * The plan as a document: New / Open / Save / Save As, unsaved-changes questions, autosave
 * and crash recovery, recent files, files the OS asks us to open, and user settings. The
 * plan itself lives in stores/plan.ts; this store moves it to and from files, the same way
 * in the desktop app and the browser (the differences live in ./document-platform.ts).
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { translate } from '@shared/i18n'
import { issuePlace } from '../lib/issue-place'
import type { Issue } from '@shared/ipc/envelope'
import type { OpenRequest } from '@shared/ipc/contracts/document'
import { PLAN_VERSION } from '@shared/schema/plan-defaults'
import type { PlanDocument } from '@shared/schema/plan'
import { displayNameOf, suggestedFileName } from '@shared/schema/plan-file-names'
import type { AppSettings, RecentFile, SettingsPatch } from '@shared/schema/settings'
import { ApiError, useApi } from '../api'
import { defaultVatRate } from '@shared/quote/vat'
import { createBlankPlan, usePlanStore } from './plan'
import { useUiStore } from './ui'
import { joinClauses } from '@shared/i18n/punctuation'
import type { DocumentPlatform, LoadedPlan } from './document-platform'

/** Questions and messages: native on the desktop, the page's own dialogs in the browser. */
export interface DocumentPrompts {
  askUnsaved(name: string): Promise<'save' | 'discard' | 'cancel'>
  askRecovery(name: string, savedAt: string, invalidCount: number): Promise<'restore' | 'discard'>
  notify(kind: 'success' | 'info' | 'warning' | 'error', text: string): void
}

/** A spreadsheet the OS or a drop handed us for the inventory view to import. */
export type InventoryImportRequest =
  { path: string; file?: undefined } | { file: File; path?: undefined }

const MAX_ISSUES_SHOWN = 3

/** A new plan starts from the user's defaults (settings file): currency, PUE, electricity price. */
export function blankPlanWithDefaults(settings: AppSettings | null, name = ''): PlanDocument {
  const plan = createBlankPlan(name)
  if (!settings) return plan
  return {
    ...plan,
    settings: {
      ...plan.settings,
      currency: settings.currency,
      pue: settings.pue,
      electricityPricePerKWh: settings.electricityPricePerKWh,
      taxRate: settings.defaultVatRate ?? defaultVatRate(settings.currency)
    }
  }
}

export const useDocumentStore = defineStore('document', () => {
  const planStore = usePlanStore()
  const ui = useUiStore()
  let platform: DocumentPlatform | null = null
  let prompts: DocumentPrompts | null = null

  const recent = ref<RecentFile[]>([])
  const settings = ref<AppSettings | null>(null)
  /** The revision of `settings` in main; changes after it arrive through `followSettings`. */
  const settingsRevision = ref(0)
  /** An open/save/ask is in progress: further commands wait their turn (no double Save dialogs). */
  const busy = ref(false)
  /** The revision last written to the autosave copy (null: nothing autosaved this session). */
  const autosavedRevision = ref<number | null>(null)
  const inventoryImport = shallowRef<InventoryImportRequest | null>(null)
  /** A file is being dragged over the window (browser): the drop overlay shows. */
  const dragActive = ref(false)

  const t = (key: string, params?: Record<string, unknown>) =>
    translate(ui.locale, key, params as Record<string, string | number> | undefined)
  /** The key has an English text (every key has one in both catalogues; a test holds them equal). */
  const te = (key: string) => translate('en', key) !== key

  const displayName = computed(() =>
    displayNameOf(planStore.filePath, planStore.plan.name, t('document.untitled'))
  )
  const windowTitle = computed(() =>
    t(planStore.dirty ? 'document.windowTitleDirty' : 'document.windowTitle', {
      name: displayName.value
    })
  )

  function configure(next: { platform: DocumentPlatform; prompts: DocumentPrompts }): void {
    platform = next.platform
    prompts = next.prompts
  }

  function need(): { platform: DocumentPlatform; prompts: DocumentPrompts } {
    if (!platform || !prompts) throw new Error('useDocumentStore().configure() was not called')
    return { platform, prompts }
  }

  /** "Could not open the plan: workloads[0].contextTokens: must be > 0" — in the user's language. */
  function describeError(headlineKey: string, error: unknown): string {
    const issues: Issue[] = error instanceof ApiError ? error.issues : []
    const lines = issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => {
      const text = issue.key ? t(issue.key, issue.params) : issue.message
      const located =
        issue.path && !issue.path.startsWith('(') && !issue.key?.startsWith('document.')
      return located
        ? t('fieldcheck.where', { where: issuePlace(issue.path, t, te), message: text })
        : text
    })
    if (lines.length === 0) {
      lines.push(
        error instanceof ApiError
          ? t(`app.errors.${error.code === 'NETWORK' ? 'network' : error.code}`)
          : String(error)
      )
    }
    if (issues.length > MAX_ISSUES_SHOWN) lines.push(`… (+${issues.length - MAX_ISSUES_SHOWN})`)
    return t('app.punctuation.labelled', {
      label: t(headlineKey),
      value: joinClauses(lines, t('app.punctuation.listSeparator'))
    })
  }

  /** Runs one document command at a time; a second Ctrl+S while a dialog is open is ignored. */
  async function exclusive<T>(task: () => Promise<T>, otherwise: T): Promise<T> {
    if (busy.value) return otherwise
    busy.value = true
    try {
      return await task()
    } finally {
      busy.value = false
    }
  }

  /** Tells the desktop shell the dirty state (title dot, close prompt). `afterSave` ends a save main asked for. */
  function reportState(afterSave = false): void {
    if (platform?.kind !== 'desktop') return
    void useApi()
      .setDocumentState({
        dirty: planStore.dirty,
        displayName: displayName.value,
        filePath: planStore.filePath,
        ...(afterSave ? { afterSave: true } : {})
      })
      .catch(() => undefined)
  }

  async function discardAutosave(): Promise<void> {
    autosavedRevision.value = null
    await need()
      .platform.discardAutosave()
      .catch(() => undefined)
  }

  // ---- saving -------------------------------------------------------------------------

  async function writeTo(filePath: string | null): Promise<boolean> {
    const { platform: where, prompts: ask } = need()
    const suggested = suggestedFileName(planStore.plan.name)
    try {
      const savedAt = await where.save(planStore.toDocument(), filePath, suggested)
      if (savedAt === null) return false
      planStore.markSaved(savedAt)
      await discardAutosave()
      const name = displayName.value
      ask.notify(
        'success',
        t(where.savesInPlace ? 'document.notices.saved' : 'document.notices.downloaded', { name })
      )
      void refreshRecent()
      return true
    } catch (error) {
      ask.notify('error', describeError('document.errors.saveFailed', error))
      return false
    }
  }

  /** Save: in place when the plan has a file (desktop), else as Save As. True when saved. */
  async function save(): Promise<boolean> {
    const saved = await exclusive(async () => {
      const { platform: where } = need()
      return writeTo(where.savesInPlace ? planStore.filePath : null)
    }, false)
    reportState(true)
    return saved
  }

  async function saveAs(): Promise<boolean> {
    const saved = await exclusive(() => writeTo(null), false)
    reportState(true)
    return saved
  }

  // ---- replacing the plan ---------------------------------------------------------------

  /** Before New/Open: Save / Don't Save / Cancel when there are unsaved changes. */
  async function confirmReplace(): Promise<boolean> {
    if (!planStore.dirty) return true
    const answer = await need().prompts.askUnsaved(displayName.value)
    if (answer === 'cancel') return false
    if (answer === 'save') return writeTo(need().platform.savesInPlace ? planStore.filePath : null)
    return true
  }

  function adopt(loaded: LoadedPlan): void {
    // A converted file (or a backup) is not what is on disk: it stays "unsaved" until saved.
    const current = loaded.migratedFrom === null && !loaded.fromBackup
    planStore.load(loaded.plan, { filePath: loaded.filePath, markSaved: current })
    const { prompts: ask } = need()
    if (loaded.migratedFrom !== null) {
      ask.notify(
        'info',
        t('document.notices.migrated', { from: loaded.migratedFrom, to: PLAN_VERSION })
      )
    } else if (loaded.fromBackup) {
      ask.notify('warning', t('document.notices.fromBackup'))
    } else {
      ask.notify('success', t('document.notices.opened', { name: displayName.value }))
    }
  }

  async function replaceWith(load: () => Promise<LoadedPlan | null>): Promise<boolean> {
    const opened = await exclusive(async () => {
      if (!(await confirmReplace())) return false
      try {
        const loaded = await load()
        if (!loaded) return false
        adopt(loaded)
        await discardAutosave()
        void refreshRecent()
        return true
      } catch (error) {
        need().prompts.notify('error', describeError('document.errors.openFailed', error))
        void refreshRecent() // a recent file that vanished is no longer listed
        return false
      }
    }, false)
    reportState()
    return opened
  }

  /**
   * A blank plan (Scenario step): like every new plan, it starts from the user's defaults —
   * currency, PUE, electricity price, VAT — never from the schema's bare ones.
   */
  function startBlank(name = ''): void {
    planStore.load(blankPlanWithDefaults(settings.value, name), { filePath: null })
  }

  /**
   * The window opens on a blank plan before the settings arrive; if the planner has not
   * touched it yet, it takes the defaults now, as a new plan would.
   */
  function adoptDefaultsIfUntouched(): void {
    const untouched =
      planStore.filePath === null &&
      !planStore.canUndo &&
      JSON.stringify(planStore.plan) === JSON.stringify(createBlankPlan(planStore.plan.name))
    if (untouched) planStore.load(blankPlanWithDefaults(settings.value, planStore.plan.name))
  }

  async function newPlan(): Promise<boolean> {
    const replaced = await exclusive(async () => {
      if (!(await confirmReplace())) return false
      planStore.load(blankPlanWithDefaults(settings.value))
      await discardAutosave()
      return true
    }, false)
    reportState()
    return replaced
  }

  const open = () => replaceWith(() => need().platform.pickAndOpen())
  const openPath = (path: string) => replaceWith(() => need().platform.openPath(path))

  /** A .cplan dropped on the page (browser): validated in main like any other. */
  function openText(text: string, fileName: string): Promise<boolean> {
    return replaceWith(async () => {
      const parsed = await useApi().parsePlan({ text })
      return { ...parsed, filePath: fileName, fromBackup: false }
    })
  }

  /** Files the OS asked us to open (desktop): plans open here, spreadsheets go to inventory import. */
  async function takeOpenRequests(): Promise<void> {
    if (platform?.kind !== 'desktop') return
    let requests: OpenRequest[]
    try {
      requests = await useApi().takeOpenRequests()
    } catch {
      return
    }
    const plan = requests.filter((request) => request.kind === 'plan').at(-1)
    const sheet = requests.filter((request) => request.kind === 'inventory').at(-1)
    if (sheet) inventoryImport.value = { path: sheet.path }
    // One plan at a time: if several were dropped, the last one wins.
    if (plan) await openPath(plan.path)
  }

  function requestInventoryImport(file: File): void {
    inventoryImport.value = { file }
  }

  /** The inventory view takes the request (and so clears it). */
  function takeInventoryImport(): InventoryImportRequest | null {
    const request = inventoryImport.value
    inventoryImport.value = null
    return request
  }

  // ---- autosave and recovery ------------------------------------------------------------

  /** Writes the working plan for crash recovery, if it changed since the last autosave. */
  async function autosave(): Promise<boolean> {
    if (!platform || !planStore.dirty || busy.value) return false
    const revision = planStore.revision
    if (autosavedRevision.value === revision) return false
    try {
      await platform.writeAutosave(planStore.toDocument(), planStore.filePath)
      autosavedRevision.value = revision
      return true
    } catch {
      // Autosave is a safety net: a failure must not interrupt the user; the next tick retries.
      return false
    }
  }

  /** At start-up: a recovered plan means the last session ended with unsaved work. */
  async function offerRecovery(): Promise<boolean> {
    const { platform: where, prompts: ask } = need()
    const recovered = await where.readAutosave().catch(() => null)
    if (!recovered) return false
    const name = displayNameOf(
      recovered.filePath,
      recovered.plan.name ?? '',
      t('document.untitled')
    )
    const answer = await ask.askRecovery(name, recovered.savedAt, recovered.issues.length)
    if (answer === 'discard') {
      await discardAutosave()
      return false
    }
    planStore.load(recovered.plan, { filePath: recovered.filePath, markSaved: false })
    autosavedRevision.value = planStore.revision
    reportState()
    return true
  }

  // ---- recent files and settings ----------------------------------------------------------

  async function refreshRecent(): Promise<void> {
    if (!platform) return
    recent.value = await useApi()
      .listRecent()
      .catch(() => recent.value)
  }

  async function clearRecent(): Promise<void> {
    await useApi()
      .clearRecent()
      .catch(() => undefined)
    recent.value = []
  }

  async function loadSettings(): Promise<AppSettings | null> {
    try {
      const loaded = await useApi().getSettings()
      settings.value = loaded.settings
      settingsRevision.value = loaded.revision ?? 0
      adoptDefaultsIfUntouched()
      if (loaded.notice && prompts) {
        const key =
          loaded.notice.kind === 'corrupt'
            ? 'document.notices.settingsCorrupt'
            : loaded.notice.kind === 'newerVersion'
              ? 'document.notices.settingsNewer'
              : 'document.notices.settingsFieldsReset'
        prompts.notify('warning', t(key, { fields: loaded.notice.fields.join(', ') }))
      }
      return loaded.settings
    } catch {
      return null
    }
  }

  /** Main announced a change (from this or another window): it is the one source. */
  function followSettings(change: { revision: number; settings: AppSettings }): void {
    settings.value = change.settings
    settingsRevision.value = change.revision
  }

  async function updateSettings(patch: SettingsPatch): Promise<void> {
    try {
      settings.value = await useApi().updateSettings(patch)
    } catch {
      // Keep working with what is in memory; the next change tries again.
    }
  }

  return {
    recent,
    settings,
    busy,
    autosavedRevision,
    inventoryImport,
    dragActive,
    displayName,
    windowTitle,
    configure,
    reportState,
    save,
    saveAs,
    newPlan,
    startBlank,
    open,
    openPath,
    openText,
    takeOpenRequests,
    requestInventoryImport,
    takeInventoryImport,
    autosave,
    offerRecovery,
    refreshRecent,
    clearRecent,
    loadSettings,
    settingsRevision,
    followSettings,
    updateSettings
  }
})
