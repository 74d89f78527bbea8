import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import NumberField from '@renderer/components/fields/NumberField.vue'
import WorkloadForm from '@renderer/components/WorkloadForm.vue'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import { useResultsStore } from '@renderer/stores/results'
import { newWorkload } from '@renderer/lib/workloads'
import { WORKLOAD_KINDS, parsePlan, type Workload } from '@shared/schema/plan'
import { mountIn, setup } from './harness'

const training = {
  id: 't',
  kind: 'llm-training' as const,
  accelerator: 'nvidia-a100-sxm4-80gb',
  model: 'llama-2-7b',
  corpus: { gigabytes: 80, language: 'en' as const },
  targetDays: 30
}

async function type(input: HTMLInputElement, text: string): Promise<void> {
  input.value = text
  input.dispatchEvent(new Event('input'))
  await flushPromises()
}

describe('form fields', () => {
  beforeEach(() => localStorage.clear())

  it('shows a value in the unit chosen and stores the canonical one (GB ↔ GiB)', async () => {
    const context = setup()
    const plan = usePlanStore()
    plan.load({ ...createBlankPlan(), workloads: [training] })
    const wrapper = await mountIn(
      NumberField,
      { path: 'workloads[0].corpus.gigabytes', label: 'Corpus', family: 'memory', testid: 'c' },
      context
    )
    const input = wrapper.get('input').element as HTMLInputElement
    expect(input.value).toBe('80')
    // The other units are shown as a conversion hint.
    expect(wrapper.text()).toContain('74.51 GiB')
    // Switch the display unit to GiB and type 1: the plan stores 1 GiB in GB.
    const field = wrapper.findComponent(NumberField)
    ;(
      field.vm as unknown as { $: { setupState: { displayUnit: string } } }
    ).$.setupState.displayUnit = 'GiB'
    await flushPromises()
    await type(wrapper.get('input').element as HTMLInputElement, '1')
    expect((plan.plan.workloads[0] as typeof training).corpus.gigabytes).toBeCloseTo(1.073741824, 9)
  })

  it('treats typing in one field as one undo step, and clearing as removing the field', async () => {
    const context = setup()
    const plan = usePlanStore()
    plan.load({
      ...createBlankPlan(),
      workloads: [{ ...newWorkload('llm-inference', 'i'), concurrency: 8 } as Workload]
    })
    const wrapper = await mountIn(
      NumberField,
      { path: 'workloads[0].concurrency', label: 'Concurrency', defaultText: '1' },
      context
    )
    const input = wrapper.get('input').element as HTMLInputElement
    for (const text of ['1', '16', '164']) await type(input, text)
    expect(plan.plan.workloads[0]).toMatchObject({ concurrency: 164 })
    plan.undo()
    expect(plan.plan.workloads[0]).toMatchObject({ concurrency: 8 })
    await type(input, '')
    expect('concurrency' in plan.plan.workloads[0]).toBe(false)
    await flushPromises()
    // The empty field shows the default that applies.
    expect((wrapper.get('input').element as HTMLInputElement).placeholder).toBe('default: 1')
  })

  it('shows the located validation message next to the field', async () => {
    vi.useFakeTimers()
    try {
      const context = setup()
      const plan = usePlanStore()
      const results = useResultsStore()
      plan.load({ ...createBlankPlan(), workloads: [newWorkload('video-analytics', 'v')] })
      const wrapper = await mountIn(
        NumberField,
        { path: 'workloads[0].streams', label: 'Streams' },
        context
      )
      await type(wrapper.get('input').element as HTMLInputElement, '-3')
      await vi.advanceTimersByTimeAsync(100)
      expect(results.issues[0].path).toBe('workloads[0].streams')
      await flushPromises()
      expect(wrapper.text()).toContain('Streams must be greater than 0')
      expect(wrapper.find('.n-form-item-feedback--error').exists()).toBe(true)
    } finally {
      vi.useRealTimers()
    }
  })

  it('every new workload is a valid plan, and each kind renders its form', async () => {
    const context = setup((channel) =>
      channel === 'catalog.get'
        ? { accelerators: [], llms: [], vision: [], videoPresets: [], servers: [], assumptions: [] }
        : null
    )
    const plan = usePlanStore()
    const workloads = WORKLOAD_KINDS.map((kind, i) => newWorkload(kind, `w${i}`))
    const parsed = parsePlan({ ...createBlankPlan(), workloads })
    expect(parsed.ok ? [] : parsed.issues).toEqual([])
    plan.load({ ...createBlankPlan(), workloads })
    const labels: Record<string, string> = {
      'llm-inference': 'Context length',
      'llm-training': 'Training tokens',
      'vision-training': 'Images per epoch',
      'video-analytics': 'TOPS per stream',
      custom: 'Total compute',
      'llm-finetuning': 'LoRA rank'
    }
    for (const [index, kind] of WORKLOAD_KINDS.entries()) {
      const wrapper = await mountIn(WorkloadForm, { index }, context)
      expect(wrapper.text(), kind).toContain(labels[kind])
      wrapper.unmount()
    }
  }, 60_000)

  it('switching an exclusive choice keeps the plan valid (tokens ↔ corpus, days ↔ cards)', async () => {
    const context = setup()
    const plan = usePlanStore()
    plan.load({ ...createBlankPlan(), workloads: [newWorkload('llm-training', 't')] })
    const wrapper = await mountIn(WorkloadForm, { index: 0 }, context)
    await wrapper.get('[data-testid="wl-0-data-corpus"] input').trigger('change')
    await wrapper.get('[data-testid="wl-0-sizing-accelerators"] input').trigger('change')
    const w = plan.plan.workloads[0] as unknown as Record<string, unknown>
    expect(w.tokens).toBeUndefined()
    expect(w.corpus).toEqual({ gigabytes: 1000, language: 'en' })
    expect(w.targetDays).toBeUndefined()
    expect(w.accelerators).toBeGreaterThan(0)
    const parsed = parsePlan(plan.toDocument())
    expect(parsed.ok ? [] : parsed.issues).toEqual([])
  }, 30_000)
})
