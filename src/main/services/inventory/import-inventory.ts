/**
 * The import pipeline. Pass 1 (inspect) reads the first rows of every sheet to choose the
 * sheet, find the header and map columns; pass 2 streams the chosen sheet's data rows
 * through the row builder. Every non-blank row after the header ends up accepted or
 * rejected, so rows read = accepted + rejected, always.
 */
import type {
  ColumnMapping,
  ImportIssue,
  ImportReport,
  ImportedRow,
  InspectResult,
  Location,
  MappingOverride,
  SheetSummary
} from '@shared/schema/inventory'
import { ServiceError } from '@shared/ipc/envelope'
import { CatalogMatcher, nameTokens } from './catalog-match'
import { detectHeader, type HeaderDetection } from './header/detect-header'
import { fail, makeIssue } from './issues'
import { LIMITS } from './limits'
import { openSource, type SourceSheet, type TableSource } from './read/open-source'
import { isBlankRow, type RawRow } from './read/raw-row'
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
  /** Remembered mapping for a header signature. */
  recall?: (signature: string) => MappingOverride | undefined
  catalog?: CatalogMatcher
  signal?: AbortSignal
  /** Called with the number of rows processed so far (every PROGRESS_EVERY rows and at the end). */
  onProgress?: (rowsProcessed: number) => void
}

export interface ImportOutcome {
  report: ImportReport
  rows: ImportedRow[]
}

const PROGRESS_EVERY = 1000
export const DEFAULT_CURRENCY = 'CNY'

interface Analysis {
  source: TableSource
  sheets: SheetSummary[]
  sheetName: string
  date1904: boolean
  /** The chosen sheet's first rows (header search window plus preview). */
  firstRows: RawRow[]
  detection: HeaderDetection
}

function checkCancelled(signal: AbortSignal | undefined, file: string): void {
  if (signal?.aborted) fail('CANCELLED', 'cancelled', {}, { file })
}

/** Reads the first rows of a sheet and abandons the rest (the reader drains it). */
async function firstRowsOf(sheet: SourceSheet, limit: number): Promise<RawRow[]> {
  const rows: RawRow[] = []
  if (limit <= 0) return rows
  for await (const row of sheet.rows) {
    rows.push(row)
    if (rows.length >= limit) break
  }
  return rows
}

async function analyse(options: ImportOptions): Promise<Analysis> {
  const { file } = options
  const source = await openSource(file, options.bytes)
  const window = Math.max(
    LIMITS.headerSearchRows + LIMITS.previewRows + 10,
    (options.headerRow ?? 0) + LIMITS.previewRows + 2
  )
  const sheets: SheetSummary[] = []
  let best: {
    name: string
    rows: RawRow[]
    score: number
    hidden: boolean
    date1904: boolean
  } | null = null
  let requested: { name: string; rows: RawRow[]; date1904: boolean } | null = null
  let anyData = false
  for await (const sheet of source.sheets()) {
    checkCancelled(options.signal, file)
    const rows = await firstRowsOf(sheet, window)
    const nonBlank = rows.filter((row) => !isBlankRow(row.cells))
    if (nonBlank.length > 0) anyData = true
    const score = nonBlank.length === 0 ? 0 : scoreOf(detectHeader(rows))
    sheets.push({ name: sheet.name, score, ...(sheet.hidden ? { hidden: true } : {}) })
    if (options.sheet !== undefined && sheet.name === options.sheet)
      requested = { name: sheet.name, rows, date1904: sheet.date1904 }
    // Prefer the best-scoring sheet; a visible sheet beats a hidden one on a tie; earlier wins otherwise.
    const better =
      !best || score > best.score || (score === best.score && best.hidden && !sheet.hidden)
    if (nonBlank.length > 0 && better)
      best = { name: sheet.name, rows, score, hidden: sheet.hidden, date1904: sheet.date1904 }
  }
  if (!anyData) fail('UNSUPPORTED_FILE', 'emptyWorkbook', { file }, { file })
  if (options.sheet !== undefined && !requested) {
    fail(
      'NOT_FOUND',
      'sheetNotFound',
      { file, sheet: options.sheet, sheets: sheets.map((sheet) => sheet.name).join(', ') },
      { file }
    )
  }
  const chosen = requested ?? best
  if (!chosen) fail('UNSUPPORTED_FILE', 'emptyWorkbook', { file }, { file })
  const detection = detectHeader(chosen.rows, {
    headerRow: options.headerRow,
    overrides: options.mapping,
    recall: options.recall
  })
  return {
    source,
    sheets,
    sheetName: chosen.name,
    date1904: chosen.date1904,
    firstRows: chosen.rows,
    detection
  }
}

function scoreOf(detection: HeaderDetection): number {
  const fields = new Set(
    detection.columns.map((column) => column.field).filter((field) => field !== null)
  )
  return detection.headerRow === null ? 0 : fields.size + (fields.has('name') ? 1 : 0)
}

function sheetForLocation(analysis: Analysis): string | undefined {
  return analysis.source.format === 'xlsx' ? analysis.sheetName : undefined
}

function requireUsableHeader(
  analysis: Analysis,
  file: string
): { headerRow: number; lastHeaderRow: number } {
  const { detection } = analysis
  const at: Location = {
    file,
    ...(sheetForLocation(analysis) !== undefined ? { sheet: analysis.sheetName } : {})
  }
  if (detection.headerRow === null) {
    fail(
      'UNSUPPORTED_FILE',
      'noHeader',
      { sheet: analysis.sheetName, rows: LIMITS.headerSearchRows },
      at
    )
  }
  if (!detection.columns.some((column) => column.field === 'name'))
    fail('UNSUPPORTED_FILE', 'noNameColumn', {}, at)
  return {
    headerRow: detection.headerRow,
    lastHeaderRow: detection.headerRow + detection.headerRowCount - 1
  }
}

function builderFor(analysis: Analysis, options: ImportOptions): RowBuilder {
  return new RowBuilder({
    file: options.file,
    sheet: sheetForLocation(analysis),
    columns: analysis.detection.columns,
    halveSparse: options.halveSparse === true,
    defaultCurrency: options.defaultCurrency ?? DEFAULT_CURRENCY,
    date1904: analysis.date1904
  })
}

/** Adds the catalog match to an accepted row. */
function withMatch(row: ImportedRow, catalog: CatalogMatcher | undefined): ImportedRow {
  if (!catalog || !row.item || catalog.size === 0) return row
  return { ...row, match: catalog.match(row.item) }
}

function mappingIssues(
  builder: RowBuilder,
  columns: ColumnMapping[],
  detection: HeaderDetection
): ImportIssue[] {
  return detection.duplicateColumns.flatMap(({ index, field }) => {
    const column = columns.find((candidate) => candidate.index === index)
    return column ? [builder.duplicateMappingIssue(column, field)] : []
  })
}

export async function inspectInventory(options: ImportOptions): Promise<InspectResult> {
  const analysis = await analyse(options)
  const { detection } = analysis
  const preview: ImportedRow[] = []
  const fileIssues: ImportIssue[] = []
  const hasName = detection.columns.some((column) => column.field === 'name')
  if (detection.headerRow !== null && hasName) {
    const builder = builderFor(analysis, options)
    fileIssues.push(...mappingIssues(builder, detection.columns, detection))
    const lastHeaderRow = detection.headerRow + detection.headerRowCount - 1
    for (const raw of analysis.firstRows) {
      if (preview.length >= LIMITS.previewRows) break
      if (raw.row <= lastHeaderRow || isBlankRow(raw.cells)) continue
      preview.push(withMatch(builder.build(raw), options.catalog))
    }
  }
  return {
    file: options.file,
    format: analysis.source.format,
    ...(analysis.source.encoding ? { encoding: analysis.source.encoding } : {}),
    sheets: analysis.sheets,
    sheet: analysis.sheetName,
    headerRow: detection.headerRow,
    columns: detection.columns,
    signature: detection.signature,
    remembered: detection.remembered,
    preview,
    fileIssues
  }
}

/** Finds the chosen sheet again for the full pass. */
async function reopenSheet(analysis: Analysis): Promise<SourceSheet> {
  for await (const sheet of analysis.source.sheets()) {
    if (sheet.name === analysis.sheetName) return sheet
  }
  throw new ServiceError('IO_ERROR', `Sheet ${analysis.sheetName} disappeared while reading.`)
}

export async function importInventory(options: ImportOptions): Promise<ImportOutcome> {
  const { file } = options
  const analysis = await analyse(options)
  const { lastHeaderRow } = requireUsableHeader(analysis, file)
  const builder = builderFor(analysis, options)
  const { detection } = analysis

  const rows: ImportedRow[] = []
  const counts = {
    rowsRead: 0,
    accepted: 0,
    acceptedWithWarnings: 0,
    rejected: 0,
    blankRowsSkipped: 0,
    duplicates: 0
  }
  const firstRowOfModel = new Map<string, number>()
  let processed = 0

  const handle = (raw: RawRow): void => {
    processed++
    if (raw.row <= lastHeaderRow) return
    if (isBlankRow(raw.cells)) {
      counts.blankRowsSkipped++
      return
    }
    counts.rowsRead++
    if (counts.rowsRead > LIMITS.maxRows) {
      fail(
        'FILE_TOO_LARGE',
        'tooManyRows',
        { sheet: analysis.sheetName, limit: LIMITS.maxRows },
        { file }
      )
    }
    let row = builder.build(raw)
    if (row.item) {
      const key = `${row.item.kind}|${nameTokens(row.item.name).sort().join(' ')}`
      const firstRow = firstRowOfModel.get(key)
      if (firstRow === undefined) {
        firstRowOfModel.set(key, raw.row)
      } else {
        counts.duplicates++
        const at = builder.nameLocation(raw.row)
        row = {
          ...row,
          outcome: 'accepted-with-warnings',
          duplicateOf: firstRow,
          issues: [
            ...row.issues,
            makeIssue('warning', 'duplicate', { name: row.item.name, firstRow }, at)
          ]
        }
      }
    }
    row = withMatch(row, options.catalog)
    if (row.outcome === 'accepted') counts.accepted++
    else if (row.outcome === 'accepted-with-warnings') counts.acceptedWithWarnings++
    else counts.rejected++
    rows.push(row)
  }

  const sheet = await reopenSheet(analysis)
  for await (const raw of sheet.rows) {
    handle(raw)
    if (processed % PROGRESS_EVERY === 0) {
      checkCancelled(options.signal, file)
      options.onProgress?.(counts.rowsRead)
    }
  }
  checkCancelled(options.signal, file)
  options.onProgress?.(counts.rowsRead)

  const fileIssues = mappingIssues(builder, detection.columns, detection)
  const sheetName = sheetForLocation(analysis)
  const base: Location = { file, ...(sheetName !== undefined ? { sheet: sheetName } : {}) }
  if (sheet.overflowRows() > 0) {
    fileIssues.push(makeIssue('warning', 'tooManyColumns', { limit: LIMITS.maxColumns }, base))
  }
  const openQuote = sheet.unterminatedQuoteAt()
  if (openQuote !== undefined)
    fileIssues.push(makeIssue('warning', 'unterminatedQuote', {}, { ...base, row: openQuote }))

  return {
    report: {
      file,
      format: analysis.source.format,
      ...(analysis.source.encoding ? { encoding: analysis.source.encoding } : {}),
      sheets: analysis.sheets,
      sheet: analysis.sheetName,
      headerRow: detection.headerRow,
      columns: detection.columns,
      signature: detection.signature,
      remembered: detection.remembered,
      fileIssues,
      counts,
      sparseHalved: options.halveSparse === true
    },
    rows
  }
}
