/**
 * Runs one fuzz input through the real services and classifies what happened. Good outcomes:
 * a clear, located error, or a result whose counts reconcile. Anything else is a finding.
 */
import { ServiceError } from '@shared/ipc/envelope'
import { estimatePlan } from '@shared/core'
import { readPlanText } from '@shared/schema/plan-file'
import { importInventory } from '../src/main/services/inventory/import-inventory'
import type { FileInput } from './inputs/spreadsheets'
import type { PlanInput } from './inputs/plans'

export const GOOD_OUTCOMES = ['located-error', 'reconciled-result', 'valid-plan'] as const
export type Outcome =
  | (typeof GOOD_OUTCOMES)[number]
  | 'unlocated-error'
  | 'unreconciled'
  | 'non-finite-result'
  | 'crash'
  | 'hang'

export interface Verdict {
  outcome: Outcome
  detail: string
}

function crash(error: unknown): Verdict {
  const detail =
    error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error)
  return { outcome: 'crash', detail: detail.slice(0, 2000) }
}

export async function runSpreadsheet(input: FileInput): Promise<Verdict> {
  try {
    const { report } = await importInventory({ file: input.fileName, bytes: input.bytes })
    const c = report.counts
    const reconciled = c.rowsRead === c.accepted + c.acceptedWithWarnings + c.rejected
    return reconciled
      ? {
          outcome: 'reconciled-result',
          detail: `${c.rowsRead} rows: ${c.accepted}+${c.acceptedWithWarnings}+${c.rejected}`
        }
      : { outcome: 'unreconciled', detail: JSON.stringify(c) }
  } catch (error) {
    if (error instanceof ServiceError) {
      // Located: the message names the file (with or without its extension) or carries located issues.
      const stem = input.fileName.replace(/\.[^.]*$/, '')
      const located =
        error.message.trim() !== '' &&
        (error.message.includes(stem) || (error.issues ?? []).some((issue) => issue.path !== ''))
      return located
        ? { outcome: 'located-error', detail: `${error.code}: ${error.message.slice(0, 200)}` }
        : { outcome: 'unlocated-error', detail: `${error.code}: ${error.message.slice(0, 500)}` }
    }
    return crash(error)
  }
}

function findNonFinite(value: unknown, path = ''): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : path || '(root)'
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findNonFinite(value[i], `${path}[${i}]`)
      if (found) return found
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findNonFinite(item, path ? `${path}.${key}` : key)
      if (found) return found
    }
  }
  return null
}

/** Through the real loader (size, JSON, depth, format, version, migration, schema), as a file is opened. */
export async function runPlan(input: PlanInput): Promise<Verdict> {
  try {
    const read = readPlanText(input.text)
    if (!read.ok) {
      // An empty path is the document root: a non-object file is located at its root.
      const unlocated = read.error.issues.find(
        (issue) => typeof issue.path !== 'string' || issue.path === '' || !issue.message
      )
      return unlocated
        ? { outcome: 'unlocated-error', detail: JSON.stringify(unlocated).slice(0, 500) }
        : {
            outcome: 'located-error',
            detail: `${read.error.issues.length} issues, first ${read.error.issues[0]?.path.slice(0, 120)}`
          }
    }
    const result = estimatePlan(read.plan)
    const bad = findNonFinite(result)
    return bad
      ? { outcome: 'non-finite-result', detail: bad }
      : { outcome: 'valid-plan', detail: '' }
  } catch (error) {
    return crash(error)
  }
}
