import { describe, expect, it } from 'vitest'
import {
  calibrationFor,
  calibrationPreset,
  profileMatches
} from '../../../src/shared/core/calibration-apply'
import type { CalibrationProfile } from '../../../src/shared/schema/calibration'
import type { PlanDocument, Workload } from '../../../src/shared/schema/plan'

const measurement = {
  kind: 'llm-training' as const,
  accelerator: 'card-a',
  model: 'model-x',
  tokensPerSecondPerAccelerator: 2500
}
const profile = (own: Partial<CalibrationProfile> = {}): CalibrationProfile => ({
  name: 'p',
  kind: 'llm-training',
  accelerator: 'card-a',
  assumptions: { mfu: { typical: 0.4, low: 0.35, high: 0.45 } },
  measurements: [measurement],
  ...own
})
const training = { id: 'w', kind: 'llm-training', model: 'model-x' } as unknown as Workload

describe('profileMatches', () => {
  it('needs the kind and one of the workload’s card ids', () => {
    expect(profileMatches(profile(), training, ['card-a'])).toBe(true)
    expect(profileMatches(profile(), training, ['inventory-1', 'card-a'])).toBe(true)
    expect(profileMatches(profile(), training, ['card-b'])).toBe(false)
    expect(profileMatches(profile({ kind: 'llm-inference' }), training, ['card-a'])).toBe(false)
  })

  it('a profile without a model fits every model; with one, only that model', () => {
    expect(profileMatches(profile({ model: 'model-x' }), training, ['card-a'])).toBe(true)
    expect(profileMatches(profile({ model: 'model-y' }), training, ['card-a'])).toBe(false)
  })

  it('an inline model object never matches a named profile model', () => {
    const inline = { ...training, model: { name: 'model-x' } } as unknown as Workload
    expect(profileMatches(profile({ model: 'model-x' }), inline, ['card-a'])).toBe(false)
    expect(profileMatches(profile(), inline, ['card-a'])).toBe(true)
  })
})

describe('calibrationFor', () => {
  it('the first matching profile of the plan wins; none gives undefined', () => {
    const first = profile({ name: 'first' })
    const plan = {
      calibrations: [profile({ name: 'other card', accelerator: 'card-b' }), first, profile()]
    } as PlanDocument
    expect(calibrationFor(plan, training, ['card-a'])).toBe(first)
    expect(calibrationFor(plan, training, ['card-c'])).toBeUndefined()
    expect(calibrationFor({} as PlanDocument, training, ['card-a'])).toBeUndefined()
  })
})

describe('calibrationPreset', () => {
  it('carries each fitted value and a source naming the profile, count and scope', () => {
    const preset = calibrationPreset(profile({ name: 'Lab', model: 'model-x' }))
    expect(preset.mfu).toMatchObject({ typical: 0.4, low: 0.35, high: 0.45 })
    expect(preset.mfu?.source).toBe(
      'Calibration profile "Lab": fitted to 1 measurement on card-a, model-x (low–high: the measurements\' spread)'
    )
  })

  it('plural for several measurements; the card alone when there is no model', () => {
    const preset = calibrationPreset(profile({ measurements: [measurement, measurement] }))
    expect(preset.mfu?.source).toContain('fitted to 2 measurements on card-a (')
  })
})
