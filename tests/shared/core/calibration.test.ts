/**
 * Calibrate (issue 16): fitting efficiency assumptions to the planner's own measurements,
 * the fit's residuals, and the profile applied to matching workloads only.
 */
import { describe, expect, it } from 'vitest'
import { fitCalibration } from '../../../src/shared/core/calibration'
import { parsePlan } from '../../../src/shared/schema/plan'
import type { CalibrationProfile } from '../../../src/shared/schema/calibration'
import { estimate, only, run, within } from './helpers'

const A100 = 'nvidia-a100-sxm4-80gb'
const training = {
  kind: 'llm-training' as const,
  accelerator: A100,
  model: 'llama-2-7b',
  accelerators: 8,
  sequenceLength: 4096
}
const trainingWorkload = {
  kind: 'llm-training',
  accelerator: A100,
  model: 'llama-2-7b',
  tokens: 1e10,
  accelerators: 8,
  sequenceLength: 4096
}
const tokensPerCard = (r: Record<string, unknown>) =>
  (r.tokens as number) / ((r.acceleratorHours as number) * 3600)

function trainingProfile(measured: number[]): CalibrationProfile {
  const fit = fitCalibration({
    name: 'Our A100 pod',
    kind: 'llm-training',
    accelerator: A100,
    model: 'llama-2-7b',
    measurements: measured.map((tokensPerSecondPerAccelerator) => ({
      ...training,
      tokensPerSecondPerAccelerator
    }))
  })
  expect(fit.issues).toEqual([])
  return fit.profile!
}

describe('fitting measurements', () => {
  it('one training measurement: the fitted MFU reproduces it exactly', () => {
    const before = tokensPerCard(run(trainingWorkload))
    const fit = fitCalibration({
      name: 'p',
      kind: 'llm-training',
      accelerator: A100,
      measurements: [{ ...training, tokensPerSecondPerAccelerator: 2500 }]
    })
    expect(fit.points).toHaveLength(1)
    const point = fit.points[0]
    expect(point.assumption).toBe('mfu')
    expect(point.predictedBefore).toBeCloseTo(before, 6)
    expect(point.residualBefore).toBeCloseTo((before - 2500) / 2500, 9)
    expect(Math.abs(point.residual)).toBeLessThan(1e-9)
    expect(point.implied).toBeCloseTo((point.defaultValue * 2500) / before, 9)
    expect(fit.profile!.assumptions.mfu.typical).toBe(point.implied)
    // One measurement: a ±5 % band around it, not a zero-width one.
    expect(fit.profile!.assumptions.mfu.low).toBeCloseTo(point.implied * 0.95, 9)
    expect(fit.profile!.assumptions.mfu.high).toBeCloseTo(point.implied * 1.05, 9)
  })

  it('several measurements: the median value, their spread as the band, residuals around zero', () => {
    const profile = trainingProfile([2300, 2500, 2800])
    const fit = fitCalibration({
      name: 'p',
      kind: 'llm-training',
      accelerator: A100,
      measurements: profile.measurements
    })
    const residuals = fit.points.map((p) => p.residual)
    // The median measurement is reproduced; the others sit at their ratio to it.
    expect(residuals[1]).toBeCloseTo(0, 9)
    expect(residuals[0]).toBeCloseTo(2500 / 2300 - 1, 6)
    expect(residuals[2]).toBeCloseTo(2500 / 2800 - 1, 6)
    const implied = fit.points.map((p) => p.implied)
    expect(profile.assumptions.mfu.low).toBeCloseTo(Math.min(...implied), 12)
    expect(profile.assumptions.mfu.high).toBeCloseTo(Math.max(...implied), 12)
    expect(fit.medianAbsResidual).toBeLessThan(fit.medianAbsResidualBefore + 1e-12)
  })

  it('fine-tuning step time and memory: utilisation and runtime overhead', () => {
    const measurement = {
      kind: 'llm-finetuning' as const,
      accelerator: A100,
      model: 'llama-2-7b',
      method: 'lora' as const,
      accelerators: 1,
      sequenceLength: 2048,
      stepTimeSeconds: 4,
      tokensPerStep: 8 * 2048,
      memoryUsedGB: 30
    }
    const fit = fitCalibration({
      name: 'ft',
      kind: 'llm-finetuning',
      accelerator: A100,
      measurements: [measurement]
    })
    expect(fit.issues).toEqual([])
    expect(fit.points.map((p) => p.assumption).sort()).toEqual([
      'finetuningUtilization',
      'runtimeOverheadGB'
    ])
    for (const point of fit.points) expect(Math.abs(point.residual)).toBeLessThan(1e-9)
    const throughput = fit.points.find((p) => p.assumption === 'finetuningUtilization')!
    expect(throughput.measured).toBe(2048 * 2)
    const memory = fit.points.find((p) => p.assumption === 'runtimeOverheadGB')!
    expect(memory.implied - memory.defaultValue).toBeCloseTo(30 - memory.predictedBefore, 9)
  })

  it('serving: decode bandwidth efficiency solved through the per-layer overhead', () => {
    const fit = fitCalibration({
      name: 'serve',
      kind: 'llm-inference',
      accelerator: 'nvidia-h100-sxm5-80gb',
      measurements: [
        {
          kind: 'llm-inference',
          accelerator: 'nvidia-h100-sxm5-80gb',
          model: 'llama-3.1-8b',
          batch: 1,
          contextTokens: 2048,
          outputTokensPerSecond: 120
        }
      ]
    })
    expect(fit.issues).toEqual([])
    const point = fit.points[0]
    expect(point.assumption).toBe('decodeBandwidthEfficiency')
    expect(Math.abs(point.residual)).toBeLessThan(1e-3)
    expect(point.implied).toBeLessThan(point.defaultValue)
  })

  it('rows that cannot be used are located by row and field, the others still fit', () => {
    const fit = fitCalibration({
      name: 'p',
      kind: 'llm-training',
      accelerator: A100,
      model: 'llama-2-7b',
      measurements: [
        { ...training, tokensPerSecondPerAccelerator: 2500 },
        { ...training, accelerator: 'nvidia-h100-sxm5-80gb', tokensPerSecondPerAccelerator: 1 },
        { ...training, model: 'llama-2-13b', tokensPerSecondPerAccelerator: 1 },
        { ...training },
        { ...training, tokensPerSecondPerAccelerator: 1e8 }
      ]
    })
    expect(fit.issues.map((i) => [i.index, i.field, i.key])).toEqual([
      [1, 'accelerator', 'wrongAccelerator'],
      [2, 'model', 'wrongModel'],
      [3, 'tokensPerSecondPerAccelerator', 'noFigure'],
      [4, 'throughput', 'outOfRange']
    ])
    expect(fit.points.map((p) => p.index)).toEqual([0])
    expect(fit.profile!.measurements).toHaveLength(1)
  })
})

describe('applying a profile', () => {
  it('a matching workload moves to the measured throughput and names the profile', () => {
    const profile = trainingProfile([2500])
    const plain = only(estimate([{ id: 'a', ...trainingWorkload }]))
    const calibrated = only(
      estimate([{ id: 'a', ...trainingWorkload }], { calibrations: [profile] })
    )
    const r = calibrated.result as unknown as Record<string, unknown>
    expect(within(tokensPerCard(r), 2500, 1e-9)).toBe(true)
    expect(tokensPerCard(plain.result as unknown as Record<string, unknown>)).not.toBeCloseTo(
      2500,
      0
    )
    const mfu = calibrated.result.assumptions.find((a) => a.id === 'mfu')!
    expect(mfu.source).toContain('Calibration profile "Our A100 pod"')
    expect(mfu.low).toBe(profile.assumptions.mfu.low)
  })

  it('other cards, models and kinds keep the defaults; the planner’s own value still wins', () => {
    const profile = trainingProfile([2500])
    const result = estimate(
      [
        { id: 'h100', ...trainingWorkload, accelerator: 'nvidia-h100-sxm5-80gb' },
        { id: 'other-model', ...trainingWorkload, model: 'llama-2-13b' },
        { id: 'set', ...trainingWorkload, assumptions: { mfu: 0.3 } }
      ],
      { calibrations: [profile] }
    )
    expect(result.ok).toBe(true)
    for (const w of result.workloads) {
      const mfu = w.result.assumptions.find((a) => a.id === 'mfu')!
      expect(mfu.source, w.id).not.toContain('Calibration profile')
    }
    expect(result.workloads[2].result.assumptions.find((a) => a.id === 'mfu')!.value).toBe(0.3)
  })

  it('a plan carrying a profile is a valid plan (optional field, same version)', () => {
    const profile = trainingProfile([2500])
    const parsed = parsePlan({
      format: 'compute-planner/plan',
      version: 1,
      name: 'x',
      workloads: [],
      calibrations: [profile]
    })
    expect(parsed.ok ? parsed.plan.calibrations : parsed.issues).toEqual([profile])
  })
})
