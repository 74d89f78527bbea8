import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import DerivationPanel from '@renderer/components/results/DerivationPanel.vue'
import WorkloadCard from '@renderer/components/results/WorkloadCard.vue'
import { useDerivationStore } from '@renderer/stores/derivation'
import { useResultsStore } from '@renderer/stores/results'
import { explainTarget } from '@renderer/lib/explain'
import { estimatePlan, type EstimateResult } from '@shared/core'
import { mountIn, setup } from './harness'

/** The real core on the seed's video case (what main would answer). */
function videoEstimate(): EstimateResult {
  return estimatePlan({
    format: 'compute-planner/plan',
    version: 1,
    name: 'video',
    workloads: [
      {
        id: 'video',
        kind: 'video-analytics',
        accelerator: 'seed-ascend-inference-card-88tops-int8',
        streams: 3000,
        topsPerStream: 5.5,
        efficiency: 0.9
      }
    ]
  })
}

describe('derivation panel', () => {
  it('explains a workload number: formula, inputs with units, assumptions with sources', () => {
    const result = videoEstimate()
    const explained = explainTarget(result, {
      scope: 'workload',
      workloadId: 'video',
      stepId: 'accelerators'
    })
    expect(explained?.value).toBe(209)
    expect(explained?.formula).toContain('clusterParallelEfficiency')
    const refs = explained?.inputs.map((input) => input.ref)
    expect(refs).toContain('acceleratorsBeforeEfficiency')
    expect(refs).toContain('clusterParallelEfficiency')
    const headroom = explained?.inputs.find((input) => input.ref === 'videoHeadroom')
    expect(headroom?.source).toMatch(/seed article/i)
  })

  it("names the card in the reader's language (catalog nameZh under zh-CN)", () => {
    const result = videoEstimate()
    const target = { scope: 'workload', workloadId: 'video', stepId: 'accelerators' } as const
    expect(explainTarget(result, target, 'zh-CN')?.context).toContain('样例文章推理卡')
    expect(explainTarget(result, target, 'en')?.context).toContain('Seed article inference card')
    const total = explainTarget(result, { scope: 'total', field: 'accelerators' }, 'zh-CN')
    expect(total?.inputs[0].label).toContain('样例文章推理卡')
  })

  it('explains a plan total as the sum of its parts, each with a drill-down', () => {
    const result = videoEstimate()
    const explained = explainTarget(result, { scope: 'total', field: 'accelerators' })
    expect(explained?.value).toBe(209)
    expect(explained?.inputs).toHaveLength(1)
    expect(explained?.inputs[0].drill).toEqual({
      scope: 'workload',
      workloadId: 'video',
      stepId: 'accelerators'
    })
    expect(
      explainTarget(result, { scope: 'total', field: 'servers' })?.inputs[0].drill
    ).toMatchObject({ scope: 'group', stepId: 'servers' })
  })

  it('opens from a clicked number, drills into inputs, goes back and links to editing', async () => {
    const context = setup()
    const results = useResultsStore()
    const result = videoEstimate()
    results.result = result
    const card = await mountIn(WorkloadCard, { estimate: result.workloads[0], index: 0 }, context)
    const panel = await mountIn(DerivationPanel, {}, context)
    await context.router.push('/results')
    await context.router.isReady()
    await card.get('[data-testid="fig-0-accelerators"] button').trigger('click')
    await flushPromises()
    const body = () => document.body.querySelector('[data-testid="derivation-panel"]')
    expect(body()?.textContent).toContain('209')
    expect(document.querySelector('[data-testid="derivation-formula"]')?.textContent).toContain(
      'ceil'
    )
    ;(
      document.querySelector('[data-testid="drill-acceleratorsBeforeEfficiency"]') as HTMLElement
    ).click()
    await flushPromises()
    expect(useDerivationStore().target).toMatchObject({ stepId: 'acceleratorsBeforeEfficiency' })
    ;(document.querySelector('[data-testid="derivation-back"]') as HTMLElement).click()
    await flushPromises()
    expect(useDerivationStore().target).toMatchObject({ stepId: 'accelerators' })
    const edit = document.querySelector(
      '[data-testid="edit-clusterParallelEfficiency"]'
    ) as HTMLElement
    edit.click()
    // The Workloads step is a lazy chunk: give it time to load.
    await vi.waitFor(() => expect(context.router.currentRoute.value.name).toBe('workloads'), {
      timeout: 20_000
    })
    expect(context.router.currentRoute.value.query).toEqual({
      w: 'video',
      a: 'clusterParallelEfficiency'
    })
    expect(useDerivationStore().target).toBeNull()
    card.unmount()
    panel.unmount()
  }, 30_000)

  it('an assumption set on the workload still shows the default it replaced and its source', async () => {
    const context = setup()
    const results = useResultsStore()
    results.result = videoEstimate()
    const panel = await mountIn(DerivationPanel, {}, context)
    useDerivationStore().open({ scope: 'workload', workloadId: 'video', stepId: 'accelerators' })
    await flushPromises()
    const shown = document.querySelector('[data-testid="default-clusterParallelEfficiency"]')
    expect(shown?.textContent).toContain('Default: typical 90%, range 80% to 95%')
    expect(shown?.textContent).toMatch(/Source of the default: Seed article/)
    // A default that is not overridden has no such line.
    expect(document.querySelector('[data-testid="default-videoHeadroom"]')).toBeNull()
    useDerivationStore().close()
    panel.unmount()
  }, 30_000)
})
