/** Issue 16: a calibration profile used by a workload shows on the quote's Assumptions sheet. */
import { describe, expect, it } from 'vitest'
import { estimatePlan } from '@shared/core'
import { fitCalibration } from '@shared/core/calibration'
import { buildQuoteWorkbook } from '../../../src/main/services/quote/workbook/build-workbook'
import { edits, plan } from './helpers/fixtures'
import { readWorkbook } from './helpers/workbook'

describe('quote workbook with a calibration profile', () => {
  it('the Assumptions sheet names the profile as the source of the fitted MFU', async () => {
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
      language: 'en',
      date: '2025-03-01',
      letterhead: { company: 'ACME', author: 'Planner' }
    })
    const workbook = await readWorkbook(built.bytes)
    const sheet = workbook.worksheets.find((s) => /assumption/i.test(s.name))!
    const texts: string[] = []
    sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value ?? ''))))
    expect(texts.some((text) => text.includes('Calibration profile "Our A100 pod"'))).toBe(true)
  })
})
