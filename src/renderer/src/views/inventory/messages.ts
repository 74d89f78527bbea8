/** What the Inventory view tells the planner (a banner above both cards). */
import type { ImportIssue } from '@shared/schema/inventory'
import { ApiError } from '../../api'

export interface InventoryMessage {
  type: 'success' | 'error' | 'warning'
  text: string
}

/** An error in words: the service's translated issue when it gave one, else its message. */
export function errorText(
  error: unknown,
  t: (key: string, params: Record<string, unknown>) => string
): string {
  const issue = error instanceof ApiError ? error.issues[0] : undefined
  return issue?.key
    ? t(issue.key, issue.params ?? {})
    : error instanceof Error
      ? error.message
      : String(error)
}

/** An import issue with where it is: `Sheet1 12 C: …`. */
export function importIssueText(
  issue: ImportIssue,
  t: (key: string, params: Record<string, unknown>) => string
): string {
  const where = [issue.location.sheet, issue.location.row, issue.location.column].filter(
    (part) => part !== undefined
  )
  return `${where.join(' ')}: ${t(issue.key, issue.params)}`
}
