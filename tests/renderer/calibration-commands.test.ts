/** stores/calibration-commands.ts: use a fitted profile in the plan, or stop using one. */
import { describe, expect, it } from 'vitest'
import { removeCalibration, useCalibration } from '@renderer/stores/calibration-commands'
import { createBlankPlan } from '@renderer/stores/plan'
import type { CalibrationProfile } from '@shared/schema/calibration'

/** A profile told apart by its card (the fit itself does not matter to these commands). */
const profile = (name: string, accelerator: string): CalibrationProfile => ({
  name,
  kind: 'llm-training',
  accelerator,
  assumptions: { mfu: { typical: 0.4, low: 0.35, high: 0.45 } },
  measurements: []
})

describe('calibration commands', () => {
  it('puts the newest profile first and replaces one of the same name', () => {
    const plan = createBlankPlan('p')
    useCalibration(plan, profile('lab', 'card-1'))
    useCalibration(plan, profile('site', 'card-2'))
    useCalibration(plan, profile('lab', 'card-3'))
    expect(plan.calibrations?.map((p) => [p.name, p.accelerator])).toEqual([
      ['lab', 'card-3'],
      ['site', 'card-2']
    ])
  })

  it('stores a copy: changing the profile afterwards does not change the plan', () => {
    const plan = createBlankPlan('p')
    const used = profile('lab', 'card-1')
    useCalibration(plan, used)
    used.accelerator = 'card-9'
    used.assumptions.mfu.typical = 0.9
    expect(plan.calibrations?.[0]).toEqual(profile('lab', 'card-1'))
  })

  it('removes by name, and removes the list when it is left empty', () => {
    const plan = createBlankPlan('p')
    useCalibration(plan, profile('a', 'x'))
    useCalibration(plan, profile('b', 'x'))
    removeCalibration(plan, 'a')
    expect(plan.calibrations?.map((p) => p.name)).toEqual(['b'])
    removeCalibration(plan, 'missing')
    expect(plan.calibrations?.map((p) => p.name)).toEqual(['b'])
    removeCalibration(plan, 'b')
    expect(plan).not.toHaveProperty('calibrations')
    removeCalibration(plan, 'b')
    expect(plan).not.toHaveProperty('calibrations')
  })
})
