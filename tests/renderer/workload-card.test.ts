/**
 * results/WorkloadCard.vue: one workload's result card — kind and name, the card it runs on,
 * the kind's headline and detail figures (only those the result has), ranges, what limits it,
 * latency, warnings and the defaults used; figures with a derivation step open it on click.
 */
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import WorkloadCard from '@renderer/components/results/WorkloadCard.vue'
import { useDerivationStore } from '@renderer/stores/derivation'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import { useUiStore } from '@renderer/stores/ui'
import { estimatePlan, type WorkloadEstimate } from '@shared/core'
import { mountIn, setup } from './harness'
import { ASCEND_70B_TRAINING, ascend70bPlan } from '../support/ascend-70b'

let mounted: VueWrapper | undefined
afterEach(() => {
  mounted?.unmount()
  mounted = undefined
})

/**
 * The real core on the seed's video case: 3000 streams at 5.5 TOPS each on an 88-TOPS card.
 * By hand: 88 / 5.5 = 16 streams per card; ceil(3000 / 16) = ceil(187.5) = 188 cards before
 * efficiency; ceil(188 / 0.9) = ceil(208.9) = 209 cards. Decoder and memory are unknown for
 * this card, so those bounds are null and the core warns about both.
 */
function videoEstimate(more: Partial<WorkloadEstimate> = {}): WorkloadEstimate {
  const result = estimatePlan({
    format: 'compute-planner/plan',
    version: 1,
    name: 'video',
    workloads: [
      {
        id: 'cams',
        kind: 'video-analytics',
        accelerator: 'seed-ascend-inference-card-88tops-int8',
        streams: 3000,
        topsPerStream: 5.5,
        efficiency: 0.9
      }
    ]
  })
  return { ...result.workloads[0], ...more }
}

/** The same estimate with some result fields replaced. */
function withResult(patch: Record<string, unknown>, more: Partial<WorkloadEstimate> = {}) {
  const estimate = videoEstimate(more)
  return { ...estimate, result: { ...estimate.result, ...patch } } as WorkloadEstimate
}

async function mountCard(estimate: WorkloadEstimate, index = 2, locale: 'en' | 'zh-CN' = 'en') {
  const context = setup(() => null, locale)
  // What App.vue does on start: the ui store follows the language i18n starts in.
  useUiStore().locale = locale
  mounted = await mountIn(WorkloadCard, { estimate, index }, context)
  return mounted
}

const figure = (wrapper: VueWrapper, field: string, index = 2) =>
  wrapper.find(`[data-testid="fig-${index}-${field}"]`)

/** The value beside a detail's label (`<dt>label</dt><dd>value</dd>`), if shown. */
const detail = (wrapper: VueWrapper, label: string) =>
  wrapper
    .findAll('.pair')
    .find((pair) => pair.find('dt').text() === label)
    ?.find('dd')
    .text()

describe('WorkloadCard', () => {
  it('heads the card with the kind and the id, or the name when it has one, and the card used', async () => {
    const byId = await mountCard(videoEstimate())
    expect(byId.find('[data-testid="result-card-2"]').exists()).toBe(true)
    expect(byId.text()).toContain('Video analytics')
    expect(byId.get('.title').text()).toBe('cams')
    expect(byId.get('.acc').text()).toBe(
      'on Seed article inference card: Ascend-based, 88 TOPS INT8 (object and behaviour analysis)'
    )
    byId.unmount()

    const named = await mountCard(videoEstimate({ name: 'Car park cameras' }))
    expect(named.get('.title').text()).toBe('Car park cameras')
  })

  it("shows the kind's figures worked out by the core, headline ones with their unit apart", async () => {
    const wrapper = await mountCard(videoEstimate())
    // Headline: 209 cards, 16 streams per card, 188 before efficiency (worked above).
    expect(figure(wrapper, 'accelerators').text()).toBe('209accelerators')
    expect(figure(wrapper, 'accelerators').get('.figure-unit').text()).toBe('accelerators')
    expect(figure(wrapper, 'streamsPerAccelerator').text()).toContain('16')
    expect(figure(wrapper, 'acceleratorsBeforeEfficiency').text()).toContain('188')
    // Detail: the TOPS per stream as given, number and unit together.
    expect(figure(wrapper, 'topsPerStream').text()).toBe('5.5 TOPS')
    // A figure the result leaves null (decoder and memory unknown) is not shown at all.
    expect(figure(wrapper, 'decodeCapacity').exists()).toBe(false)
    expect(figure(wrapper, 'memoryBound').exists()).toBe(false)
    expect(wrapper.get('[data-testid="binding"]').text()).toBe('compute')
  })

  it('shows a range beside a figure only when low and high differ, low first', async () => {
    const wrapper = await mountCard(
      withResult({
        ranges: {
          // Given high-to-low: still shown low to high.
          accelerators: { typical: 209, low: 364, high: 146 },
          streamsPerAccelerator: { typical: 16, low: 16, high: 16 }
        }
      })
    )
    expect(wrapper.get('[data-testid="range-2-accelerators"]').text()).toBe('range 146 to 364')
    expect(wrapper.find('[data-testid="range-2-streamsPerAccelerator"]').exists()).toBe(false)
  })

  it('a number with a derivation step opens it on click; one without stays plain text', async () => {
    // topsPerStream loses its step: neither mapped in fieldSteps nor a step of that id.
    const estimate = videoEstimate()
    const fieldSteps = { ...estimate.result.fieldSteps }
    delete fieldSteps.topsPerStream
    const wrapper = await mountCard(
      withResult({
        fieldSteps,
        steps: estimate.result.steps.filter((step) => step.id !== 'topsPerStream')
      })
    )
    expect(figure(wrapper, 'topsPerStream').find('button').exists()).toBe(false)
    await figure(wrapper, 'accelerators').get('button').trigger('click')
    await flushPromises()
    expect(useDerivationStore().target).toEqual({
      scope: 'workload',
      workloadId: 'cams',
      stepId: 'accelerators'
    })
  })

  it('lists warnings in words, and an unknown warning by its key and parameters', async () => {
    const wrapper = await mountCard(
      withResult({
        warnings: [
          { key: 'core.warnings.decodeUnknown', params: { accelerator: 'Card X' } },
          { key: 'core.warnings.noSuchWarning', params: { n: 3 } }
        ]
      })
    )
    const items = wrapper.findAll('.warnings li').map((li) => li.text())
    expect(items).toEqual([
      '⚠ The video decoder capacity of Card X is unknown; decode bound skipped.',
      '⚠ core.warnings.noSuchWarning {"n":3}'
    ])
  })

  it('names the defaults used by their form labels, and shows no warnings list when none', async () => {
    const wrapper = await mountCard(
      withResult({
        warnings: [],
        defaultsApplied: [
          { field: 'fps', value: 25, note: { key: 'core.defaults.used', params: {} } },
          { field: 'streams', value: 3000, note: { key: 'core.defaults.used', params: {} } }
        ]
      })
    )
    // 3000 grouped in English: "3,000".
    expect(wrapper.get('.defaults').text()).toBe(
      'Defaults used: Frames per second 25, Video streams 3,000'
    )
    expect(wrapper.find('.warnings').exists()).toBe(false)
  })

  it('says whether latency targets are met, only when the result says', async () => {
    const met = await mountCard(withResult({ meetsLatencyTargets: true }))
    expect(detail(met, 'Latency targets')).toBe('met')
    met.unmount()
    const missed = await mountCard(withResult({ meetsLatencyTargets: false }))
    expect(detail(missed, 'Latency targets')).toBe('not met')
    missed.unmount()
    const none = await mountCard(videoEstimate())
    expect(detail(none, 'Latency targets')).toBeUndefined()
  })

  it('a duration headline takes the unit its size calls for, and its range the same unit', async () => {
    // A custom workload of 0.25 days: under 2 days reads in hours, 0.25 × 24 = 6 h. Its range,
    // 0.125 to 0.5 days, in the same unit: 3 to 12 h.
    const custom = withResult(
      {
        accelerators: 8,
        days: 0.25,
        acceleratorHours: 48,
        ranges: { days: { typical: 0.25, low: 0.125, high: 0.5 } }
      },
      { kind: 'custom' }
    )
    const wrapper = await mountCard(custom, 0)
    expect(figure(wrapper, 'days', 0).get('.figure-unit').text()).toBe('h')
    expect(figure(wrapper, 'days', 0).text()).toBe('6h')
    expect(wrapper.get('[data-testid="range-0-days"]').text()).toBe('range 3 to 12 h')
  })

  it('speaks Chinese: kind, the card by its Chinese name, limit and warnings', async () => {
    const wrapper = await mountCard(
      withResult(
        { warnings: [{ key: 'core.warnings.decodeUnknown', params: { accelerator: 'X 卡' } }] },
        { acceleratorNameZh: '种子推理卡' }
      ),
      2,
      'zh-CN'
    )
    expect(wrapper.text()).toContain('视频分析')
    expect(wrapper.get('.acc').text()).toBe('使用 种子推理卡')
    expect(wrapper.get('[data-testid="binding"]').text()).toBe('算力')
    expect(wrapper.get('.warnings li').text()).toBe('⚠ X 卡 的视频解码能力未知，已跳过解码约束。')
  })
})

describe('a training plan that does not fit and states no layout', () => {
  it('offers the layout the warning names; one click enters it on the workload', async () => {
    const train = ASCEND_70B_TRAINING
    const estimate = estimatePlan(ascend70bPlan()).workloads[0]
    const warning = estimate.result.warnings.find(
      (w) => w.key === 'core.warnings.trainingDoesNotFitLayout'
    )!
    const { tensor, pipeline } = warning.params as { tensor: number; pipeline: number }
    const wrapper = await mountCard(estimate, 0)
    const plan = usePlanStore()
    plan.load({ ...createBlankPlan(), workloads: [train] })
    const button = wrapper.get('[data-testid="use-layout"]')
    expect(button.text()).toBe(`Use tensor ${tensor} × pipeline ${pipeline}`)
    await button.trigger('click')
    expect(plan.plan.workloads[0]).toMatchObject({ parallelism: { tensor, pipeline } })
    // Undoable, like every plan edit.
    plan.undo()
    expect(plan.plan.workloads[0]).not.toHaveProperty('parallelism')
  })

  it('offers nothing beside other warnings', async () => {
    const wrapper = await mountCard(videoEstimate())
    expect(wrapper.find('[data-testid="use-layout"]').exists()).toBe(false)
  })
})
