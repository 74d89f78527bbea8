/**
 * The `.cplan` file envelope around the core's plan schema: text in, a valid current-version
 * plan (or located, translatable issues) out. The steps, in order, each with its own error:
 * size → JSON (line/column) → object → `format` → integer `version` → newer-version refusal →
 * migration chain → the core's validation (JSON paths). Pure TypeScript: used by the main
 * process (files on disk), the web host (browser-picked files, via `document.parse`) and tests.
 */
import type { ErrorCode, Issue } from '../ipc/envelope'
import { PLAN_FORMAT, PLAN_VERSION, parsePlan, type PlanDocument } from './plan'
import { findJsonSyntaxError } from './json-location'
import { findTooDeep, MAX_JSON_DEPTH } from './json-depth'
import { migratePlanDocument, OLDEST_PLAN_VERSION, type JsonObject } from './plan-migrations'

export {
  PLAN_FILE_EXTENSION,
  PLAN_MIME_TYPE,
  serializePlan,
  suggestedFileName,
  displayNameOf
} from './plan-file-names'
/**
 * Largest plan file we open (UTF-8 bytes). The schema caps a plan at 1 000 workloads and
 * 10 000 inventory rows, which is a few MB of JSON; 32 MB leaves room and keeps a stray
 * multi-GB file from freezing the app.
 */
export const MAX_PLAN_FILE_BYTES = 32 * 1024 * 1024

/** Why a file was refused: selects the message and the contract's error code. */
export type PlanFileProblem =
  | 'tooLarge'
  | 'corruptJson'
  | 'tooDeep'
  | 'notAnObject'
  | 'wrongFormat'
  | 'badVersion'
  | 'newerVersion'
  | 'tooOld'
  | 'invalid'

export interface PlanFileError {
  code: Extract<ErrorCode, 'FILE_TOO_LARGE' | 'UNSUPPORTED_FILE' | 'INVALID_PLAN'>
  problem: PlanFileProblem
  /** English, for logs and the CLI; the renderer translates `issues[].key`. */
  message: string
  issues: Issue[]
}

export type ReadPlanResult =
  | {
      ok: true
      plan: PlanDocument
      /** The file's own version when it was migrated, else null (already current). */
      migratedFrom: number | null
    }
  | { ok: false; error: PlanFileError }

const ENGLISH: Record<PlanFileProblem, string> = {
  tooLarge: 'The file is {size} bytes; plans are limited to {limit} bytes.',
  corruptJson: 'The file is not valid JSON (line {line}, column {column}): {detail}',
  tooDeep: 'The value is nested more than {limit} levels deep; a plan is never that deep.',
  notAnObject: 'The file does not contain a plan document.',
  wrongFormat: 'This is not a Compute Planner plan: format is {found}, expected {expected}.',
  badVersion: 'The plan has no valid version number (found {found}).',
  newerVersion:
    'This plan was saved in file version {version} by a newer Compute Planner; this version reads files up to version {supported}. Update the app to open it.',
  tooOld: 'File version {version} is older than the oldest supported version ({oldest}).',
  invalid: 'The plan has {count} invalid field(s).'
}

/** Catalogue keys; problems added after the document catalogue live in their own namespace. */
const MESSAGE_KEYS: Record<PlanFileProblem, string> = {
  tooLarge: 'document.errors.tooLarge',
  corruptJson: 'document.errors.corruptJson',
  tooDeep: 'hardening.plan.tooDeep',
  notAnObject: 'document.errors.notAnObject',
  wrongFormat: 'document.errors.wrongFormat',
  badVersion: 'document.errors.badVersion',
  newerVersion: 'document.errors.newerVersion',
  tooOld: 'document.errors.tooOld',
  invalid: 'document.errors.invalid'
}

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole
  )
}

function refuse(
  code: PlanFileError['code'],
  problem: PlanFileProblem,
  params: Record<string, string | number>,
  path = '(document)',
  extraIssues: Issue[] = []
): { ok: false; error: PlanFileError } {
  const message = fill(ENGLISH[problem], params)
  const headline: Issue = { path, message, key: MESSAGE_KEYS[problem], params }
  return { ok: false, error: { code, problem, message, issues: [headline, ...extraIssues] } }
}

/** UTF-8 length without TextEncoder (this module runs everywhere, DOM or not). */
export function utf8ByteLength(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit < 0x80) bytes += 1
    else if (unit < 0x800) bytes += 2
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      bytes += 4 // a surrogate pair is one 4-byte code point
      i++
    } else bytes += 3
  }
  return bytes
}

/** 1-based line and column of a character offset, as editors show them. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const clamped = Math.max(0, Math.min(offset, text.length))
  let line = 1
  let lineStart = 0
  for (let i = 0; i < clamped; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: clamped - lineStart + 1 }
}

export interface ReadPlanOptions {
  maxBytes?: number
}

/** Text of a `.cplan` file → a valid, current-version plan, or a refusal with located issues. Never throws. */
export function readPlanText(text: string, options: ReadPlanOptions = {}): ReadPlanResult {
  const maxBytes = options.maxBytes ?? MAX_PLAN_FILE_BYTES
  // Cheap bound first: a UTF-8 string is at least as many bytes as UTF-16 code units.
  const size = text.length > maxBytes ? text.length : utf8ByteLength(text)
  if (size > maxBytes) return refuse('FILE_TOO_LARGE', 'tooLarge', { size, limit: maxBytes })

  // Editors on Windows may prepend a byte-order mark; it is not part of the JSON.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    // Located by our own checker: engine messages vary, may lack a position, and quote the file.
    const syntax = findJsonSyntaxError(body) ?? { offset: body.length, reason: 'invalid JSON' }
    const { line, column } = lineColumnAt(body, syntax.offset)
    return refuse(
      'UNSUPPORTED_FILE',
      'corruptJson',
      { line, column, detail: syntax.reason },
      `line ${line}, column ${column}`
    )
  }
  return readPlanJson(json)
}

/** A parsed JSON value → a valid, current-version plan (migrating old versions). Never throws. */
export function readPlanJson(json: unknown): ReadPlanResult {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return refuse('UNSUPPORTED_FILE', 'notAnObject', {})
  }
  // Before any other walk: each of them recurses and would overflow the stack on deep values.
  const tooDeep = findTooDeep(json)
  if (tooDeep !== null)
    return refuse('UNSUPPORTED_FILE', 'tooDeep', { limit: MAX_JSON_DEPTH }, tooDeep)
  const document = json as JsonObject
  if (document.format !== PLAN_FORMAT) {
    return refuse(
      'UNSUPPORTED_FILE',
      'wrongFormat',
      { found: describe(document.format), expected: JSON.stringify(PLAN_FORMAT) },
      'format'
    )
  }
  const version = document.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return refuse('UNSUPPORTED_FILE', 'badVersion', { found: describe(version) }, 'version')
  }
  if (version > PLAN_VERSION) {
    // Refused before anything else looks at it: a newer file is never "fixed" or rewritten.
    return refuse(
      'UNSUPPORTED_FILE',
      'newerVersion',
      { version, supported: PLAN_VERSION },
      'version'
    )
  }
  if (version < OLDEST_PLAN_VERSION) {
    return refuse('UNSUPPORTED_FILE', 'tooOld', { version, oldest: OLDEST_PLAN_VERSION }, 'version')
  }
  const migrated = migratePlanDocument(document, version, PLAN_VERSION)
  if (!migrated.ok) {
    return refuse(
      'UNSUPPORTED_FILE',
      'tooOld',
      { version, oldest: migrated.missingFrom + 1 },
      'version'
    )
  }
  const parsed = parsePlan(migrated.document)
  if (!parsed.ok) {
    const issues: Issue[] = parsed.issues.map((issue) => ({
      path: issue.path || '(document)',
      message: issue.message,
      key: issue.messageKey,
      params: issue.params
    }))
    return refuse('INVALID_PLAN', 'invalid', { count: issues.length }, '(document)', issues)
  }
  return { ok: true, plan: parsed.plan, migratedFrom: version === PLAN_VERSION ? null : version }
}

/** A short, shallow preview of a value for a message: never walks into arrays or objects. */
function describe(value: unknown): string {
  if (value === undefined) return 'missing'
  if (Array.isArray(value)) return `an array of ${value.length}`
  if (value !== null && typeof value === 'object') return 'an object'
  const text = typeof value === 'string' ? JSON.stringify(value.slice(0, 60)) : String(value)
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}
