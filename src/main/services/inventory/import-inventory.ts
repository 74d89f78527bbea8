/**
 * The import pipeline. Each sheet's first rows are read to score it (how inventory-like its
 * best header row is) and to find the header; the chosen sheet's data rows then stream
 * through the row builder in the same pass. Every non-blank row after the header ends up
 * accepted or rejected, so rows read = accepted + rejected, always.
 *
 * Sheet choice without a request: the first sheet whose header scores well enough is
 * imported as it streams by; later sheets are still scored, and in the rare case one scores
 * higher the import is redone for it (so the result is always "the best-scoring sheet").
 */
import type {
  ImportIssue,
  ImportReport,
  ImportedRow,
  InspectResult,
  Location,
  MappingOverride,
  SheetSummary
} from '@shared/schema/inventory'
import type { CatalogMatcher } from './catalog-match'
import { ModelIndex } from './duplicates'
import { detectHeader, MIN_HEADER_SCORE, type HeaderDetection } from './header/detect-header'
import { ServiceError } from '@shared/ipc/envelope'
import { fail, makeIssue } from './issues'
import { LIMITS } from './limits'
import { openSource, type SourceSheet, type TableSource } from './read/open-source'
import type { TextEncoding } from './read/text-decode'
import { isBlankRow, type RawRow } from './read/raw-row'
import { ImportedRows } from './imported-rows'
import { LocatedReadError } from './read/xlsx-rows'
import { RowBuilder } from './row-builder'

export interface ImportOptions {
  file: string
  bytes: Buffer
  sheet?: string
  headerRow?: number
  mapping?: MappingOverride
  /** The user confirmed halving figures marked sparse. */
  halveSparse?: boolean
  /** Currency for prices that state none (a warning says so). */
  defaultCurrency?: string
  /** CSV/TSV: the encoding the planner chose in the review (detected when absent). */
  encoding?: TextEncoding
  /** Remembered mapping for a header signature. */
  recall?: (signature: string) => MappingOverride | undefined
  catalog?: CatalogMatcher
  signal?: AbortSignal
  /** Date.now() after which the import stops (default: `budgetMs` from the start). */
  deadline?: number
  /** The time budget the deadline comes from, named in the message (default LIMITS.importTimeBudgetMs). */
  budgetMs?: number
  /** Called with the number of data rows read so far (every PROGRESS_EVERY rows and at the end). */
  onProgress?: (rowsProcessed: number) => void
}

export interface ImportOutcome {
  report: ImportReport
  /** The rows, compact; each is built when asked for (result pages, commit). */
  table: ImportedRows
  /** Every row built, on first access (the CLI and tests: the app pages through `table`). */
  readonly rows: ImportedRow[]
}

const PROGRESS_EVERY = 1000
export const DEFAULT_CURRENCY = 'CNY'

/**
 * Between batches of rows: a cancel request ends the import, and so does the time budget
 * (a file that takes longer than any real inventory is stopped with a message, not left
 * running). Rows are read in batches with event-loop turns between them, so both are seen.
 */
function checkCancelled(options: ImportOptions): void {
  const { signal, file, deadline } = options
  if (signal?.aborted) fail('CANCELLED', 'cancelled', {}, { file })
  if (deadline !== undefined && Date.now() > deadline) failTimeBudget(file, options.budgetMs)
}

/** The import ran past its budget: a located refusal naming the budget. */
export function failTimeBudget(file: string, budgetMs: number = LIMITS.importTimeBudgetMs): never {
  const seconds = budgetMs >= 1000 ? Math.round(budgetMs / 1000) : budgetMs / 1000
  return fail('FILE_TOO_LARGE', 'importRead.error.timeBudget', { file, seconds }, { file })
}

/** A sheet's first rows (whole batches), with the iterator left open to read on or abandon. */
interface SheetWindow {
  sheet: SourceSheet
  rows: RawRow[]
  rest: AsyncIterator<RawRow[]>
  exhausted: boolean
  hasData: boolean
}

async function readWindow(sheet: SourceSheet, limit: number): Promise<SheetWindow> {
  const rest = sheet.rows[Symbol.asyncIterator]()
  const rows: RawRow[] = []
  let exhausted = false
  while (rows.length < limit) {
    const next = await rest.next()
    if (next.done) {
      exhausted = true
      break
    }
    for (const row of next.value) rows.push(row)
  }
  return { sheet, rows, rest, exhausted, hasData: rows.some((row) => !isBlankRow(row.cells)) }
}

/** Stops reading a sheet early; the reader drains what is left of it. */
async function abandon(window: SheetWindow): Promise<void> {
  if (!window.exhausted) await window.rest.return?.()
}

function windowSize(options: ImportOptions): number {
  return Math.max(
    LIMITS.headerSearchRows + LIMITS.previewRows + 10,
    (options.headerRow ?? 0) + LIMITS.previewRows + 2
  )
}

function scoreOf(detection: HeaderDetection): number {
  const fields = new Set(
    detection.columns.map((column) => column.field).filter((field) => field !== null)
  )
  return detection.headerRow === null ? 0 : fields.size + (fields.has('name') ? 1 : 0)
}

function summaryOf(window: SheetWindow): SheetSummary {
  const score = window.hasData ? scoreOf(detectHeader(window.rows)) : 0
  return { name: window.sheet.name, score, ...(window.sheet.hidden ? { hidden: true } : {}) }
}

/** Prefer the higher score; on a tie a visible sheet beats a hidden one; otherwise the earlier wins. */
function isBetter(candidate: SheetSummary, current: SheetSummary | undefined): boolean {
  if (!current) return true
  if (candidate.score !== current.score) return candidate.score > current.score
  return current.hidden === true && candidate.hidden !== true
}

function detectionFor(rows: RawRow[], options: ImportOptions): HeaderDetection {
  return detectHeader(rows, {
    headerRow: options.headerRow,
    overrides: options.mapping,
    recall: options.recall
  })
}

function locationBase(source: TableSource, sheet: string, file: string): Location {
  return source.format === 'xlsx' ? { file, sheet } : { file }
}

function builderFor(
  source: TableSource,
  window: SheetWindow,
  detection: HeaderDetection,
  options: ImportOptions
): RowBuilder {
  return new RowBuilder({
    file: options.file,
    sheet: source.format === 'xlsx' ? window.sheet.name : undefined,
    columns: detection.columns,
    halveSparse: options.halveSparse === true,
    defaultCurrency: options.defaultCurrency ?? DEFAULT_CURRENCY,
    date1904: window.sheet.date1904,
    noncharacters: () => window.sheet.noncharacters()
  })
}

function mappingIssues(builder: RowBuilder, detection: HeaderDetection): ImportIssue[] {
  return detection.duplicateColumns.flatMap(({ index, field }) => {
    const column = detection.columns.find((candidate) => candidate.index === index)
    return column ? [builder.duplicateMappingIssue(column, field)] : []
  })
}

function lastHeaderRowOf(detection: HeaderDetection): number {
  return (detection.headerRow ?? 0) + detection.headerRowCount - 1
}

function requireUsableHeader(detection: HeaderDetection, sheet: string, at: Location): void {
  if (detection.headerRow === null) {
    fail('UNSUPPORTED_FILE', 'noHeader', { sheet, rows: LIMITS.headerSearchRows }, at)
  }
  if (!detection.columns.some((column) => column.field === 'name'))
    fail('UNSUPPORTED_FILE', 'noNameColumn', {}, at)
}

/** Turns data rows into imported rows: outcomes, counts, duplicates by model. */
class RowCollector {
  readonly table: ImportedRows
  readonly counts = {
    rowsRead: 0,
    accepted: 0,
    acceptedWithWarnings: 0,
    rejected: 0,
    blankRowsSkipped: 0,
    duplicates: 0
  }
  private readonly models = new ModelIndex()

  constructor(
    private readonly builder: RowBuilder,
    private readonly lastHeaderRow: number,
    private readonly options: ImportOptions,
    private readonly sheet: SourceSheet
  ) {
    // Catalog matches are made as rows are built (per page), not for every row here.
    this.table = new ImportedRows(builder, options.catalog, sheet.csvText)
  }

  handle(raw: RawRow): void {
    if (raw.row <= this.lastHeaderRow) return
    if (isBlankRow(raw.cells)) {
      this.counts.blankRowsSkipped++
      return
    }
    const counts = this.counts
    counts.rowsRead++
    if (counts.rowsRead > LIMITS.maxRows) {
      fail(
        'FILE_TOO_LARGE',
        'tooManyRows',
        { sheet: this.sheet.name, limit: LIMITS.maxRows },
        { file: this.options.file }
      )
    }
    const verdict = this.builder.verdict(raw)
    let outcome = verdict.outcome
    let duplicateOf = 0
    if (verdict.outcome !== 'rejected') {
      const firstRow = this.models.firstRowOf(verdict.kind, verdict.name, raw.row)
      if (firstRow !== undefined) {
        counts.duplicates++
        duplicateOf = firstRow
        outcome = 'accepted-with-warnings'
      }
    }
    if (outcome === 'accepted') counts.accepted++
    else if (outcome === 'accepted-with-warnings') counts.acceptedWithWarnings++
    else counts.rejected++
    this.table.add(raw, outcome, duplicateOf)
    if (counts.rowsRead % PROGRESS_EVERY === 0) {
      checkCancelled(this.options)
      this.options.onProgress?.(counts.rowsRead)
    }
  }
}

interface ProcessedSheet {
  window: SheetWindow
  detection: HeaderDetection
  collector: RowCollector
  builder: RowBuilder
}

/** Imports the sheet whose window was just read: window rows first, then the rest of the stream. */
async function processSheet(
  source: TableSource,
  window: SheetWindow,
  options: ImportOptions
): Promise<ProcessedSheet> {
  const detection = detectionFor(window.rows, options)
  requireUsableHeader(
    detection,
    window.sheet.name,
    locationBase(source, window.sheet.name, options.file)
  )
  const builder = builderFor(source, window, detection, options)
  const collector = new RowCollector(builder, lastHeaderRowOf(detection), options, window.sheet)
  for (const raw of window.rows) collector.handle(raw)
  if (!window.exhausted) {
    for (let next = await window.rest.next(); !next.done; next = await window.rest.next()) {
      for (const raw of next.value) collector.handle(raw)
    }
  }
  checkCancelled(options)
  options.onProgress?.(collector.counts.rowsRead)
  return { window, detection, collector, builder }
}

/**
 * File-level warnings of the source: an .xlsx package the reader repaired (a damaged
 * directory, a part failing its checksum), a CSV whose encoding is a guess (the planner
 * checks the names and can pick another).
 */
function sourceIssues(source: TableSource, file: string): ImportIssue[] {
  const repairs = (source.warnings ?? []).map((warning) =>
    makeIssue('warning', warning.name, warning.params, { file })
  )
  if (source.encodingConfidence !== 'uncertain' || source.encoding === undefined) return repairs
  return [
    ...repairs,
    makeIssue(
      'warning',
      'importRead.issue.encodingGuessed',
      { encoding: source.encoding },
      { file }
    )
  ]
}

function fileIssuesOf(source: TableSource, processed: ProcessedSheet, file: string): ImportIssue[] {
  const { window, builder, detection } = processed
  const issues = [...sourceIssues(source, file), ...mappingIssues(builder, detection)]
  const base = locationBase(source, window.sheet.name, file)
  if (builder.priceTaxIncluded === true) {
    const price = detection.columns.find((column) => column.field === 'price')
    issues.push(
      makeIssue(
        'warning',
        'importRead.issue.taxInclusivePrice',
        {},
        {
          ...base,
          ...(price ? { column: price.letter, field: 'price' as const } : {})
        }
      )
    )
  }
  if (window.sheet.mergesTruncated)
    issues.push(
      makeIssue('warning', 'importRead.issue.mergeLimit', { limit: LIMITS.maxMergesPerSheet }, base)
    )
  if (window.sheet.overflowRows() > 0)
    issues.push(makeIssue('warning', 'tooManyColumns', { limit: LIMITS.maxColumns }, base))
  const openQuote = window.sheet.unterminatedQuoteAt()
  if (openQuote !== undefined)
    issues.push(makeIssue('warning', 'unterminatedQuote', {}, { ...base, row: openQuote }))
  return issues
}

/**
 * The XML and zip readers underneath throw their own errors on damaged parts that pass the
 * zip guard (invalid characters, impossible cell references). The user gets our located
 * message with the reader's reason, never a stack trace.
 */
async function asReadFailure<T>(file: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (error) {
    if (error instanceof ServiceError) throw error
    if (error instanceof LocatedReadError) {
      const { sheet, row } = error.params
      return fail(
        'UNSUPPORTED_FILE',
        error.messageName,
        { file, ...error.params },
        {
          file,
          ...(typeof sheet === 'string' ? { sheet } : {}),
          ...(typeof row === 'number' && row > 0 ? { row } : {})
        }
      )
    }
    const reason = (error instanceof Error ? error.message : String(error)).slice(0, 160)
    return fail('UNSUPPORTED_FILE', 'unreadableWorkbook', { file, reason }, { file })
  }
}

export async function importInventory(options: ImportOptions): Promise<ImportOutcome> {
  const deadline = options.deadline ?? Date.now() + (options.budgetMs ?? LIMITS.importTimeBudgetMs)
  return asReadFailure(options.file, () => importUnguarded({ ...options, deadline }))
}

async function importUnguarded(options: ImportOptions): Promise<ImportOutcome> {
  const { file } = options
  const source = await openSource(file, options.bytes, options.encoding)
  const sheets: SheetSummary[] = []
  let best: SheetSummary | undefined
  let processed: ProcessedSheet | undefined
  let processedSummary: SheetSummary | undefined
  for await (const sheet of source.sheets()) {
    checkCancelled(options)
    const window = await readWindow(sheet, windowSize(options))
    const summary = summaryOf(window)
    sheets.push(summary)
    if (window.hasData && isBetter(summary, best)) best = summary
    const wanted =
      options.sheet !== undefined
        ? sheet.name === options.sheet
        : !processed && window.hasData && summary.score >= MIN_HEADER_SCORE
    if (wanted) {
      processed = await processSheet(source, window, options)
      processedSummary = summary
    } else {
      await abandon(window)
    }
  }
  if (!best) fail('UNSUPPORTED_FILE', 'emptyWorkbook', { file }, { file })
  if (options.sheet !== undefined && !processed) {
    const names = sheets.map((sheet) => sheet.name).join(', ')
    fail('NOT_FOUND', 'sheetNotFound', { file, sheet: options.sheet, sheets: names }, { file })
  }
  // Nothing scored well enough, or a later sheet is better (a higher score, or the same score
  // on a visible sheet where the one imported is hidden): import that sheet by name.
  if (!processed || (options.sheet === undefined && best !== processedSummary)) {
    return importUnguarded({ ...options, sheet: best.name })
  }
  const { detection, collector, window } = processed
  return outcomeOf(
    {
      file,
      format: source.format,
      ...(source.encoding ? { encoding: source.encoding } : {}),
      ...(source.encodingConfidence ? { encodingConfidence: source.encodingConfidence } : {}),
      ...(source.encodingConfidence ? { encodingConfidence: source.encodingConfidence } : {}),
      sheets,
      sheet: window.sheet.name,
      headerRow: detection.headerRow,
      columns: detection.columns,
      signature: detection.signature,
      remembered: detection.remembered,
      fileIssues: fileIssuesOf(source, processed, file),
      counts: collector.counts,
      sparseHalved: options.halveSparse === true
    },
    collector.table
  )
}

function outcomeOf(report: ImportReport, table: ImportedRows): ImportOutcome {
  let rows: ImportedRow[] | undefined
  return {
    report,
    table,
    get rows() {
      rows ??= table.toArray()
      return rows
    }
  }
}

/** Everything the review step needs before the import: sheets, header, mapping, a preview. */
export async function inspectInventory(options: ImportOptions): Promise<InspectResult> {
  const deadline = options.deadline ?? Date.now() + (options.budgetMs ?? LIMITS.importTimeBudgetMs)
  return asReadFailure(options.file, () => inspectUnguarded({ ...options, deadline }))
}

async function inspectUnguarded(options: ImportOptions): Promise<InspectResult> {
  const { file } = options
  const source = await openSource(file, options.bytes, options.encoding)
  const sheets: SheetSummary[] = []
  const firstWindows: SheetWindow[] = []
  let best: SheetSummary | undefined
  for await (const sheet of source.sheets()) {
    checkCancelled(options)
    const window = await readWindow(sheet, windowSize(options))
    await abandon(window)
    const summary = summaryOf(window)
    sheets.push(summary)
    firstWindows.push(window)
    if (window.hasData && isBetter(summary, best)) best = summary
  }
  if (!best) fail('UNSUPPORTED_FILE', 'emptyWorkbook', { file }, { file })
  const chosenName = options.sheet ?? best.name
  const chosen = firstWindows.find((window) => window.sheet.name === chosenName)
  if (!chosen) {
    const names = sheets.map((sheet) => sheet.name).join(', ')
    fail('NOT_FOUND', 'sheetNotFound', { file, sheet: chosenName, sheets: names }, { file })
  }
  const detection = detectionFor(chosen.rows, options)
  const preview: ImportedRow[] = []
  const fileIssues: ImportIssue[] = sourceIssues(source, file)
  if (detection.headerRow !== null && detection.columns.some((column) => column.field === 'name')) {
    const builder = builderFor(source, chosen, detection, options)
    fileIssues.push(...mappingIssues(builder, detection))
    const lastHeaderRow = lastHeaderRowOf(detection)
    for (const raw of chosen.rows) {
      if (preview.length >= LIMITS.previewRows) break
      if (raw.row <= lastHeaderRow || isBlankRow(raw.cells)) continue
      const row = builder.build(raw)
      if (row.item && options.catalog && options.catalog.size > 0)
        row.match = options.catalog.match(row.item)
      preview.push(row)
    }
  }
  return {
    file,
    format: source.format,
    ...(source.encoding ? { encoding: source.encoding } : {}),
    ...(source.encodingConfidence ? { encodingConfidence: source.encodingConfidence } : {}),
    sheets,
    sheet: chosen.sheet.name,
    headerRow: detection.headerRow,
    columns: detection.columns,
    signature: detection.signature,
    remembered: detection.remembered,
    preview,
    fileIssues
  }
}
