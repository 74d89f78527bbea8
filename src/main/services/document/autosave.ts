/**
 * Autosave of the working plan to userData/autosave/working-plan.json, for crash recovery.
 * The renderer writes it every 30 s and on blur while there are unsaved changes, and
 * discards it after a save, a new plan or a clean close — so a copy found at start-up means
 * the last session ended with unsaved work (a crash, a kill, a power cut).
 * The copy is validated like any plan file. One that no longer validates (an edit in
 * progress) is still offered, with its issues: losing work is worse than showing a red field.
 * Only an unreadable copy (not JSON, not a plan, a newer version) is discarded.
 */
import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import type { Issue } from '@shared/ipc/envelope'
import { MAX_PLAN_FILE_BYTES, readPlanJson } from '@shared/schema/plan-file'
import { PLAN_VERSION, type PlanDocument } from '@shared/schema/plan'
import { readJsonFile, writeJsonFile } from '../files/json-file'

export const AUTOSAVE_DIR = 'autosave'
export const AUTOSAVE_FILE_NAME = 'working-plan.json'

export interface AutosaveEntry {
  plan: PlanDocument
  /** The file the plan came from, if any (so Save after restore goes to the same place). */
  filePath: string | null
  savedAt: string
  /** Empty when the plan validates. */
  issues: Issue[]
}

export class AutosaveStore {
  readonly path: string

  constructor(
    userDataDir: string,
    private readonly now: () => Date = () => new Date()
  ) {
    this.path = join(userDataDir, AUTOSAVE_DIR, AUTOSAVE_FILE_NAME)
  }

  async write(plan: PlanDocument, filePath: string | null): Promise<{ savedAt: string }> {
    const savedAt = this.now().toISOString()
    await writeJsonFile(this.path, { savedAt, filePath, plan })
    return { savedAt }
  }

  /** The recovered plan, or null when there is none (or it was unusable, and is now removed). */
  async read(): Promise<AutosaveEntry | null> {
    const read = await readJsonFile(this.path, MAX_PLAN_FILE_BYTES)
    if (read.state === 'missing') return null
    if (read.state === 'ok' && read.value !== null && typeof read.value === 'object') {
      const { plan, filePath, savedAt } = read.value as Record<string, unknown>
      const parsed = readPlanJson(plan)
      const common = {
        filePath: typeof filePath === 'string' && filePath.length > 0 ? filePath : null,
        savedAt: typeof savedAt === 'string' ? savedAt : new Date(0).toISOString()
      }
      if (parsed.ok) return { ...common, plan: parsed.plan, issues: [] }
      if (
        parsed.error.problem === 'invalid' &&
        (plan as { version?: unknown }).version === PLAN_VERSION
      ) {
        // Only fields are wrong: offer it as it was, with its issues.
        return { ...common, plan: plan as PlanDocument, issues: parsed.error.issues.slice(1) }
      }
    }
    await this.discard()
    return null
  }

  async discard(): Promise<void> {
    // recursive: a folder in the copy's place (our own folder) would otherwise make read()
    // throw at every start-up and every autosave fail.
    await fs.rm(this.path, { force: true, recursive: true })
  }
}
