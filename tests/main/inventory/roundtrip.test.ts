/** Export → import reproduces the inventory exactly (same items, same field values, no warnings beyond sparse labels). */
import { describe, expect, it } from 'vitest'
import { importInventory } from '../../../src/main/services/inventory/import-inventory'
import {
  EXPORT_COLUMNS,
  inventoryWorkbookBuffer
} from '../../../src/main/services/inventory/export-xlsx'
import { matchHeader } from '../../../src/main/services/inventory/header/match-header'
import { COLUMN_FIELDS, type InventoryItem } from '../../../src/shared/schema/inventory'

const INVENTORY: InventoryItem[] = [
  {
    kind: 'accelerator',
    vendor: 'NVIDIA',
    name: 'H100 SXM5 80GB',
    formFactor: 'SXM5',
    memoryType: 'HBM3',
    memoryGB: 80,
    memoryBandwidthGBs: 3350,
    fp32Tflops: 66.9,
    tf32Tflops: 494.7,
    fp16Tflops: 989.4,
    bf16Tflops: 989.4,
    fp8Tflops: 1978.9,
    int8Tops: 1978.9,
    tdpW: 700,
    decode1080p30Streams: 7,
    launchYear: 2022,
    price: { amount: 27500.5, currency: 'USD', date: '2024-03-01', source: 'vendor quote' },
    quantityOnHand: 16,
    notes: '=HYPERLINK("http://evil.invalid","click") stays text'
  },
  {
    kind: 'accelerator',
    vendor: 'Huawei',
    name: 'Atlas 300I Pro',
    memoryGB: 85.8993459,
    int8Tops: 140,
    int4Tops: 280,
    tdpW: 72,
    price: { amount: 12000, currency: 'CNY' },
    quantityOnHand: 0,
    sparse: { int4Tops: { asGiven: 280, halved: false } }
  },
  {
    kind: 'server',
    vendor: 'Huawei',
    name: 'Atlas 800 推理服务器 (型号 3000)',
    tdpW: 5500,
    acceleratorsPerServer: 8,
    acceleratorName: 'Atlas 300I Pro',
    price: { amount: 300000, currency: 'CNY', date: '2024-05' },
    quantityOnHand: 2,
    notes: '多行\n备注'
  },
  { kind: 'accelerator', name: '+1 prefixed name, with comma' }
]

const COLUMN_FIELDS_IN_EXPORT_ORDER = [
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

describe('export → import round trip', () => {
  it('every export header maps back to its own field with full confidence', () => {
    const fields = EXPORT_COLUMNS.map((column) => matchHeader(column.header))
    expect(fields.map((match) => match.field)).toEqual(COLUMN_FIELDS_IN_EXPORT_ORDER)
    expect(new Set(fields.map((match) => match.field)).size).toBe(COLUMN_FIELDS.length)
  })

  it('reproduces the inventory exactly', async () => {
    const bytes = await inventoryWorkbookBuffer(INVENTORY)
    const { report, rows } = await importInventory({ file: 'inventory.xlsx', bytes })
    expect(report.headerRow).toBe(1)
    expect(
      report.columns.every((column) => column.field !== null && column.confidence >= 0.7)
    ).toBe(true)
    expect(report.counts).toMatchObject({ rowsRead: 4, rejected: 0, duplicates: 0 })
    expect(rows.map((row) => row.item)).toEqual(INVENTORY)
    // Only the still-sparse figure is flagged again, and it keeps its label.
    expect(
      rows.flatMap((row) => row.issues.map((issue) => `${issue.location.row}:${issue.key}`))
    ).toEqual(['3:inventory.issue.sparseKept'])
  })

  it('exports the empty library as a header-only workbook', async () => {
    const bytes = await inventoryWorkbookBuffer([])
    const { report, rows } = await importInventory({ file: 'empty.xlsx', bytes })
    expect(report.counts.rowsRead).toBe(0)
    expect(rows).toEqual([])
  })
})
