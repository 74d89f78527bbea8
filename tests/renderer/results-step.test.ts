/**
 * The Results step (views/steps/ResultsStep.vue): the empty state, and each problem's Fix
 * button taking the planner to the step where that field is edited.
 *
 * Stubbed: the result cards, charts, comparison, bill of materials, fabric, breakdown,
 * derivation panel and market select (each has its own test); no result is drawn here.
 */
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import ResultsStep from '@renderer/views/steps/ResultsStep.vue'
import { newWorkload } from '@renderer/lib/workloads'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import { useResultsStore } from '@renderer/stores/results'
import { mountView, unmountViews } from './view-harness'

afterEach(unmountViews)

const STUBS = {
  WorkloadCard: true,
  DerivationPanel: true,
  BillOfMaterials: true,
  FabricTopology: true,
  AcceleratorBreakdown: true,
  MarketSelect: true,
  ComparisonPanel: true,
  ResultsCharts: true
}

/** Mounts the step with the core answering `paths` as problems (no totals). */
async function mountStep(paths: string[], withWorkloads = true) {
  const { wrapper, context } = await mountView(ResultsStep, {
    stubs: STUBS,
    respond: (channel) =>
      channel === 'calc.estimate'
        ? {
            ok: false,
            issues: paths.map((path) => ({ path, message: `bad ${path}` })),
            workloads: [],
            totals: null,
            compare: null
          }
        : null,
    before: ({ pinia }) =>
      usePlanStore(pinia).load({
        ...createBlankPlan('r'),
        workloads: withWorkloads ? [{ ...newWorkload('custom', 'custom-1'), name: 'Chat' }] : []
      })
  })
  const push = vi.spyOn(context.router, 'push').mockResolvedValue(undefined)
  await useResultsStore(context.pinia).recalculate()
  await flushPromises()
  return { wrapper, push }
}

describe('ResultsStep', () => {
  it('with no workloads offers the way back to a scenario', async () => {
    const { wrapper, push } = await mountStep([], false)
    expect(wrapper.get('[data-testid="results-empty"]').text()).toContain(
      'Nothing to size yet: add workloads or start from a template.'
    )
    await wrapper.get('[data-testid="results-empty"] button').trigger('click')
    expect(push).toHaveBeenCalledWith({ name: 'scenario' })
  })

  it('lists the problems, counted, each with its place and message', async () => {
    const { wrapper } = await mountStep(['workloads[0].concurrency', 'settings.pue'])
    const alert = wrapper.get('[data-testid="results-issues"]')
    expect(alert.text()).toContain('2 problem(s) stop the calculation')
    expect(alert.text()).toContain('Chat › Concurrent sequences: bad workloads[0].concurrency')
    expect(alert.text()).toContain('Costs › PUE: bad settings.pue')
  })

  it.each([
    ['workloads[0].concurrency', { name: 'workloads', query: { w: 'custom-1', f: 'concurrency' } }],
    ['workloads[0].accelerator', { name: 'hardware' }],
    ['settings.pue', { name: 'costs' }],
    ['constraints.budget', { name: 'costs' }],
    // The server and rack power limit are chosen on the Hardware step (ServerCard), as are
    // the candidates to compare (CompareCard): not on Costs, not on Workloads.
    ['settings.server', { name: 'hardware' }],
    ['settings.rackPowerLimitKW', { name: 'hardware' }],
    ['compare.candidates[0]', { name: 'hardware' }],
    ['', { name: 'workloads' }]
  ])('Fix for %s goes where it is edited', async (path, target) => {
    const { wrapper, push } = await mountStep([path])
    const fix = wrapper.findAll('button').find((button) => button.text() === 'Fix')
    await fix!.trigger('click')
    expect(push).toHaveBeenCalledWith(target)
  })
})
