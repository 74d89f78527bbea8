import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import VisionTrainingFields from '@renderer/components/workloads/VisionTrainingFields.vue'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import { newWorkload } from '@renderer/lib/workloads'
import { mountIn, setup } from './harness'

let mounted: VueWrapper | undefined
afterEach(() => {
  mounted?.unmount()
  mounted = undefined
})

async function mountVision(locale: 'en' | 'zh-CN') {
  const context = setup(() => null, locale)
  const plan = usePlanStore()
  plan.load({
    ...createBlankPlan(),
    workloads: [newWorkload('custom', 'c'), newWorkload('vision-training', 'v')]
  })
  mounted = await mountIn(VisionTrainingFields, { index: 1 }, context)
  return { plan, wrapper: mounted }
}

async function type(wrapper: VueWrapper, selector: string, text: string): Promise<void> {
  const input = wrapper.get(selector).element as HTMLInputElement
  input.value = text
  input.dispatchEvent(new Event('input'))
  await flushPromises()
}

describe('VisionTrainingFields', () => {
  it('shows the first-principles fields in English and Chinese', async () => {
    const en = await mountVision('en')
    for (const label of [
      'Sizing method',
      'Precision',
      'Input resolution',
      'Images per epoch',
      'Epochs',
      'Training runs',
      'Size by'
    ])
      expect(en.wrapper.text(), label).toContain(label)
    expect(en.wrapper.text()).not.toContain('Cards per run')
    expect(en.wrapper.text()).not.toContain('Runs side by side')
    en.wrapper.unmount()
    mounted = undefined

    const zh = await mountVision('zh-CN')
    for (const label of ['测算方法', '输入分辨率', '每轮图像数', '训练轮数（epoch）', '训练次数'])
      expect(zh.wrapper.text(), label).toContain(label)
    expect(zh.wrapper.text()).toContain('测算依据')
  })

  it('typing epochs and runs edits this workload', async () => {
    const { plan, wrapper } = await mountVision('en')
    await type(wrapper, 'input[aria-label="Epochs"]', '30')
    await type(wrapper, 'input[aria-label="Training runs"]', '3')
    expect(plan.plan.workloads[1]).toMatchObject({ epochs: 30, runs: 3, model: 'resnet50' })
    expect(plan.plan.workloads[0]).toEqual(newWorkload('custom', 'c'))
  })

  it('the portfolio form swaps model, images and epochs for cards and days per run', async () => {
    const { plan, wrapper } = await mountVision('en')
    await wrapper.get('[data-testid="wl-1-portfolio"] input').trigger('change')
    await flushPromises()
    const w = plan.plan.workloads[1] as Record<string, unknown>
    expect(w.model).toBeUndefined()
    expect(w.images).toBeUndefined()
    expect(w.epochs).toBeUndefined()
    expect(w.accelerators).toBeUndefined()
    expect(typeof w.cardsPerRun).toBe('number')
    expect(typeof w.daysPerRun).toBe('number')
    for (const label of ['Cards per run', 'Days per run', 'Runs per task', 'Runs side by side'])
      expect(wrapper.text(), label).toContain(label)
    expect(wrapper.text()).not.toContain('Images per epoch')
    expect(wrapper.text()).toContain('Tasks per year')
    // A portfolio may be sized by neither cards nor days: a third sizing choice ("Runs side by
    // side", the same words as the parallel-runs field) joins the two.
    expect(wrapper.text().split('Runs side by side').length - 1).toBe(2)

    await type(wrapper, '[data-testid="wl-1-cardsPerRun-input"] input', '16')
    expect(plan.plan.workloads[1]).toMatchObject({ cardsPerRun: 16 })
  })
})
