/**
 * Builds located import messages and the service errors that stop an import. Each carries
 * an i18n key + params (the renderer and CLI translate) and the English text (logs, tests).
 */
import { translate, type Locale } from '@shared/i18n'
import { ServiceError, type ErrorCode, type Issue } from '@shared/ipc/envelope'
import type { ImportIssue, Location } from '@shared/schema/inventory'

export type IssueParams = Record<string, string | number>

/**
 * Messages added with the hardened reader live in their own catalogue (`importRead.*`); they
 * are named with that prefix, every other name is under `inventory.issue`.
 */
export function issueKey(name: string): string {
  return name.startsWith('importRead.') ? name : `inventory.issue.${name}`
}

function errorKey(name: string): string {
  return name.startsWith('importRead.') ? name : `inventory.error.${name}`
}

export function makeIssue(
  severity: ImportIssue['severity'],
  name: string,
  params: IssueParams,
  location: Location
): ImportIssue {
  const key = issueKey(name)
  return { severity, key, params, message: englishMessage(key, params), location }
}

/**
 * English templates by key, split once into literal text and parameter names: an import can
 * make 100k messages, so neither the catalogue lookup nor the placeholder regex runs per message.
 * `parts` alternates literal, name, literal, … (odd indices are parameter names).
 */
const englishTemplates = new Map<string, string[]>()

function englishMessage(key: string, params: IssueParams): string {
  let parts = englishTemplates.get(key)
  if (parts === undefined) {
    parts = translate('en', key).split(/\{(\w+)\}/)
    englishTemplates.set(key, parts)
  }
  let message = parts[0]
  for (let index = 1; index < parts.length; index += 2) {
    const name = parts[index]
    message += (name in params ? String(params[name]) : `{${name}}`) + parts[index + 1]
  }
  return message
}

/** `file.xlsx › Sheet1 › row 5 › column C › memoryGB`: the path an envelope Issue carries. */
export function formatLocation(location: Location): string {
  const parts: string[] = [location.file]
  if (location.sheet !== undefined) parts.push(location.sheet)
  if (location.row !== undefined) parts.push(`row ${location.row}`)
  if (location.column !== undefined) parts.push(`column ${location.column}`)
  if (location.field !== undefined) parts.push(location.field)
  return parts.join(' › ')
}

/** A translated location for people: "文件 a.xlsx，工作表 清单，第 5 行，C 列". */
export function describeLocation(locale: Locale, location: Location): string {
  const parts: string[] = [translate(locale, 'inventory.location.file', { file: location.file })]
  if (location.sheet !== undefined)
    parts.push(translate(locale, 'inventory.location.sheet', { sheet: location.sheet }))
  if (location.row !== undefined)
    parts.push(translate(locale, 'inventory.location.row', { row: location.row }))
  if (location.column !== undefined)
    parts.push(translate(locale, 'inventory.location.column', { column: location.column }))
  if (location.field !== undefined)
    parts.push(translate(locale, 'inventory.location.field', { field: location.field }))
  return parts.join(locale === 'zh-CN' ? '，' : ', ')
}

export function toEnvelopeIssue(issue: ImportIssue): Issue {
  return {
    path: formatLocation(issue.location),
    message: issue.message,
    key: issue.key,
    params: issue.params
  }
}

/**
 * An import-stopping problem: a ServiceError whose message is English and whose single issue
 * carries the `inventory.error.*` key, so any caller can show it in the user's language.
 */
export class InventoryError extends ServiceError {
  constructor(
    code: ErrorCode,
    readonly messageName: string,
    readonly params: IssueParams,
    readonly location: Location
  ) {
    const key = errorKey(messageName)
    const message = translate('en', key, params)
    super(code, message, [{ path: formatLocation(location), message, key, params }])
    this.name = 'InventoryError'
  }

  /** The message in the given language. */
  localized(locale: Locale): string {
    return translate(locale, errorKey(this.messageName), this.params)
  }
}

export function fail(
  code: ErrorCode,
  name: string,
  params: IssueParams,
  location: Location
): never {
  throw new InventoryError(code, name, params, location)
}
