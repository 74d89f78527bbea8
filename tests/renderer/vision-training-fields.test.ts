import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import VisionTrainingFields from '@renderer/components/workloads/VisionTrainingFields.vue'
import { newWorkload } from '@renderer/lib/workloads'
import { fieldsHarness, type } from './fields-harness'

const { mountFields: mountVision } = fieldsHarness(
  VisionTrainingFields,
  () => newWorkload('custom', 'c'),
  () => newWorkload('vision-training', 'v')
)

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
