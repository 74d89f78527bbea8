/**
 * Platform sizing by a target dense compute (#19): a custom workload with `targetPflops` buys
 * the cards whose dense peak at the chosen precision reaches the target. Hand-checked numbers
 * in the comments.
 */
import { describe, expect, it } from 'vitest'
import { localizeText } from '../../../src/shared/i18n/derivation-text'
import { estimate, only, run } from './helpers'

interface SizingFields {
  accelerators: number
  targetPflops?: number
  deliveredPflops?: number
  days: number
  acceleratorHours: number
}

describe('target PFLOPS → cards', () => {
  it('10 PFLOPS FP16 on Ascend 910B (320 TFLOPS dense) needs 32 cards', () => {
    // ceil(10 × 1000 ÷ 320) = ceil(31.25) = 32; delivered 32 × 320 ÷ 1000 = 10.24 PFLOPS.
    const r = run<SizingFields>({
      kind: 'custom',
      accelerator: 'huawei-ascend-910b',
      precision: 'fp16',
      targetPflops: 10
    })
    expect(r.accelerators).toBe(32)
    expect(r.deliveredPflops).toBeCloseTo(10.24, 9)
    // Always-on capacity: a year of card-hours, 32 × 365 × 24 = 280,320.
    expect(r.days).toBe(365)
    expect(r.acceleratorHours).toBe(280_320)
  })

  it('the precision picks the peak: 5 PFLOPS INT8 on 910B (640 TOPS) needs 8 cards', () => {
    // ceil(5 × 1000 ÷ 640) = ceil(7.8125) = 8
    const r = run<SizingFields>({
      kind: 'custom',
      accelerator: 'huawei-ascend-910b',
      precision: 'int8',
      targetPflops: 5
    })
    expect(r.accelerators).toBe(8)
  })

  it('explains the card count in words in both languages, without a utilisation factor', () => {
    const w = only(
      estimate([
        {
          id: 'p',
          kind: 'custom',
          accelerator: 'huawei-ascend-910b',
          precision: 'fp16',
          targetPflops: 10
        }
      ])
    )
    const step = w.result.steps.find((s) => s.id === 'accelerators')
    expect(step?.expr).toBe('ceil(targetPflops * 1000 / peakTflops)')
    expect(localizeText(step?.formula ?? '', 'zh-CN')).toContain('向上取整')
    expect(w.result.assumptions.map((a) => a.id)).not.toContain('customUtilization')
  })

  it('refuses a target beside accelerators, at the accelerators field', () => {
    const result = estimate([
      {
        id: 'p',
        kind: 'custom',
        accelerator: 'huawei-ascend-910b',
        targetPflops: 10,
        accelerators: 8
      }
    ])
    expect(result.ok).toBe(false)
    const issue = result.issues.find((i) => i.path === 'workloads[0].accelerators')
    expect(issue?.messageKey).toMatch(/notBoth$/)
    // The fields by id in the parameters, by their labels in the message (issue 19).
    expect(issue?.params.fields).toContain('targetPflops')
    expect(issue?.message).toContain('target dense compute')
  })
})
