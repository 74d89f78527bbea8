/**
 * The rows of an import, kept compact: per row its number, outcome and duplicate reference in
 * typed arrays, plus its cells as read (repeated texts share one copy), or for CSV just where the
 * row starts in the text (read again when needed: the text is kept anyway). The import pass has
 * already parsed and checked every cell (that is how each row got its outcome); a row's item,
 * messages and locations are built again from its cells only when it is asked for: a result
 * page, the commit, the CLI. 100k fully built rows with their messages would cost several
 * times the memory and most of the import's time, for pages the user may never open.
 */
import type { ImportedRow, RowOutcome } from '@shared/schema/inventory'
import type { CatalogMatcher } from './catalog-match'
import { makeIssue } from './issues'
import { csvRecordAt, type Delimiter } from './read/csv-rows'
import type { CellValue, RawRow, ReadProblem } from './read/raw-row'
import { RowBuilder, type RowBuilderSettings } from './row-builder'

/** A CSV's decoded text: rows are kept as offsets into it and read again when built. */
export interface CsvText {
  text: string
  delimiter: Delimiter
}

/**
 * An import's rows as plain data (typed arrays, cell values, the CSV text): what an import
 * worker hands back to the main process, which rebuilds the table with `fromSnapshot`.
 */
export interface ImportedRowsSnapshot {
  count: number
  rowNumbers: Int32Array<ArrayBuffer>
  outcomes: Uint8Array<ArrayBuffer>
  duplicateOf: Int32Array<ArrayBuffer>
  offsets: Int32Array<ArrayBuffer>
  cells: CellValue[][]
  problems: [number, ReadProblem[]][]
  csv?: CsvText
  builder: RowBuilderSettings
}

const OUTCOMES: readonly RowOutcome[] = ['accepted', 'accepted-with-warnings', 'rejected']
const OUTCOME_CODE: Record<RowOutcome, number> = {
  accepted: 0,
  'accepted-with-warnings': 1,
  rejected: 2
}

function grown<T extends Int32Array | Uint8Array>(array: T, length: number): T {
  if (length <= array.length) return array
  const bigger = new (array.constructor as new (size: number) => T)(
    Math.max(length, array.length * 2)
  )
  bigger.set(array)
  return bigger
}

export class ImportedRows implements Iterable<ImportedRow> {
  private count = 0
  private rowNumbers = new Int32Array(256)
  private outcomes = new Uint8Array(256)
  /** Row number of the first row with the same model, or 0 when the row is not a duplicate. */
  private duplicateOf = new Int32Array(256)
  /** Each row's cells, or (when the source can read a row again) where it starts in the source. */
  private readonly cells: CellValue[][] = []
  /** Reader problems by row index (rare: malformed references). */
  private readonly problems = new Map<number, ReadProblem[]>()
  private offsets = new Int32Array(0)

  private readonly cellsAt?: (at: number) => CellValue[]

  /** With `csv`, rows are kept as their offsets in the source text (`RawRow.at`). */
  constructor(
    private readonly builder: RowBuilder,
    private readonly catalog?: CatalogMatcher,
    private readonly csv?: CsvText
  ) {
    if (csv) {
      this.offsets = new Int32Array(256)
      this.cellsAt = (at) => csvRecordAt(csv.text, csv.delimiter, at)
    }
  }

  /** The rows as plain data, for the main process (typed arrays trimmed to the rows read). */
  snapshot(): ImportedRowsSnapshot {
    return {
      count: this.count,
      rowNumbers: this.rowNumbers.slice(0, this.count),
      outcomes: this.outcomes.slice(0, this.count),
      duplicateOf: this.duplicateOf.slice(0, this.count),
      offsets: this.offsets.slice(0, this.csv ? this.count : 0),
      cells: this.cells,
      problems: [...this.problems],
      ...(this.csv ? { csv: this.csv } : {}),
      builder: this.builder.settings()
    }
  }

  /** The table again from a snapshot; rows are built (and matched against `catalog`) on demand. */
  static fromSnapshot(snapshot: ImportedRowsSnapshot, catalog?: CatalogMatcher): ImportedRows {
    const builder = new RowBuilder({
      ...snapshot.builder,
      noncharacters: () => snapshot.builder.noncharacters
    })
    const table = new ImportedRows(builder, catalog, snapshot.csv)
    table.count = snapshot.count
    table.rowNumbers = snapshot.rowNumbers
    table.outcomes = snapshot.outcomes
    table.duplicateOf = snapshot.duplicateOf
    if (snapshot.csv) table.offsets = snapshot.offsets
    snapshot.cells.forEach((cells, index) => (table.cells[index] = cells))
    for (const [index, problems] of snapshot.problems) table.problems.set(index, problems)
    return table
  }

  get length(): number {
    return this.count
  }

  add(raw: RawRow, outcome: RowOutcome, duplicateOf: number): void {
    const index = this.count++
    this.rowNumbers = grown(this.rowNumbers, index + 1)
    this.outcomes = grown(this.outcomes, index + 1)
    this.duplicateOf = grown(this.duplicateOf, index + 1)
    this.rowNumbers[index] = raw.row
    this.outcomes[index] = OUTCOME_CODE[outcome]
    this.duplicateOf[index] = duplicateOf
    if (raw.problems !== undefined) this.problems.set(index, raw.problems)
    if (this.cellsAt && raw.at !== undefined) {
      this.offsets = grown(this.offsets, index + 1)
      this.offsets[index] = raw.at
    } else {
      this.cells[index] = raw.cells
    }
  }

  private cellsOf(index: number): CellValue[] {
    return this.cellsAt && this.cells[index] === undefined
      ? this.cellsAt(this.offsets[index])
      : this.cells[index]
  }

  outcomeAt(index: number): RowOutcome {
    return OUTCOMES[this.outcomes[index]]
  }

  /** The row at `index` (0-based, in file order), built with its item, issues and catalog match. */
  at(index: number): ImportedRow {
    const rowNumber = this.rowNumbers[index]
    const problems = this.problems.get(index)
    let row = this.builder.build({
      row: rowNumber,
      cells: this.cellsOf(index),
      ...(problems ? { problems } : {})
    })
    const firstRow = this.duplicateOf[index]
    if (firstRow > 0 && row.item) {
      const duplicate = makeIssue(
        'warning',
        'duplicate',
        { name: row.item.name, firstRow },
        this.builder.nameLocation(rowNumber)
      )
      row = {
        ...row,
        outcome: 'accepted-with-warnings',
        duplicateOf: firstRow,
        issues: [...row.issues, duplicate]
      }
    }
    if (row.item && this.catalog && this.catalog.size > 0) row.match = this.catalog.match(row.item)
    return row
  }

  /** Rows `offset … offset + limit` among those with `outcome` (all rows when omitted), and how many there are. */
  page(
    offset: number,
    limit: number,
    outcome?: RowOutcome
  ): { total: number; rows: ImportedRow[] } {
    if (outcome === undefined) {
      const end = Math.min(this.length, offset + limit)
      const rows: ImportedRow[] = []
      for (let index = offset; index < end; index++) rows.push(this.at(index))
      return { total: this.length, rows }
    }
    const code = OUTCOME_CODE[outcome]
    const rows: ImportedRow[] = []
    let total = 0
    for (let index = 0; index < this.length; index++) {
      if (this.outcomes[index] !== code) continue
      if (total >= offset && rows.length < limit) rows.push(this.at(index))
      total++
    }
    return { total, rows }
  }

  *[Symbol.iterator](): Iterator<ImportedRow> {
    for (let index = 0; index < this.length; index++) yield this.at(index)
  }

  /** Every row built (the CLI and tests; the app pages). */
  toArray(): ImportedRow[] {
    return Array.from(this)
  }
}
