/** The Hardware sheet spec: one row per accelerator and per server bought, with sources, en and zh-CN. */
import { describe, expect, it } from 'vitest'
import type { QuoteLanguage } from '@shared/schema/quote'
import { defaultCatalog } from '@shared/core/catalog'
import { hardwareSheet } from '../../../../../../src/main/services/quote/workbook/sheets/hardware'
import type { CellSpec } from '../../../../../../src/main/services/quote/workbook/spec'
import { mixedHardware } from '../../../../quote/helpers/fixtures'
import { cellTextOf, quoteModel, specRows } from '../../../../quote/helpers/model'

function build(language: QuoteLanguage) {
  const model = quoteModel(mixedHardware(), language)
  const spec = hardwareSheet(model)
  return { model, spec, rows: specRows(spec.rows) }
}

const rowById = (rows: CellSpec[][], id: string) => {
  const row = rows.find((cells) => cellTextOf(cells[0]) === id)
  if (!row) throw new Error(`no row ${id}`)
  return row
}
const numberOf = (cell: CellSpec) => (cell && 'number' in cell ? cell.number : undefined)

describe('hardware sheet in English', () => {
  const { model, spec, rows } = build('en')

  it('accelerator table first, its header frozen, one column per field', () => {
    expect(spec).toMatchObject({ name: 'Hardware', headerRows: 2, landscape: true })
    expect(cellTextOf(rows[0][0])).toBe('Accelerators')
    const header = rows[1].map(cellTextOf)
    expect(header).toHaveLength(22)
    expect(spec.columns).toHaveLength(22)
    expect(header.slice(0, 5)).toEqual(['Id', 'Vendor', 'Name', 'Form factor', 'Memory (GB)'])
    expect(header.slice(-4)).toEqual(['Price source', 'Origin', 'Used for', 'Source'])
  })

  it('an inventory card: its own figures, price and origin; missing figures stay empty', () => {
    const row = rowById(rows, 'our-910b')
    expect(cellTextOf(row[1])).toBe('Huawei')
    expect(cellTextOf(row[2])).toBe('Ascend 910B (our price)')
    expect(numberOf(row[4])).toBe(64) // memoryGB
    expect(row[6]).toBeNull() // no FP32 figure given
    expect(numberOf(row[8])).toBe(320) // FP16
    expect(numberOf(row[13])).toBe(400) // TDP
    expect(numberOf(row[15])).toBe(120000)
    expect(row.slice(16, 19).map(cellTextOf)).toEqual(['CNY', '2025-01', 'Example quote'])
    expect(cellTextOf(row[19])).toBe('inventory')
    expect(cellTextOf(row[20])).toBe('finetune')
  })

  it('catalog cards carry the catalog figures (resources/catalog/accelerators.json)', () => {
    const a100 = rowById(rows, 'nvidia-a100-sxm4-80gb')
    expect(cellTextOf(a100[2])).toBe('A100 80GB SXM4')
    expect(numberOf(a100[4])).toBe(80)
    expect(numberOf(a100[6])).toBe(19.5)
    // The catalog's reference price, read from the catalog (the sheet copies it, never computes it).
    const catalogA100 = defaultCatalog().accelerators.get('nvidia-a100-sxm4-80gb')!
    expect(numberOf(a100[15])).toBe(catalogA100.price!.amount)
    expect(cellTextOf(a100[16])).toBe(catalogA100.price!.currency)
    expect(cellTextOf(a100[19])).toBe('catalog')
    const duo = rowById(rows, 'huawei-atlas-300i-duo')
    expect(numberOf(duo[13])).toBe(150)
    expect(numberOf(duo[15])).toBe(1400)
    expect(cellTextOf(duo[16])).toBe('USD')
    expect(cellTextOf(duo[20])).toBe('cameras')
  })

  it('servers follow, once per server bought, listing the cards they host', () => {
    const title = rows.findIndex((cells) => cellTextOf(cells[0]) === 'Servers')
    expect(title).toBeGreaterThan(model.hardware.length + 1)
    expect(cellTextOf(rows[title + 1][2])).toBe('Accelerators per server')
    const servers = rows.slice(title + 2)
    const bought = new Set(
      model.hardware.map(({ group }) =>
        group.completeSystem ? group.completeSystem.id : group.server.id
      )
    )
    expect(servers).toHaveLength(bought.size)
    const hosted = servers.flatMap((cells) => cellTextOf(cells[9])!.split(', '))
    expect(hosted).toHaveLength(model.hardware.length)
    for (const { group } of model.hardware) {
      const server = servers.find((cells) =>
        cellTextOf(cells[9])!.split(', ').includes(group.acceleratorName)
      )!
      expect(numberOf(server[2])).toBe(
        group.completeSystem
          ? group.completeSystem.accelerators
          : group.server.acceleratorsPerServer
      )
    }
  })
})

describe('hardware sheet in Chinese', () => {
  it('Chinese headers, origins and the catalog Chinese name and form factor', () => {
    const { spec, rows } = build('zh-CN')
    expect(spec.name).toBe('硬件规格')
    expect(cellTextOf(rows[0][0])).toBe('加速卡')
    expect(rows[1].slice(0, 2).map(cellTextOf)).toEqual(['标识', '厂商'])
    expect(cellTextOf(rows[1][4])).toBe('显存（GB）')
    const duo = rowById(rows, 'huawei-atlas-300i-duo')
    expect(cellTextOf(duo[2])).toBe('Atlas 300I Duo 推理卡（2 × 昇腾 310P3）')
    expect(cellTextOf(duo[3])).toBe('PCIe 卡（全高半长，单槽）')
    expect(cellTextOf(duo[19])).toBe('内置目录')
    expect(cellTextOf(rowById(rows, 'our-910b')[19])).toBe('硬件清单')
    expect(rows.some((cells) => cellTextOf(cells[0]) === '服务器')).toBe(true)
  })
})
