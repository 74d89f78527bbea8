/**
 * assumptionValue is resolveAssumption's number without the record (the fast path of
 * calculations that record no steps: scenario re-runs and compare mode). It must give the same
 * number for every assumption, context, scenario and kind of override, or the ranges and the
 * comparison would drift from the typical derivation.
 */
import { describe, expect, it } from 'vitest'
import {
  ASSUMPTIONS,
  assumptionValue,
  resolveAssumption,
  type AssumptionContext,
  type AssumptionId
} from '../../../src/shared/core/assumptions'

const scenarios = ['typical', 'optimistic', 'pessimistic'] as const

/** No context, and the context each variant asks for. */
function contexts(variants: readonly { when?: Record<string, readonly string[]> }[]) {
  const out: AssumptionContext[] = [{}]
  for (const { when } of variants) {
    if (!when) continue
    out.push({
      architecture: when.architectures?.[0],
      precision: when.precisions?.[0],
      language: when.languages?.[0],
      memoryClass: when.memoryClasses?.[0] as AssumptionContext['memoryClass']
    })
  }
  return out
}

describe('assumptionValue equals resolveAssumption(...).value', () => {
  it('for every assumption, context, scenario and override', () => {
    let checked = 0
    for (const definition of ASSUMPTIONS) {
      const id = definition.id as AssumptionId
      const preset = { [id]: { typical: 0.5, low: 0.25, high: 0.75, source: 'preset' } }
      const overrideSets = [
        {},
        { plan: { [id]: 3 } },
        { workload: { [id]: { typical: 2, low: 1 } }, plan: { [id]: 5 } },
        { preset },
        { calibration: preset, preset: { [id]: { typical: 9, low: 9, high: 9, source: 'x' } } }
      ]
      for (const context of contexts(definition.variants))
        for (const overrides of overrideSets)
          for (const scenario of scenarios) {
            const resolved = resolveAssumption(id, context, overrides, scenario)
            expect(assumptionValue(id, context, overrides, scenario)).toBe(resolved?.value)
            checked++
          }
    }
    expect(checked).toBeGreaterThan(ASSUMPTIONS.length * 15)
  })
})
