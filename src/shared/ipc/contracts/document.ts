/**
 * Request/response schemas of the 'document' channels (see ../channels/document.ts).
 * Plans inside requests are checked by the service, not here, so an invalid plan is
 * answered INVALID_PLAN with the core's located, translatable issues (not a bare BAD_REQUEST).
 */
import { z } from 'zod'
import type { PlanDocument } from '../../schema/plan'
import { appSettingsSchema, recentFileSchema, settingsPatchSchema } from '../../schema/settings'

const planValue = z.custom<PlanDocument>(
  (value) => value !== null && typeof value === 'object' && !Array.isArray(value),
  { error: 'expected a plan document object' }
)
const filePath = z.string().min(1).max(4096)
const issueSchema = z.object({
  path: z.string(),
  message: z.string(),
  key: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional()
})

export const openedPlanSchema = z.object({
  plan: planValue,
  path: filePath,
  /** The file's version when it was converted on open; null when it was already current. */
  migratedFrom: z.number().int().nullable(),
  /** True when an interrupted save's `.bak` was opened because the file itself was missing. */
  fromBackup: z.boolean()
})
export type OpenedPlanResponse = z.infer<typeof openedPlanSchema>

export const parsedPlanSchema = z.object({
  plan: planValue,
  migratedFrom: z.number().int().nullable()
})

export const OPEN_DIALOG_PURPOSES = ['plan', 'inventory'] as const
export const SAVE_DIALOG_PURPOSES = ['plan', 'quote', 'quoteCsv'] as const
export type SaveDialogPurpose = (typeof SAVE_DIALOG_PURPOSES)[number]

export const documentStateSchema = z.strictObject({
  dirty: z.boolean(),
  /** What the title shows: file name without extension, or the plan's name, or "Untitled". */
  displayName: z.string().max(300),
  filePath: filePath.nullable(),
  /** Set once a save the main process asked for (close prompt → Save) has finished or failed. */
  afterSave: z.boolean().optional()
})
export type DocumentState = z.infer<typeof documentStateSchema>

export const openRequestSchema = z.object({
  /** 'plan': a .cplan to open; 'inventory': a spreadsheet (.xlsx/.csv) to import. */
  kind: z.enum(['plan', 'inventory']),
  path: filePath
})
export type OpenRequest = z.infer<typeof openRequestSchema>

export const autosaveEntrySchema = z.object({
  plan: planValue,
  filePath: filePath.nullable(),
  savedAt: z.string(),
  /** Non-empty when the recovered plan no longer validates (it is still offered: never lose work). */
  issues: z.array(issueSchema)
})
export type AutosaveEntryResponse = z.infer<typeof autosaveEntrySchema>

/** Main → every window after a change (the `settings.changed` push, and `settings.watch`'s answer). */
export const settingsChangeSchema = z.object({
  revision: z.number().int().gte(0),
  settings: appSettingsSchema
})
export type SettingsChangePayload = z.infer<typeof settingsChangeSchema>

export const settingsNoticeSchema = z.object({
  kind: z.enum(['corrupt', 'fieldsReset', 'newerVersion']),
  fields: z.array(z.string()),
  issues: z.array(issueSchema)
})

export const askRequestSchema = z.discriminatedUnion('kind', [
  /** Before New/Open replaces a plan with unsaved changes. */
  z.strictObject({ kind: z.literal('unsaved'), name: z.string().max(300) }),
  /** At start-up, when an autosaved plan from a session that did not close normally exists. */
  z.strictObject({
    kind: z.literal('recovery'),
    name: z.string().max(300),
    savedAt: z.string().max(40)
  })
])
export type AskRequest = z.infer<typeof askRequestSchema>
export const ASK_ANSWERS = ['save', 'discard', 'cancel', 'restore'] as const
export type AskAnswer = (typeof ASK_ANSWERS)[number]

export const documentContract = {
  'document.parse': {
    request: z.strictObject({ text: z.string() }),
    response: parsedPlanSchema
  },
  'document.read': { request: z.strictObject({ path: filePath }), response: openedPlanSchema },
  'document.write': {
    request: z.strictObject({ path: filePath, plan: planValue }),
    response: z.object({ path: filePath, bytes: z.number().int() })
  },
  'dialog.open': {
    request: z.strictObject({ purpose: z.enum(OPEN_DIALOG_PURPOSES) }),
    /** null: the user cancelled. */
    response: z.object({ path: filePath }).nullable()
  },
  'dialog.save': {
    request: z.strictObject({
      purpose: z.enum(SAVE_DIALOG_PURPOSES),
      suggestedName: z.string().max(255).optional()
    }),
    response: z.object({ path: filePath }).nullable()
  },
  'dialog.ask': { request: askRequestSchema, response: z.enum(ASK_ANSWERS) },
  'document.setState': { request: documentStateSchema, response: z.null() },
  'document.takeOpenRequests': { request: z.undefined(), response: z.array(openRequestSchema) },
  'document.readSpreadsheet': {
    request: z.strictObject({ path: filePath }),
    /** The same payload the browser's file picker produces, so one import path serves both. */
    response: z.object({ fileName: z.string().min(1).max(260), dataBase64: z.string() })
  },
  'autosave.write': {
    request: z.strictObject({ plan: planValue, filePath: filePath.nullable() }),
    response: z.object({ savedAt: z.string() })
  },
  'autosave.read': { request: z.undefined(), response: autosaveEntrySchema.nullable() },
  'autosave.discard': { request: z.undefined(), response: z.null() },
  'settings.get': {
    request: z.undefined(),
    response: z.object({
      settings: appSettingsSchema,
      notice: settingsNoticeSchema.optional(),
      /** The revision these settings are at: a watcher asks for changes after it. */
      revision: z.number().int().gte(0).optional()
    })
  },
  'settings.set': { request: settingsPatchSchema, response: appSettingsSchema },
  'settings.watch': {
    request: z.strictObject({ after: z.number().int().gte(0) }),
    response: settingsChangeSchema
  },
  'recent.list': { request: z.undefined(), response: z.array(recentFileSchema) },
  'recent.clear': { request: z.undefined(), response: z.null() },
  'webPlans.keep': {
    request: z.strictObject({ fileName: z.string().min(1).max(260), plan: planValue }),
    response: z.object({ path: filePath })
  },
  'webPlans.open': { request: z.strictObject({ path: filePath }), response: openedPlanSchema }
} as const
