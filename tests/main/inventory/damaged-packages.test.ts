/**
 * Issue 17, real-world item 4: damaged packages that other readers recover. The fixtures are
 * made here with exceljs (which writes data descriptors, like most streaming writers) and then
 * damaged: the central directory cut off or overwritten, a part's CRC-32 changed. Before the
 * fix the first two were refused ("zip end record missing") and the CRC was never checked, so
 * a part with a bad checksum was read without a word.
 */
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { importInventory } from '../../../src/main/services/inventory/import-inventory'
import { inventoryError } from './helpers'

async function workbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('Cards')
  sheet.addRow(['Model', 'Memory (GB)', 'Quantity'])
  sheet.addRow(['H100 SXM5', 80, 4])
  sheet.addRow(['A100 SXM4', 80, 8])
  return Buffer.from(await book.xlsx.writeBuffer())
}

const CENTRAL = Buffer.from([0x50, 0x4b, 0x01, 0x02])

function keys(issues: { key: string }[]): string[] {
  return issues.map((issue) => issue.key)
}

describe('damaged packages', () => {
  it('a package whose central directory was cut off is read from its local headers, with a warning', async () => {
    const bytes = await workbook()
    const cut = bytes.subarray(0, bytes.indexOf(CENTRAL) + 10)
    const { report, rows } = await importInventory({ file: 'cut.xlsx', bytes: cut })
    expect(rows.map((row) => [row.item?.name, row.item?.quantityOnHand])).toEqual([
      ['H100 SXM5', 4],
      ['A100 SXM4', 8]
    ])
    const warning = report.fileIssues.find((issue) => issue.key === 'importRead.issue.zipRecovered')
    expect(warning).toMatchObject({ severity: 'warning', location: { file: 'cut.xlsx' } })
    expect(warning?.message).toMatch(/zip directory is damaged \(zip end record missing/)
  })

  it('a package whose central directory was overwritten is recovered the same way', async () => {
    const bytes = Buffer.from(await workbook())
    const at = bytes.indexOf(CENTRAL)
    bytes.fill(0x20, at, at + 46)
    const { report, rows } = await importInventory({ file: 'overwritten.xlsx', bytes })
    expect(rows).toHaveLength(2)
    expect(keys(report.fileIssues)).toContain('importRead.issue.zipRecovered')
  })

  it('a part failing its CRC-32 is read, with a warning naming the part', async () => {
    const bytes = Buffer.from(await workbook())
    // The worksheet's entry in the central directory: flip its CRC-32 (offset 16).
    const name = Buffer.from('xl/worksheets/sheet1.xml')
    let at = bytes.indexOf(CENTRAL)
    while (at >= 0 && !bytes.subarray(at + 46, at + 46 + name.length).equals(name))
      at = bytes.indexOf(CENTRAL, at + 4)
    expect(at).toBeGreaterThan(0)
    bytes.writeUInt32LE(bytes.readUInt32LE(at + 16) ^ 0xffffffff, at + 16)
    const { report, rows } = await importInventory({ file: 'crc.xlsx', bytes })
    expect(rows).toHaveLength(2)
    const warning = report.fileIssues.find((issue) => issue.key === 'importRead.issue.crcMismatch')
    expect(warning).toMatchObject({
      params: { entry: 'xl/worksheets/sheet1.xml' },
      location: { file: 'crc.xlsx' }
    })
  })

  it('an intact package gets no repair warning', async () => {
    const { report } = await importInventory({ file: 'ok.xlsx', bytes: await workbook() })
    expect(keys(report.fileIssues)).not.toContain('importRead.issue.zipRecovered')
    expect(keys(report.fileIssues)).not.toContain('importRead.issue.crcMismatch')
  })

  it('a package cut inside its parts is still refused with a located reason (nothing to recover)', async () => {
    const bytes = await workbook()
    const error = await inventoryError(() =>
      importInventory({ file: 'short.xlsx', bytes: bytes.subarray(0, 200) })
    )
    expect(error.messageName).toBe('zipDamaged')
    expect(error.params.file).toBe('short.xlsx')
  })
})
