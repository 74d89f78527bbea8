/** Request/response schemas of the 'inventory' channels (see ../channels/inventory.ts). */
import { z } from 'zod'
import {
  filePayloadSchema,
  importReportSchema,
  importedRowSchema,
  inspectResultSchema,
  inventoryItemSchema,
  libraryEntrySchema,
  mappingOverrideSchema,
  MATCH_DECISIONS,
  currencySchema,
  TEXT_ENCODINGS
} from '../../schema/inventory'

/** What the user chose in the review step; every field optional (auto-detection fills the rest). */
const importChoicesShape = {
  file: filePayloadSchema,
  sheet: z.string().max(200).optional(),
  headerRow: z.number().int().positive().optional(),
  mapping: mappingOverrideSchema.optional(),
  /** CSV/TSV: read the text in this encoding instead of the detected one (the review's choice). */
  encoding: z.enum(TEXT_ENCODINGS).optional()
}

export const inventoryInspectRequestSchema = z.object(importChoicesShape)

export const inventoryImportStartRequestSchema = z.object({
  ...importChoicesShape,
  /** The user confirmed halving figures marked sparse (they stay labelled either way). */
  halveSparse: z.boolean().optional(),
  /** Currency assumed for prices that state none (default CNY; a warning says so). */
  defaultCurrency: currencySchema.optional(),
  /** Remember this mapping for files with the same header layout. */
  rememberMapping: z.boolean().optional()
})

const jobRequestSchema = z.object({ jobId: z.string().min(1).max(100) })

export const jobProgressSchema = z.object({
  jobId: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  rowsProcessed: z.number().int().nonnegative(),
  error: z
    .object({ code: z.string(), message: z.string(), issues: z.array(z.unknown()).optional() })
    .optional()
})

/** Rows come in pages: a 100k-row import is too large for one message. */
export const MAX_RESULT_PAGE = 5000

export const inventoryImportResultRequestSchema = jobRequestSchema.extend({
  offset: z.number().int().nonnegative().optional(),
  limit: z.number().int().positive().max(MAX_RESULT_PAGE).optional(),
  /** Only rows with this outcome (e.g. the review step's "problems" tab). */
  outcome: z.enum(['accepted', 'accepted-with-warnings', 'rejected']).optional()
})

export const inventoryImportResultSchema = z.object({
  report: importReportSchema,
  offset: z.number().int().nonnegative(),
  /** Rows matching the filter, across all pages. */
  total: z.number().int().nonnegative(),
  rows: z.array(importedRowSchema)
})

export const inventoryCommitRequestSchema = jobRequestSchema.extend({
  /** Per-row choice for rows that matched the catalog; unlisted rows keep the user's own figures. */
  decisions: z
    .array(z.object({ row: z.number().int().positive(), decision: z.enum(MATCH_DECISIONS) }))
    .optional(),
  /**
   * Rows whose figures the planner corrected in the review: the edited item replaces the
   * parsed one (the same schema checks it). Only rows that were accepted can be edited.
   */
  edits: z
    .array(z.object({ row: z.number().int().positive(), item: inventoryItemSchema }))
    .max(MAX_RESULT_PAGE * 20)
    .optional()
})

export const commitSummarySchema = z.object({
  added: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  total: z.number().int().nonnegative()
})

export const inventoryListSchema = z.object({ entries: z.array(libraryEntrySchema) })

export const inventoryExportRequestSchema = z
  .object({
    /** Entries to export; the saved library when omitted. */
    items: z.array(inventoryItemSchema).optional()
  })
  .optional()

export const inventoryContract = {
  'inventory.inspect': { request: inventoryInspectRequestSchema, response: inspectResultSchema },
  'inventory.importStart': {
    request: inventoryImportStartRequestSchema,
    response: z.object({ jobId: z.string() })
  },
  'inventory.importProgress': { request: jobRequestSchema, response: jobProgressSchema },
  'inventory.importResult': {
    request: inventoryImportResultRequestSchema,
    response: inventoryImportResultSchema
  },
  'inventory.importCancel': { request: jobRequestSchema, response: jobProgressSchema },
  'inventory.commit': { request: inventoryCommitRequestSchema, response: commitSummarySchema },
  'inventory.list': { request: z.undefined(), response: inventoryListSchema },
  'inventory.save': {
    request: inventoryListSchema,
    response: z.object({ total: z.number().int() })
  },
  'inventory.export': {
    request: inventoryExportRequestSchema,
    response: z.object({ fileName: z.string(), dataBase64: z.string() })
  }
} as const
