/**
 * The `.cplan` file's name, type and text form: what the renderer needs to save and name a
 * plan. No zod and no validation here (that is plan-file.ts), so these load with the first
 * screen.
 */
import { PLAN_FORMAT, PLAN_VERSION } from './plan-defaults'
import type { PlanDocument } from './plan'

export const PLAN_FILE_EXTENSION = 'cplan'
/** The same type electron-builder.yml registers for the .cplan file association. */
export const PLAN_MIME_TYPE = 'application/x-compute-planner-plan'

/**
 * A plan as file text: pretty-printed (diff-friendly, hand-editable), with a trailing newline.
 * Always the current format and version, whatever the plan object claims.
 */
export function serializePlan(plan: PlanDocument): string {
  return `${JSON.stringify({ ...plan, format: PLAN_FORMAT, version: PLAN_VERSION }, null, 2)}\n`
}

/** "Q3 cluster" → "Q3 cluster.cplan"; strips characters no file system accepts. */
export function suggestedFileName(planName: string, fallback = 'plan'): string {
  const cleaned = planName
    .replace(/[\\/:*?"<>|]/g, ' ')
    .replace(/[\s.]+$/g, '')
    .replace(/^[\s.]+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
  return `${cleaned || fallback}.${PLAN_FILE_EXTENSION}`
}

/** The name a plan is shown by: its file name without extension, else its own name. */
export function displayNameOf(filePath: string | null, planName: string, untitled: string): string {
  if (filePath) {
    const base = filePath.split(/[\\/]/).pop() ?? filePath
    return base.replace(/\.cplan$/i, '') || base
  }
  return planName.trim() || untitled
}
