/**
 * The planner's library of calibration profiles (issue 16): the pure operations main's
 * settings service applies (save, rename, delete, import), and the profile file format —
 * `{ "format": "compute-planner/calibration-profiles", "version": 1, "profiles": [...] }`,
 * documented in docs/file-format.md. Every refusal carries an i18n key and its parameters
 * (namespace `calibrationProfiles`), so both languages show the same located message.
 */
import type { Issue } from '../ipc/envelope'
import { translate } from '../i18n'
import { fromZodIssue } from '../schema/plan'
import { findJsonSyntaxError } from '../schema/json-location'
import { findTooDeep } from '../schema/json-depth'
import { lineColumnAt } from '../schema/plan-file'
import {
  calibrationLibrarySchema,
  calibrationProfileSchema,
  MAX_LIBRARY_JSON_CHARS,
  MAX_LIBRARY_PROFILES,
  type CalibrationLibrary,
  type CalibrationProfile
} from '../schema/calibration'

export const CALIBRATION_PROFILES_FORMAT = 'compute-planner/calibration-profiles'
export const CALIBRATION_PROFILES_VERSION = 1
export const CALIBRATION_PROFILES_EXTENSION = '.calibration.json'
/** A profile file is the library or a part of it; anything much larger is not one. */
export const MAX_PROFILE_FILE_CHARS = 2 * MAX_LIBRARY_JSON_CHARS

type Params = Record<string, string | number>

/** A refused library change or file: `key` is under `calibrationProfiles.`. */
export class ProfileLibraryError extends Error {
  constructor(
    readonly key: string,
    readonly params: Params,
    readonly issues: Issue[] = []
  ) {
    super(translate('en', `calibrationProfiles.${key}`, params))
    this.name = 'ProfileLibraryError'
  }
}

function issue(path: string, key: string, params: Params): Issue {
  const fullKey = `calibrationProfiles.${key}`
  return { path, message: translate('en', fullKey, params), key: fullKey, params }
}

function sameProfile(a: CalibrationProfile, b: CalibrationProfile): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/** The library after a change, checked against its own limits (count, size, unique names). */
function checked(library: CalibrationLibrary): CalibrationLibrary {
  if (library.length > MAX_LIBRARY_PROFILES)
    throw new ProfileLibraryError('errors.libraryFull', { limit: MAX_LIBRARY_PROFILES })
  const size = JSON.stringify(library).length
  if (size > MAX_LIBRARY_JSON_CHARS)
    throw new ProfileLibraryError('errors.libraryTooLarge', { size, limit: MAX_LIBRARY_JSON_CHARS })
  return calibrationLibrarySchema.parse(library)
}

/** Saves a profile under its name; a profile of the same name is replaced (and says so). */
export function saveProfile(
  library: CalibrationLibrary,
  profile: CalibrationProfile
): { library: CalibrationLibrary; replaced: boolean } {
  const saved = calibrationProfileSchema.parse(profile)
  const at = library.findIndex((p) => p.name === saved.name)
  const next = at < 0 ? [...library, saved] : library.map((p, i) => (i === at ? saved : p))
  return { library: checked(next), replaced: at >= 0 }
}

export function renameProfile(
  library: CalibrationLibrary,
  from: string,
  to: string
): CalibrationLibrary {
  const name = to.trim()
  const at = library.findIndex((p) => p.name === from)
  if (at < 0) throw new ProfileLibraryError('errors.notFound', { name: from })
  if (name === from) return library
  if (library.some((p) => p.name === name))
    throw new ProfileLibraryError('errors.nameTaken', { name })
  return checked(library.map((p, i) => (i === at ? { ...p, name } : p)))
}

export function deleteProfile(library: CalibrationLibrary, name: string): CalibrationLibrary {
  if (!library.some((p) => p.name === name))
    throw new ProfileLibraryError('errors.notFound', { name })
  return library.filter((p) => p.name !== name)
}

export interface ImportOutcome {
  library: CalibrationLibrary
  /** Names as saved (after any renaming). */
  added: string[]
  /** A different profile already had the name: the import was saved under `to`. */
  renamed: { from: string; to: string }[]
  /** The very same profile was already saved. */
  unchanged: string[]
}

/** The first free "name (2)", "name (3)", … within the name's 120 characters. */
function freeName(taken: ReadonlySet<string>, name: string): string {
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`
    const candidate = `${name.slice(0, 120 - suffix.length)}${suffix}`
    if (!taken.has(candidate)) return candidate
  }
}

/** Adds the profiles of a file; nothing already saved is overwritten. */
export function importProfiles(
  library: CalibrationLibrary,
  incoming: readonly CalibrationProfile[]
): ImportOutcome {
  const next = [...library]
  const taken = new Set(library.map((p) => p.name))
  const outcome: Omit<ImportOutcome, 'library'> = { added: [], renamed: [], unchanged: [] }
  for (const profile of incoming) {
    const existing = next.find((p) => p.name === profile.name)
    if (existing && sameProfile(existing, profile)) {
      outcome.unchanged.push(profile.name)
      continue
    }
    const name = existing ? freeName(taken, profile.name) : profile.name
    if (existing) outcome.renamed.push({ from: profile.name, to: name })
    next.push({ ...profile, name })
    taken.add(name)
    outcome.added.push(name)
  }
  return { library: checked(next), ...outcome }
}

/** The file text for some profiles (one, or the whole library). */
export function serializeProfiles(profiles: readonly CalibrationProfile[]): string {
  const file = {
    format: CALIBRATION_PROFILES_FORMAT,
    version: CALIBRATION_PROFILES_VERSION,
    profiles
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

/** A file name for an export: the profile's name without characters file systems refuse. */
export function profileFileName(name: string): string {
  const safe =
    [...name]
      .map((char) => (char.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(char) ? '_' : char))
      .join('')
      .trim() || 'calibration'
  return `${safe}${CALIBRATION_PROFILES_EXTENSION}`
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing'
  if (Array.isArray(value)) return `an array of ${value.length}`
  if (value !== null && typeof value === 'object') return 'an object'
  const text = typeof value === 'string' ? JSON.stringify(value.slice(0, 60)) : String(value)
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

/**
 * The text of a profile file → its profiles, or a refusal whose issues name the file and the
 * place (line and column for broken JSON, a JSON path such as `profiles[1].measurements[0].batch`
 * for an invalid field). A single profile object (as earlier builds exported) is read too.
 * Never throws except `ProfileLibraryError`, which carries the located issues.
 */
export function readProfilesText(fileName: string, text: string): CalibrationProfile[] {
  const file = fileName
  const refuse = (key: string, params: Params, path = '(file)', extra: Issue[] = []): never => {
    const all = { file, ...params }
    throw new ProfileLibraryError(key, all, [issue(path, key, all), ...extra])
  }
  if (text.length > MAX_PROFILE_FILE_CHARS)
    refuse('file.tooLarge', { size: text.length, limit: MAX_PROFILE_FILE_CHARS })
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    const syntax = findJsonSyntaxError(body) ?? { offset: body.length, reason: 'invalid JSON' }
    const { line, column } = lineColumnAt(body, syntax.offset)
    refuse(
      'file.corruptJson',
      { line, column, detail: syntax.reason },
      `line ${line}, column ${column}`
    )
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    refuse('file.notAnObject', {})
  const tooDeep = findTooDeep(json)
  if (tooDeep !== null) refuse('file.notAnObject', {}, tooDeep)
  const document = json as Record<string, unknown>
  const bare = !('format' in document) && 'assumptions' in document && 'measurements' in document
  if (!bare && document.format !== CALIBRATION_PROFILES_FORMAT)
    refuse(
      'file.wrongFormat',
      { found: describe(document.format), expected: JSON.stringify(CALIBRATION_PROFILES_FORMAT) },
      'format'
    )
  if (!bare) {
    const version = document.version
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
      refuse('file.badVersion', { found: describe(version) }, 'version')
    if ((version as number) > CALIBRATION_PROFILES_VERSION)
      refuse(
        'file.newerVersion',
        { version: version as number, supported: CALIBRATION_PROFILES_VERSION },
        'version'
      )
  }
  const raw = bare ? [document] : document.profiles
  const prefix = bare ? '' : 'profiles'
  if (!Array.isArray(raw) || raw.length === 0) refuse('file.noProfiles', {}, prefix || '(file)')
  const list = raw as unknown[]
  if (list.length > MAX_LIBRARY_PROFILES)
    refuse('file.tooMany', { count: list.length, limit: MAX_LIBRARY_PROFILES }, prefix)

  const problems: Issue[] = []
  const profiles: CalibrationProfile[] = []
  const names = new Set<string>()
  list.forEach((entry, index) => {
    const at = bare ? [] : [prefix, index]
    const parsed = calibrationProfileSchema.safeParse(entry)
    if (!parsed.success) {
      for (const zodIssue of parsed.error.issues)
        for (const located of fromZodIssue({ ...zodIssue, path: [...at, ...zodIssue.path] }, json))
          // The field's own message (`core.validation.*`), placed by the renderer as
          // `calibrationProfiles.file.field`: "{file}, {path}: {message}".
          problems.push({
            path: located.path || '(file)',
            message: `${file}, ${located.path}: ${located.message}`,
            key: located.messageKey,
            params: located.params
          })
      return
    }
    if (names.has(parsed.data.name)) {
      const path = bare ? 'name' : `profiles[${index}].name`
      problems.push(issue(path, 'file.duplicateName', { file, path, name: parsed.data.name }))
      return
    }
    names.add(parsed.data.name)
    profiles.push(parsed.data)
  })
  if (problems.length > 0) refuse('file.invalid', { count: problems.length }, '(file)', problems)
  return profiles
}
