/**
 * The assumptions panel edits low, typical and high: a typical value alone stays a number
 * (the documented collapse), an end stores `{ typical, low, high }`, the core's range checks
 * show on the row, clearing falls back, and the ranges and sensitivity variants follow.
 */
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import AssumptionsPanel from '@renderer/components/AssumptionsPanel.vue'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import { useResultsStore } from '@renderer/stores/results'
import { useCatalogStore } from '@renderer/stores/catalog'
import { newWorkload } from '@renderer/lib/workloads'
import { sensitivityVariants } from '@renderer/lib/whatif'
import { estimatePlan, type ResolvedAssumption } from '@shared/core'
import type { Workload } from '@shared/schema/plan'
import { realCore } from './real-core'
import { mountIn, setup } from './harness'

type Results = ReturnType<typeof useResultsStore>
type Range = { typical: number; low: number; high: number }

async function start(workload: Workload, locale: 'en' | 'zh-CN' = 'en') {
  const context = setup(realCore, locale)
  const plan = usePlanStore()
  const results = useResultsStore()
  await useCatalogStore().load()
  plan.load({ ...createBlankPlan(), workloads: [workload] })
  await results.recalculate()
  const wrapper = await mountIn(AssumptionsPanel, { index: 0 }, context)
  return { plan, results, wrapper, context }
}

function input(wrapper: VueWrapper, id: string, part: 'low' | 'typical' | 'high') {
  return wrapper.get(`[data-testid="assumption-0-${id}-${part}"] input`).element as HTMLInputElement
}

async function type(
  wrapper: VueWrapper,
  id: string,
  part: 'low' | 'typical' | 'high',
  text: string
): Promise<void> {
  const element = input(wrapper, id, part)
  element.value = text
  element.dispatchEvent(new Event('input'))
  await flushPromises()
}

async function settle(results: Results): Promise<void> {
  await flushPromises()
  await results.recalculate()
  await flushPromises()
}

const overrides = (plan: ReturnType<typeof usePlanStore>) => plan.plan.workloads[0].assumptions
const resultOf = (results: Results) =>
  results.result?.workloads[0]?.result as unknown as {
    ranges: Record<string, Range>
    assumptions: ResolvedAssumption[]
  }

// A100 (ampere) LLM training of the blank workload: the MFU model's default is typical 0.45,
// range 0.35 to 0.59 (src/shared/core/trainingMfu.ts).
const training = newWorkload('llm-training', 'train-1')

describe('assumption ranges in the workload form', () => {
  beforeEach(() => localStorage.clear())

  it('shows low, typical and high with the default range as placeholders, in %', async () => {
    const { wrapper } = await start(training)
    expect(input(wrapper, 'mfu', 'low').placeholder).toBe('35')
    expect(input(wrapper, 'mfu', 'typical').placeholder).toBe('45')
    expect(input(wrapper, 'mfu', 'high').placeholder).toBe('59')
    expect(input(wrapper, 'mfu', 'low').value).toBe('')
    // The typical input keeps the id the derivation panel's Edit link focuses.
    expect(input(wrapper, 'mfu', 'typical').id).toBe('assumption-0-mfu')
    expect(wrapper.text()).toContain('Low')
    expect(wrapper.text()).toContain('High')
    wrapper.unmount()
  }, 30_000)

  it('a typical value alone is stored as a number and collapses the range (as before)', async () => {
    const { plan, results, wrapper } = await start(training)
    await type(wrapper, 'mfu', 'typical', '40')
    expect(overrides(plan)).toEqual({ mfu: 0.4 })
    await settle(results)
    expect(input(wrapper, 'mfu', 'low').placeholder).toBe('40')
    expect(input(wrapper, 'mfu', 'high').placeholder).toBe('40')
    const mfu = resultOf(results).assumptions.find((a) => a.id === 'mfu')
    expect(mfu).toMatchObject({ typical: 0.4, low: 0.4, high: 0.4, origin: 'workload' })
    // The default it replaced keeps its source.
    expect(mfu?.defaultRange?.typical).toBe(0.45)
    wrapper.unmount()
  }, 30_000)

  it('editing an end writes { typical, low, high } and the core ranges follow', async () => {
    const { plan, results, wrapper } = await start(training)
    const before = resultOf(results).ranges.accelerators
    await type(wrapper, 'mfu', 'low', '20')
    expect(overrides(plan)).toEqual({ mfu: { typical: 0.45, low: 0.2, high: 0.59 } })
    await type(wrapper, 'mfu', 'high', '60')
    expect(overrides(plan)).toEqual({ mfu: { typical: 0.45, low: 0.2, high: 0.6 } })
    await settle(results)
    const after = resultOf(results).ranges.accelerators
    expect(after.typical).toBe(before.typical)
    // Fewer cards at 60 % MFU, more at 20 %.
    expect(after.low).toBeLessThan(before.low)
    expect(after.high).toBeGreaterThan(before.high)
    // The pessimistic end also takes the low training goodput (0.75 against 0.9).
    expect(after.high / after.typical).toBeCloseTo((0.45 / 0.2) * (0.9 / 0.75), 1)
    // Editing typical now keeps the ends.
    await type(wrapper, 'mfu', 'typical', '45')
    expect(overrides(plan)).toEqual({ mfu: { typical: 0.45, low: 0.2, high: 0.6 } })
    wrapper.unmount()
  }, 30_000)

  it('rejects low above typical with a located message on the row', async () => {
    const { plan, results, wrapper } = await start(training)
    await type(wrapper, 'mfu', 'low', '60')
    await settle(results)
    expect(results.issues.map((issue) => issue.path)).toEqual(['workloads[0].assumptions.mfu.low'])
    const error = wrapper.get('[data-testid="assumption-0-mfu-error"]')
    expect(error.text()).toBe('Low: the low end must be ≤ the typical value (45%)')
    const status = (part: string) =>
      wrapper.find(`[data-testid="assumption-0-mfu-${part}"] .n-input--error-status`).exists()
    expect(status('low')).toBe(true)
    expect(status('typical')).toBe(false)
    // The inputs stay while the plan has a problem (the core evaluates nothing meanwhile).
    expect(input(wrapper, 'mfu', 'typical').placeholder).toBe('45')
    // High below typical, and a fraction above 100 %.
    await type(wrapper, 'mfu', 'low', '30')
    await type(wrapper, 'mfu', 'high', '120')
    await settle(results)
    expect(wrapper.get('[data-testid="assumption-0-mfu-error"]').text()).toBe(
      'High: must be ≤ 100%'
    )
    await type(wrapper, 'mfu', 'high', '40')
    await settle(results)
    expect(wrapper.get('[data-testid="assumption-0-mfu-error"]').text()).toContain(
      'the high end must be ≥ the typical value (45%)'
    )
    await type(wrapper, 'mfu', 'high', '50')
    await settle(results)
    expect(wrapper.find('[data-testid="assumption-0-mfu-error"]').exists()).toBe(false)
    expect(results.result?.ok).toBe(true)
    expect(overrides(plan)).toEqual({ mfu: { typical: 0.45, low: 0.3, high: 0.5 } })
    wrapper.unmount()
  }, 30_000)

  it('clearing an end falls back to the typical value; Reset returns to the default', async () => {
    const { plan, results, wrapper } = await start(training)
    await type(wrapper, 'mfu', 'low', '20')
    await type(wrapper, 'mfu', 'low', '')
    expect(overrides(plan)).toEqual({ mfu: { typical: 0.45, high: 0.59 } })
    await settle(results)
    expect(input(wrapper, 'mfu', 'low').placeholder).toBe('45')
    // Both ends cleared: a typical value alone, a number again.
    await type(wrapper, 'mfu', 'high', '')
    expect(overrides(plan)).toEqual({ mfu: 0.45 })
    // Clearing typical with ends set: it falls back to the default's typical value.
    await type(wrapper, 'mfu', 'low', '25')
    await type(wrapper, 'mfu', 'typical', '30')
    await type(wrapper, 'mfu', 'typical', '')
    expect(overrides(plan)).toEqual({ mfu: { typical: 0.45, low: 0.25 } })
    await settle(results)
    await wrapper.get('[data-testid="assumption-0-mfu-reset"]').trigger('click')
    expect(overrides(plan)).toBeUndefined()
    await settle(results)
    expect(input(wrapper, 'mfu', 'low').placeholder).toBe('35')
    expect(resultOf(results).assumptions.find((a) => a.id === 'mfu')?.origin).toBe('default')
    wrapper.unmount()
  }, 30_000)

  it('a field-backed assumption (video efficiency) keeps its typical value in the field', async () => {
    const video = { ...newWorkload('video-analytics', 'video-1'), efficiency: 0.9 } as Workload
    const { plan, results, wrapper } = await start(video)
    expect(input(wrapper, 'clusterParallelEfficiency', 'typical').value).toBe('90')
    await type(wrapper, 'clusterParallelEfficiency', 'low', '80')
    await type(wrapper, 'clusterParallelEfficiency', 'high', '95')
    const w = plan.plan.workloads[0] as Workload & { efficiency?: number }
    expect(w.efficiency).toBe(0.9)
    expect(w.assumptions).toEqual({
      clusterParallelEfficiency: { typical: 0.9, low: 0.8, high: 0.95 }
    })
    // The panel's typical input edits the form field (one value, two inputs).
    await type(wrapper, 'clusterParallelEfficiency', 'typical', '85')
    expect((plan.plan.workloads[0] as { efficiency?: number }).efficiency).toBe(0.85)
    await settle(results)
    expect(
      resultOf(results).assumptions.find((a) => a.id === 'clusterParallelEfficiency')
    ).toMatchObject({ typical: 0.85, low: 0.8, high: 0.95 })
    // Reset clears the field too: the default applies.
    await wrapper
      .get('[data-testid="assumption-0-clusterParallelEfficiency-reset"]')
      .trigger('click')
    expect(plan.plan.workloads[0]).not.toHaveProperty('efficiency')
    expect(plan.plan.workloads[0]).not.toHaveProperty('assumptions')
    wrapper.unmount()
  }, 30_000)

  it('sensitivity variants use the overridden ends', async () => {
    const { plan, results, wrapper } = await start(training)
    await type(wrapper, 'mfu', 'low', '20')
    await type(wrapper, 'mfu', 'high', '60')
    await settle(results)
    const w = plan.plan.workloads[0]
    const variants = sensitivityVariants(w, resultOf(results).assumptions)
    const mfuEnds = variants
      .map((v) => v.workload.assumptions?.mfu)
      .filter((value) => typeof value === 'number')
    expect(mfuEnds).toEqual([0.2, 0.6])
    wrapper.unmount()
  }, 30_000)

  it('sensitivity variants of a field-backed assumption move the field, and the core follows', () => {
    const video = {
      ...newWorkload('video-analytics', 'v'),
      streams: 3000,
      efficiency: 0.9
    } as Workload
    const document = { ...createBlankPlan(), workloads: [video] }
    const ends = estimatePlan(document).workloads[0].result.assumptions.filter(
      (a) => a.id === 'videoHeadroom'
    )
    const [low, high] = sensitivityVariants(video, [
      { id: 'clusterParallelEfficiency', low: 0.8, high: 0.95 },
      ...ends
    ])
    expect(low.workload).toMatchObject({ efficiency: 0.8 })
    expect(high.workload).toMatchObject({ efficiency: 0.95 })
    const accelerators = (w: Workload) =>
      (
        estimatePlan({ ...document, workloads: [w] }).workloads[0].result as unknown as {
          accelerators: number
        }
      ).accelerators
    expect(accelerators(low.workload)).toBeGreaterThan(accelerators(video))
    expect(accelerators(high.workload)).toBeLessThan(accelerators(video))
  })

  it('reads in Chinese', async () => {
    const { wrapper } = await start(training, 'zh-CN')
    expect(wrapper.text()).toContain('下限')
    expect(wrapper.text()).toContain('典型值')
    expect(wrapper.text()).toContain('上限')
    wrapper.unmount()
  }, 30_000)
})
