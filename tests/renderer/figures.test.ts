/** lib/figures.ts: which result fields each workload kind shows, and where their labels live. */
import { describe, expect, it } from 'vitest'
import { FIGURES, figureLabelKey } from '@renderer/lib/figures'
import { numberAt } from '@renderer/lib/paths'
import { newWorkload } from '@renderer/lib/workloads'
import { estimatePlan, parsePlan } from '@shared/core'
import { PLAN_FORMAT, PLAN_VERSION, WORKLOAD_KINDS } from '@shared/schema/plan'

function resultOf(kind: (typeof WORKLOAD_KINDS)[number]) {
  const parsed = parsePlan({
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    name: kind,
    workloads: [newWorkload(kind, 'w')]
  })
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
  return estimatePlan(parsed.plan).workloads[0].result
}

describe('FIGURES', () => {
  it('lists every kind, each with headline figures first and no field twice', () => {
    expect(Object.keys(FIGURES).sort()).toEqual([...WORKLOAD_KINDS].sort())
    for (const kind of WORKLOAD_KINDS) {
      const figures = FIGURES[kind]
      const headlines = figures.filter((f) => f.headline).length
      expect(headlines, kind).toBeGreaterThan(0)
      expect(
        figures.slice(0, headlines).every((f) => f.headline),
        kind
      ).toBe(true)
      expect(new Set(figures.map((f) => f.field)).size, kind).toBe(figures.length)
    }
  })

  it.each(WORKLOAD_KINDS)('the headline figures of %s are numbers in the core’s result', (kind) => {
    const result = resultOf(kind)
    for (const figure of FIGURES[kind].filter((f) => f.headline)) {
      const value = numberAt(result, figure.field)
      expect(value, `${kind} ${figure.field}`).toBeTypeOf('number')
      expect(Number.isFinite(value), `${kind} ${figure.field}`).toBe(true)
    }
  })

  it('a figure’s range key names a range the core gives', () => {
    for (const kind of WORKLOAD_KINDS) {
      const ranges = (resultOf(kind) as { ranges?: Record<string, unknown> }).ranges ?? {}
      for (const figure of FIGURES[kind].filter((f) => f.range))
        expect(Object.keys(ranges), `${kind} ${figure.range}`).toContain(figure.range)
    }
  })
})

describe('figureLabelKey', () => {
  it('inference figures that need "per replica / per card / whole plan" use inferenceUi', () => {
    expect(figureLabelKey('llm-inference', 'memoryPerAccelerator.totalGB')).toBe(
      'inferenceUi.figures.memoryPerAccelerator_totalGB'
    )
    expect(figureLabelKey('llm-inference', 'accelerators')).toBe('inferenceUi.figures.accelerators')
  })

  it('other inference figures and every other kind’s use wizard, dots written as _', () => {
    expect(figureLabelKey('llm-inference', 'timeToFirstTokenMs')).toBe(
      'wizard.figures.timeToFirstTokenMs'
    )
    expect(figureLabelKey('llm-training', 'accelerators')).toBe('wizard.figures.accelerators')
    expect(figureLabelKey('llm-finetuning', 'memoryPerAcceleratorGB.total')).toBe(
      'wizard.figures.memoryPerAcceleratorGB_total'
    )
  })
})
