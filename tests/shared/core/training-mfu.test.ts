/**
 * The training MFU model (one test per factor, plus properties) and its use in llm-training:
 * attention FLOPs, goodput applied to days and never to accelerator-hours.
 */
import { describe, expect, it } from 'vitest'
import type { LlmTrainingResult } from '../../../src/shared/core'
import { MFU_MODEL, mfuGeneration, predictTrainingMfu } from '../../../src/shared/core/trainingMfu'
import { run } from './helpers'

const dense70 = {
  architecture: 'ampere',
  activeParams: 70e9,
  moe: false,
  precision: 'bf16',
  recompute: 'selective' as const
}

describe('training MFU model', () => {
  it('maps architectures to generations', () => {
    expect(mfuGeneration('ampere')).toBe('ampere')
    expect(mfuGeneration('ada')).toBe('ampere')
    expect(mfuGeneration('hopper')).toBe('hopper')
    expect(mfuGeneration('blackwell')).toBe('hopper')
    expect(mfuGeneration('volta')).toBe('volta')
    expect(mfuGeneration('davinci')).toBe('other')
    expect(mfuGeneration(undefined)).toBe('other')
  })

  it('base × size: 100B active on A100 is the ampere base', () => {
    const p = predictTrainingMfu({ ...dense70, activeParams: 1e11 })
    expect(p.raw).toBeCloseTo(MFU_MODEL.base.ampere, 10)
    expect(p.typical).toBe(0.47)
  })

  it('H100-class MFU grows with model size much faster than A100-class', () => {
    const h = (n: number) =>
      predictTrainingMfu({ ...dense70, architecture: 'hopper', activeParams: n }).typical
    const a = (n: number) => predictTrainingMfu({ ...dense70, activeParams: n }).typical
    expect(h(405e9) / h(8e9)).toBeGreaterThan(1.8)
    expect(a(405e9) / a(8e9)).toBeLessThan(1.1)
  })

  it('MoE, FP8 and full recomputation each scale the typical value by their factor', () => {
    const base = predictTrainingMfu(dense70).raw
    expect(predictTrainingMfu({ ...dense70, moe: true }).raw).toBeCloseTo(
      base * MFU_MODEL.moeFactor,
      10
    )
    expect(predictTrainingMfu({ ...dense70, precision: 'fp8' }).raw).toBeCloseTo(
      base * MFU_MODEL.fp8Factor,
      10
    )
    expect(predictTrainingMfu({ ...dense70, recompute: 'full' }).raw).toBeCloseTo(base * 0.75, 10)
  })

  it('cluster size: no effect up to 4,096 cards, −0.048 per doubling beyond', () => {
    const at = (n: number) => predictTrainingMfu({ ...dense70, accelerators: n }).raw
    expect(at(8)).toBe(at(4096))
    expect(at(8192) / at(4096)).toBeCloseTo(Math.exp(-0.048), 10)
    expect(at(16_384) / at(8192)).toBeCloseTo(Math.exp(-0.048), 10)
  })

  it('properties: monotone in size and cluster, low ≤ typical ≤ high within (0, 1]', () => {
    const architectures = ['ampere', 'hopper', 'volta', 'davinci', undefined]
    const sizes = [1e8, 1e9, 8e9, 7e10, 4e11, 2e12]
    const cards = [1, 64, 1024, 4096, 8192, 100_000]
    for (const architecture of architectures)
      for (const precision of ['bf16', 'fp8'])
        for (const moe of [false, true]) {
          let previous = 0
          for (const activeParams of sizes) {
            const p = predictTrainingMfu({ ...dense70, architecture, precision, moe, activeParams })
            expect(p.typical).toBeGreaterThanOrEqual(previous)
            previous = p.typical
            expect(p.low).toBeGreaterThan(0)
            expect(p.low).toBeLessThanOrEqual(p.typical)
            expect(p.high).toBeGreaterThanOrEqual(p.typical)
            expect(p.high).toBeLessThanOrEqual(1)
          }
          let last = Infinity
          for (const accelerators of cards) {
            const t = predictTrainingMfu({ ...dense70, architecture, accelerators }).typical
            expect(t).toBeLessThanOrEqual(last)
            last = t
          }
        }
  })
})

const llama70 = {
  kind: 'llm-training',
  accelerator: 'nvidia-h100-sxm5-80gb',
  model: 'llama-3-70b',
  tokens: 15e12,
  accelerators: 2048
}

describe('llm-training with the MFU model and goodput', () => {
  it('days = computeDays ÷ goodput; accelerator-hours carry no goodput', () => {
    const r = run<LlmTrainingResult>(llama70)
    expect(r.days).toBeCloseTo(r.computeDays / 0.9, 9)
    expect(r.computeDays).toBeCloseTo(r.acceleratorHours / 2048 / 24, 9)
    const g = run<LlmTrainingResult>({ ...llama70, assumptions: { trainingGoodput: 0.5 } })
    expect(g.acceleratorHours).toBe(r.acceleratorHours)
    expect(g.days).toBeCloseTo(r.computeDays / 0.5, 9)
  })

  it('a deadline is wall-clock: the card count covers the goodput loss', () => {
    const r = run<LlmTrainingResult>({ ...llama70, accelerators: undefined, targetDays: 60 })
    expect(r.days).toBeLessThanOrEqual(60)
    expect(r.computeDays).toBeLessThan(60 * 0.9 + 1e-9)
    expect(r.days).toBeGreaterThan(59)
  })

  it('a longer training sequence costs attention FLOPs: more accelerator-hours', () => {
    const short = run<LlmTrainingResult>({ ...llama70, sequenceLength: 2048 })
    const long = run<LlmTrainingResult>({ ...llama70, sequenceLength: 16_384 })
    expect(long.totalFlops).toBe(short.totalFlops)
    expect(long.acceleratorHours).toBeGreaterThan(short.acceleratorHours * 1.15)
  })

  it('an mfu override is read with the same attention accounting', () => {
    const r = run<LlmTrainingResult>({ ...llama70, assumptions: { mfu: 0.4 } })
    expect(r.achievedMfu).toBeLessThan(0.4)
    expect(r.achievedMfu).toBeGreaterThan(0.3)
  })

  it('FP8 on an H100 is faster in hours than BF16, but less than 2× faster', () => {
    const bf16 = run<LlmTrainingResult>(llama70)
    const fp8 = run<LlmTrainingResult>({ ...llama70, precision: 'fp8' })
    const speedup = bf16.acceleratorHours / fp8.acceleratorHours
    expect(speedup).toBeGreaterThan(1.2)
    expect(speedup).toBeLessThan(1.6)
  })
})
