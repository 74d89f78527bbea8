/**
 * Issue 17, fuzz finding (`npm run fuzz -- --seed 2026 --only 1671`): an inventory card with
 * `memoryBandwidthGBs: 5e-324` (the smallest positive double) passed the plan schema ("> 0")
 * and the compare core divided by it, so `compare…candidates[0].accelerators` came out
 * Infinity. The class is "a positive hardware figure too small to divide by": every figure of
 * a card now has a floor as well as a ceiling, and at the floor every result stays finite.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { estimatePlan } from '../../../src/shared/core'
import { readPlanText } from '../../../src/shared/schema/plan-file'
import { SPEC_FIGURE_FLOOR } from '../../../src/shared/schema/plan'

const example = JSON.parse(
  readFileSync(join(__dirname, '../../../resources/examples/datacenter-compare.cplan'), 'utf8')
) as Record<string, unknown>

const card = {
  id: 'our-910b',
  vendor: 'Huawei',
  name: 'Ascend 910B (our price list)',
  formFactorClass: 'module',
  architecture: 'davinci',
  memoryGB: 64,
  memoryBandwidthGBs: 1600,
  fp16Tflops: 320,
  bf16Tflops: 320,
  int8Tops: 640,
  tdpW: 400,
  decode1080p30Streams: 16,
  quantityOnHand: 16
}

const FIGURES = [
  'memoryGB',
  'memoryBandwidthGBs',
  'fp32Tflops',
  'tf32Tflops',
  'fp16Tflops',
  'bf16Tflops',
  'fp8Tflops',
  'int8Tops',
  'int4Tops',
  'tdpW',
  'interconnectGBs',
  'decode1080p30Streams'
] as const

function planWith(entry: Record<string, unknown>): string {
  return JSON.stringify({
    ...example,
    compare: { enabled: true, candidates: [] },
    inventory: [entry]
  })
}

function firstNonFinite(value: unknown, path = ''): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : path
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = firstNonFinite(value[i], `${path}[${i}]`)
      if (found) return found
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = firstNonFinite(item, path ? `${path}.${key}` : key)
      if (found) return found
    }
  }
  return null
}

describe('hardware figures too small to divide by (fuzz seed 2026 #1671)', () => {
  it('the fuzz input is refused with the field located, not estimated to Infinity', () => {
    const read = readPlanText(planWith({ ...card, memoryBandwidthGBs: 5e-324 }))
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.error.issues.map((issue) => issue.path)).toContain(
      'inventory[0].memoryBandwidthGBs'
    )
  })

  it.each(FIGURES)('%s at its floor still gives finite results everywhere', (field) => {
    const read = readPlanText(planWith({ ...card, [field]: SPEC_FIGURE_FLOOR }))
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(firstNonFinite(estimatePlan(read.plan))).toBeNull()
  })

  it.each(FIGURES)('%s just under its floor is refused at its path', (field) => {
    const read = readPlanText(planWith({ ...card, [field]: SPEC_FIGURE_FLOOR / 2 }))
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.error.issues.map((issue) => issue.path)).toContain(`inventory[0].${field}`)
  })
})
