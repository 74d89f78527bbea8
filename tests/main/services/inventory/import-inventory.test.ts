import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import {
  DEFAULT_CURRENCY,
  failTimeBudget,
  importInventory,
  inspectInventory
} from '../../../../src/main/services/inventory/import-inventory'
import { CatalogMatcher } from '../../../../src/main/services/inventory/catalog-match'
import { builtInCatalogEntries } from '../../../../src/main/services/inventory/catalog-source'
import { inventoryError } from '../../inventory/helpers'
import { xlsxPackage } from '../../../../fuzz/xlsx'

const HEADER = ['Model', 'Vendor', 'Memory (GB)', 'Unit price', 'Quantity']

/** A workbook with the given sheets (rows of cell values); `hidden` sheets are hidden. */
async function workbook(
  sheets: { name: string; rows: (string | number)[][]; hidden?: boolean }[]
): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  for (const { name, rows, hidden } of sheets) {
    const sheet = book.addWorksheet(name, hidden ? { state: 'hidden' } : {})
    for (const row of rows) sheet.addRow(row)
  }
  return Buffer.from(await book.xlsx.writeBuffer())
}

const csv = (text: string): Buffer => Buffer.from(text, 'utf8')

describe('importInventory', () => {
  it('accepts, warns about and rejects rows, and every data row is counted once', async () => {
    const { report, rows } = await importInventory({
      file: 'gpus.csv',
      bytes: csv(
        'Model,Vendor,Memory (GB),Unit price,Quantity\n' +
          'H100 SXM5 80GB,NVIDIA,80,"27,500",4\n' +
          '\n' +
          'A100 40GB,NVIDIA,forty,12000,2\n' +
          ',NVIDIA,80,1,1\n'
      )
    })
    expect(report).toMatchObject({
      file: 'gpus.csv',
      format: 'csv',
      sheet: 'gpus',
      headerRow: 1,
      sparseHalved: false
    })
    // Row 2 clean but its price states no currency (a warning: CNY assumed); row 4's memory is
    // not a number (warning, field dropped); row 5 has no model (rejected). Row 3 is blank.
    expect(rows.map((row) => [row.row, row.outcome])).toEqual([
      [2, 'accepted-with-warnings'],
      [4, 'accepted-with-warnings'],
      [5, 'rejected']
    ])
    // rowsRead = accepted + acceptedWithWarnings + rejected = 0 + 2 + 1 = 3.
    expect(report.counts).toEqual({
      rowsRead: 3,
      accepted: 0,
      acceptedWithWarnings: 2,
      rejected: 1,
      blankRowsSkipped: 1,
      duplicates: 0
    })
    expect(rows[0].item).toMatchObject({
      kind: 'accelerator',
      name: 'H100 SXM5 80GB',
      memoryGB: 80,
      price: { amount: 27500, currency: DEFAULT_CURRENCY },
      quantityOnHand: 4
    })
    expect(rows[1].item?.memoryGB).toBeUndefined()
  })

  it('uses the currency given for prices that state none', async () => {
    const { rows } = await importInventory({
      file: 'gpus.csv',
      bytes: csv('Model,Unit price\nH100,100\n'),
      defaultCurrency: 'USD'
    })
    expect(rows[0].item?.price).toEqual({ amount: 100, currency: 'USD' })
  })

  it('imports the best-scoring sheet, redoing the import when a later sheet scores higher', async () => {
    const bytes = await workbook([
      // Scores 3 (model, vendor + 1 for a name column): good enough to start on.
      {
        name: 'Short',
        rows: [
          ['Model', 'Vendor'],
          ['X1', 'Acme']
        ]
      },
      { name: 'Full', rows: [HEADER, ['H100', 'NVIDIA', 80, 100, 1]] }
    ])
    const { report, rows } = await importInventory({ file: 'book.xlsx', bytes })
    expect(report.sheet).toBe('Full')
    expect(report.sheets.map((sheet) => sheet.name)).toEqual(['Short', 'Full'])
    // Full maps 5 fields + 1 for the name column = 6; Short 2 + 1 = 3.
    expect(report.sheets.map((sheet) => sheet.score)).toEqual([3, 6])
    expect(rows.map((row) => row.item?.name)).toEqual(['H100'])
  })

  it('prefers a visible sheet over a hidden one that scores the same', async () => {
    const rows = [HEADER, ['H100', 'NVIDIA', 80, 100, 1]]
    const bytes = await workbook([
      { name: 'Old', rows, hidden: true },
      { name: 'Current', rows }
    ])
    const { report } = await importInventory({ file: 'book.xlsx', bytes })
    expect(report.sheet).toBe('Current')
    expect(report.sheets[0]).toEqual({ name: 'Old', score: 6, hidden: true })
    // The review shows the same sheet the import takes.
    expect((await inspectInventory({ file: 'book.xlsx', bytes })).sheet).toBe('Current')
  })

  it('imports the sheet asked for, and names the sheets there are when it is missing', async () => {
    const bytes = await workbook([
      { name: 'A', rows: [HEADER, ['H100', 'NVIDIA', 80, 100, 1]] },
      { name: 'B', rows: [HEADER, ['A100', 'NVIDIA', 40, 100, 1]] }
    ])
    const { report, rows } = await importInventory({ file: 'book.xlsx', bytes, sheet: 'B' })
    expect(report.sheet).toBe('B')
    expect(rows[0].item?.name).toBe('A100')
    const error = await inventoryError(() =>
      importInventory({ file: 'book.xlsx', bytes, sheet: 'C' })
    )
    expect(error.code).toBe('NOT_FOUND')
    expect(error.message).toBe('The workbook book.xlsx has no sheet named C. Its sheets are: A, B.')
  })

  it('refuses a workbook whose every sheet is empty', async () => {
    const bytes = await workbook([{ name: 'Empty', rows: [] }])
    const error = await inventoryError(() => importInventory({ file: 'empty.xlsx', bytes }))
    expect(error.code).toBe('UNSUPPORTED_FILE')
    expect(error.message).toBe('The file empty.xlsx has no data: every sheet is empty.')
  })

  it('stops when cancelled, and when its deadline has passed', async () => {
    const bytes = csv('Model\nH100\n')
    const controller = new AbortController()
    controller.abort()
    const cancelled = await inventoryError(() =>
      importInventory({ file: 'a.csv', bytes, signal: controller.signal })
    )
    expect(cancelled.code).toBe('CANCELLED')
    const late = await inventoryError(() =>
      importInventory({ file: 'a.csv', bytes, deadline: Date.now() - 1, budgetMs: 90_000 })
    )
    expect(late.code).toBe('FILE_TOO_LARGE')
    // 90,000 ms is named as 90 s.
    expect(late.message).toContain('took longer than 90 s')
  })

  it('reports progress with the rows read when it ends', async () => {
    const seen: number[] = []
    await importInventory({
      file: 'a.csv',
      bytes: csv(`${HEADER.join(',')}\nH100\nA100\n\nL40S\n`),
      onProgress: (rows) => seen.push(rows)
    })
    // Three data rows (the blank one is skipped, not read).
    expect(seen.at(-1)).toBe(3)
  })

  it('warns about a tax-inclusive price column and a quote left open, located', async () => {
    const { report } = await importInventory({
      file: 'a.csv',
      bytes: csv(
        'Model,Vendor,Memory (GB),含税单价\nH100,NVIDIA,80,100\nA100,NVIDIA,40,200\nL40S,"open\n'
      )
    })
    const issue = (key: string) => report.fileIssues.find((found) => found.key === key)
    expect(issue('importRead.issue.taxInclusivePrice')?.location).toEqual({
      file: 'a.csv',
      column: 'D',
      field: 'price'
    })
    // The quote opens in record 4 and is never closed.
    expect(issue('inventory.issue.unterminatedQuote')?.location).toEqual({ file: 'a.csv', row: 4 })
    // Not a guess: the text is valid UTF-8.
    expect(issue('importRead.issue.encodingGuessed')).toBeUndefined()
  })

  it('warns when the text encoding is only a guess, naming the one it chose', async () => {
    // Two bytes (0xC4 0xE3, 你 in GBK) that are not UTF-8, too few for a confident guess.
    const { report } = await importInventory({
      file: 'a.csv',
      bytes: Buffer.concat([
        csv('Model,Vendor,Memory (GB)\nA100 '),
        Buffer.from([0xc4, 0xe3]),
        csv(',NVIDIA,40\n')
      ])
    })
    expect(report.encodingConfidence).toBe('uncertain')
    const guessed = report.fileIssues.find(
      (found) => found.key === 'importRead.issue.encodingGuessed'
    )
    expect(guessed).toMatchObject({
      severity: 'warning',
      params: { encoding: report.encoding! },
      location: { file: 'a.csv' }
    })
  })

  it('words a reader failure as a located message, never a stack trace', async () => {
    // Row number past the last row of the grid.
    const bytes = xlsxPackage(
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="2000000"/></sheetData></worksheet>'
    )
    const error = await inventoryError(() => importInventory({ file: 'bad.xlsx', bytes }))
    expect(error.code).toBe('UNSUPPORTED_FILE')
    expect(error.location).toEqual({ file: 'bad.xlsx', sheet: 'Inventory', row: 2_000_000 })
    expect(error.message).toContain('The sheet Inventory of bad.xlsx numbers a row 2000000')
  })
})

describe('failTimeBudget', () => {
  it('names the budget in whole seconds, or in a fraction below one second', () => {
    const message = (budget?: number): string => {
      try {
        failTimeBudget('big.xlsx', budget)
      } catch (error) {
        return (error as Error).message
      }
      return ''
    }
    // Default budget 60,000 ms → 60 s; 1,499 ms rounds to 1 s; 250 ms is 0.25 s.
    expect(message()).toContain('longer than 60 s')
    expect(message(1_499)).toContain('longer than 1 s')
    expect(message(250)).toContain('longer than 0.25 s')
  })
})

describe('inspectInventory', () => {
  it('gives the header, mapping and a preview of at most 20 rows, with catalog matches', async () => {
    const lines = Array.from({ length: 25 }, (_, i) => `H100 SXM5 80GB,NVIDIA,80,${i + 1},1`)
    const result = await inspectInventory({
      file: 'gpus.csv',
      bytes: csv(`${HEADER.join(',')}\n${lines.join('\n')}\n`),
      catalog: new CatalogMatcher(builtInCatalogEntries())
    })
    expect(result).toMatchObject({ format: 'csv', sheet: 'gpus', headerRow: 1 })
    expect(result.columns.map((column) => column.field)).toEqual([
      'name',
      'vendor',
      'memoryGB',
      'price',
      'quantityOnHand'
    ])
    // 25 data rows, LIMITS.previewRows = 20 shown: rows 2…21.
    expect(result.preview.map((row) => row.row)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 2)
    )
    expect(result.preview[0].match).toMatchObject({ catalogId: 'nvidia-h100-sxm5-80gb' })
  })

  it('gives no preview when no column is the model name (the review asks for a mapping)', async () => {
    const result = await inspectInventory({
      file: 'a.csv',
      bytes: csv('Vendor,Memory\nNVIDIA,80\n')
    })
    expect(result.preview).toEqual([])
  })
})
