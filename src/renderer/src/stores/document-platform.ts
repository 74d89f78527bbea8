/**
 * Where plan files come from and go to. The flows (stores/document.ts) are the same in the
 * desktop app and the browser; only these operations differ:
 *
 *            | desktop (Electron)                 | browser (local web host)
 * -----------|------------------------------------|-----------------------------------------
 * open       | native dialog → document.read      | file picker → text → document.parse
 * save       | document.write to the chosen path  | document.parse (validate) → download
 * autosave   | autosave.* (userData folder)       | localStorage, validated by document.parse
 * ask        | dialog.ask (native, main's locale) | the page's own dialog (see useDocumentCommands)
 *
 * Both validate with the same code (src/shared/schema/plan-file.ts) in the main process.
 */
import type { PlanDocument } from '@shared/schema/plan'
import { serializePlan, PLAN_FILE_EXTENSION, PLAN_MIME_TYPE } from '@shared/schema/plan-file-names'
import type { Issue } from '@shared/ipc/envelope'
import { ApiError, type Api } from '../api'

export interface LoadedPlan {
  plan: PlanDocument
  /** A path on the desktop; a file name in the browser (nothing more is known there). */
  filePath: string | null
  migratedFrom: number | null
  fromBackup: boolean
}

export interface RecoveredPlan {
  plan: PlanDocument
  filePath: string | null
  savedAt: string
  issues: Issue[]
}

export interface DocumentPlatform {
  readonly kind: 'desktop' | 'browser'
  /** Whether Save can write again where the plan came from (false: every save is a download). */
  readonly savesInPlace: boolean
  pickAndOpen(): Promise<LoadedPlan | null>
  openPath(path: string): Promise<LoadedPlan>
  /** Writes to `filePath`, or asks where (Save As) when it is null; null when cancelled. */
  save(plan: PlanDocument, filePath: string | null, suggestedName: string): Promise<string | null>
  writeAutosave(plan: PlanDocument, filePath: string | null): Promise<void>
  readAutosave(): Promise<RecoveredPlan | null>
  discardAutosave(): Promise<void>
}

export function createDesktopPlatform(api: Api): DocumentPlatform {
  async function readPath(path: string): Promise<LoadedPlan> {
    const opened = await api.readPlan({ path })
    return { ...opened, filePath: opened.path }
  }
  return {
    kind: 'desktop',
    savesInPlace: true,
    async pickAndOpen() {
      const picked = await api.showOpenDialog({ purpose: 'plan' })
      return picked ? readPath(picked.path) : null
    },
    openPath: readPath,
    async save(plan, filePath, suggestedName) {
      let path = filePath
      if (!path) {
        const picked = await api.showSaveDialog({ purpose: 'plan', suggestedName })
        if (!picked) return null
        path = picked.path
      }
      await api.writePlan({ path, plan })
      return path
    },
    async writeAutosave(plan, filePath) {
      await api.writeAutosave({ plan, filePath })
    },
    readAutosave: () => api.readAutosave(),
    async discardAutosave() {
      await api.discardAutosave()
    }
  }
}

export const BROWSER_AUTOSAVE_KEY = 'compute-planner.autosave'

export interface BrowserHooks {
  /** Lets the user pick one file; null when the picker was closed without a choice. */
  pickFile(accept: string): Promise<File | null>
  download(text: string, fileName: string, mimeType: string): void
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>
  now(): Date
}

/** Opens the browser's file picker; resolves null if it is closed without a choice. */
export function pickFileWithInput(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = accept
    input.style.display = 'none'
    input.setAttribute('data-testid', 'document-file-input')
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null)
      input.remove()
    })
    input.addEventListener('cancel', () => {
      resolve(null)
      input.remove()
    })
    document.body.appendChild(input)
    input.click()
  })
}

export function downloadText(text: string, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export function createBrowserPlatform(api: Api, hooks: BrowserHooks): DocumentPlatform {
  async function parse(text: string, fileName: string | null): Promise<LoadedPlan> {
    const parsed = await api.parsePlan({ text })
    return {
      plan: parsed.plan,
      filePath: fileName,
      migratedFrom: parsed.migratedFrom,
      fromBackup: false
    }
  }
  return {
    kind: 'browser',
    savesInPlace: false,
    async pickAndOpen() {
      const file = await hooks.pickFile(`.${PLAN_FILE_EXTENSION},application/json`)
      return file ? parse(await file.text(), file.name) : null
    },
    // A recent entry: a copy the host kept in its own plans folder when the browser saved it.
    async openPath(path) {
      const opened = await api.openWebPlan({ path })
      const fileName = opened.path.split(/[\\/]/).pop() ?? opened.path
      return { ...opened, filePath: fileName }
    },
    async save(plan, filePath, suggestedName) {
      const text = serializePlan(plan)
      // The same validation as a desktop save: a download that would not open is refused.
      await api.parsePlan({ text })
      const fileName = filePath ?? suggestedName
      hooks.download(text, fileName, PLAN_MIME_TYPE)
      // The host keeps a copy in its plans folder, so the recent list can reopen it. The
      // download is the user's file; a copy the host could not keep costs only the list entry.
      await api.keepWebPlan({ fileName, plan }).catch(() => undefined)
      return fileName
    },
    async writeAutosave(plan, filePath) {
      const entry = { savedAt: hooks.now().toISOString(), filePath, plan }
      hooks.storage.setItem(BROWSER_AUTOSAVE_KEY, JSON.stringify(entry))
    },
    async readAutosave() {
      const stored = hooks.storage.getItem(BROWSER_AUTOSAVE_KEY)
      if (!stored) return null
      let entry: { savedAt?: unknown; filePath?: unknown; plan?: unknown }
      try {
        entry = JSON.parse(stored) as typeof entry
      } catch {
        hooks.storage.removeItem(BROWSER_AUTOSAVE_KEY)
        return null
      }
      const common = {
        filePath: typeof entry.filePath === 'string' ? entry.filePath : null,
        savedAt: typeof entry.savedAt === 'string' ? entry.savedAt : new Date(0).toISOString()
      }
      try {
        const parsed = await api.parsePlan({ text: JSON.stringify(entry.plan) })
        return { ...common, plan: parsed.plan, issues: [] }
      } catch (error) {
        // Only fields are wrong (an edit in progress): offer it anyway, never lose work.
        if (error instanceof ApiError && error.code === 'INVALID_PLAN') {
          return { ...common, plan: entry.plan as PlanDocument, issues: error.issues.slice(1) }
        }
        if (error instanceof ApiError && error.code === 'NETWORK') throw error
        hooks.storage.removeItem(BROWSER_AUTOSAVE_KEY)
        return null
      }
    },
    async discardAutosave() {
      hooks.storage.removeItem(BROWSER_AUTOSAVE_KEY)
    }
  }
}
