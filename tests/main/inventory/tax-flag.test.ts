/**
 * The per-row "price includes VAT" column: export writes it, import reads it, so an item whose
 * price includes VAT keeps `taxIncluded` through export → import (the export's unit price
 * header is neutral, so the header alone cannot carry it).
 */
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { importInventory } from '../../../src/main/services/inventory/import-inventory'
import { inventoryWorkbookBuffer } from '../../../src/main/services/inventory/export-xlsx'
import { matchHeader } from '../../../src/main/services/inventory/header/match-header'
import { translate } from '../../../src/shared/i18n'
import type { InventoryItem } from '../../../src/shared/schema/inventory'

async function importCsv(csv: string) {
  return importInventory({ file: 'flag.csv', bytes: Buffer.from(csv) })
}

describe('price includes VAT: export → import', () => {
  it('an item with taxIncluded true and one without come back exactly', async () => {
    const items: InventoryItem[] = [
      {
        kind: 'accelerator',
        name: 'Atlas 300I Pro',
        price: { amount: 11300, currency: 'CNY', taxIncluded: true }
      },
      { kind: 'accelerator', name: 'L20', price: { amount: 9000, currency: 'CNY' } }
    ]
    const bytes = await inventoryWorkbookBuffer(items)
    const { report, rows } = await importInventory({ file: 'inventory.xlsx', bytes })
    expect(report.columns.find((column) => column.field === 'taxIncluded')?.header).toBe(
      '价格含税 / Price includes VAT'
    )
    expect(rows.map((row) => row.item)).toEqual(items)
    // `toEqual` ignores undefined keys: the second item must not carry the key at all.
    expect(rows[1].item?.price && 'taxIncluded' in rows[1].item.price).toBe(false)
    expect(rows.flatMap((row) => row.issues)).toEqual([])
  })
})

describe('price includes VAT: the column', () => {
  it.each([
    ['价格含税'],
    ['是否含税'],
    ['含税标志'],
    ['Tax included'],
    ['VAT included'],
    ['Price includes VAT'],
    ['价格含税 / Price includes VAT']
  ])('header %s maps to taxIncluded', (header) => {
    expect(matchHeader(header).field).toBe('taxIncluded')
  })

  it.each([['含税单价'], ['含税单价（元）'], ['不含税单价'], ['含税价']])(
    'header %s stays the price column',
    (header) => {
      expect(matchHeader(header).field).toBe('price')
    }
  )

  it('含税单价 still maps to price, and its rows are tax-inclusive', async () => {
    const { report, rows } = await importCsv('型号,含税单价,币种\nA,11300,CNY\n')
    expect(report.columns.map((column) => column.field)).toEqual(['name', 'price', 'currency'])
    expect(rows[0].item?.price).toEqual({ amount: 11300, currency: 'CNY', taxIncluded: true })
  })

  it.each([
    ['是', true],
    ['否', false],
    ['Y', true],
    ['n', false],
    ['Yes', true],
    ['NO', false],
    ['TRUE', true],
    ['false', false],
    ['1', true],
    ['0', false],
    ['含税', true],
    ['不含税', false],
    ['incl', true],
    ['Excl.', false],
    ['ＹＥＳ', true],
    ['ｎｏ', false]
  ] as const)('flag cell %s → taxIncluded %s', async (cell, expected) => {
    const { rows } = await importCsv(`型号,单价,币种,价格含税\nA,100,CNY,${cell}\n`)
    expect(rows[0].item?.price?.taxIncluded).toBe(expected)
    expect(rows[0].issues).toEqual([])
  })

  it("a row's flag overrides the price header, either way", async () => {
    const inclusiveHeader = await importCsv(
      '型号,含税单价,币种,是否含税\nA,100,CNY,否\nB,100,CNY,\n'
    )
    expect(inclusiveHeader.rows.map((row) => row.item?.price?.taxIncluded)).toEqual([false, true])
    const exclusiveHeader = await importCsv('型号,不含税单价,币种,是否含税\nA,100,CNY,是\n')
    expect(exclusiveHeader.rows[0].item?.price?.taxIncluded).toBe(true)
  })

  it('a flag without a price is ignored, like a currency without a price', async () => {
    const { rows } = await importCsv('型号,单价,币种,价格含税\nA,,CNY,是\n')
    expect(rows[0].item).toEqual({ kind: 'accelerator', name: 'A' })
    expect(rows[0].issues).toEqual([])
  })

  it('a bad flag value gives a located warning and the cell is ignored', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('清单')
    sheet.addRow(['型号', '单价', '币种', '价格含税'])
    sheet.addRow(['A', 100, 'CNY', '是'])
    sheet.addRow(['B', 200, 'CNY', 'maybe'])
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer())
    const { rows } = await importInventory({ file: 'flags.xlsx', bytes })
    expect(rows[0].item?.price?.taxIncluded).toBe(true)
    expect(rows[1].outcome).toBe('accepted-with-warnings')
    expect(rows[1].item?.price).toEqual({ amount: 200, currency: 'CNY' })
    expect(rows[1].issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        key: 'inventory.issue.unknownFlag',
        params: { value: 'maybe' },
        location: { file: 'flags.xlsx', sheet: '清单', row: 3, column: 'D', field: 'taxIncluded' }
      })
    ])
    expect(rows[1].issues[0].message).toContain('maybe')
    const zh = translate('zh-CN', 'inventory.issue.unknownFlag', { value: 'maybe' })
    expect(zh).toContain('maybe')
    expect(zh).toContain('是/否')
    expect(zh).not.toBe(rows[1].issues[0].message)
    expect(translate('zh-CN', 'inventory.fields.taxIncluded')).toBe('价格含税')
    expect(translate('en', 'inventory.fields.taxIncluded')).toBe('Price includes VAT')
  })
})
