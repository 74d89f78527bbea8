/**
 * core/assumptions.ts: the registry's invariants and the resolution rules. That resolveAssumption
 * and the fast assumptionValue agree everywhere is in assumption-value.test.ts.
 */
import { describe, expect, it } from 'vitest'
import {
  ASSUMPTIONS,
  SCENARIOS,
  assumptionDefinition,
  isAssumptionId,
  memoryClassOf,
  pickScenarioValue,
  resolveAssumption
} from '../../../src/shared/core/assumptions'
import { messages } from '../../../src/shared/i18n'

describe('the assumption registry', () => {
  it('ids are unique and each has a label in both languages', () => {
    const ids = ASSUMPTIONS.map((a) => a.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) {
      expect(messages.en.core.assumptions, id).toHaveProperty([id])
      expect(messages['zh-CN'].core.assumptions, id).toHaveProperty([id])
    }
  })

  it('every variant holds low ≤ typical ≤ high inside the accepted limits, with a source', () => {
    for (const definition of ASSUMPTIONS) {
      expect(definition.min, definition.id).toBeLessThanOrEqual(definition.max)
      for (const [i, v] of definition.variants.entries()) {
        const where = `${definition.id}[${i}]`
        expect(v.low, where).toBeLessThanOrEqual(v.typical)
        expect(v.typical, where).toBeLessThanOrEqual(v.high)
        // An optional assumption (a measured figure only the planner can give) carries a 0
        // placeholder below its limits; the limits check what the planner types.
        if (!definition.optional) {
          expect(v.low, where).toBeGreaterThanOrEqual(definition.min)
          expect(v.high, where).toBeLessThanOrEqual(definition.max)
        }
        expect(v.source.trim().length, where).toBeGreaterThan(0)
      }
    }
  })

  it('the last variant is the unconditional default (unless the assumption is optional)', () => {
    for (const definition of ASSUMPTIONS) {
      if (definition.optional && definition.variants.length === 0) continue
      const last = definition.variants.at(-1)
      expect(last, definition.id).toBeDefined()
      expect(last?.when, definition.id).toBeUndefined()
    }
  })

  it('assumptionDefinition and isAssumptionId know exactly the registered ids', () => {
    expect(assumptionDefinition('customUtilization')?.id).toBe('customUtilization')
    expect(assumptionDefinition('noSuch')).toBeUndefined()
    expect(isAssumptionId('customUtilization')).toBe(true)
    expect(isAssumptionId('toString')).toBe(false)
  })
})

describe('memoryClassOf', () => {
  it.each([
    ['HBM3e', 'hbm'],
    ['hbm2', 'hbm'],
    ['GDDR6X', 'gddr'],
    ['LPDDR5X', 'unified'],
    ['DDR5', 'unified'],
    ['unified memory', 'unified'],
    ['shared system memory', 'unified']
  ])('%s → %s', (text, memoryClass) => {
    expect(memoryClassOf(text)).toBe(memoryClass)
  })

  it('unknown or missing memory type: no class', () => {
    expect(memoryClassOf('SRAM')).toBeUndefined()
    expect(memoryClassOf(undefined)).toBeUndefined()
  })
})

describe('pickScenarioValue', () => {
  const range = { typical: 2, low: 1, high: 3 }
  it('typical is typical; optimistic takes the better end, pessimistic the worse', () => {
    expect(pickScenarioValue(range, 'higher', 'typical')).toBe(2)
    expect(pickScenarioValue(range, 'higher', 'optimistic')).toBe(3)
    expect(pickScenarioValue(range, 'higher', 'pessimistic')).toBe(1)
    expect(pickScenarioValue(range, 'lower', 'optimistic')).toBe(1)
    expect(pickScenarioValue(range, 'lower', 'pessimistic')).toBe(3)
  })
})

describe('resolveAssumption', () => {
  const definition = assumptionDefinition('customUtilization')!
  const variant = definition.variants.at(-1)!

  it('the default: the registry’s variant, its source and origin', () => {
    for (const scenario of SCENARIOS) {
      const resolved = resolveAssumption('customUtilization', {}, {}, scenario)
      expect(resolved).toMatchObject({
        typical: variant.typical,
        low: variant.low,
        high: variant.high,
        source: variant.source,
        origin: 'default',
        labelKey: 'core.assumptions.customUtilization'
      })
      expect(resolved?.value).toBe(pickScenarioValue(variant, definition.better, scenario))
    }
  })

  it('a number override collapses the range; the default it replaces is kept', () => {
    const resolved = resolveAssumption(
      'customUtilization',
      {},
      { plan: { customUtilization: 0.5 } },
      'optimistic'
    )
    expect(resolved).toMatchObject({ value: 0.5, low: 0.5, high: 0.5, origin: 'plan' })
    expect(resolved?.defaultRange).toEqual({
      typical: variant.typical,
      low: variant.low,
      high: variant.high,
      source: variant.source
    })
  })

  it('a range override with a missing end uses the typical value for it; reversed ends are ordered', () => {
    const lowOnly = resolveAssumption(
      'customUtilization',
      {},
      { workload: { customUtilization: { typical: 0.5, low: 0.3 } } },
      'optimistic'
    )
    expect(lowOnly).toMatchObject({ low: 0.3, high: 0.5, value: 0.5, origin: 'workload' })
    const reversed = resolveAssumption(
      'customUtilization',
      {},
      { workload: { customUtilization: { typical: 0.5, low: 0.7, high: 0.2 } } },
      'typical'
    )
    expect(reversed).toMatchObject({ low: 0.2, high: 0.7 })
  })

  it('precedence of defaults: calibration, then preset, then modelled, then the registry', () => {
    const fitted = (typical: number, source: string) => ({
      typical,
      low: typical,
      high: typical,
      source
    })
    const all = {
      calibration: { customUtilization: fitted(0.11, 'cal') },
      preset: { customUtilization: fitted(0.22, 'preset') }
    }
    const modelled = fitted(0.33, 'model')
    expect(resolveAssumption('customUtilization', {}, all, 'typical', modelled)?.source).toBe('cal')
    expect(
      resolveAssumption('customUtilization', {}, { preset: all.preset }, 'typical', modelled)
        ?.source
    ).toBe('preset')
    expect(resolveAssumption('customUtilization', {}, {}, 'typical', modelled)?.source).toBe(
      'model'
    )
    // Any planner value beats all of them.
    expect(
      resolveAssumption(
        'customUtilization',
        {},
        { ...all, plan: { customUtilization: 0.9 } },
        'typical',
        modelled
      )?.value
    ).toBe(0.9)
  })

  it('an unknown id is a defect, thrown', () => {
    expect(() => resolveAssumption('noSuch' as never, {}, {}, 'typical')).toThrow(
      'unknown assumption noSuch'
    )
  })
})
