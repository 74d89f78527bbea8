/**
 * WorkloadForm.vue: one workload's form — its name and id, the fields of its kind (picked from
 * WORKLOAD_FIELDS), the schedule, assumptions and calibration panels, all for the index given.
 */
import { type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import WorkloadForm from '@renderer/components/WorkloadForm.vue'
import AssumptionsPanel from '@renderer/components/AssumptionsPanel.vue'
import CalibrationPanel from '@renderer/components/calibration/CalibrationPanel.vue'
import ScheduleField from '@renderer/components/workloads/ScheduleField.vue'
import LlmInferenceFields from '@renderer/components/workloads/LlmInferenceFields.vue'
import VideoAnalyticsFields from '@renderer/components/workloads/VideoAnalyticsFields.vue'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import { newWorkload } from '@renderer/lib/workloads'
import type { Workload } from '@shared/schema/plan'
import { type } from './fields-harness'
import { mountIn, setup } from './harness'

let mounted: VueWrapper | undefined
afterEach(() => {
  mounted?.unmount()
  mounted = undefined
})

/** A plan of `workloads`, with the form for the one at `index`. */
async function mountForm(workloads: Workload[], index: number, locale: 'en' | 'zh-CN' = 'en') {
  const context = setup(() => null, locale)
  const plan = usePlanStore()
  plan.load({ ...createBlankPlan(), workloads })
  mounted = await mountIn(WorkloadForm, { index }, context)
  return { plan, wrapper: mounted }
}

const nameInput = (wrapper: VueWrapper, index: number) =>
  wrapper.get(`[data-testid="wl-${index}-name"] input`).element as HTMLInputElement

describe('WorkloadForm', () => {
  it("shows the fields of the workload's own kind, and every part gets the index given", async () => {
    const { wrapper } = await mountForm(
      [newWorkload('llm-inference', 'i'), newWorkload('video-analytics', 'v')],
      1
    )
    expect(wrapper.find('[data-testid="workload-form-1"]').exists()).toBe(true)
    // Workload 1 is video analytics: its fields, not the inference ones of workload 0.
    expect(wrapper.findComponent(VideoAnalyticsFields).props('index')).toBe(1)
    expect(wrapper.findComponent(LlmInferenceFields).exists()).toBe(false)
    for (const part of [ScheduleField, AssumptionsPanel, CalibrationPanel])
      expect(wrapper.findComponent(part).props('index')).toBe(1)
  })

  it('shows the id, read-only, and the id as the placeholder of an unnamed workload', async () => {
    const { wrapper } = await mountForm([newWorkload('custom', 'batch-7')], 0)
    const id = wrapper.get('input[aria-label="Identifier"]').element as HTMLInputElement
    expect(id.value).toBe('batch-7')
    expect(id.disabled).toBe(true)
    expect(nameInput(wrapper, 0).value).toBe('')
    expect(nameInput(wrapper, 0).placeholder).toBe('batch-7')
  })

  it('typing a name names this workload only, as one undo step', async () => {
    const { plan, wrapper } = await mountForm(
      [newWorkload('custom', 'c'), newWorkload('llm-training', 't')],
      1
    )
    for (const text of ['P', 'Pre', 'Pretrain'])
      await type(wrapper, '[data-testid="wl-1-name"] input', text)
    expect(plan.plan.workloads[1].name).toBe('Pretrain')
    expect('name' in plan.plan.workloads[0]).toBe(false)
    // Three keystrokes in one field coalesce: one undo takes the name away again.
    plan.undo()
    expect('name' in plan.plan.workloads[1]).toBe(false)
    expect(plan.canUndo).toBe(false)
  })

  it('a blank or spaces-only name removes the name instead of storing spaces', async () => {
    const named = { ...newWorkload('custom', 'c'), name: 'Nightly' } as Workload
    const { plan, wrapper } = await mountForm([named], 0)
    expect(nameInput(wrapper, 0).value).toBe('Nightly')
    await type(wrapper, '[data-testid="wl-0-name"] input', '   ')
    expect('name' in plan.plan.workloads[0]).toBe(false)
    // The field then falls back to the id as its placeholder.
    expect(nameInput(wrapper, 0).placeholder).toBe('c')
  })

  it('renders nothing for an index with no workload, and goes when its workload is removed', async () => {
    const empty = await mountForm([newWorkload('custom', 'c')], 3)
    expect(empty.wrapper.find('.workload-form').exists()).toBe(false)
    empty.wrapper.unmount()

    const { plan, wrapper } = await mountForm([newWorkload('custom', 'c')], 0)
    expect(wrapper.find('[data-testid="workload-form-0"]').exists()).toBe(true)
    plan.run((draft) => void draft.workloads.splice(0, 1))
    await wrapper.vm.$nextTick()
    expect(wrapper.find('.workload-form').exists()).toBe(false)
  })

  it('labels the name and id fields in Chinese', async () => {
    const { wrapper } = await mountForm([newWorkload('custom', 'c')], 0, 'zh-CN')
    expect(wrapper.find('input[aria-label="名称"]').exists()).toBe(true)
    expect(wrapper.find('input[aria-label="标识"]').exists()).toBe(true)
    expect(wrapper.find('input[aria-label="Name"]').exists()).toBe(false)
  })
})
