/**
 * One data row → one imported row: the item built from its mapped cells, and every
 * problem located to its cell. A row is rejected only when it cannot name hardware (no
 * model, an error in the model cell, a totals/note/repeated-header row); a bad figure
 * leaves that field empty with a warning, so the row still counts and nothing is invented.
 */
import type {
  ColumnField,
  ColumnMapping,
  ImportIssue,
  ImportedRow,
  InventoryItem,
  ItemKind,
  Location,
  RowOutcome
} from '@shared/schema/inventory'
import { makeIssue, type IssueParams } from './issues'
import { normaliseHeader } from './header/match-header'
import { isAbsentWord } from './parse/measure'
import { CellParser } from './parse/cells'
import { NONCHARACTER, replaceNoncharacters } from './read/cell-text'
import { priceHintFromHeader } from './parse/price'
import {
  cellText,
  columnLetter,
  isBlank,
  isCellError,
  isFormulaWithoutResult,
  type RawRow
} from './read/raw-row'

export interface PreparedColumn {
  index: number
  letter: string
  field: ColumnField
  parser: CellParser
}

export interface RowBuilderOptions {
  file: string
  /** Omitted for CSV/TSV (the file is the sheet). */
  sheet?: string
  columns: ColumnMapping[]
  halveSparse: boolean
  defaultCurrency: string
  date1904: boolean
  /**
   * The source may hold noncharacters (U+FFFE and the like): string cells are then checked and
   * cleaned, with a warning. Read per row: an .xlsx learns it while its rows stream.
   */
  noncharacters?: () => boolean
}

/** A builder's options as plain data (an import worker sends them with its rows). */
export type RowBuilderSettings = Omit<RowBuilderOptions, 'noncharacters'> & {
  noncharacters: boolean
}

const TOTALS = new Set([
  '合计',
  '总计',
  '小计',
  '总和',
  '共计',
  'total',
  'totals',
  'subtotal',
  'grandtotal',
  'sum'
])
const MAX_LABEL_LENGTH = 40
/** inventoryItemSchema's limit for names. */
const MAX_NAME_LENGTH = 300
/** Shared by every row without issues (never mutated: rows that gain an issue get a new array). */
const NO_ISSUES: ImportIssue[] = []
/** A module constant: a regex literal in a function is a new RegExp on every call (every row). */
const HAS_DIGIT = /\d/
const NOTE_START = /^(?:注|备注|说明|附注|数据来源|来源|note|notes|remark|source|\*|※|#)/i

type MutableItem = { -readonly [K in keyof InventoryItem]?: InventoryItem[K] }

/** What the import pass needs of a row: its outcome and, unless rejected, its item's kind and name (the duplicate key). */
export type RowVerdict =
  | { outcome: 'rejected' }
  | { outcome: Exclude<RowOutcome, 'rejected'>; kind: ItemKind; name: string }

export class RowBuilder {
  private readonly prepared: PreparedColumn[]
  private readonly nameColumn?: PreparedColumn
  /** The mapped columns other than the name, in KEY_ORDER. */
  private readonly valueColumns: PreparedColumn[]
  private readonly nameHeaderKey?: string
  private readonly hasCurrencyColumn: boolean
  /** What the price column's header says about VAT (undefined: it says nothing). */
  readonly priceTaxIncluded?: boolean

  constructor(private readonly options: RowBuilderOptions) {
    this.prepared = options.columns
      .filter((column): column is ColumnMapping & { field: ColumnField } => column.field !== null)
      .map((column) => ({
        index: column.index,
        letter: column.letter,
        field: column.field,
        parser: new CellParser({
          field: column.field,
          unitHint: column.unitHint?.toLowerCase(),
          sparseColumn: column.sparse === true,
          priceHint: priceHintFromHeader(column.field === 'price' ? column.unitHint : undefined),
          halveSparse: options.halveSparse,
          date1904: options.date1904
        })
      }))
    this.prepared.sort((a, b) => KEY_ORDER.indexOf(a.field) - KEY_ORDER.indexOf(b.field))
    this.nameColumn = this.prepared.find((column) => column.field === 'name')
    this.valueColumns = this.prepared.filter((column) => column.field !== 'name')
    const nameMapping = options.columns.find((column) => column.field === 'name')
    this.nameHeaderKey = nameMapping ? normaliseHeader(nameMapping.header).key : undefined
    this.hasCurrencyColumn = this.prepared.some((column) => column.field === 'currency')
    const priceMapping = options.columns.find((column) => column.field === 'price')
    this.priceTaxIncluded = priceMapping ? taxIncludedFromHeader(priceMapping.header) : undefined
  }

  /** The options as plain data, `noncharacters` as known now (after the rows were read). */
  settings(): RowBuilderSettings {
    const { noncharacters, ...rest } = this.options
    return { ...rest, noncharacters: noncharacters?.() === true }
  }

  /**
   * Issues of the row being built. The import pass only needs a row's outcome (does it have
   * issues?), so it runs with `collecting` off and issues are counted, not made: messages and
   * locations are built when the row is (see `build`, used for result pages).
   */
  private collecting = true
  private issueCount = 0
  private rowIssues: ImportIssue[] = []
  private reportRow = 0
  private reportColumn?: PreparedColumn
  /** One reporter for the whole import (no closure per row); the fields above say where it reports. */
  private readonly report = (
    severity: 'warning' | 'error',
    name: string,
    params: IssueParams
  ): void => {
    if (!this.collecting) {
      this.issueCount++
      return
    }
    this.rowIssues.push(
      makeIssue(severity, name, params, this.location(this.reportRow, this.reportColumn))
    )
  }

  /** Records an issue at a location built only when issues are collected. */
  private issue(
    severity: 'warning' | 'error',
    name: string,
    params: IssueParams,
    row: number,
    column: PreparedColumn | undefined
  ): void {
    if (!this.collecting) {
      this.issueCount++
      return
    }
    this.rowIssues.push(makeIssue(severity, name, params, this.location(row, column)))
  }

  get hasNameColumn(): boolean {
    return this.nameColumn !== undefined
  }

  /** Where a row's model name is (duplicate reports point there). */
  nameLocation(row: number): Location {
    return this.location(row, this.nameColumn)
  }

  private location(row: number, column?: PreparedColumn): Location {
    const location: Location = { file: this.options.file, row }
    if (this.options.sheet !== undefined) location.sheet = this.options.sheet
    if (column) {
      location.column = column.letter
      location.field = column.field
    }
    return location
  }

  /** Why a row without a usable name is not hardware (always exactly one error). */
  private rejectUnnamed(raw: RawRow): void {
    const column = this.nameColumn
    const value = column ? (raw.cells[column.index - 1] ?? null) : null
    if (value !== null && isCellError(value)) {
      this.issue('error', 'nameIsError', { error: value.error }, raw.row, column)
      return
    }
    if (value !== null && isFormulaWithoutResult(value)) {
      this.issue('error', 'formulaNoResult', { formula: `=${value.formula}` }, raw.row, column)
      return
    }
    const filled = raw.cells.filter((cell) => !isBlank(cell))
    const totalsWord = filled.find(
      (cell): cell is string => typeof cell === 'string' && TOTALS.has(normaliseHeader(cell).key)
    )
    if (totalsWord !== undefined) {
      this.issue('error', 'totalsRow', { name: shorten(totalsWord) }, raw.row, column)
      return
    }
    if (filled.length === 1 && typeof filled[0] === 'string') {
      if (!this.collecting) {
        this.issueCount++
        return
      }
      const index = raw.cells.indexOf(filled[0])
      const location = { ...this.location(raw.row), column: columnLetter(index + 1) }
      this.rowIssues.push(makeIssue('error', 'noteRow', { name: shorten(filled[0]) }, location))
      return
    }
    this.issue('error', 'missingName', {}, raw.row, column)
  }

  /** A named row that still is not hardware: totals, a note, or the header repeated. */
  private rejectNamed(raw: RawRow, name: string): boolean {
    const column = this.nameColumn
    // Totals words and header labels are short and digit-free; model names skip the normalisation.
    const key =
      name.length <= MAX_LABEL_LENGTH && !HAS_DIGIT.test(name) ? normaliseHeader(name).key : ''
    if (TOTALS.has(key)) {
      this.issue('error', 'totalsRow', { name: shorten(name) }, raw.row, column)
      return true
    }
    if (this.nameHeaderKey !== undefined && key === this.nameHeaderKey) {
      this.issue('error', 'repeatedHeader', {}, raw.row, column)
      return true
    }
    if (NOTE_START.test(name) && raw.cells.filter((cell) => !isBlank(cell)).length === 1) {
      this.issue('error', 'noteRow', { name: shorten(name) }, raw.row, column)
      return true
    }
    return false
  }

  /** The row with its item and every issue, located (result pages, the preview, the CLI). */
  build(raw: RawRow): ImportedRow {
    this.collecting = true
    const issues: ImportIssue[] = []
    this.rowIssues = issues
    const item = this.run(raw) ? this.item : undefined
    this.item = undefined
    if (!item) return { row: raw.row, outcome: 'rejected', issues }
    const hasWarnings = issues.length > 0
    return {
      row: raw.row,
      outcome: hasWarnings ? 'accepted-with-warnings' : 'accepted',
      item: item as InventoryItem,
      issues: hasWarnings ? issues : NO_ISSUES
    }
  }

  /**
   * The import pass: the same work as `build` (every cell parsed and checked), but issues are
   * only counted and no item is built. `build` on the same cells gives the same outcome.
   */
  verdict(raw: RawRow): RowVerdict {
    this.collecting = false
    this.issueCount = 0
    if (!this.run(raw)) return { outcome: 'rejected' }
    return {
      outcome: this.issueCount > 0 ? 'accepted-with-warnings' : 'accepted',
      kind: this.kind,
      name: this.name
    }
  }

  /** Results of `run`: the item (only when collecting), its kind and name. */
  private item: MutableItem | undefined
  private kind: ItemKind = 'accelerator'
  private name = ''

  /**
   * Parses and checks the row's cells, reporting issues to the current sink. False when the row
   * is rejected; otherwise `kind` and `name` are set, and `item` too when collecting.
   */
  private run(row: RawRow): boolean {
    const raw = this.options.noncharacters?.() === true ? this.withoutNoncharacters(row) : row
    const nameCell = this.nameColumn ? (raw.cells[this.nameColumn.index - 1] ?? null) : null
    const rawName =
      nameCell === null || isCellError(nameCell) || isFormulaWithoutResult(nameCell)
        ? ''
        : cellText(nameCell).trim()
    if (rawName === '' || isAbsentWord(rawName)) {
      this.rejectUnnamed(raw)
      return false
    }
    if (this.rejectNamed(raw, rawName)) return false
    if (raw.problems !== undefined) this.reportProblems(raw)

    const name = this.limitName(rawName, raw.row)
    // Built in its final key order (kind, name, then the columns sorted by KEY_ORDER), no copy.
    const item: MutableItem | undefined = this.collecting
      ? { kind: 'accelerator', name }
      : undefined
    let kind: ItemKind | undefined
    let perServer = false
    let price: number | undefined
    let priceColumn: PreparedColumn | undefined
    let priceCurrency: string | undefined
    let currencyColumnValue: string | undefined
    let memoryDescriptor: string | undefined
    let priceDate: string | undefined
    let priceSource: string | undefined
    let taxFlag: boolean | undefined
    this.reportRow = raw.row
    for (const column of this.valueColumns) {
      const value = raw.cells[column.index - 1] ?? null
      if (isBlank(value)) continue
      this.reportColumn = column
      const parsed = column.parser.parse(value, this.report)
      // Rows are kept as their cells: repeated texts then share the memo's one copy.
      if (typeof value === 'string' && column.parser.text !== undefined)
        raw.cells[column.index - 1] = column.parser.text
      if (!parsed) continue
      const field = column.field
      if (parsed.kind === 'price') {
        price = parsed.value
        priceCurrency = parsed.currency
        priceColumn = column
        // Holds the price's place in the key order; completed after the loop.
        if (item) item.price = { amount: price, currency: '' }
      } else if (parsed.kind === 'flag') {
        taxFlag = parsed.value
      } else if (parsed.kind === 'number') {
        if (field === 'acceleratorsPerServer') perServer = true
        if (!item) continue
        ;(item as Record<string, unknown>)[field] = parsed.value
        if (parsed.sparse) item.sparse = { ...item.sparse, [field]: parsed.sparse }
        if (parsed.trailing && field === 'memoryGB') memoryDescriptor = parsed.trailing
      } else if (field === 'currency') {
        currencyColumnValue = parsed.value
      } else if (field === 'priceDate') {
        priceDate = parsed.value
      } else if (field === 'priceSource') {
        priceSource = parsed.value
      } else if (field === 'kind') {
        kind = parsed.value as ItemKind
      } else if (item) {
        ;(item as Record<string, unknown>)[field] = parsed.value
      }
    }
    this.kind = kind ?? (perServer ? 'server' : 'accelerator')
    this.name = name
    let currency: string | undefined
    if (price !== undefined && priceColumn) {
      currency = priceCurrency ?? currencyColumnValue
      if (currency === undefined) {
        currency = this.options.defaultCurrency
        this.issue('warning', 'currencyAssumed', { currency }, raw.row, priceColumn)
      }
    }
    if (!item) return true
    item.kind = this.kind
    if (price !== undefined && currency !== undefined) {
      // The row's own flag cell wins over what the price header says; a flag without a price is
      // ignored, like a currency without a price.
      const taxIncluded = taxFlag ?? this.priceTaxIncluded
      item.price = {
        amount: price,
        currency,
        ...(priceDate !== undefined ? { date: priceDate } : {}),
        ...(priceSource !== undefined ? { source: priceSource } : {}),
        ...(taxIncluded !== undefined ? { taxIncluded } : {})
      }
    }
    if (
      memoryDescriptor !== undefined &&
      item.memoryType === undefined &&
      !this.hasMapped('memoryType')
    ) {
      item.memoryType = memoryDescriptor
    }
    this.item = item
    return true
  }

  /** Cells the reader could not read as written: a warning on each, located to its cell. */
  private reportProblems(raw: RawRow): void {
    for (const problem of raw.problems ?? []) {
      const column = this.prepared.find((candidate) => candidate.index === problem.column)
      if (!this.collecting) {
        this.issueCount++
        continue
      }
      const location = column
        ? this.location(raw.row, column)
        : { ...this.location(raw.row), column: columnLetter(problem.column) }
      this.rowIssues.push(makeIssue('warning', problem.name, problem.params, location))
    }
  }

  /**
   * The row with noncharacters in its mapped cells replaced by U+FFFD, one warning per cell.
   * A copy: the kept cells stay as read, so building the row again warns again.
   */
  private withoutNoncharacters(raw: RawRow): RawRow {
    let cells: RawRow['cells'] | undefined
    for (const column of this.prepared) {
      const value = raw.cells[column.index - 1]
      if (typeof value !== 'string' || !NONCHARACTER.test(value)) continue
      const { text, count } = replaceNoncharacters(value)
      cells ??= raw.cells.slice()
      cells[column.index - 1] = text
      this.issue('warning', 'importRead.issue.noncharacter', { count }, raw.row, column)
    }
    return cells ? { ...raw, cells } : raw
  }

  /** Names longer than the schema allows are cut, with the cell-length warning. */
  private limitName(name: string, row: number): string {
    if (name.length <= MAX_NAME_LENGTH) return name
    this.issue('warning', 'cellTooLong', { limit: MAX_NAME_LENGTH }, row, this.nameColumn)
    return name.slice(0, MAX_NAME_LENGTH)
  }

  private hasMapped(field: ColumnField): boolean {
    return this.prepared.some((column) => column.field === field)
  }

  /** The file-level note for two columns claiming one field. */
  duplicateMappingIssue(column: ColumnMapping, field: ColumnField): ImportIssue {
    const location: Location = { file: this.options.file, column: column.letter, field }
    if (this.options.sheet !== undefined) location.sheet = this.options.sheet
    return makeIssue('warning', 'duplicateMapping', { field }, location)
  }
}

/** 不含税 / 未税 / 除税 / "excl. VAT" / "net of tax" / "pre-tax": the price is before VAT. */
const TAX_EXCLUSIVE =
  /不含税|未含税|未税|除税|税前|excl(?:\.|uding)?\s*(?:of\s*)?(?:vat|tax|gst)|(?:vat|tax)[\s-]*excl|net\s*of\s*(?:vat|tax)|pre[\s-]*tax|before\s*(?:vat|tax)|w\/o\s*(?:vat|tax)/i
/** 含税 / 含增值税 / "incl. VAT" / "gross" / "tax-inclusive": the price includes VAT. */
const TAX_INCLUSIVE =
  /含税|含增值税|价税合计|incl(?:\.|uding)?\s*(?:of\s*)?(?:vat|tax|gst)|(?:vat|tax)[\s-]*incl|with\s*(?:vat|tax)|gross/i

/**
 * What a price header says about VAT: true for 含税单价 or "price incl. VAT", false for
 * 不含税单价 or "price excl. VAT" (checked first: 不含税 contains 含税), undefined otherwise.
 */
export function taxIncludedFromHeader(header: string): boolean | undefined {
  const label = header.slice(0, 200)
  if (TAX_EXCLUSIVE.test(label)) return false
  if (TAX_INCLUSIVE.test(label)) return true
  return undefined
}

function shorten(text: string): string {
  const trimmed = text.trim()
  return trimmed.length > 40 ? `${trimmed.slice(0, 37)}...` : trimmed
}

/** Field order of built items (columns are visited in this order), so output reads the same for every file. */
const KEY_ORDER: readonly ColumnField[] = [
  'kind',
  'vendor',
  'name',
  'formFactor',
  'memoryType',
  'memoryGB',
  'memoryBandwidthGBs',
  'fp32Tflops',
  'tf32Tflops',
  'fp16Tflops',
  'bf16Tflops',
  'fp8Tflops',
  'int8Tops',
  'int4Tops',
  'tdpW',
  'decode1080p30Streams',
  'launchYear',
  'acceleratorsPerServer',
  'acceleratorName',
  'price',
  'currency',
  'priceDate',
  'priceSource',
  'taxIncluded',
  'quantityOnHand',
  'notes'
]
