/**
 * The Hardware step (views/steps/HardwareStep.vue): the accelerator filters and their count,
 * each workload's accelerator picker (a choice the filters hide stays offered), the chosen
 * card's spec line, "use for every workload", and the core's problem under the picker.
 *
 * Stubbed: CompareCard, ServerCard, CustomAcceleratorCard and MarketSelect (each has its own
 * test). The catalog is three made-up cards so every count below is worked by hand.
 */
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { NSelect } from 'naive-ui'
import HardwareStep from '@renderer/views/steps/HardwareStep.vue'
import { newWorkload } from '@renderer/lib/workloads'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import { useResultsStore } from '@renderer/stores/results'
import { estimatePlan } from '@shared/core'
import { catalogForRenderer } from '@shared/core/catalog-data'
import type { InventoryEntry, Workload } from '@shared/schema/plan'
import { mountView, unmountViews } from './view-harness'

afterEach(unmountViews)

const ALPHA = {
  id: 'x-alpha',
  vendor: 'NVIDIA',
  name: 'Alpha',
  memoryGB: 80,
  memoryBandwidthGBs: 2000,
  fp16Tflops: 300,
  bf16Tflops: 300,
  tdpW: 400,
  price: { amount: 100_000, currency: 'USD' as const }
}
const BETA = { id: 'x-beta', vendor: 'AMD', name: 'Beta', memoryGB: 192, fp16Tflops: 1300 }
const GAMMA = {
  id: 'x-gamma',
  vendor: 'Huawei',
  name: 'Gamma',
  nameZh: '昇腾 伽马',
  memoryGB: 64,
  fp16Tflops: 320,
  int8Tops: 640
}
/** The plan's own card: 4 on hand, priced. */
const DELTA: InventoryEntry = {
  id: 'own-delta',
  vendor: 'Acme',
  name: 'Delta',
  memoryGB: 96,
  int8Tops: 88,
  quantityOnHand: 4,
  price: { amount: 5000, currency: 'USD' }
}

const catalog = () => ({ ...catalogForRenderer(), accelerators: [ALPHA, BETA, GAMMA] })

function workload(id: string, accelerator: Workload['accelerator'], name?: string): Workload {
  return { ...newWorkload('custom', id), accelerator, ...(name ? { name } : {}) } as Workload
}

async function mountStep(
  workloads: Workload[],
  options: { estimate?: boolean; locale?: 'zh-CN' } = {}
) {
  const { wrapper, context } = await mountView(HardwareStep, {
    locale: options.locale,
    respond: (channel, request) =>
      channel === 'catalog.get'
        ? catalog()
        : channel === 'calc.estimate' && options.estimate
          ? estimatePlan(request)
          : null,
    stubs: {
      CompareCard: true,
      ServerCard: true,
      CustomAcceleratorCard: true,
      MarketSelect: true
    },
    before: ({ pinia }) =>
      usePlanStore(pinia).load({
        ...createBlankPlan('h'),
        settings: { ...createBlankPlan('h').settings, currency: 'USD' },
        inventory: [DELTA],
        workloads
      })
  })
  return { wrapper, plan: usePlanStore(context.pinia), results: useResultsStore(context.pinia) }
}

const select = (wrapper: VueWrapper, testid: string) =>
  wrapper.findAllComponents(NSelect).find((s) => s.attributes('data-testid') === testid)!

const count = (wrapper: VueWrapper) => wrapper.get('[data-testid="filter-count"]').text()

const optionLabels = (wrapper: VueWrapper, testid: string) =>
  (select(wrapper, testid).props('options') as { label: string }[]).map((o) => o.label)

describe('HardwareStep', () => {
  it('without workloads asks for them first, and still counts the cards', async () => {
    const { wrapper } = await mountStep([])
    expect(wrapper.text()).toContain('Add workloads first; then choose their hardware here.')
    // Three catalog cards and the plan's own Delta.
    expect(count(wrapper)).toBe('4 of 4 accelerators match')
  })

  it('offers the vendors of every card, sorted, and narrows by the ones picked', async () => {
    const { wrapper } = await mountStep([])
    expect(optionLabels(wrapper, 'filter-vendor')).toEqual(['Acme', 'AMD', 'Huawei', 'NVIDIA'])
    select(wrapper, 'filter-vendor').vm.$emit('update:value', ['AMD', 'Huawei'])
    await flushPromises()
    expect(count(wrapper)).toBe('2 of 4 accelerators match') // Beta and Gamma
  })

  it('narrows by memory, precision, known price and own inventory, together', async () => {
    const { wrapper } = await mountStep([])
    await wrapper.get('[data-testid="filter-memory"] input').setValue('90')
    await flushPromises()
    // Memory ≥ 90 GB: Beta (192) and Delta (96); Alpha (80) and Gamma (64) drop out.
    expect(count(wrapper)).toBe('2 of 4 accelerators match')
    select(wrapper, 'filter-precision').vm.$emit('update:value', 'int8')
    await flushPromises()
    // …and an INT8 figure: only Delta (Beta has FP16 alone).
    expect(count(wrapper)).toBe('1 of 4 accelerators match')
    await wrapper.get('[data-testid="filter-memory"] input').setValue('')
    await flushPromises()
    // INT8 alone: Gamma and Delta.
    expect(count(wrapper)).toBe('2 of 4 accelerators match')
    await wrapper.get('[data-testid="filter-price"]').trigger('click')
    await flushPromises()
    // …with a known price: Delta (Gamma has none).
    expect(count(wrapper)).toBe('1 of 4 accelerators match')
    select(wrapper, 'filter-precision').vm.$emit('update:value', null)
    await flushPromises()
    // Known price alone: Alpha and Delta. Then only my inventory: Delta.
    expect(count(wrapper)).toBe('2 of 4 accelerators match')
    await wrapper.get('[data-testid="filter-inventory"]').trigger('click')
    await flushPromises()
    expect(count(wrapper)).toBe('1 of 4 accelerators match')
  })

  it('labels each choice with memory, stock and a missing price; keeps a filtered-out choice', async () => {
    const { wrapper } = await mountStep([workload('custom-1', 'x-alpha')])
    expect(optionLabels(wrapper, 'hw-0-select')).toEqual([
      'Acme Delta · 96 GB · 4 on hand',
      'NVIDIA Alpha · 80 GB',
      'AMD Beta · 192 GB · price unknown',
      'Huawei Gamma · 64 GB · price unknown'
    ])
    await wrapper.get('[data-testid="filter-inventory"]').trigger('click')
    await flushPromises()
    // Only Delta passes, but Alpha is this workload's choice: offered first, not dropped.
    expect(optionLabels(wrapper, 'hw-0-select')).toEqual([
      'NVIDIA Alpha · 80 GB',
      'Acme Delta · 96 GB · 4 on hand'
    ])
  })

  it('offers an id no card has under the id itself, so the choice stays visible', async () => {
    const { wrapper } = await mountStep([workload('custom-1', 'gone-card')])
    expect(optionLabels(wrapper, 'hw-0-select')[0]).toBe('gone-card')
    expect(select(wrapper, 'hw-0-select').props('value')).toBe('gone-card')
    expect(wrapper.find('[data-testid="hw-0-spec"]').exists()).toBe(false)
  })

  it('shows the chosen card’s figures: memory, bandwidth, power, peaks and price', async () => {
    const { wrapper } = await mountStep([
      workload('custom-1', 'x-alpha'),
      workload('custom-2', 'x-beta')
    ])
    const alpha = wrapper.get('[data-testid="hw-0-spec"]').text()
    expect(alpha).toContain('Alpha · 80 GB · 2,000 GB/s · 400 W')
    // Peaks in precision order (FP32, TF32, FP16, BF16, …), only those the card gives.
    expect(alpha).toContain('FP16 300 · BF16 300 (TFLOPS / TOPS)')
    expect(alpha).toContain('Indicative price $100,000')
    const beta = wrapper.get('[data-testid="hw-1-spec"]').text()
    expect(beta).toContain('Beta · 192 GB')
    expect(beta).not.toContain('W ·')
    expect(beta).toContain('FP16 1,300 (TFLOPS / TOPS)')
    expect(beta).toContain('price unknown')
  })

  it('shows a card given inline in the workload (no picker value)', async () => {
    const inline = { vendor: 'Acme', name: 'Inline 88', memoryGB: 16, int8Tops: 88 }
    const { wrapper } = await mountStep([workload('custom-1', inline)])
    expect(select(wrapper, 'hw-0-select').props('value')).toBeNull()
    const spec = wrapper.get('[data-testid="hw-0-spec"]').text()
    expect(spec).toContain('Inline 88 · 16 GB')
    expect(spec).toContain('INT8 88 (TFLOPS / TOPS)')
  })

  it('sets one workload’s accelerator, or every workload’s from one of them', async () => {
    const { wrapper, plan } = await mountStep([
      workload('custom-1', 'x-alpha', 'First'),
      workload('custom-2', 'x-alpha', 'Second'),
      workload('custom-3', 'x-alpha', 'Third')
    ])
    expect(select(wrapper, 'hw-1-select').attributes('aria-label')).toBe('Accelerator for Second')
    select(wrapper, 'hw-1-select').vm.$emit('update:value', 'x-gamma')
    await flushPromises()
    expect(plan.plan.workloads.map((w) => w.accelerator)).toEqual(['x-alpha', 'x-gamma', 'x-alpha'])
    const applyAll = wrapper
      .get('[data-testid="hw-1"]')
      .findAll('button')
      .find((b) => b.text() === 'Use this accelerator for every workload')
    await applyAll!.trigger('click')
    await flushPromises()
    expect(plan.plan.workloads.map((w) => w.accelerator)).toEqual(['x-gamma', 'x-gamma', 'x-gamma'])
    // One command: a single undo puts all three back as they were.
    plan.undo()
    expect(plan.plan.workloads.map((w) => w.accelerator)).toEqual(['x-alpha', 'x-gamma', 'x-alpha'])
  })

  it('offers "every workload" only when there is more than one', async () => {
    const { wrapper } = await mountStep([workload('custom-1', 'x-alpha')])
    expect(wrapper.text()).not.toContain('Use this accelerator for every workload')
  })

  it('puts the core’s problem with the accelerator under that workload’s picker', async () => {
    const { wrapper, results } = await mountStep(
      [workload('custom-1', 'nvidia-a100-sxm4-80gb'), workload('custom-2', 'gone-card')],
      { estimate: true }
    )
    await results.recalculate()
    await flushPromises()
    const issues = results.issuesAt('workloads[1].accelerator')
    expect(issues.map((issue) => issue.path)).toEqual(['workloads[1].accelerator'])
    const feedback = wrapper.get('[data-testid="hw-1"]').find('.n-form-item-feedback')
    expect(feedback.text()).toBe(
      'unknown accelerator id "gone-card" (not in the catalog or the plan inventory)'
    )
    expect(wrapper.get('[data-testid="hw-0"]').find('.n-form-item-feedback').exists()).toBe(false)
  })

  it('names the vendor’s own card in Chinese for zh-CN', async () => {
    const { wrapper } = await mountStep([workload('custom-1', 'x-gamma')], { locale: 'zh-CN' })
    expect(wrapper.get('[data-testid="hw-0-spec"]').text()).toContain('昇腾 伽马')
    expect(optionLabels(wrapper, 'hw-0-select')).toContain('昇腾 伽马 · 64 GB · 价格未知')
  })
})
