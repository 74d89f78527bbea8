/**
 * components/charts/ResultsCharts.vue: what each chart is given — memory needed against card
 * capacity, the cost of the compare group of the chosen workload, and the what-if series the
 * core computes (scaling, sensitivity tornado) — in English and Chinese.
 *
 * ChartCanvas is stubbed (it has its own test with chart.js mocked): these tests read the
 * configuration each canvas receives. The estimate is written here by hand, so every number
 * below is worked from it; the what-if answer is written by hand too, keyed by the variant ids
 * lib/whatif.ts gives (n<count> for card counts, s<i>-low/high for an assumption's ends).
 */
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { NSelect } from 'naive-ui'
import type { ChartConfiguration } from 'chart.js'
import ResultsCharts from '@renderer/components/charts/ResultsCharts.vue'
import ChartCanvas from '@renderer/components/charts/ChartCanvas.vue'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import { useUiStore } from '@renderer/stores/ui'
import { newWorkload } from '@renderer/lib/workloads'
import type { EstimateResult } from '@shared/core'
import type { PlanDocument } from '@shared/schema/plan'
import { setup } from './harness'

const candidate = (acceleratorId: string, name: string, tco: number, capex: number) => ({
  acceleratorId,
  name,
  ranked: true,
  tco,
  capex
})

/** A workload's estimate on cards of 80 GB (the step the memory chart reads capacity from). */
const onCards80GB = (id: string, kind: string, name: string, result: object) => ({
  id,
  kind,
  name,
  result: { steps: [{ id: 'acceleratorMemoryGB', value: 80 }], ...result }
})

/**
 * Two workloads. serve-1 (inference, no rate target): 140 GB weights, 20 GB KV cache, 4 GB
 * activations, 6 GB overhead per replica of 2 cards of 80 GB. train-1 (training, 8 cards,
 * 10 days): 14 + 14 + 56 + 6 GB per card of 80 GB; MFU ranged 0.3–0.5 (and one assumption
 * with no range, which the tornado leaves out). Compare: one group per workload.
 */
const estimate = {
  ok: true,
  issues: [],
  totals: null,
  workloads: [
    onCards80GB('serve-1', 'llm-inference', 'Chat service', {
      memory: { weightsGB: 140, kvCacheGB: 20, activationsGB: 4, overheadGB: 6 },
      acceleratorsPerReplica: 2,
      accelerators: 4,
      assumptions: []
    }),
    onCards80GB('train-1', 'llm-training', 'Pretrain 7B', {
      memoryPerAcceleratorGB: { weights: 14, gradients: 14, optimizerStates: 56, activations: 6 },
      accelerators: 8,
      days: 10,
      assumptions: [
        { id: 'mfu', labelKey: 'core.assumptions.mfu', low: 0.3, high: 0.5 },
        { id: 'fixed', labelKey: 'core.assumptions.fixed', low: 1, high: 1 }
      ]
    })
  ],
  compare: {
    groups: [
      {
        id: 'g-serve',
        workloadIds: ['serve-1'],
        candidates: [
          candidate('nvidia-h100-sxm5-80gb', 'NVIDIA H100', 500_000, 300_000),
          candidate('nvidia-h20-96gb', 'NVIDIA H20', 400_000, 250_000)
        ],
        recommended: 'nvidia-h20-96gb',
        reason: {
          key: 'compare.recommendation.cheapest',
          params: { name: 'NVIDIA H20', tco: '400,000', currency: 'CNY', group: 'Chat service' }
        }
      },
      {
        id: 'g-train',
        workloadIds: ['train-1'],
        candidates: [candidate('nvidia-a100-sxm4-80gb', 'NVIDIA A100', 900_000, 600_000)],
        recommended: 'nvidia-a100-sxm4-80gb',
        reason: { key: 'no.such.key', params: {} }
      }
    ]
  }
} as unknown as EstimateResult

/** The core's answer to the what-if plan: train-1 scales perfectly (10 days × 8 / n cards);
 *  MFU 0.3 takes 12 days, 0.5 takes 8. */
const whatIf = {
  ok: true,
  issues: [],
  totals: null,
  compare: null,
  workloads: [
    ...[2, 4, 8, 16, 32].map((n) => ({ id: `n${n}`, result: { days: 80 / n } })),
    { id: 's0-low', result: { days: 12 } },
    { id: 's0-high', result: { days: 8 } }
  ]
}

function plan(): PlanDocument {
  const doc = createBlankPlan('charts')
  // The training run is on a fixed fleet of 8 cards, so its days are what the core works out
  // and what the tornado shows (a deadline plan is shown in cards: whatif.test.ts).
  const training = { ...newWorkload('llm-training', 'train-1'), accelerators: 8 }
  delete (training as { targetDays?: number }).targetDays
  doc.workloads = [
    { ...newWorkload('llm-inference', 'serve-1'), name: 'Chat service' },
    { ...training, name: 'Pretrain 7B' }
  ] as PlanDocument['workloads']
  return doc
}

const mounted: VueWrapper[] = []
afterEach(() => mounted.splice(0).forEach((wrapper) => wrapper.unmount()))

async function mountCharts(locale: 'en' | 'zh-CN' = 'en', answer: unknown = whatIf) {
  const context = setup((channel) => (channel === 'calc.estimate' ? answer : null), locale)
  useUiStore(context.pinia).setLocale(locale)
  usePlanStore(context.pinia).load(plan())
  const wrapper = mount(ResultsCharts, {
    props: { result: estimate },
    global: {
      plugins: [context.pinia, context.i18n, context.router],
      stubs: { ChartCanvas: true, Select: true }
    },
    attachTo: document.body
  })
  mounted.push(wrapper)
  await flushPromises()
  return { wrapper, context }
}

/** The configuration given to the canvas with `testid`, or undefined when it is not shown. */
function chart(wrapper: VueWrapper, testid: string) {
  const canvas = wrapper
    .findAllComponents(ChartCanvas)
    .find((found) => found.props('testid') === testid)
  return canvas?.props('config') as ChartConfiguration | undefined
}

const series = (config: ChartConfiguration | undefined) =>
  config?.data.datasets.map((set) => [set.label, set.data])

const estimateRequests = (context: ReturnType<typeof setup>) =>
  context.invoke.mock.calls.filter(([, channel]) => channel === 'calc.estimate')

async function chooseTraining(wrapper: VueWrapper) {
  wrapper.getComponent(NSelect).vm.$emit('update:value', 'train-1')
  await vi.waitFor(() => expect(chart(wrapper, 'chart-scaling')).toBeDefined())
}

describe('ResultsCharts', () => {
  it('stacks each LLM workload’s memory by its own parts against its cards’ capacity', async () => {
    const { wrapper } = await mountCharts()
    const memory = chart(wrapper, 'chart-memory')!
    expect(memory.data.labels).toEqual([['Chat service'], ['Pretrain 7B']])
    // Inference per replica, training per card; a part the other kind has not is 0.
    // Capacity: serve-1 80 GB × 2 cards a replica = 160; train-1 one card = 80.
    expect(series(memory)).toEqual([
      ['Weights', [140, 14]],
      ['KV cache', [20, 0]],
      ['Gradients', [0, 14]],
      ['Optimizer states', [0, 56]],
      ['Activations', [4, 6]],
      ['Overhead', [6, 0]],
      ['Capacity', [160, 80]]
    ])
    expect(memory.data.datasets.map((set) => (set as { stack?: string }).stack)).toEqual([
      ...Array(6).fill('need'),
      'capacity'
    ])
  })

  it('charts the cost of the chosen workload’s compare group, cheapest first', async () => {
    const { wrapper } = await mountCharts()
    const cost = chart(wrapper, 'chart-cost')!
    // H20 (TCO 400,000) before H100 (500,000); the recommended one starred.
    expect(cost.data.labels).toEqual(['★ NVIDIA H20', 'NVIDIA H100'])
    expect(series(cost)).toEqual([
      ['TCO (CNY)', [400_000, 500_000]],
      ['Capital cost (CNY)', [250_000, 300_000]]
    ])
    expect(wrapper.get('[data-testid="recommendation"]').text()).toBe(
      '★ NVIDIA H20 is the cheapest candidate (TCO 400,000 CNY) that meets every target for Chat service.'
    )
    await chooseTraining(wrapper)
    expect(chart(wrapper, 'chart-cost')!.data.labels).toEqual(['★ NVIDIA A100'])
    // A reason with no message of its own names the recommended card.
    expect(wrapper.get('[data-testid="recommendation"]').text()).toBe('★ nvidia-a100-sxm4-80gb')
  })

  it('has no what-if for inference without a rate target and says why', async () => {
    const { wrapper, context } = await mountCharts()
    const select = wrapper.getComponent(NSelect)
    expect(select.props('value')).toBe('serve-1')
    expect(select.props('options')).toEqual([
      { value: 'serve-1', label: 'Chat service' },
      { value: 'train-1', label: 'Pretrain 7B' }
    ])
    expect(estimateRequests(context)).toEqual([]) // nothing to vary: no core call
    expect(chart(wrapper, 'chart-scaling')).toBeUndefined()
    expect(chart(wrapper, 'chart-sensitivity')).toBeUndefined()
    expect(wrapper.text()).toContain('Scaling curves are shown for training workloads')
    expect(wrapper.get('[data-testid="sensitivity-flat"]').text()).toBe(
      'No assumption with a range affects this workload.'
    )
  })

  it('asks the core for the chosen training workload’s what-ifs and charts its answer', async () => {
    const { wrapper, context } = await mountCharts()
    await chooseTraining(wrapper)
    // One call: 8 cards × 0.25, 0.5, 1, 2, 4 = 2…32 cards, then MFU at each end (the
    // assumption with no range is not varied); compare off.
    const [[, , request]] = estimateRequests(context) as [[string, string, PlanDocument]]
    expect(request.workloads.map((w) => w.id)).toEqual([
      'n2',
      'n4',
      'n8',
      'n16',
      'n32',
      's0-low',
      's0-high'
    ])
    expect(request.compare.enabled).toBe(false)
    // Days up to 10 × 8 / 2 = 40: shown in days (under 60).
    const scaling = chart(wrapper, 'chart-scaling')!
    expect(series(scaling)).toEqual([
      [
        'Time (days)',
        [
          { x: 2, y: 40 },
          { x: 4, y: 20 },
          { x: 8, y: 10 },
          { x: 16, y: 5 },
          { x: 32, y: 2.5 }
        ]
      ]
    ])
    const scales = scaling.options!.scales as Record<string, { title: { text: string } }>
    expect(scales.x.title.text).toBe('Accelerators (linear scale)')
    // The tornado: MFU swings the 10 days from 8 to 12.
    const tornado = chart(wrapper, 'chart-sensitivity')!
    expect(tornado.data.labels).toEqual([['LLM training model FLOPs', 'utilisation (MFU)']])
    expect(series(tornado)).toEqual([['Range of the result', [[8, 12]]]])
    const axis = (tornado.options!.scales as Record<string, { title: { text: string } }>).x
    expect(axis.title.text).toBe('Time (days) (typical 10 days)')
  })

  it('says in words when no assumption moves the result, instead of zero-width bars', async () => {
    // MFU at either end still takes 10 days.
    const flat = {
      ...whatIf,
      workloads: whatIf.workloads.map((w) =>
        w.id.startsWith('s0-') ? { ...w, result: { days: 10 } } : w
      )
    }
    const { wrapper } = await mountCharts('en', flat)
    await chooseTraining(wrapper)
    expect(chart(wrapper, 'chart-sensitivity')).toBeUndefined()
    expect(wrapper.get('[data-testid="sensitivity-flat"]').text()).toBe(
      'Days (wall-clock): the same (10 days) across every assumption’s range.'
    )
  })

  it('labels every chart in Chinese under zh-CN', async () => {
    const { wrapper } = await mountCharts('zh-CN')
    expect(series(chart(wrapper, 'chart-memory'))!.map(([label]) => label)).toEqual([
      '权重',
      'KV 缓存',
      '梯度',
      '优化器状态',
      '激活',
      '开销',
      '容量'
    ])
    expect(series(chart(wrapper, 'chart-cost'))!.map(([label]) => label)).toEqual([
      '总拥有成本（CNY）',
      '资本支出（CNY）'
    ])
    expect(wrapper.get('[data-testid="sensitivity-flat"]').text()).toBe(
      '没有带范围的假设影响此工作负载。'
    )
    await chooseTraining(wrapper)
    const scaling = chart(wrapper, 'chart-scaling')!
    expect(scaling.data.datasets[0].label).toBe('时长（天）')
    const tornado = chart(wrapper, 'chart-sensitivity')!
    expect(tornado.data.labels).toEqual([['大模型训练算力利用率（MFU）']])
    const axis = (tornado.options!.scales as Record<string, { title: { text: string } }>).x
    expect(axis.title.text).toBe('时长（天）（典型 10 天）')
  })
})
