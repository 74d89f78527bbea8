/**
 * Vision training limits (issue 16): the slower of compute and the input pipeline sets the
 * pace, and a global batch keeps at most one card per image busy. Hand-checked against the
 * formulas in docs/methodology.md § Vision / CNN training.
 */
import { describe, expect, it } from 'vitest'
import type { VisionTrainingResult, WorkloadEstimate } from '../../../src/shared/core'
import { estimate, only } from './helpers'

const RESNET50 = { name: 'ResNet-50 v1.5', paramsM: 25.56, gmacs: 4.09, inputResolution: 224 }
const IMAGENET = 1_281_167
const BASE = {
  id: 'w',
  kind: 'vision-training',
  accelerator: 'nvidia-a100-sxm4-40gb',
  model: RESNET50,
  images: IMAGENET,
  epochs: 90,
  precision: 'fp16',
  accelerators: 8
}

const estimateOne = (workload: Record<string, unknown>): WorkloadEstimate =>
  only(estimate([{ ...BASE, ...workload }]))
const result = (w: WorkloadEstimate) => w.result as unknown as VisionTrainingResult
const step = (w: WorkloadEstimate, id: string): number => {
  const r = w.result as unknown as {
    steps: { id: string; value: number }[]
    assumptions: { id: string; value: number }[]
  }
  const found = r.steps.find((s) => s.id === id) ?? r.assumptions.find((a) => a.id === id)
  if (!found) throw new Error(`no step ${id}`)
  return found.value
}
const warnings = (w: WorkloadEstimate) =>
  (w.result as unknown as { warnings: { key: string }[] }).warnings.map((n) => n.key)

describe('vision training: compute or data loading, whichever is slower', () => {
  it('ResNet-50 on 8 × A100 with the default pipeline is compute-bound (V2 unchanged)', () => {
    const w = estimateOne({})
    expect(result(w).binding).toBe('compute')
    const flopsPerImage = 3 * 2 * 4.09e9
    const perCard = (312 * step(w, 'visionMfu') * 1e12) / flopsPerImage
    expect(step(w, 'computeImagesPerSecondPerAccelerator')).toBeCloseTo(perCard, 6)
    expect(result(w).imagesPerSecond).toBeCloseTo(8 * perCard, 6)
    expect(result(w).days).toBeCloseTo((IMAGENET * 90) / (8 * perCard) / 86400, 9)
    expect(warnings(w)).not.toContain('core.warnings.visionDataLoadingBinds')
  })

  it('a CPU-decoding pipeline (5,000 images/s per 8-card server) binds, and the result says so', () => {
    const w = estimateOne({ assumptions: { dataLoaderImagesPerSecondPerNode: 5000 } })
    expect(step(w, 'acceleratorsPerServer')).toBe(8)
    expect(step(w, 'dataImagesPerSecondPerAccelerator')).toBe(625)
    expect(result(w).binding).toBe('data-loading')
    expect(result(w).imagesPerSecond).toBeCloseTo(5000, 9)
    expect(result(w).days).toBeCloseTo((IMAGENET * 90) / 5000 / 86400, 9)
    expect(warnings(w)).toContain('core.warnings.visionDataLoadingBinds')
  })

  it('a faster input pipeline is never slower, and stops helping once compute binds', () => {
    const days = [2000, 5000, 10000, 20000, 40000, 80000, 160000].map(
      (rate) =>
        result(estimateOne({ assumptions: { dataLoaderImagesPerSecondPerNode: rate } })).days
    )
    for (let i = 1; i < days.length; i++) expect(days[i]).toBeLessThanOrEqual(days[i - 1])
    expect(days[0]).toBeGreaterThan(days[days.length - 1])
    expect(days[days.length - 1]).toBe(days[days.length - 2])
  })

  it('a deadline sizes the cards for the data-bound rate', () => {
    const w = estimateOne({
      accelerators: undefined,
      targetDays: 0.25,
      assumptions: { dataLoaderImagesPerSecondPerNode: 5000 }
    })
    const hours = (IMAGENET * 90) / 625 / 3600
    expect(result(w).accelerators).toBe(Math.ceil(hours / 6))
    expect(result(w).days).toBeLessThanOrEqual(0.25)
  })
})

describe('vision training: global batch', () => {
  it('steps per epoch = ceil(images / global batch)', () => {
    const w = estimateOne({ globalBatchSize: 1024 })
    expect(step(w, 'stepsPerEpoch')).toBe(Math.ceil(IMAGENET / 1024))
    expect(step(w, 'batchPerAccelerator')).toBe(128)
    expect(warnings(w)).not.toContain('core.warnings.visionBatchBinds')
  })

  it('cards beyond the global batch sit idle: 2,048 cards with a batch of 1,024 take as long as 1,024', () => {
    const many = estimateOne({ accelerators: 2048, globalBatchSize: 1024 })
    const enough = estimateOne({ accelerators: 1024, globalBatchSize: 1024 })
    expect(step(many, 'activeAccelerators')).toBe(1024)
    expect(result(many).days).toBeCloseTo(result(enough).days, 12)
    expect(warnings(many)).toContain('core.warnings.visionBatchBinds')
  })

  it('a larger global batch never makes training slower', () => {
    let previous = Infinity
    for (const batch of [64, 256, 1024, 4096, 16384]) {
      const days = result(estimateOne({ accelerators: 4096, globalBatchSize: batch })).days
      expect(days).toBeLessThanOrEqual(previous)
      previous = days
    }
  })
})
