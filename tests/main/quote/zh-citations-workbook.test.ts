/**
 * Issue 19: the Sizing sheet's source column names a cited figure by its label in the
 * workbook's language and the card by its name there ("昇腾 910B（通用口径） BF16：<source>", not
 * "Ascend 910B (…) bf16Tflops: …"), and a figure typed in by hand cites 用户输入, not "user entry".
 */
import type ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { estimatePlan } from '@shared/core'
import { PLAN_FORMAT, PLAN_VERSION } from '@shared/schema/plan'
import { buildQuoteWorkbook } from '../../../src/main/services/quote/workbook/build-workbook'
import { edits, plan } from './helpers/fixtures'
import { readWorkbook } from './helpers/workbook'

const HAND_ENTERED = {
  vendor: '某厂商',
  name: '自研卡',
  fp16Tflops: 100,
  bf16Tflops: 100,
  memoryGB: 64,
  memoryBandwidthGBs: 1600,
  tdpW: 300
}

const PLAN = plan({
  format: PLAN_FORMAT,
  version: PLAN_VERSION,
  name: '引用',
  workloads: [
    {
      id: 'serve',
      name: '推理',
      kind: 'llm-inference',
      accelerator: 'huawei-ascend-910b',
      model: 'qwen2.5-72b',
      weightPrecision: 'bf16',
      contextTokens: 4096,
      concurrency: 50
    },
    {
      id: 'own',
      name: '自研卡推理',
      kind: 'llm-inference',
      accelerator: HAND_ENTERED,
      model: 'qwen2.5-7b',
      weightPrecision: 'bf16',
      contextTokens: 4096,
      concurrency: 8
    }
  ]
})

async function sourceTexts(language: 'zh-CN' | 'en'): Promise<string[]> {
  const built = await buildQuoteWorkbook({
    plan: PLAN,
    estimate: estimatePlan(PLAN),
    edits: { ...edits(), language },
    language,
    date: '2026-12-05',
    letterhead: { company: '', author: '' }
  })
  const workbook = await readWorkbook(built.bytes)
  const sheet = workbook.getWorksheet(
    language === 'en' ? 'Sizing' : '测算过程'
  ) as ExcelJS.Worksheet
  const texts: string[] = []
  sheet.eachRow((row) => {
    const value = row.getCell(7).value
    if (typeof value === 'string' && value !== '') texts.push(value)
  })
  return texts
}

describe('Sizing sheet: figure citations by label', () => {
  it('zh-CN: FP16/BF16, 显存带宽, 用户输入 — no schema ids, no "user entry"', async () => {
    const texts = await sourceTexts('zh-CN')
    const all = texts.join('\n')
    expect(all).not.toMatch(/Tflops|memoryBandwidthGBs|tdpW|user entry/)
    expect(texts).toContain('自研卡 显存带宽：用户输入')
    // The card by its Chinese catalog name, as the rest of the workbook names it.
    expect(texts.some((t) => t.startsWith('昇腾 910B（通用口径） BF16：'))).toBe(true)
    expect(all).not.toContain('Ascend 910B (generic')
  })

  it('en: labels too ("memory bandwidth: user entry")', async () => {
    const texts = await sourceTexts('en')
    expect(texts).toContain('自研卡 memory bandwidth: user entry')
    expect(texts.join('\n')).not.toMatch(/Tflops:|memoryBandwidthGBs:/)
    expect(
      texts.some((t) => t.startsWith('Ascend 910B (generic, as commonly quoted) BF16: '))
    ).toBe(true)
  })
})
