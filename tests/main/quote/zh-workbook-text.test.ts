/**
 * Issue 19, "Chinese all the way through", for the quote workbook: the mixed plan on
 * domestic NPUs (5,000 video streams on Atlas 300I Duo, Qwen2.5-72B for 200 users and a
 * vision training platform on Ascend 910B), exported in Chinese. Each class of English the
 * zh-CN e2e (e2e/web/zh-mixed-plan.spec.ts) found in the exported workbook has a test here.
 */
import type ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { defaultCatalog, estimatePlan } from '@shared/core'
import { PLAN_FORMAT, PLAN_VERSION } from '@shared/schema/plan'
import { buildQuoteWorkbook } from '../../../src/main/services/quote/workbook/build-workbook'
import { edits, plan } from './helpers/fixtures'
import { readWorkbook } from './helpers/workbook'

const MIXED = plan({
  format: PLAN_FORMAT,
  version: PLAN_VERSION,
  name: '省级算力平台',
  workloads: [
    {
      id: 'video-1',
      name: '城市视频分析',
      kind: 'video-analytics',
      accelerator: 'huawei-atlas-300i-duo',
      streams: 5000,
      topsPerStream: 5.5
    },
    {
      id: 'serve-1',
      name: '私有大模型',
      kind: 'llm-inference',
      accelerator: 'huawei-ascend-910b',
      model: 'qwen2.5-72b',
      weightPrecision: 'bf16',
      contextTokens: 4096,
      concurrency: 200
    },
    {
      id: 'vision-1',
      name: '视觉训练平台',
      kind: 'vision-training',
      accelerator: 'huawei-ascend-910b',
      model: 'resnet50',
      images: 1_281_167,
      epochs: 90,
      accelerators: 8
    }
  ],
  settings: { cluster: { enabled: true } }
})

async function zhWorkbook(
  language: 'zh-CN' | 'en' = 'zh-CN',
  source = MIXED
): Promise<ExcelJS.Workbook> {
  const built = await buildQuoteWorkbook({
    plan: source,
    estimate: estimatePlan(source),
    edits: { ...edits(), language },
    language,
    date: '2026-12-05',
    letterhead: { company: '', author: '' }
  })
  return readWorkbook(built.bytes)
}

/** The text of column `header` in every row below the header row of `sheet`. */
function column(sheet: ExcelJS.Worksheet, header: string): string[] {
  const headerRow = sheet.getRow(1)
  let at = 0
  headerRow.eachCell((cell, col) => {
    if (cell.value === header) at = col
  })
  if (at === 0) throw new Error(`no column ${header} in ${sheet.name}`)
  const texts: string[] = []
  sheet.eachRow((row, rowNumber) => {
    const value = row.getCell(at).value
    if (rowNumber > 1 && typeof value === 'string' && value !== '') texts.push(value)
  })
  return texts
}

function strings(sheet: ExcelJS.Worksheet): string[] {
  const found: string[] = []
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value === 'string') found.push(cell.value)
    })
  )
  return found
}

describe('the zh-CN workbook of the mixed domestic plan', () => {
  it('Assumptions: units in Chinese (路, 个序列), not streams / sequences; shares as percentages', async () => {
    const units = column((await zhWorkbook()).getWorksheet('假设与参数')!, '单位')
    for (const english of ['streams', 'fraction', 'sequences', 'tokens', 'images', 'epochs'])
      expect(units, english).not.toContain(english)
    expect(units).toContain('路')
    // A share is a percentage (0.9 shows as 90%, as on screen), with no "比例" unit beside it.
    expect(units).not.toContain('比例')
  })

  it('Sizing: each workload heading names its kind in Chinese', async () => {
    const texts = strings((await zhWorkbook()).getWorksheet('测算过程')!)
    const heading = texts.find((text) => text.startsWith('工作负载 城市视频分析'))
    // Kind and card both in Chinese: the card by its catalog nameZh.
    expect(heading).toBe(
      '工作负载 城市视频分析 (video-1)（视频分析），硬件 Atlas 300I Duo 推理卡（2 × 昇腾 310P3）'
    )
    expect(texts.some((text) => text.includes('（llm-inference）'))).toBe(false)
  })

  it('Quote: a server line carries the server’s Chinese catalog name', async () => {
    const server = defaultCatalog().servers.get('huawei-atlas-800-inference-3000')!
    expect(server.nameZh, 'the catalog names this server in Chinese').toBeDefined()
    const texts = strings((await zhWorkbook()).getWorksheet('报价单')!)
    expect(texts.some((text) => text.startsWith(`${server.nameZh!}，可装 8 张`))).toBe(true)
    expect(texts.some((text) => text.includes(server.name))).toBe(false)
  })

  it('Hardware: form factors in Chinese (模组, PCIe 卡), not the catalog’s English', async () => {
    const sheet = (await zhWorkbook()).getWorksheet('硬件规格')!
    const texts = strings(sheet)
    for (const id of ['huawei-ascend-910b', 'huawei-atlas-300i-duo']) {
      const card = defaultCatalog().accelerators.get(id)!
      expect(card.formFactorZh, `${id} has a Chinese form factor`).toBeDefined()
      expect(texts).toContain(card.formFactorZh)
      expect(texts).not.toContain(card.formFactor)
    }
  })

  it.each([
    ['zh-CN', '测算过程', '天（约 2.1 小时）'],
    ['en', 'Sizing', 'days (≈ 2.1 h)']
  ] as const)(
    'Sizing (%s): a 2-hour training run reads in hours beside its value in days',
    async (language, sheetName, unit) => {
      const sheet = (await zhWorkbook(language)).getWorksheet(sheetName)!
      let found: { value: unknown; unit: unknown } | undefined
      sheet.eachRow((row) => {
        // The vision workload's time to finish: 8 × 910B for ResNet-50 × 90 epochs ≈ 2.07 h.
        if (row.getCell(1).value === 'W3_days')
          found = { value: row.getCell(4).value, unit: row.getCell(5).value }
      })
      expect(found, 'the W3_days step').toBeDefined()
      // The cell stays in days, as the formulas after it read it.
      const cached = (found!.value as { result: number }).result
      expect(cached).toBeCloseTo(0.0863, 3)
      expect(found!.unit).toBe(unit)
    }
  )

  it.each([
    ['zh-CN', '汇总', '机柜', '个'],
    ['en', 'Summary', 'Racks', 'rack']
  ] as const)(
    'Summary (%s): the rack count carries its unit',
    async (language, name, label, unit) => {
      const sheet = (await zhWorkbook(language)).getWorksheet(name)!
      let found: unknown
      sheet.eachRow((row) => {
        if (row.getCell(1).value === label) found = row.getCell(3).value
      })
      expect(found).toBe(unit)
    }
  )

  it('no sheet joins Chinese text with an ASCII colon or puts a stop before a separator', async () => {
    // With the comparison sheet, whose market line was built as `${label}: ${value}` in code.
    const compared = {
      ...MIXED,
      compare: { enabled: true, candidates: ['huawei-ascend-910b', 'huawei-ascend-910c'] },
      settings: { ...MIXED.settings, market: 'mainland-china' }
    } as typeof MIXED
    const book = await zhWorkbook('zh-CN', plan(compared))
    const offending: string[] = []
    book.eachSheet((sheet) => {
      for (const text of strings(sheet))
        // ": " after or before Chinese text: the ASCII colon of English prose; a full stop
        // before a list separator ("字段。；"): two stops in one sentence.
        if (/[\u3400-\u9fff）」]: |(?<! ): [\u3400-\u9fff]|[。.][；;]/.test(text))
          offending.push(`${sheet.name}: ${text}`)
    })
    expect(book.worksheets.map((sheet) => sheet.name)).toContain('方案对比')
    expect(offending).toEqual([])
  })
})
