/**
 * Inventory rows (the user's own accelerators and servers), import reports and column
 * mappings. Accelerator field names are the catalog's own (issue 3), so an inventory row can
 * stand in for an inline accelerator in a plan. Units are fixed by the field name:
 * `…GB` decimal gigabytes (10⁹ bytes), `…GBs` GB/s, `…Tflops` dense TFLOPS, `…Tops` dense
 * TOPS, `…W` watts. Pure zod: shared by main, renderer and the CLI.
 */
import { z } from 'zod'

/** Peak-compute fields. Values are dense unless `sparse` says otherwise for that field. */
export const COMPUTE_FIELDS = [
  'fp32Tflops',
  'tf32Tflops',
  'fp16Tflops',
  'bf16Tflops',
  'fp8Tflops',
  'int8Tops',
  'int4Tops'
] as const
export type ComputeField = (typeof COMPUTE_FIELDS)[number]

/** Every numeric field of an inventory item, in the order exports write them. */
export const NUMERIC_FIELDS = [
  'memoryGB',
  'memoryBandwidthGBs',
  ...COMPUTE_FIELDS,
  'tdpW',
  'decode1080p30Streams',
  'acceleratorsPerServer',
  'launchYear'
] as const
export type NumericField = (typeof NUMERIC_FIELDS)[number]

/**
 * What a spreadsheet column can be mapped to. Most are item fields; `price`, `currency`,
 * `priceDate`, `priceSource` and `taxIncluded` (a per-row "price includes VAT" flag) fill the
 * nested `price` object.
 */
export const COLUMN_FIELDS = [
  'kind',
  'vendor',
  'name',
  'formFactor',
  'memoryType',
  ...NUMERIC_FIELDS,
  'acceleratorName',
  'price',
  'currency',
  'priceDate',
  'priceSource',
  'taxIncluded',
  'quantityOnHand',
  'notes'
] as const
export type ColumnField = (typeof COLUMN_FIELDS)[number]
export const columnFieldSchema = z.enum(COLUMN_FIELDS)

export const ITEM_KINDS = ['accelerator', 'server'] as const
export type ItemKind = (typeof ITEM_KINDS)[number]

/** ISO 4217-style code; the importer recognises CNY, USD, EUR, GBP, JPY, HKD. */
export const currencySchema = z.string().regex(/^[A-Z]{3}$/)

export const priceSchema = z.object({
  amount: z.number().finite().nonnegative(),
  currency: currencySchema,
  /** ISO date (yyyy-mm-dd) the price was quoted, when known. */
  date: z.string().max(40).optional(),
  source: z.string().max(4000).optional(),
  /**
   * The amount includes VAT (a 含税单价 / "price incl. VAT" column). Cost uses the net price,
   * amount ÷ (1 + taxRate), so the quote does not add VAT twice. Absent: the amount is net.
   */
  taxIncluded: z.boolean().optional()
})
export type Price = z.infer<typeof priceSchema>

/** A figure the file marked as sparse (2:4 structured sparsity doubles the headline). */
export const sparseLabelSchema = z.object({
  /** The number as written in the file. */
  asGiven: z.number().finite(),
  /** True when the user confirmed halving it to the dense figure now stored in the field. */
  halved: z.boolean()
})
export type SparseLabel = z.infer<typeof sparseLabelSchema>

const positive = z.number().finite().positive()

export const inventoryItemSchema = z.object({
  kind: z.enum(ITEM_KINDS),
  vendor: z.string().max(200).optional(),
  name: z.string().min(1).max(300),
  formFactor: z.string().max(200).optional(),
  memoryType: z.string().max(100).optional(),
  memoryGB: positive.optional(),
  memoryBandwidthGBs: positive.optional(),
  fp32Tflops: positive.optional(),
  tf32Tflops: positive.optional(),
  fp16Tflops: positive.optional(),
  bf16Tflops: positive.optional(),
  fp8Tflops: positive.optional(),
  int8Tops: positive.optional(),
  int4Tops: positive.optional(),
  /** Board power for an accelerator; whole-server power for a server. */
  tdpW: positive.optional(),
  decode1080p30Streams: positive.optional(),
  launchYear: z.number().int().min(1990).max(2100).optional(),
  /** Servers only: how many accelerators one server holds, and which. */
  acceleratorsPerServer: z.number().int().positive().optional(),
  acceleratorName: z.string().max(300).optional(),
  price: priceSchema.optional(),
  quantityOnHand: z.number().int().nonnegative().optional(),
  notes: z.string().max(4000).optional(),
  /** Compute fields whose figure was marked sparse in the file (never used silently). */
  sparse: z.partialRecord(z.enum(COMPUTE_FIELDS), sparseLabelSchema).optional()
})
export type InventoryItem = z.infer<typeof inventoryItemSchema>

/** A saved inventory entry: an item plus its identity in the user library. */
export const libraryEntrySchema = inventoryItemSchema.extend({
  id: z.string().min(1).max(200),
  /** The catalog entry this item was matched to, when the user kept the link. */
  catalogId: z.string().max(200).optional()
})
export type LibraryEntry = z.infer<typeof libraryEntrySchema>

export const LIBRARY_FORMAT = 'compute-planner/inventory'
export const LIBRARY_VERSION = 1
export const libraryDocumentSchema = z.object({
  format: z.literal(LIBRARY_FORMAT),
  version: z.literal(LIBRARY_VERSION),
  entries: z.array(libraryEntrySchema)
})
export type LibraryDocument = z.infer<typeof libraryDocumentSchema>

/** Where a problem is: every import message carries as much of this as applies. */
export const locationSchema = z.object({
  file: z.string(),
  sheet: z.string().optional(),
  /** 1-based row as the spreadsheet shows it (for CSV: the record number). */
  row: z.number().int().positive().optional(),
  /** Column letter as the spreadsheet shows it (A, B, … AA). */
  column: z.string().optional(),
  field: columnFieldSchema.optional()
})
export type Location = z.infer<typeof locationSchema>

export const importIssueSchema = z.object({
  severity: z.enum(['warning', 'error']),
  /** i18n key under the `inventory` namespace, e.g. `inventory.issue.formulaNoResult`. */
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** The message in English (the renderer re-translates from key + params). */
  message: z.string(),
  location: locationSchema
})
export type ImportIssue = z.infer<typeof importIssueSchema>

export const MAPPING_SOURCES = ['synonym', 'remembered', 'user', 'none'] as const
export const columnMappingSchema = z.object({
  /** 1-based column index. */
  index: z.number().int().positive(),
  letter: z.string(),
  /** Header text as read (merged/two-row headers joined with a space). */
  header: z.string(),
  field: columnFieldSchema.nullable(),
  /** 0..1: 1 = exact synonym or a remembered/user choice; lower = partial match. */
  confidence: z.number().min(0).max(1),
  source: z.enum(MAPPING_SOURCES),
  /** Unit or currency read from the header, e.g. `GiB`, `TB/s`, `万元`. */
  unitHint: z.string().optional(),
  /** The header says the column holds sparse figures. */
  sparse: z.boolean().optional()
})
export type ColumnMapping = z.infer<typeof columnMappingSchema>

/** A user's override: column index → field (null = ignore this column). */
export const mappingOverrideSchema = z.array(
  z.object({ index: z.number().int().positive(), field: columnFieldSchema.nullable() })
)
export type MappingOverride = z.infer<typeof mappingOverrideSchema>

export const fieldDifferenceSchema = z.object({
  field: z.string(),
  mine: z.unknown(),
  catalog: z.unknown()
})
export type FieldDifference = z.infer<typeof fieldDifferenceSchema>

export const catalogMatchSchema = z.object({
  status: z.enum(['new', 'identical', 'differs']),
  catalogId: z.string().optional(),
  catalogName: z.string().optional(),
  /** 0..1 name similarity of the chosen catalog entry. */
  score: z.number().optional(),
  differences: z.array(fieldDifferenceSchema),
  /** Other catalog entries that matched about as well (e.g. PCIe vs SXM when unstated). */
  alternatives: z.array(z.object({ id: z.string(), name: z.string() }))
})
export type CatalogMatch = z.infer<typeof catalogMatchSchema>

export const ROW_OUTCOMES = ['accepted', 'accepted-with-warnings', 'rejected'] as const
export type RowOutcome = (typeof ROW_OUTCOMES)[number]

export const importedRowSchema = z.object({
  /** Spreadsheet row number (CSV: record number). */
  row: z.number().int().positive(),
  outcome: z.enum(ROW_OUTCOMES),
  item: inventoryItemSchema.optional(),
  issues: z.array(importIssueSchema),
  match: catalogMatchSchema.optional(),
  /** Row number of the first row with the same model, when this one repeats it. */
  duplicateOf: z.number().int().positive().optional()
})
export type ImportedRow = z.infer<typeof importedRowSchema>

export const sheetSummarySchema = z.object({
  name: z.string(),
  /** How inventory-like the sheet's best header row is (mapped columns). */
  score: z.number(),
  hidden: z.boolean().optional()
})
export type SheetSummary = z.infer<typeof sheetSummarySchema>

export const FILE_FORMATS = ['xlsx', 'csv', 'tsv'] as const
export const importCountsSchema = z.object({
  /** Data rows read (blank rows excluded). Always = accepted + acceptedWithWarnings + rejected. */
  rowsRead: z.number().int().nonnegative(),
  accepted: z.number().int().nonnegative(),
  acceptedWithWarnings: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  blankRowsSkipped: z.number().int().nonnegative(),
  duplicates: z.number().int().nonnegative()
})
export type ImportCounts = z.infer<typeof importCountsSchema>

/** Text encodings of CSV/TSV files the importer detects (and the review lets the planner choose). */
export const TEXT_ENCODINGS = [
  'utf-8',
  'utf-8-bom',
  'utf-16le',
  'utf-16be',
  'gb18030',
  'windows-1252',
  'shift_jis'
] as const
export type TextEncoding = (typeof TEXT_ENCODINGS)[number]
export const ENCODING_CONFIDENCES = ['certain', 'likely', 'uncertain'] as const
export type EncodingConfidence = (typeof ENCODING_CONFIDENCES)[number]

/** What the importer found before reading every row: enough for the review step. */
export const inspectResultSchema = z.object({
  file: z.string(),
  format: z.enum(FILE_FORMATS),
  encoding: z.string().optional(),
  /** How sure the detected encoding is (CSV/TSV only); below certain the review offers a choice. */
  encodingConfidence: z.enum(ENCODING_CONFIDENCES).optional(),
  sheets: z.array(sheetSummarySchema),
  sheet: z.string(),
  /** 1-based header row, or null when none was recognised (the user must pick one). */
  headerRow: z.number().int().positive().nullable(),
  columns: z.array(columnMappingSchema),
  /** Identifies this header layout; the chosen mapping is remembered under it. */
  signature: z.string(),
  remembered: z.boolean(),
  preview: z.array(importedRowSchema),
  fileIssues: z.array(importIssueSchema)
})
export type InspectResult = z.infer<typeof inspectResultSchema>

export const importReportSchema = inspectResultSchema
  .omit({ preview: true })
  .extend({ counts: importCountsSchema, sparseHalved: z.boolean() })
export type ImportReport = z.infer<typeof importReportSchema>

/** How a file reaches main over either transport. */
export const filePayloadSchema = z.object({
  fileName: z.string().min(1).max(260),
  dataBase64: z.string()
})
export type FilePayload = z.infer<typeof filePayloadSchema>

/** The user's choice for a row that matched the catalog. */
export const MATCH_DECISIONS = ['keep-mine', 'keep-catalog', 'merge', 'skip'] as const
export type MatchDecision = (typeof MATCH_DECISIONS)[number]
