/**
 * User settings (userData/settings.json): versioned, migrated, and forgiving. A damaged file
 * must never stop the app: each field that fails validation falls back to its default on
 * its own (so one bad value does not cost the user their company name), and the caller gets
 * a notice naming what was reset.
 *
 * Version history: 0 — pre-release (`lang`, `darkMode`, `recent` as plain paths);
 * 1 — current.
 */
import { z } from 'zod'
import type { Issue } from '../ipc/envelope'
import { CURRENCIES } from './plan'
import { procurementSchema } from './procurement'
import { calibrationLibrarySchema, calibrationProfileSchema } from './calibration'

export const SETTINGS_VERSION = 1
export const MAX_RECENT_FILES = 12
/** A logo is embedded in quote workbooks; 1 MB of data URL is a generous letterhead. */
export const MAX_LOGO_DATA_URL_CHARS = 1_400_000

export const recentFileSchema = z.strictObject({
  path: z.string().min(1).max(4096),
  /** ISO timestamp of the last open or save. */
  openedAt: z.string().max(40)
})
export type RecentFile = z.infer<typeof recentFileSchema>

const logoSchema = z
  .string()
  .max(MAX_LOGO_DATA_URL_CHARS)
  .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, {
    error: 'must be a PNG or JPEG data URL'
  })

/** Each field has its own default: `.default()` fills what is missing, recovery fills what is wrong. */
export const settingsShape = {
  version: z.literal(SETTINGS_VERSION).default(SETTINGS_VERSION),
  /** null: follow the operating system's language. */
  language: z.enum(['en', 'zh-CN']).nullable().default(null),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  /** Defaults for new plans. */
  currency: z.enum(CURRENCIES).default('CNY'),
  pue: z.number().gte(1).lte(5).default(1.3),
  electricityPricePerKWh: z.number().gte(0).lte(1000).default(0.8),
  /** The user's own prices per accelerator id (catalog or inventory), in `currency`. */
  acceleratorPrices: z
    .record(z.string().min(1).max(120), z.number().gte(0).lte(1e12))
    .refine((prices) => Object.keys(prices).length <= 5000, { error: 'too many prices' })
    .default({}),
  /** Letterhead of the quote workbook. */
  companyName: z.string().max(200).default(''),
  /** Who prepared the report (printed on its first page). */
  authorName: z.string().max(200).default(''),
  companyLogo: logoSchema.nullable().default(null),
  /**
   * VAT rate a new plan starts with (fraction); null: by the plan's currency
   * (shared/quote/vat.ts, 13 % for CNY). Edited on the settings screen.
   */
  defaultVatRate: z.number().gte(0).lte(1).nullable().default(null),
  /** Buyer, supplier and terms printed on the quote (schema/procurement.ts). */
  procurement: procurementSchema.default({}),
  recentFiles: z.array(recentFileSchema).max(MAX_RECENT_FILES).default([]),
  /**
   * The planner's saved calibration profiles (issue 16), by unique name. Optional, so no
   * version bump; changed only through the `calibration.profiles.*` channels (main's
   * serialised settings writes), never by a `settings.set` patch.
   */
  calibrationProfiles: calibrationLibrarySchema.default([])
}
export const appSettingsSchema = z.strictObject(settingsShape)
export type AppSettings = z.infer<typeof appSettingsSchema>
/**
 * A change from the renderer: any subset of the user-editable fields. Built from the fields
 * without their defaults: zod 4 applies a default inside `.partial()`, so a patch naming only
 * the theme used to reset every other field (company name, buyer, …) to its default.
 */
const {
  version: _version,
  recentFiles: _recentFiles,
  calibrationProfiles: _calibrationProfiles,
  ...editableShape
} = settingsShape
void _version
void _recentFiles
void _calibrationProfiles
type EditableField = keyof typeof editableShape
export const settingsPatchSchema = z.strictObject(
  Object.fromEntries(
    Object.entries(editableShape).map(([field, schema]) => [field, schema.unwrap().optional()])
  ) as {
    [Field in EditableField]: z.ZodOptional<ReturnType<(typeof editableShape)[Field]['unwrap']>>
  }
)
export type SettingsPatch = z.infer<typeof settingsPatchSchema>

export function defaultSettings(): AppSettings {
  return appSettingsSchema.parse({})
}

type SettingsField = keyof typeof settingsShape

export interface SettingsLoadResult {
  settings: AppSettings
  /** Present when something was reset; the renderer shows it once. */
  notice?: { kind: 'corrupt' | 'fieldsReset' | 'newerVersion'; fields: string[]; issues: Issue[] }
}

type JsonObject = Record<string, unknown>

/** Pre-release settings → version 1. Pure. */
function settingsV0ToV1(old: JsonObject): JsonObject {
  const { lang, darkMode, recent, version: _version, ...rest } = old
  void _version
  const next: JsonObject = { ...rest, version: 1 }
  if (lang === 'zh') next.language = 'zh-CN'
  else if (lang === 'en') next.language = 'en'
  if (typeof darkMode === 'boolean') next.theme = darkMode ? 'dark' : 'light'
  if (Array.isArray(recent)) {
    next.recentFiles = recent
      .filter((path): path is string => typeof path === 'string' && path.length > 0)
      .slice(0, MAX_RECENT_FILES)
      .map((path) => ({ path, openedAt: new Date(0).toISOString() }))
  }
  return next
}

export const SETTINGS_MIGRATIONS: Readonly<Record<number, (old: JsonObject) => JsonObject>> = {
  0: settingsV0ToV1
}

/**
 * Settings from a parsed JSON value (or `undefined` when there is no file yet). Never throws:
 * a non-object, or a settings file from a newer version, yields defaults and a notice;
 * an invalid field yields its default and a notice naming it; unknown fields are dropped.
 */
export function recoverSettings(json: unknown): SettingsLoadResult {
  if (json === undefined) return { settings: defaultSettings() }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { settings: defaultSettings(), notice: { kind: 'corrupt', fields: [], issues: [] } }
  }
  let document = json as JsonObject
  let version = typeof document.version === 'number' ? document.version : SETTINGS_VERSION
  if (version > SETTINGS_VERSION) {
    // Written by a newer app: read what we understand, but say so (fields may be lost on save).
    const recovered = recoverFields({ ...document, version: SETTINGS_VERSION })
    return {
      settings: recovered.settings,
      notice: { kind: 'newerVersion', fields: recovered.reset, issues: recovered.issues }
    }
  }
  while (version < SETTINGS_VERSION) {
    const migrate = SETTINGS_MIGRATIONS[version]
    if (!migrate) {
      return { settings: defaultSettings(), notice: { kind: 'corrupt', fields: [], issues: [] } }
    }
    document = migrate(document)
    version++
  }
  const recovered = recoverFields({ ...document, version: SETTINGS_VERSION })
  return recovered.reset.length > 0
    ? {
        settings: recovered.settings,
        notice: { kind: 'fieldsReset', fields: recovered.reset, issues: recovered.issues }
      }
    : { settings: recovered.settings }
}

function recoverFields(document: JsonObject): {
  settings: AppSettings
  reset: string[]
  issues: Issue[]
} {
  const values: Partial<Record<SettingsField, unknown>> = {}
  const reset: string[] = []
  const issues: Issue[] = []
  for (const field of Object.keys(settingsShape) as SettingsField[]) {
    const raw =
      field === 'recentFiles'
        ? keepValidRecentFiles(document[field])
        : field === 'calibrationProfiles'
          ? keepValidProfiles(document[field])
          : document[field]
    const result = settingsShape[field].safeParse(raw)
    if (result.success) {
      values[field] = result.data
      if (raw !== document[field]) {
        reset.push(field)
        issues.push({ path: field, message: 'invalid entries were removed' })
      }
    } else {
      reset.push(field)
      issues.push({ path: field, message: result.error.issues[0]?.message ?? 'invalid' })
      values[field] = settingsShape[field].parse(undefined)
    }
  }
  return { settings: values as AppSettings, reset, issues }
}

/** One unreadable entry should not cost the user the whole list. */
function keepValidRecentFiles(value: unknown): unknown {
  if (!Array.isArray(value)) return value
  const valid = value.filter((entry) => recentFileSchema.safeParse(entry).success)
  return valid.length === value.length ? value : valid.slice(0, MAX_RECENT_FILES)
}

/** One damaged profile should not cost the planner the others (nor a name clash both). */
function keepValidProfiles(value: unknown): unknown {
  if (!Array.isArray(value)) return value
  const names = new Set<string>()
  const valid = value.filter((entry) => {
    const parsed = calibrationProfileSchema.safeParse(entry)
    if (!parsed.success || names.has(parsed.data.name)) return false
    names.add(parsed.data.name)
    return true
  })
  return valid.length === value.length ? value : valid
}

/** Settings after a user's change; throws a ZodError only for an invalid patch (the dispatcher has already checked it). */
export function applySettingsPatch(settings: AppSettings, patch: SettingsPatch): AppSettings {
  return appSettingsSchema.parse({ ...settings, ...patch })
}
