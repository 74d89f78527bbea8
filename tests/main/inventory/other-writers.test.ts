/**
 * Issue 17, real-world workbooks: the same small inventory as written by exceljs and as saved
 * again by LibreOffice Calc (tests/fixtures/inventory/writers/, made by make-writers.ts) reads
 * the same: the merged vendor fills the row below, CRLF in a cell becomes LF, a formula whose
 * saved result is "" is a blank cell (not a rejection), a formula's saved number is used.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importInventory } from '../../../src/main/services/inventory/import-inventory'
import { FIXTURES } from './helpers'

const WRITERS = ['exceljs', 'libreoffice'] as const

describe.each(WRITERS)('a workbook written by %s', (writer) => {
  it('reads every class the same way', async () => {
    const file = `${writer}.xlsx`
    const bytes = readFileSync(join(FIXTURES, 'writers', file))
    const { report, rows } = await importInventory({ file, bytes })
    expect(report.counts).toMatchObject({ rowsRead: 3, rejected: 0 })
    expect(
      rows.map((row) => [
        row.row,
        row.item?.vendor,
        row.item?.name,
        row.item?.memoryGB,
        row.item?.quantityOnHand,
        row.item?.notes
      ])
    ).toEqual([
      [2, 'NVIDIA', 'H100 SXM5', 80, 4, 'line one\nline two'],
      [3, 'NVIDIA', 'A100 SXM4', 80, 8, undefined],
      [4, 'Huawei', 'Atlas 300I Pro', 24, 10, undefined]
    ])
    expect(report.fileIssues).toEqual([])
  })
})
