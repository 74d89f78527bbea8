/** Issue 16: a calibration profile used by a workload shows on the quote's Assumptions sheet. */
import { describe, expect, it } from 'vitest'
import { estimatePlan } from '@shared/core'
import { fitCalibration } from '@shared/core/calibration'
import { buildQuoteWorkbook } from '../../../src/main/services/quote/workbook/build-workbook'
import { edits, plan } from './helpers/fixtures'
import { readWorkbook } from './helpers/workbook'

async function assumptionTexts(language: 'en' | 'zh-CN'): Promise<string[]> {
  const measured = {
    kind: 'llm-training' as const,
    accelerator: 'nvidia-a100-sxm4-80gb',
    model: 'llama-2-7b',
    accelerators: 8,
    sequenceLength: 4096,
    tokensPerSecondPerAccelerator: 2500
  }
  const fit = fitCalibration({
    name: 'Our A100 pod',
    kind: 'llm-training',
    accelerator: measured.accelerator,
    measurements: [measured]
  })
  const document = plan({
    format: 'compute-planner/plan',
    version: 1,
    name: 'calibrated',
    workloads: [
      {
        id: 'train',
        kind: 'llm-training',
        accelerator: measured.accelerator,
        model: measured.model,
        tokens: 1e11,
        accelerators: 8,
        sequenceLength: 4096
      }
    ],
    calibrations: [fit.profile]
  })
  const estimate = estimatePlan(document)
  expect(estimate.ok).toBe(true)
  const built = await buildQuoteWorkbook({
    plan: document,
    estimate,
    edits: edits(),
    language,
    date: '2025-03-01',
    letterhead: { company: 'ACME', author: 'Planner' }
  })
  const workbook = await readWorkbook(built.bytes)
  const sheet = workbook.worksheets.find((s) => /assumption|假设/i.test(s.name))!
  const texts: string[] = []
  sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value ?? ''))))
  return texts
}

describe('quote workbook with a calibration profile', () => {
  it('the Assumptions sheet names the profile as the source of the fitted MFU', async () => {
    const texts = await assumptionTexts('en')
    expect(texts.some((text) => text.includes('Calibration profile "Our A100 pod"'))).toBe(true)
  })

  it('names it in Chinese in a Chinese workbook', async () => {
    const texts = await assumptionTexts('zh-CN')
    expect(texts).toContain(
      '校准配置“Our A100 pod”：由 nvidia-a100-sxm4-80gb 上的 1 条实测拟合（低–高：各条实测的离散范围）'
    )
    expect(texts.some((text) => text.includes('Calibration profile'))).toBe(false)
  })
})
