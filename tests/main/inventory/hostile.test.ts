/**
 * Hostile and unusable files: each gets a clear code and a message saying what to do,
 * never a stack trace, and nothing reaches exceljs that the guard has not vetted.
 */
import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import {
  importInventory,
  inspectInventory
} from '../../../src/main/services/inventory/import-inventory'
import { LIMITS } from '../../../src/main/services/inventory/limits'
import { fixture, inventoryError } from './helpers'

async function refusal(file: string, bytes: Buffer = fixture(file)) {
  const error = await inventoryError(() => importInventory({ file, bytes }))
  // inspect refuses the same way
  const again = await inventoryError(() => inspectInventory({ file, bytes }))
  expect(again.message).toBe(error.message)
  return {
    code: error.code,
    name: error.messageName,
    message: error.message,
    zh: error.localized('zh-CN'),
    issues: error.issues
  }
}

describe('unusable files', () => {
  it.each([
    ['renamed-xls.xlsx', 'UNSUPPORTED_FILE', 'legacyXls', /save it as \.xlsx/],
    ['encrypted.xlsx', 'UNSUPPORTED_FILE', 'encrypted', /Remove the password/],
    ['truncated.xlsx', 'UNSUPPORTED_FILE', 'zipDamaged', /truncated/],
    [
      'zip-bomb-declared.xlsx',
      'FILE_TOO_LARGE',
      'zipBomb',
      /would expand to 4295 MB.*400 MB limit/
    ],
    ['zip-bomb-forged.xlsx', 'FILE_TOO_LARGE', 'zipSizeMismatch', /more data than it declares/],
    ['spreadsheet.ods', 'UNSUPPORTED_FILE', 'ods', /Save it as \.xlsx in LibreOffice or WPS/],
    ['word.xlsx', 'UNSUPPORTED_FILE', 'zipNotWorkbook', /not an Excel workbook/],
    ['picture.xlsx', 'UNSUPPORTED_FILE', 'notSpreadsheet', /not a spreadsheet/],
    ['empty.xlsx', 'UNSUPPORTED_FILE', 'emptyWorkbook', /every sheet is empty/],
    [
      'no-header.xlsx',
      'UNSUPPORTED_FILE',
      'noHeader',
      /No header row was recognised in the first 30 rows of Data/
    ]
  ] as const)('%s → %s (%s)', async (file, code, name, pattern) => {
    const refused = await refusal(file).catch(async (error: unknown) => {
      // no-header.xlsx can be inspected (the user then picks the header row), only import refuses
      if (file !== 'no-header.xlsx') throw error
      const error2 = await inventoryError(() => importInventory({ file, bytes: fixture(file) }))
      return {
        code: error2.code,
        name: error2.messageName,
        message: error2.message,
        zh: error2.localized('zh-CN'),
        issues: error2.issues
      }
    })
    expect(refused.code).toBe(code)
    expect(refused.name).toBe(name)
    expect(refused.message).toMatch(pattern)
    expect(refused.message).not.toMatch(/\n\s+at /) // no stack trace
    expect(refused.zh).toMatch(/[\u4e00-\u9fff]/)
    expect(refused.issues?.[0]?.path).toContain(
      file === 'no-header.xlsx' ? 'no-header.xlsx › Data' : file
    )
    expect(refused.issues?.[0]?.key).toBe(`inventory.error.${name}`)
  })

  it('a workbook with no header can still be inspected so the user can choose one', async () => {
    const inspection = await inspectInventory({
      file: 'no-header.xlsx',
      bytes: fixture('no-header.xlsx')
    })
    expect(inspection.headerRow).toBeNull()
    expect(inspection.preview).toEqual([])
    const forced = await importInventory({
      file: 'no-header.xlsx',
      bytes: fixture('no-header.xlsx'),
      headerRow: 1,
      mapping: [
        { index: 1, field: 'name' },
        { index: 2, field: 'quantityOnHand' }
      ]
    })
    expect(forced.rows.map((row) => row.item)).toEqual([{ kind: 'accelerator', name: 'x' }])
    expect(forced.rows[0].issues.map((issue) => issue.key)).toEqual(['inventory.issue.notANumber'])
  })

  it('refuses an empty file, an oversized file and an empty CSV', async () => {
    expect((await refusal('nothing.csv', Buffer.alloc(0))).name).toBe('emptyFile')
    const big = await refusal('big.csv', Buffer.alloc(LIMITS.maxFileBytes + 1, 0x41))
    expect(big).toMatchObject({ code: 'FILE_TOO_LARGE', name: 'fileTooLarge' })
    expect(big.message).toBe(
      'The file big.csv is 41 MB, larger than the 40 MB limit. Split it into smaller files or remove unused sheets, then import again.'
    )
    expect((await refusal('blank.csv', Buffer.from('\r\n \r\n'))).name).toBe('emptyFile')
  })

  it('refuses an HTML page saved as .xls', async () => {
    const refused = await refusal(
      'export.xls',
      Buffer.from('<html><table><tr><td>A100</td></tr></table></html>')
    )
    expect(refused.name).toBe('legacyXls')
  })

  it('names the sheets when the requested one does not exist', async () => {
    const error = await inventoryError(() =>
      importInventory({ file: 'en-units.xlsx', bytes: fixture('en-units.xlsx'), sheet: 'Nope' })
    )
    expect(error.code).toBe('NOT_FOUND')
    expect(error.message).toBe(
      'The workbook en-units.xlsx has no sheet named Nope. Its sheets are: Inventory, Notes.'
    )
  })

  it('reports a file without a model column', async () => {
    const error = await inventoryError(() =>
      importInventory({ file: 'x.csv', bytes: Buffer.from('Memory,Power,Qty\n80GB,700W,1\n') })
    )
    expect(error.messageName).toBe('noNameColumn')
  })

  it('truncates over-long cells with a warning and ignores columns past the limit', async () => {
    const longNote = 'n'.repeat(LIMITS.maxCellChars + 10)
    const wide = [
      'Model',
      'Notes',
      ...Array.from({ length: LIMITS.maxColumns }, (_, index) => `c${index}`)
    ]
    const row = ['A100', longNote, ...Array.from({ length: LIMITS.maxColumns }, () => 'x')]
    const csv = `${wide.join(',')}\n${row.join(',')}\n`
    const { report, rows } = await importInventory({ file: 'wide.csv', bytes: Buffer.from(csv) })
    expect(rows[0].item?.notes).toHaveLength(LIMITS.maxCellChars)
    expect(rows[0].issues.map((issue) => issue.key)).toEqual(['inventory.issue.cellTooLong'])
    expect(report.columns.at(-1)?.index).toBe(LIMITS.maxColumns)

    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet('S').addRow(wide)
    workbook.getWorksheet('S')?.addRow(row)
    const xlsx = await importInventory({
      file: 'wide.xlsx',
      bytes: Buffer.from(await workbook.xlsx.writeBuffer())
    })
    expect(xlsx.report.fileIssues.map((issue) => issue.key)).toEqual([
      'inventory.issue.tooManyColumns'
    ])
  })

  it('stops a file with more rows than the limit', async () => {
    const lines = ['Model,Qty']
    for (let index = 0; index <= LIMITS.maxRows; index++) lines.push(`m${index},1`)
    const error = await inventoryError(() =>
      importInventory({ file: 'long.csv', bytes: Buffer.from(lines.join('\n')) })
    )
    expect(error.code).toBe('FILE_TOO_LARGE')
    expect(error.messageName).toBe('tooManyRows')
  })
})

describe('workbooks whose XML the reader rejects', () => {
  it('answers with a located "could not be read" message, not the XML parser error', async () => {
    const { xlsxPackage, sheetXml } = await import('../../../fuzz/xlsx')
    const bytes = xlsxPackage(
      sheetXml([
        [{ text: 'Model' }, { text: 'Memory' }],
        [{ text: 'A100\u0000' }, { text: '80GB' }]
      ])
    )
    const refused = await refusal('control-chars.xlsx', bytes)
    expect(refused.code).toBe('UNSUPPORTED_FILE')
    expect(refused.name).toBe('unreadableWorkbook')
    expect(refused.message).toMatch(
      /control-chars\.xlsx could not be read \(.+\)\. Open it in Excel or WPS/
    )
    expect(refused.zh).toContain('control-chars.xlsx')
    expect(refused.issues?.[0]?.path).toBe('control-chars.xlsx')
  })
})
