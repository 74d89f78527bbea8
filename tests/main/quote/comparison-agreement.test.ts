/**
 * The quote and the recommendation never disagree silently (issue 19, wrong cards #3): the
 * Summary names each group's recommendation and says whether this quote prices it.
 */
import type ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { estimatePlan } from '@shared/core'
import { parsePlan, PLAN_FORMAT, PLAN_VERSION, type PlanDocument } from '@shared/schema/plan'
import type { QuoteLanguage } from '@shared/schema/quote'
import { buildQuoteWorkbook } from '../../../src/main/services/quote/workbook/build-workbook'
import { edits } from './helpers/fixtures'
import { readWorkbook } from './helpers/workbook'

function servingPlan(accelerator: string): PlanDocument {
  const parsed = parsePlan({
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    name: 'chat service',
    workloads: [
      {
        id: 'chat',
        name: 'chat',
        kind: 'llm-inference',
        accelerator,
        model: 'llama-2-70b',
        weightPrecision: 'fp16',
        contextTokens: 8192,
        concurrency: 8,
        target: {
          requestsPerSecond: 10,
          inputTokens: 2000,
          outputTokens: 200,
          maxTimeToFirstTokenMs: 300
        }
      }
    ],
    settings: { currency: 'CNY', market: 'mainland-china' },
    compare: {
      enabled: true,
      candidates: ['nvidia-h20-96gb', 'huawei-ascend-910b', 'nvidia-h100-sxm5-80gb']
    }
  })
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
  return parsed.plan
}

async function summaryTexts(plan: PlanDocument, language: QuoteLanguage): Promise<string[]> {
  const built = await buildQuoteWorkbook({
    plan,
    estimate: estimatePlan(plan),
    edits: { ...edits(), language },
    language,
    date: '2025-03-01',
    letterhead: { company: 'Lab', author: 'A' }
  })
  const workbook = await readWorkbook(built.bytes)
  const sheet = workbook.worksheets[0] as ExcelJS.Worksheet
  const out: string[] = []
  sheet.eachRow((row) => out.push(String(row.getCell(1).value ?? '')))
  return out
}

describe('Summary: recommendation and quote agree, or it says why not', () => {
  it('a plan quoting H100 while 910B is recommended says so (en and zh-CN)', async () => {
    const plan = servingPlan('nvidia-h100-sxm5-80gb')
    const en = await summaryTexts(plan, 'en')
    expect(en.some((t) => t.startsWith('Ascend 910B') && t.includes('cheapest candidate'))).toBe(
      true
    )
    expect(
      en.some(
        (t) =>
          t.includes('The quote prices H100 SXM5 80GB for chat') &&
          t.includes('not the recommended')
      )
    ).toBe(true)
    const zh = await summaryTexts(plan, 'zh-CN')
    expect(zh.some((t) => t.includes('报价单为 chat 报的是 H100 SXM5 80GB'))).toBe(true)
  })

  it('a plan quoting the recommended card says it prices the recommendation', async () => {
    const en = await summaryTexts(servingPlan('huawei-ascend-910b'), 'en')
    expect(en.some((t) => t.startsWith('The quote prices the recommended Ascend 910B'))).toBe(true)
    expect(en.some((t) => t.includes('not the recommended'))).toBe(false)
  })
})
