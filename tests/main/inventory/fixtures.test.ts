/**
 * Every fixture in tests/fixtures/inventory (see make-fixtures.ts) with its exact outcome:
 * values in canonical units, warnings and rejections with their locations, reconciled counts.
 */
import { describe, expect, it } from 'vitest'
import {
  importInventory,
  inspectInventory
} from '../../../src/main/services/inventory/import-inventory'
import { inventoryItemSchema, type ImportedRow } from '../../../src/shared/schema/inventory'
import { translate } from '../../../src/shared/i18n'
import { fixture } from './helpers'

/** `column:issue-name` per row: compact and exact. */
function issuesOf(row: ImportedRow): string[] {
  return row.issues.map(
    (issue) => `${issue.location.column ?? '-'}:${issue.key.replace('inventory.issue.', '')}`
  )
}

function byRow(rows: ImportedRow[], row: number): ImportedRow {
  const found = rows.find((candidate) => candidate.row === row)
  if (!found) throw new Error(`row ${row} missing`)
  return found
}

function expectReconciled(
  counts: { rowsRead: number; accepted: number; acceptedWithWarnings: number; rejected: number },
  rows: ImportedRow[]
): void {
  expect(counts.accepted + counts.acceptedWithWarnings + counts.rejected).toBe(counts.rowsRead)
  expect(rows).toHaveLength(counts.rowsRead)
  for (const row of rows)
    if (row.item) expect(inventoryItemSchema.safeParse(row.item).success).toBe(true)
}

describe('Chinese headers under a title, merged two-row header (zh-title-merged.xlsx)', () => {
  const file = 'zh-title-merged.xlsx'

  it('picks the inventory sheet, the header below the title and maps merged header cells', async () => {
    const inspection = await inspectInventory({ file, bytes: fixture(file) })
    expect(inspection.sheets).toEqual([
      { name: '说明', score: 0 },
      { name: 'GPU清单', score: 10 }
    ])
    expect(inspection.sheet).toBe('GPU清单')
    expect(inspection.headerRow).toBe(4)
    expect(
      inspection.columns.map((column) => [
        column.letter,
        column.header,
        column.field,
        column.confidence
      ])
    ).toEqual([
      ['A', '厂商', 'vendor', 1],
      ['B', '型号', 'name', 1],
      ['C', '显存 容量', 'memoryGB', 1],
      ['D', '显存 带宽', 'memoryBandwidthGBs', 1],
      ['E', '算力 FP16', 'fp16Tflops', 0.7],
      ['F', '算力 INT8', 'int8Tops', 0.7],
      ['G', '单价（万元）', 'price', 1],
      ['H', '数量', 'quantityOnHand', 1],
      ['I', '备注', 'notes', 1]
    ])
    expect(inspection.columns[6].unitHint).toBe('万元')
    expect(inspection.preview.map((row) => row.row)).toEqual([6, 7, 8, 10, 11, 12, 13])
  })

  it('imports values, merged vendor cells, formulas, errors; rejects unnamed, totals and note rows', async () => {
    const { report, rows } = await importInventory({ file, bytes: fixture(file) })
    expect(report.counts).toEqual({
      rowsRead: 7,
      accepted: 1,
      acceptedWithWarnings: 3,
      rejected: 3,
      blankRowsSkipped: 0,
      duplicates: 1
    })
    expectReconciled(report.counts, rows)

    const a100 = byRow(rows, 6)
    expect(a100.item).toEqual({
      kind: 'accelerator',
      vendor: 'NVIDIA',
      name: 'A100-SXM4-80GB',
      memoryGB: 80,
      memoryBandwidthGBs: 2039,
      fp16Tflops: 312,
      int8Tops: 1248,
      price: { amount: 125000, currency: 'CNY' },
      quantityOnHand: 8,
      notes: '主力训练卡',
      sparse: { int8Tops: { asGiven: 1248, halved: false } }
    })
    expect(issuesOf(a100)).toEqual(['F:sparseKept'])
    expect(a100.issues[0].location).toEqual({
      file,
      sheet: 'GPU清单',
      row: 6,
      column: 'F',
      field: 'int8Tops'
    })

    const h100 = byRow(rows, 7)
    expect(h100.outcome).toBe('accepted')
    // Vendor from the merged A6:A8 cell; FP16 from the formula's cached result.
    expect(h100.item).toMatchObject({
      vendor: 'NVIDIA',
      name: 'H100 SXM5',
      memoryBandwidthGBs: 3350,
      fp16Tflops: 989,
      int8Tops: 1979
    })
    expect(h100.item?.price).toEqual({ amount: 250000, currency: 'CNY' })

    const duplicate = byRow(rows, 8)
    expect(duplicate.duplicateOf).toBe(6)
    expect(issuesOf(duplicate)).toEqual(['B:duplicate'])
    expect(duplicate.issues[0].params).toEqual({ name: 'NVIDIA A100 80GB SXM4', firstRow: 6 })

    const atlas = byRow(rows, 10)
    expect(atlas.item).toEqual({
      kind: 'accelerator',
      vendor: 'Huawei', // written 华为: vendors are normalised (issue 13)
      name: 'Atlas 300I Pro',
      memoryGB: 24,
      memoryBandwidthGBs: 204.8,
      int8Tops: 140,
      quantityOnHand: 10
    })
    expect(issuesOf(atlas)).toEqual(['E:formulaNoResult', 'G:errorCell'])
    expect(atlas.issues[0].params).toEqual({ formula: '=F10/4' })
    expect(atlas.issues[1].params).toEqual({ error: '#N/A' })

    expect(issuesOf(byRow(rows, 11))).toEqual(['B:missingName'])
    expect(issuesOf(byRow(rows, 12))).toEqual(['B:totalsRow'])
    expect(issuesOf(byRow(rows, 13))).toEqual(['A:noteRow'])
    for (const row of [11, 12, 13]) {
      expect(byRow(rows, row).outcome).toBe('rejected')
      expect(byRow(rows, row).issues[0].severity).toBe('error')
    }
  })

  it('halves sparse figures only when the user confirms, and labels them', async () => {
    const { report, rows } = await importInventory({
      file,
      bytes: fixture(file),
      halveSparse: true
    })
    expect(report.sparseHalved).toBe(true)
    const a100 = byRow(rows, 6)
    expect(a100.item?.int8Tops).toBe(624)
    expect(a100.item?.sparse).toEqual({ int8Tops: { asGiven: 1248, halved: true } })
    expect(issuesOf(a100)).toEqual(['F:sparseHalved'])
    expect(a100.issues[0].params).toEqual({ value: '1,248 (稀疏)', converted: 624 })
  })

  it('has every message in both languages', async () => {
    const { rows } = await importInventory({ file, bytes: fixture(file) })
    for (const issue of rows.flatMap((row) => row.issues)) {
      const zh = translate('zh-CN', issue.key, issue.params)
      expect(zh).not.toBe(issue.key)
      expect(zh).not.toMatch(/\{\w+\}/)
      expect(issue.message).toBe(translate('en', issue.key, issue.params))
    }
    expect(translate('zh-CN', 'inventory.issue.formulaNoResult', { formula: '=F10/4' })).toContain(
      '=F10/4'
    )
  })
})

describe('English headers with units in cells (en-units.xlsx)', () => {
  const file = 'en-units.xlsx'

  it('converts every unit and currency, and locates each problem', async () => {
    const { report, rows } = await importInventory({ file, bytes: fixture(file) })
    expect(report.sheet).toBe('Inventory')
    expect(report.headerRow).toBe(1)
    expect(report.counts).toEqual({
      rowsRead: 8,
      // Row 4's "€15,000" is accepted with a warning: a euro amount with a decimal comma
      // would be 15 (issue 17, real-world 8); it is read as 15,000 and both are named.
      accepted: 2,
      acceptedWithWarnings: 6,
      rejected: 0,
      blankRowsSkipped: 0,
      duplicates: 0
    })
    expectReconciled(report.counts, rows)
    expect(byRow(rows, 4).issues.map((issue) => [issue.key, issue.params])).toEqual([
      ['importRead.issue.ambiguousSeparator', { value: '€15,000', read: 15000, other: 15 }]
    ])

    expect(byRow(rows, 2).item).toEqual({
      kind: 'accelerator',
      vendor: 'NVIDIA',
      name: 'H100 SXM5 80GB',
      memoryGB: 80,
      memoryBandwidthGBs: 3350,
      fp16Tflops: 989,
      bf16Tflops: 989,
      int8Tops: 1979,
      tdpW: 700,
      // Date cell → ISO date; hyperlink cell → its text.
      price: { amount: 27500, currency: 'USD', date: '2024-03-01', source: 'vendor quote' },
      quantityOnHand: 4
    })
    const a100 = byRow(rows, 3)
    expect(a100.item).toMatchObject({
      memoryGB: 85.8993459, // 80 GiB
      tdpW: 300, // 0.3 kW
      quantityOnHand: 8, // full-width ８
      price: { amount: 15000, currency: 'USD', date: '2023-11-15', source: 'quote' },
      sparse: { int8Tops: { asGiven: 1248, halved: false } }
    })
    expect(issuesOf(a100)).toEqual(['G:sparseKept'])
    expect(byRow(rows, 4).item).toMatchObject({
      memoryGB: 192,
      memoryType: 'HBM3',
      memoryBandwidthGBs: 5300,
      price: { amount: 15000, currency: 'EUR' }
    })
    expect(byRow(rows, 5).item).toMatchObject({
      memoryBandwidthGBs: 1600,
      price: { amount: 120000, currency: 'CNY', date: '2024-05-01' }
    })
    expect(byRow(rows, 6).item).toMatchObject({
      memoryGB: 32,
      tdpW: 300,
      price: { amount: 250000, currency: 'CNY' }
    })
    expect(issuesOf(byRow(rows, 6))).toEqual(['I:currencyAssumed'])

    const l40s = byRow(rows, 7)
    expect(l40s.item).not.toHaveProperty('memoryGB')
    expect(l40s.item).not.toHaveProperty('fp16Tflops') // n/a
    expect(l40s.item).not.toHaveProperty('bf16Tflops') // -
    expect(l40s.item?.price).toEqual({ amount: 80000, currency: 'HKD' })
    expect(issuesOf(l40s)).toEqual(['C:unitMismatch'])
    expect(l40s.issues[0].params).toEqual({ value: '48 W', expected: 'GB' })

    const rtx = byRow(rows, 8)
    expect(rtx.item?.name).toBe('RTX 4090') // rich text joined
    expect(issuesOf(rtx)).toEqual(['F:zeroAsUnsupported'])

    const t4 = byRow(rows, 9)
    expect(t4.item).toMatchObject({
      memoryBandwidthGBs: 320,
      price: { amount: 2000, currency: 'CNY' }
    })
    expect(t4.item).not.toHaveProperty('quantityOnHand')
    expect(issuesOf(t4)).toEqual(['D:gigabits', 'J:notAnInteger', 'I:currencyAssumed'])
  })

  it('uses another currency for unstated prices when asked', async () => {
    const { rows } = await importInventory({ file, bytes: fixture(file), defaultCurrency: 'USD' })
    expect(byRow(rows, 6).item?.price).toEqual({ amount: 250000, currency: 'USD' })
    expect(byRow(rows, 6).issues[0].params).toEqual({ currency: 'USD' })
  })

  it('lets the user pick another sheet and override a mapping', async () => {
    const notes = await inspectInventory({ file, bytes: fixture(file), sheet: 'Notes' })
    expect(notes.sheet).toBe('Notes')
    expect(notes.headerRow).toBeNull()

    const { report, rows } = await importInventory({
      file,
      bytes: fixture(file),
      mapping: [
        { index: 6, field: 'fp8Tflops' },
        { index: 12, field: 'notes' }
      ]
    })
    expect(report.columns.find((column) => column.index === 6)).toMatchObject({
      field: 'fp8Tflops',
      source: 'user',
      confidence: 1
    })
    expect(byRow(rows, 2).item).toMatchObject({ fp8Tflops: 989, notes: 'vendor quote' })
    expect(byRow(rows, 2).item).not.toHaveProperty('bf16Tflops')
  })
})

describe('GBK CSV with a title row, quotes and embedded newlines (gbk.csv)', () => {
  it('detects the encoding and reads accelerators and servers', async () => {
    const { report, rows } = await importInventory({ file: 'gbk.csv', bytes: fixture('gbk.csv') })
    expect(report).toMatchObject({ format: 'csv', encoding: 'gb18030', sheet: 'gbk', headerRow: 2 })
    expect(report.counts).toEqual({
      rowsRead: 3,
      accepted: 2,
      acceptedWithWarnings: 1,
      rejected: 0,
      blankRowsSkipped: 0,
      duplicates: 0
    })
    expectReconciled(report.counts, rows)
    expect(rows.map((row) => row.item)).toEqual([
      {
        kind: 'accelerator',
        vendor: 'Huawei', // written 华为: vendors are normalised (issue 13)
        name: 'Atlas 300I Pro',
        memoryGB: 24,
        tdpW: 72,
        price: { amount: 12000, currency: 'CNY' },
        quantityOnHand: 40,
        notes: '推理卡，支持\n多路视频解码'
      },
      {
        kind: 'server',
        vendor: 'Huawei', // written 华为: vendors are normalised (issue 13)
        name: 'Atlas 800 推理服务器',
        acceleratorsPerServer: 8,
        price: { amount: 300000, currency: 'CNY' },
        quantityOnHand: 2
      },
      {
        kind: 'accelerator',
        vendor: 'Cambricon', // written 寒武纪
        name: 'MLU370-X8',
        memoryGB: 48,
        tdpW: 250,
        price: { amount: 250000, currency: 'CNY' },
        quantityOnHand: 6,
        notes: '含 "双芯" 版本'
      }
    ])
    // CSV locations have no sheet; rows are record numbers (the Atlas record spans two lines).
    expect(rows[2].issues[0].location).toEqual({
      file: 'gbk.csv',
      row: 5,
      column: 'F',
      field: 'price'
    })
    expect(rows[2].issues[0].key).toBe('inventory.issue.currencyAssumed')
  })
})

describe('UTF-8 BOM TSV with header units and a sparse column (utf8-bom.tsv)', () => {
  it('applies GiB and kW from the header, counts the blank row, honours (dense)', async () => {
    const { report, rows } = await importInventory({
      file: 'utf8-bom.tsv',
      bytes: fixture('utf8-bom.tsv')
    })
    expect(report).toMatchObject({ format: 'tsv', encoding: 'utf-8-bom' })
    expect(report.counts).toEqual({
      rowsRead: 2,
      accepted: 1,
      acceptedWithWarnings: 1,
      rejected: 0,
      blankRowsSkipped: 1,
      duplicates: 0
    })
    expect(rows[0].item).toEqual({
      kind: 'accelerator',
      name: 'A100 40GB SXM4',
      memoryGB: 42.949673,
      fp16Tflops: 624,
      tdpW: 400,
      quantityOnHand: 2,
      sparse: { fp16Tflops: { asGiven: 624, halved: false } }
    })
    expect(rows[1]).toMatchObject({
      row: 4,
      outcome: 'accepted',
      item: { fp16Tflops: 112, memoryGB: 34.3597384, tdpW: 250 }
    })
  })
})
