/**
 * Issue 19, "card names in zh-CN": a card with a Chinese name in the catalog (`nameZh`: 昇腾
 * 910B, 寒武纪 思元590…) is called by it wherever a Chinese reader sees it: the estimate and its
 * roll-up carry it, quote lines, the CLI table and the workbook use it; English keeps `name`.
 */
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { estimatePlan } from '@shared/core'
import { acceleratorNameIn, localizeNames, zhNameIndex } from '@shared/i18n/catalog-names'
import { computeQuoteLines } from '@shared/quote/lines'
import { renderLineText } from '@shared/quote/text'
import { emptyQuoteEdits, type QuoteLanguage } from '@shared/schema/quote'
import { renderTable } from '../../../src/main/cli/commands/estimate'
import { buildQuoteWorkbook } from '../../../src/main/services/quote/workbook/build-workbook'
import { edits, plan } from './helpers/fixtures'
import { readWorkbook } from './helpers/workbook'

const ascendPlan = () =>
  plan({
    format: 'compute-planner/plan',
    version: 1,
    name: 'Ascend',
    workloads: [
      {
        id: 'serve',
        kind: 'llm-inference',
        accelerator: 'huawei-ascend-910b',
        model: 'qwen2.5-7b',
        weightPrecision: 'fp16',
        contextTokens: 4096,
        concurrency: 16
      }
    ],
    settings: { currency: 'CNY' }
  })

const ZH_910B = '昇腾 910B（通用口径）'
const ZH_800T = '华为 Atlas 800T A2 训练服务器（8 个昇腾 910B 级模组）'

describe('accelerator names in Chinese', () => {
  const p = ascendPlan()
  const estimate = estimatePlan(p)

  it('the estimate and its roll-up group carry the catalog nameZh beside the English name', () => {
    const w = estimate.workloads[0]
    expect(w.acceleratorName).toBe('Ascend 910B (generic, as commonly quoted)')
    expect(w.acceleratorNameZh).toBe(ZH_910B)
    const group = estimate.totals!.byAccelerator[0]
    expect(group.acceleratorNameZh).toBe(ZH_910B)
    expect(group.server.nameZh).toBe(ZH_800T)
    expect(acceleratorNameIn(group, 'zh-CN')).toBe(ZH_910B)
    expect(acceleratorNameIn(group, 'en')).toBe(w.acceleratorName)
  })

  it('a card without a Chinese name keeps its own name in both languages', () => {
    const h100 = estimatePlan(
      plan({ ...p, workloads: [{ ...p.workloads[0], accelerator: 'nvidia-h100-sxm5-80gb' }] })
    )
    expect(h100.workloads[0].acceleratorNameZh).toBeUndefined()
    expect(acceleratorNameIn(h100.workloads[0], 'zh-CN')).toBe('H100 SXM5 80GB')
  })

  it('quote lines name the card and the server in Chinese under zh-CN only', () => {
    const lines = computeQuoteLines(p, estimate, emptyQuoteEdits()).lines
    const card = lines.find((l) => l.id === 'accelerator:huawei-ascend-910b')!
    const server = lines.find((l) => l.id === 'server:huawei-ascend-910b')!
    expect(renderLineText(card.description, 'zh-CN')).toContain(ZH_910B)
    expect(renderLineText(server.description, 'zh-CN')).toContain(ZH_800T)
    expect(renderLineText(server.description, 'zh-CN')).toContain(ZH_910B)
    expect(renderLineText(card.description, 'en')).toContain('Ascend 910B (generic')
    expect(renderLineText(card.description, 'en')).not.toContain('昇腾')
  })

  it('the CLI table follows its language: Chinese names, English names, or both', () => {
    const zh = renderTable(estimate, 'zh-CN')
    expect(zh).toContain(ZH_910B)
    expect(zh).toContain(ZH_800T)
    expect(zh).not.toContain('Ascend 910B (generic')
    const en = renderTable(estimate, 'en')
    expect(en).toContain('Ascend 910B (generic, as commonly quoted)')
    expect(en).not.toContain('昇腾')
    expect(renderTable(estimate, 'both')).toContain(
      `Ascend 910B (generic, as commonly quoted) / ${ZH_910B}`
    )
  })

  async function sheetTexts(language: QuoteLanguage): Promise<string[]> {
    const built = await buildQuoteWorkbook({
      plan: p,
      estimate,
      edits: { ...edits(), language },
      language,
      date: '2025-03-01',
      letterhead: { company: 'Lab', author: '张三' }
    })
    const workbook: ExcelJS.Workbook = await readWorkbook(built.bytes)
    const texts: string[] = []
    for (const sheet of workbook.worksheets)
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'string') texts.push(cell.value)
        })
      )
    return texts
  }

  it('the zh-CN workbook names the card in Chinese on every sheet that names it', async () => {
    // Source citations quote the catalog entry as written ("Ascend 910B (…) TDP：source",
    // "… tdpW: source" before issue 19's labels): they are references, not names shown to the
    // reader, and are left out here.
    const citation = /: \S|^Ascend 910B \(generic, as commonly quoted\) [^：]+：/
    const zh = (await sheetTexts('zh-CN')).filter((text) => !citation.test(text)).join('\n')
    expect(zh).toContain(ZH_910B)
    expect(zh).not.toContain('Ascend 910B (generic')
    const en = (await sheetTexts('en')).join('\n')
    expect(en).toContain('Ascend 910B (generic, as commonly quoted)')
    expect(en).not.toContain(ZH_910B)
  })
})

describe('localizeNames', () => {
  const index = zhNameIndex([
    { name: 'Ascend 910B (generic, as commonly quoted)', nameZh: ZH_910B },
    { name: 'H100 SXM5 80GB' }
  ])
  it('replaces catalog names in message parameters under zh-CN, and nothing else', () => {
    const params = {
      accelerator: 'Ascend 910B (generic, as commonly quoted)',
      count: 8,
      other: 'x'
    }
    expect(localizeNames(params, 'zh-CN', index)).toEqual({ ...params, accelerator: ZH_910B })
    expect(localizeNames(params, 'en', index)).toBe(params)
    const plain = { accelerator: 'H100 SXM5 80GB' }
    expect(localizeNames(plain, 'zh-CN', index)).toBe(plain)
  })
})
