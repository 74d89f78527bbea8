/**
 * A group bought as complete systems (issue 19) reads back from the quote workbook as one
 * line per system, in English and in Chinese, with its quantity and price live on the Sizing
 * sheet's named cells and no separate accelerator line; a formula engine recalculates it.
 */
import { describe, expect, it } from 'vitest'
import { estimatePlan } from '@shared/core'
import { buildQuoteWorkbook } from '../../../src/main/services/quote/workbook/build-workbook'
import { edits, plan } from './helpers/fixtures'
import { close, formulaCells, readWorkbook, recalculate } from './helpers/workbook'

const dgx = plan({
  format: 'compute-planner/plan',
  version: 1,
  name: 'DGX systems',
  workloads: [
    {
      id: 'train',
      kind: 'llm-training',
      accelerator: 'nvidia-a100-sxm4-40gb',
      model: 'llama-2-7b',
      tokens: 1e11,
      accelerators: 20
    }
  ],
  settings: {
    currency: 'USD',
    taxRate: 0.13,
    discount: 0,
    server: 'hgx-8-sxm-ampere',
    completeSystemByAccelerator: { 'nvidia-a100-sxm4-40gb': true }
  }
})

async function build(language: 'en' | 'zh-CN') {
  const estimate = estimatePlan(dgx)
  const built = await buildQuoteWorkbook({
    plan: dgx,
    estimate,
    edits: edits(),
    language,
    date: '2026-12-05',
    letterhead: { company: 'ACME', author: 'Planner' }
  })
  return { estimate, workbook: await readWorkbook(built.bytes) }
}

describe('quote workbook: complete systems', () => {
  for (const [language, sheetName, text, cardWord] of [
    [
      'en',
      'Quote',
      'NVIDIA DGX A100 (320 GB) (8 × A100 40GB SXM4), complete system',
      'A100 40GB SXM4 accelerator card'
    ],
    [
      'zh-CN',
      '报价单',
      'NVIDIA DGX A100（320 GB）（8 × A100 40GB SXM4）整机',
      'A100 40GB SXM4 加速卡'
    ]
  ] as const) {
    it(`one system line, live and recalculated (${language})`, async () => {
      const { workbook } = await build(language)
      const sheet = workbook.worksheets.find((s) => s.name === sheetName)!
      expect(sheet, sheetName).toBeDefined()
      const rows: { row: number; texts: string[] }[] = []
      sheet.eachRow((row, rowNumber) => {
        const texts: string[] = []
        row.eachCell((cell) => {
          if (typeof cell.value === 'string') texts.push(cell.value)
        })
        rows.push({ row: rowNumber, texts })
      })
      const systemRows = rows.filter((r) => r.texts.includes(text))
      expect(systemRows).toHaveLength(1)
      expect(rows.some((r) => r.texts.includes(cardWord))).toBe(false)

      const formulas = formulaCells(workbook).filter((c) => c.sheet === sheet.name)
      const at = (column: string) =>
        formulas.find((c) => c.address === `${column}${systemRows[0].row}`)
      // 20 cards, 8 per system, none on hand: ceil(20 / 8) = 3 systems × $199,000.
      expect(at('D')).toMatchObject({ formula: 'G1_systemsToBuy', cached: 3 })
      expect(at('F')).toMatchObject({ formula: 'G1_systemUnitPrice', cached: 199_000 })
      expect(at('H')?.cached).toBe(597_000)

      const engine = recalculate(workbook)
      for (const cell of formulaCells(workbook)) {
        const fresh = engine.valueAt(cell.sheet, cell.row, cell.col)
        if (typeof cell.cached === 'number')
          expect(close(fresh as number, cell.cached), `${cell.sheet}!${cell.address}`).toBe(true)
      }
    })
  }
})

describe('Hardware sheet: a complete-system group lists the system, not its chassis', () => {
  for (const [language, name] of [
    ['en', 'NVIDIA DGX A100 (320 GB) (complete system: 8 cards inside its price)'],
    ['zh-CN', 'NVIDIA DGX A100（320 GB）（整机：8 张加速卡含在整机价格内）']
  ] as const) {
    it(`system id, name, price basis and source (${language})`, async () => {
      const { workbook } = await build(language)
      const sheet = workbook.worksheets.find((s) =>
        ['Hardware', '硬件规格', '硬件'].includes(s.name)
      )
      expect(sheet).toBeDefined()
      const rows: unknown[][] = []
      sheet!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
      const system = rows.filter((r) => r[0] === 'nvidia-dgx-a100-320gb')
      expect(system).toHaveLength(1)
      // id, name, cards per system, base W, RU, price, currency, date, price source, used for, source
      expect(system[0][1]).toBe(name)
      expect(system[0][2]).toBe(8)
      expect(system[0][5]).toBe(199_000)
      expect(system[0][6]).toBe('USD')
      expect(system[0][7]).toBe('2020-05-14')
      // The price's citation: NVIDIA's launch release, with its address (issue 15).
      expect(String(system[0][8])).toContain('DGX A100 systems start at $199,000')
      expect(String(system[0][8])).toContain('https://nvidianews.nvidia.com/news/')
      expect(String(system[0][10])).toContain('DGX A100')
      // The chassis it is built on is not bought, so it has no row of its own.
      expect(rows.some((r) => r[0] === 'hgx-8-sxm-ampere')).toBe(false)
    })
  }
})
