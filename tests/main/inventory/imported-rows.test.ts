/**
 * The import keeps rows compact (outcome + cells) and builds each row when it is asked for.
 * These tests hold the two views to each other: every page, filter and stored outcome equals
 * the fully built rows, and duplicate detection by hash never confuses two models.
 */
import { describe, expect, it } from 'vitest'
import { importInventory } from '../../../src/main/services/inventory/import-inventory'
import { nameTokens } from '../../../src/main/services/inventory/catalog-match'
import { ModelIndex, modelHash, nameHash } from '../../../src/main/services/inventory/duplicates'
import { mulberry32 } from '../../../fuzz/random'
import { ROW_OUTCOMES } from '../../../src/shared/schema/inventory'
import { fixture } from './helpers'

function syntheticCsv(): Buffer {
  const lines = ['Vendor,Model,Memory,FP16,Price,Qty,Notes']
  const models = ['A100 80GB SXM4', 'NVIDIA A100-SXM4-80GB', 'H100 SXM5', 'L40S', 'MI300X']
  for (let index = 0; index < 400; index++) {
    const model = index % 37 === 0 ? '' : index % 53 === 0 ? '合计' : models[index % models.length]
    const memory = ['80GB', '80 GiB', '-', 'lots', '0'][index % 5]
    const fp16 = ['312', '1,979 TOPS (sparse)', '989 TFLOPS', '#N/A'][index % 4]
    const price = ['$27,500', '25万', '12000', 'USD 30k', 'free'][index % 5]
    const quantity = ['8', '2.5', '4台', ''][index % 4]
    lines.push(`NVIDIA,${model},${memory},"${fp16}",${price},${quantity},note ${index % 7}`)
  }
  return Buffer.from(lines.join('\n'))
}

/** Quotes, doubled quotes, a line break inside a field, CRLF and a BOM: rows read again from the text. */
function quotedCsv(): Buffer {
  const lines = ['Model,Notes,Memory,Qty']
  for (let index = 0; index < 50; index++)
    lines.push(
      `"A100 ""${index}""","line ${index}\nsecond line",${index % 3 ? '80GB' : '"80 GB"'},${index}`
    )
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`)
}

const FILES: [string, () => Buffer][] = [
  ['quoted.csv', quotedCsv],
  ['zh-title-merged.xlsx', () => fixture('zh-title-merged.xlsx')],
  ['en-units.xlsx', () => fixture('en-units.xlsx')],
  ['gbk.csv', () => fixture('gbk.csv')],
  ['synthetic.csv', syntheticCsv]
]

describe('compact import rows', () => {
  it.each(FILES)(
    '%s: pages, filters and stored outcomes equal the built rows',
    async (file, bytes) => {
      const outcome = await importInventory({ file, bytes: bytes(), halveSparse: true })
      const { table, rows, report } = outcome
      expect(table.length).toBe(rows.length)
      expect(rows).toHaveLength(report.counts.rowsRead)
      rows.forEach((row, index) => expect(table.outcomeAt(index)).toBe(row.outcome))
      for (const outcomeFilter of [undefined, ...ROW_OUTCOMES]) {
        const matching = outcomeFilter ? rows.filter((row) => row.outcome === outcomeFilter) : rows
        for (const [offset, limit] of [
          [0, 1000],
          [1, 2],
          [3, 50],
          [matching.length, 10]
        ]) {
          const page = table.page(offset, limit, outcomeFilter)
          expect(page.total).toBe(matching.length)
          expect(page.rows).toEqual(matching.slice(offset, offset + limit))
        }
      }
      // Building a row again gives the same row (pages are built on demand, more than once).
      expect(table.toArray()).toEqual(rows)
      const counted = ROW_OUTCOMES.map((name) => rows.filter((row) => row.outcome === name).length)
      expect(counted).toEqual([
        report.counts.accepted,
        report.counts.acceptedWithWarnings,
        report.counts.rejected
      ])
      expect(rows.filter((row) => row.duplicateOf !== undefined)).toHaveLength(
        report.counts.duplicates
      )
    }
  )

  it('reports duplicates with the first row of the same model (synthetic file)', async () => {
    const { rows } = await importInventory({ file: 'synthetic.csv', bytes: syntheticCsv() })
    const a100 = rows.filter((row) =>
      ['A100 80GB SXM4', 'NVIDIA A100-SXM4-80GB'].includes(row.item?.name ?? '')
    )
    const [first, ...again] = a100
    expect(first.duplicateOf).toBeUndefined()
    expect(again.length).toBeGreaterThan(100)
    for (const row of again) {
      expect(row.duplicateOf).toBe(first.row)
      expect(row.outcome).toBe('accepted-with-warnings')
      expect(row.issues.at(-1)?.key).toBe('inventory.issue.duplicate')
    }
  })
})

describe('ModelIndex', () => {
  it('finds a model again whatever the token order, and keeps kinds apart', () => {
    const index = new ModelIndex()
    expect(index.firstRowOf('accelerator', 'A100 SXM4 80GB', 2)).toBeUndefined()
    expect(index.firstRowOf('accelerator', 'NVIDIA A100-SXM4-80G', 3)).toBe(2)
    expect(index.firstRowOf('server', 'A100 SXM4 80GB', 4)).toBeUndefined()
    expect(index.firstRowOf('server', '80GB SXM4 A100', 5)).toBe(4)
  })

  it('hashes a name without making its tokens exactly as from its tokens', () => {
    const pieces = [
      'A100',
      'sxm4',
      '80',
      'GB',
      'g',
      '80g',
      '1.5',
      '.',
      '..',
      '.5.',
      'HBM3e',
      'gddr6x'
    ]
    pieces.push(
      'LPDDR5X',
      'ddr5',
      'NVIDIA',
      'Tesla',
      'the',
      ' ',
      '-',
      '/',
      '(',
      ')',
      'PCIe',
      '昇腾'
    )
    pieces.push('９１０Ｂ', 'asset', '100000', 'Gb', 'hbmx', 'dd', '2.5g', '3.g', 'g80', 'card')
    const random = mulberry32(11)
    const names = ['A100-SXM4-80GB', 'NVIDIA A100 80 GB', 'x 80 . gb', 'MI300X (asset 1)', '']
    for (let index = 0; index < 20_000; index++) {
      let name = ''
      for (let length = 1 + Math.floor(random() * 7); length > 0; length--)
        name += pieces[Math.floor(random() * pieces.length)] + (random() < 0.6 ? ' ' : '')
      names.push(name)
    }
    for (const name of names)
      for (const kind of ['accelerator', 'server'])
        expect(nameHash(kind, name), name).toBe(modelHash(kind, nameTokens(name)))
  })

  it('never mistakes a hash collision for a duplicate', () => {
    // Every model hashes alike: only the exact keys can tell them apart.
    const index = new ModelIndex(() => 7)
    const names = ['A100', 'H100', 'L40S', 'H100', 'T4', 'A100', 'L40S', 'MI300X', 'T4']
    const firstRows = names.map((name, row) => index.firstRowOf('accelerator', name, row + 1))
    expect(firstRows).toEqual([undefined, undefined, undefined, 2, undefined, 1, 3, undefined, 5])
  })
})
