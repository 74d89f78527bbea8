/**
 * core/estimate.ts, the one entry point: what it checks before any calculation, what it
 * carries on each workload, and that it never throws. The override range checks on the
 * training MFU are in assumption-ranges.test.ts; formulas are in each workload's test.
 */
import { describe, expect, it } from 'vitest'
import { estimatePlan } from '../../../src/shared/core/estimate'
import { defaultCatalog } from '../../../src/shared/core/catalog'
import { formatIssue } from '../../../src/shared/schema/plan'
import { plan } from './helpers'

const CARD = 'nvidia-a100-sxm4-80gb'
const custom = { id: 'c', kind: 'custom', accelerator: CARD, totalFlops: 1e20, accelerators: 8 }
const catalog = defaultCatalog()

describe('estimatePlan: checks before any calculation', () => {
  it('an unknown assumption is named at its path, plan-wide or on a workload', () => {
    const answer = estimatePlan(
      plan([{ ...custom, assumptions: { noSuch: 1 } }], { assumptionOverrides: { alsoNot: 2 } })
    )
    expect(answer.ok).toBe(false)
    expect(answer.issues.map(formatIssue)).toEqual([
      'assumptionOverrides.alsoNot: unknown assumption "alsoNot"',
      'workloads[0].assumptions.noSuch: unknown assumption "noSuch"'
    ])
    // Nothing was evaluated.
    expect(answer.workloads).toEqual([])
    expect(answer.totals).toBeNull()
  })

  it('a workload field is the typical value a range must hold', () => {
    // The custom `utilization` field sets customUtilization's typical (0.9); the range's own
    // typical (0.5) is ignored, so a high end of 0.8 is below the value in force.
    const answer = estimatePlan(
      plan([
        {
          ...custom,
          utilization: 0.9,
          assumptions: { customUtilization: { typical: 0.5, low: 0.4, high: 0.8 } }
        }
      ])
    )
    expect(answer.issues.map(formatIssue)).toEqual([
      'workloads[0].assumptions.customUtilization.high: the high end must be ≥ the typical value (0.9)'
    ])
  })

  it('an override out of its limits is not also reported as a bad range', () => {
    const answer = estimatePlan(
      plan([{ ...custom, assumptions: { customUtilization: { typical: 2, low: 0.4 } } }])
    )
    expect(answer.issues.map((issue) => issue.messageKey)).toEqual(['core.validation.mustBeAtMost'])
  })

  it('unknown servers are refused where they were chosen', () => {
    const answer = estimatePlan(
      plan([custom], {
        settings: { server: 'no-such-server', serverByAccelerator: { [CARD]: 'nor-this' } }
      })
    )
    expect(answer.issues.map((issue) => issue.path)).toEqual([
      'settings.server',
      `settings.serverByAccelerator.${CARD}`
    ])
    expect(
      answer.issues.every((issue) => issue.messageKey === 'core.validation.unknownServer')
    ).toBe(true)
  })
})

describe('estimatePlan: results', () => {
  it('a workload that cannot be resolved is an issue; the others are still estimated', () => {
    const answer = estimatePlan(
      plan([
        { ...custom, id: 'bad', accelerator: 'no-such-card' },
        { ...custom, name: 'Fine' }
      ])
    )
    expect(answer.ok).toBe(false)
    expect(answer.issues.map((issue) => issue.path)).toEqual(['workloads[0].accelerator'])
    expect(answer.workloads.map((w) => w.id)).toEqual(['c'])
    expect(answer.totals).not.toBeNull()
  })

  it('each workload carries its id, kind, name and the card’s names', () => {
    const answer = estimatePlan(plan([{ ...custom, name: 'Job' }]))
    const card = catalog.accelerators.get(CARD)!
    expect(answer.workloads[0]).toMatchObject({
      id: 'c',
      kind: 'custom',
      name: 'Job',
      accelerator: CARD,
      acceleratorName: card.name
    })
    expect(answer.workloads[0].acceleratorNameZh).toBe(card.nameZh)
  })

  it('compare runs when the plan asks, or when the option forces it', () => {
    expect(estimatePlan(plan([custom])).compare).toBeNull()
    const two = { candidates: [CARD, 'nvidia-h100-sxm5-80gb'] }
    expect(estimatePlan(plan([custom], { compare: two }), { compare: true }).compare).not.toBeNull()
    const enabled = plan([custom], { compare: { ...two, enabled: true } })
    expect(estimatePlan(enabled, { compare: false }).compare).toBeNull()
  })

  it('a plan without workloads is valid and has no totals', () => {
    expect(estimatePlan(plan([]))).toEqual({
      ok: true,
      issues: [],
      workloads: [],
      totals: null,
      compare: null
    })
  })

  it('uses the catalog it is given', () => {
    // The built-in catalog without its cards (a new object: the cached one is not touched).
    const noCards = { ...catalog, accelerators: new Map() }
    const answer = estimatePlan(plan([custom]), { catalog: noCards })
    expect(answer.issues.map((issue) => issue.messageKey)).toContain(
      'core.validation.unknownAccelerator'
    )
  })
})

describe('estimatePlan never throws', () => {
  it.each([undefined, null, 42, 'not json', '{"format": 1}', [], { workloads: 'x' }])(
    'answers %j with issues',
    (input) => {
      const answer = estimatePlan(input)
      expect(answer.ok).toBe(false)
      expect(answer.issues.length).toBeGreaterThan(0)
      expect(answer.workloads).toEqual([])
    }
  )
})
