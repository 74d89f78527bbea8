/** core/workloads/context.ts: the Calc helper every workload records its derivation with. */
import { describe, expect, it } from 'vitest'
import {
  Calc,
  PLAUSIBLE_ACCELERATORS,
  WorkloadInputError,
  type ResolvedAccelerator,
  type WorkloadContext
} from '../../../../src/shared/core/workloads/context'
import { defaultCatalog } from '../../../../src/shared/core/catalog'
import { assumptionDefinition } from '../../../../src/shared/core/assumptions'
import { PLAN_FORMAT, PLAN_VERSION, parsePlan } from '../../../../src/shared/schema/plan'

const parsed = parsePlan({ format: PLAN_FORMAT, version: PLAN_VERSION, name: 'p', workloads: [] })
if (!parsed.ok) throw new Error('invalid')
const catalog = defaultCatalog()
const card = (spec: Partial<ResolvedAccelerator['spec']> = {}): ResolvedAccelerator => ({
  id: 'inline:w',
  origin: 'inline',
  spec: { vendor: 'X', name: 'Card', architecture: 'hopper', ...spec }
})

function calc(
  accelerator = card(),
  own: Partial<WorkloadContext> = {},
  kind: 'custom' | 'llm-training' = 'custom'
) {
  const ctx: WorkloadContext = {
    catalog,
    accelerator,
    settings: parsed.ok ? parsed.plan.settings : ({} as never),
    overrides: {},
    scenario: 'typical',
    record: true,
    path: ['workloads', 4],
    ...own
  }
  return new Calc(ctx, { kind, precision: 'fp16' })
}

const utilisation = assumptionDefinition('customUtilization')!

describe('Calc', () => {
  it('warns once when the card has no architecture (generic defaults are never silent)', () => {
    expect(calc(card({ architecture: undefined })).warnings).toEqual([
      { key: 'sanity.genericArchitecture', params: { accelerator: 'Card' } }
    ])
    expect(calc().warnings).toEqual([])
  })

  it('use: the scenario picks the end of the range (higher is better here)', () => {
    const variant = utilisation.variants.at(-1)!
    expect(calc().use('customUtilization')).toBe(variant.typical)
    expect(calc(card(), { scenario: 'optimistic' }).use('customUtilization')).toBe(variant.high)
    expect(calc(card(), { scenario: 'pessimistic' }).use('customUtilization')).toBe(variant.low)
  })

  it('use records the resolved assumption only when recording', () => {
    const loud = calc()
    loud.use('customUtilization')
    expect(loud.assumptions.map((a) => a.id)).toEqual(['customUtilization'])
    const quiet = calc(card(), { record: false })
    const value = quiet.use('customUtilization')
    expect(quiet.assumptions).toEqual([])
    expect(quiet.d.value('customUtilization')).toBe(value)
  })

  it('a workload override wins over the registry', () => {
    const c = calc(card(), { overrides: { workload: { customUtilization: 0.7 } } })
    expect(c.use('customUtilization')).toBe(0.7)
  })

  it('inputOrDefault: the given value, or the fallback with a note of the default', () => {
    const c = calc()
    expect(c.inputOrDefault('batch', 32, 8, 'sequences')).toBe(32)
    expect(c.inputOrDefault('steps', undefined, 1000, 'steps', 'trainingSteps')).toBe(1000)
    expect(c.defaultsApplied).toEqual([
      {
        field: 'trainingSteps',
        value: 1000,
        note: { key: 'core.defaults.used', params: { field: 'trainingSteps', value: 1000 } }
      }
    ])
  })

  it('warn prefixes core.warnings; warnSanity prefixes sanity and says a thing once', () => {
    const c = calc()
    c.warn('something', { n: 1 })
    c.warnSanity('odd', { n: 1 })
    c.warnSanity('odd', { n: 2 })
    expect(c.warnings).toEqual([
      { key: 'core.warnings.something', params: { n: 1 } },
      { key: 'sanity.odd', params: { n: 1 } }
    ])
  })

  it('plausibleTotal: up to a million cards is a plan, more is a warning', () => {
    const c = calc()
    expect(c.plausibleTotal(PLAUSIBLE_ACCELERATORS)).toBe(true)
    expect(c.warnings).toEqual([])
    expect(c.plausibleTotal(PLAUSIBLE_ACCELERATORS + 1)).toBe(false)
    expect(c.warnings[0].key).toBe('sanity.implausibleTotal')
  })

  it('fail throws a WorkloadInputError located under the workload’s path', () => {
    try {
      calc().fail(['model', 'layers'], 'mustBeInteger')
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(WorkloadInputError)
      expect((error as WorkloadInputError).issue.path).toBe('workloads[4].model.layers')
    }
  })

  it('peak: the figure at the precision as a lookup step citing the card', () => {
    const c = calc(card({ fp16Tflops: 500, source: 'datasheet' }))
    expect(c.peak('fp16').value).toBe(500)
    const step = c.d.steps.find((s) => s.id === 'peakTflops')
    expect(step).toMatchObject({ value: 500, unit: 'TFLOPS', source: 'Card fp16Tflops: datasheet' })
  })

  it('peak: a missing precision falls back with a warning; no figure at all fails', () => {
    const c = calc(card({ fp16Tflops: 400 }))
    const choice = c.peak('fp8')
    expect(choice.fellBack).toBe(true)
    expect(c.warnings.map((w) => w.key)).toContain('core.warnings.precisionFallback')
    expect(() => calc(card()).peak('fp16')).toThrow(WorkloadInputError)
  })

  it('spec: a required figure, or a located missingSpec', () => {
    expect(calc(card({ tdpW: 700 })).spec('tdpW', 'tdp', 'W')).toBe(700)
    try {
      calc().spec('memoryBandwidthGBs', 'bw', 'GB/s')
      expect.unreachable()
    } catch (error) {
      expect((error as WorkloadInputError).issue).toMatchObject({
        path: 'workloads[4].accelerator',
        params: { field: 'memoryBandwidthGBs', accelerator: 'Card' }
      })
    }
  })

  it('memoryCapacityGB: GiB as shipped × 2^30 ÷ 10^9; decimal GB as is', () => {
    // 80 GiB = 80 × 1,073,741,824 B = 85.899… GB
    expect(calc(card({ memoryGB: 80 })).memoryCapacityGB()).toBeCloseTo((80 * 2 ** 30) / 1e9, 9)
    expect(calc(card({ memoryGB: 80, memoryUnit: 'GB' })).memoryCapacityGB()).toBe(80)
  })

  it('outcome collects everything and checks the card count', () => {
    const c = calc()
    c.input('x', 2, 'n')
    c.f('y', 'x * 3', 'n')
    c.field('y', 'y')
    const outcome = c.outcome({ y: 6 }, { accelerators: 2 * PLAUSIBLE_ACCELERATORS })
    expect(outcome.result).toEqual({ y: 6 })
    expect(outcome.steps.map((s) => [s.id, s.value])).toEqual([['y', 6]])
    expect(outcome.fieldSteps).toEqual({ y: 'y' })
    expect(outcome.warnings.map((w) => w.key)).toEqual(['sanity.implausibleTotal'])
  })
})
