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
  Location
} from '@shared/schema/inventory'
import { makeIssue, type IssueParams } from './issues'
import { normaliseHeader } from './header/match-header'
import { isAbsentWord } from './parse/measure'
import { CellParser } from './parse/cells'
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
const NOTE_START = /^(?:注|备注|说明|附注|数据来源|来源|note|notes|remark|source|\*|※|#)/i

type MutableItem = { -readonly [K in keyof InventoryItem]?: InventoryItem[K] }

export class RowBuilder {
  private readonly prepared: PreparedColumn[]
  private readonly nameColumn?: PreparedColumn
  private readonly nameHeaderKey?: string
  private readonly hasCurrencyColumn: boolean

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
    const nameMapping = options.columns.find((column) => column.field === 'name')
    this.nameHeaderKey = nameMapping ? normaliseHeader(nameMapping.header).key : undefined
    this.hasCurrencyColumn = this.prepared.some((column) => column.field === 'currency')
  }

  private reportRow = 0
  private reportColumn?: PreparedColumn
  private reportIssues: ImportIssue[] = []
  private readonly report = (
    severity: 'warning' | 'error',
    name: string,
    params: IssueParams
  ): void => {
    this.reportIssues.push(
      makeIssue(severity, name, params, this.location(this.reportRow, this.reportColumn))
    )
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

  /** Why a row without a usable name is not hardware, or null when it might be. */
  private rejectUnnamed(raw: RawRow, issues: ImportIssue[]): void {
    const column = this.nameColumn
    const value = column ? (raw.cells[column.index - 1] ?? null) : null
    const at = this.location(raw.row, column)
    if (value !== null && isCellError(value)) {
      issues.push(makeIssue('error', 'nameIsError', { error: value.error }, at))
      return
    }
    if (value !== null && isFormulaWithoutResult(value)) {
      issues.push(makeIssue('error', 'formulaNoResult', { formula: `=${value.formula}` }, at))
      return
    }
    const filled = raw.cells.filter((cell) => !isBlank(cell))
    const totalsWord = filled.find(
      (cell): cell is string => typeof cell === 'string' && TOTALS.has(normaliseHeader(cell).key)
    )
    if (totalsWord !== undefined) {
      issues.push(makeIssue('error', 'totalsRow', { name: shorten(totalsWord) }, at))
      return
    }
    if (filled.length === 1 && typeof filled[0] === 'string') {
      const index = raw.cells.indexOf(filled[0])
      const location = { ...this.location(raw.row), column: columnLetter(index + 1) }
      issues.push(makeIssue('error', 'noteRow', { name: shorten(filled[0]) }, location))
      return
    }
    issues.push(makeIssue('error', 'missingName', {}, at))
  }

  /** A named row that still is not hardware: totals, a note, or the header repeated. */
  private rejectNamed(raw: RawRow, name: string, issues: ImportIssue[]): boolean {
    const at = this.location(raw.row, this.nameColumn)
    // Totals words and header labels are short and digit-free; model names skip the normalisation.
    const key = name.length <= MAX_LABEL_LENGTH && !/\d/.test(name) ? normaliseHeader(name).key : ''
    if (TOTALS.has(key)) {
      issues.push(makeIssue('error', 'totalsRow', { name: shorten(name) }, at))
      return true
    }
    if (this.nameHeaderKey !== undefined && key === this.nameHeaderKey) {
      issues.push(makeIssue('error', 'repeatedHeader', {}, at))
      return true
    }
    if (NOTE_START.test(name) && raw.cells.filter((cell) => !isBlank(cell)).length === 1) {
      issues.push(makeIssue('error', 'noteRow', { name: shorten(name) }, at))
      return true
    }
    return false
  }

  build(raw: RawRow): ImportedRow {
    const issues: ImportIssue[] = []
    const nameCell = this.nameColumn ? (raw.cells[this.nameColumn.index - 1] ?? null) : null
    const name =
      nameCell === null || isCellError(nameCell) || isFormulaWithoutResult(nameCell)
        ? ''
        : cellText(nameCell).trim()
    if (name === '' || isAbsentWord(name)) {
      this.rejectUnnamed(raw, issues)
      return { row: raw.row, outcome: 'rejected', issues }
    }
    if (this.rejectNamed(raw, name, issues)) return { row: raw.row, outcome: 'rejected', issues }

    // Built in its final key order (kind, name, then the columns sorted by KEY_ORDER), no copy.
    const item: MutableItem = { kind: 'accelerator', name: this.limitName(name, raw.row, issues) }
    let explicitKind = false
    let priceColumn: PreparedColumn | undefined
    let priceCurrency: string | undefined
    let currencyColumnValue: string | undefined
    let memoryDescriptor: string | undefined
    let priceDate: string | undefined
    let priceSource: string | undefined
    // One reporter for the whole import (no closure per row); these fields say where it reports.
    this.reportRow = raw.row
    this.reportIssues = issues
    for (const column of this.prepared) {
      const value = raw.cells[column.index - 1] ?? null
      if (column.field === 'name' || isBlank(value)) continue
      this.reportColumn = column
      const parsed = column.parser.parse(value, this.report)
      if (!parsed) continue
      const field = column.field
      if (parsed.kind === 'price') {
        item.price = { amount: parsed.value, currency: '' }
        priceCurrency = parsed.currency
        priceColumn = column
      } else if (parsed.kind === 'number') {
        ;(item as Record<string, unknown>)[field] = parsed.value
        if (parsed.sparse) item.sparse = { ...item.sparse, [field]: parsed.sparse }
        if (parsed.trailing && field === 'memoryGB') memoryDescriptor = parsed.trailing
      } else if (field === 'currency') {
        currencyColumnValue = parsed.value
      } else if (field === 'priceDate') {
        priceDate = parsed.value
      } else if (field === 'priceSource') {
        priceSource = parsed.value
      } else {
        ;(item as Record<string, unknown>)[field] = parsed.value
        if (field === 'kind') explicitKind = true
      }
    }
    if (item.price && priceColumn) {
      let currency = priceCurrency ?? currencyColumnValue
      if (currency === undefined) {
        currency = this.options.defaultCurrency
        issues.push(
          makeIssue('warning', 'currencyAssumed', { currency }, this.location(raw.row, priceColumn))
        )
      }
      item.price = {
        amount: item.price.amount,
        currency,
        ...(priceDate !== undefined ? { date: priceDate } : {}),
        ...(priceSource !== undefined ? { source: priceSource } : {})
      }
    }
    if (
      memoryDescriptor !== undefined &&
      item.memoryType === undefined &&
      !this.hasMapped('memoryType')
    ) {
      item.memoryType = memoryDescriptor
    }
    if (!explicitKind && item.acceleratorsPerServer !== undefined) item.kind = 'server'
    const hasWarnings = issues.length > 0
    return {
      row: raw.row,
      outcome: hasWarnings ? 'accepted-with-warnings' : 'accepted',
      item: item as InventoryItem,
      issues: hasWarnings ? issues : NO_ISSUES
    }
  }

  /** Names longer than the schema allows are cut, with the cell-length warning. */
  private limitName(name: string, row: number, issues: ImportIssue[]): string {
    if (name.length <= MAX_NAME_LENGTH) return name
    issues.push(
      makeIssue(
        'warning',
        'cellTooLong',
        { limit: MAX_NAME_LENGTH },
        this.location(row, this.nameColumn)
      )
    )
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
  'quantityOnHand',
  'notes'
]
