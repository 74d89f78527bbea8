/**
 * The Workloads step (views/steps/WorkloadsStep.vue): adding, duplicating and removing
 * workloads, which one is open, the problem count on each header, a catalog that failed to
 * load, and the deep link from a derivation (`?w=<id>&f=<field>` or `&a=<assumption>`) that
 * opens a workload and focuses the field.
 *
 * WorkloadForm is stubbed (each kind's form has its own tests): the stub shows which
 * workload's form is open and carries the element ids the real form gives its fields.
 */
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import WorkloadsStep from '@renderer/views/steps/WorkloadsStep.vue'
import { newWorkload } from '@renderer/lib/workloads'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import { useResultsStore } from '@renderer/stores/results'
import type { Workload } from '@shared/schema/plan'
import { realCore } from './real-core'
import { mountView, requestsOn, unmountViews } from './view-harness'

afterEach(() => {
  unmountViews()
  vi.useRealTimers()
})

const WorkloadFormStub = defineComponent({
  props: { index: { type: Number, required: true } },
  setup: (props) => () =>
    h('div', { 'data-testid': `form-${props.index}` }, [
      h('input', { id: `field-workloads-${props.index}-model` }),
      h('input', { id: `field-workloads-${props.index}-serving-ttftMs` }),
      h('input', { id: `assumption-${props.index}-mfu` })
    ])
})

function named(kind: Workload['kind'], id: string, name?: string): Workload {
  return { ...newWorkload(kind, id), ...(name ? { name } : {}) }
}

async function mountStep(workloads: Workload[], route = '/workloads', locale?: 'zh-CN') {
  const { wrapper, context } = await mountView(WorkloadsStep, {
    respond: realCore,
    route,
    locale,
    stubs: { WorkloadForm: WorkloadFormStub },
    before: ({ pinia }) => usePlanStore(pinia).load({ ...createBlankPlan('w'), workloads })
  })
  return {
    wrapper,
    context,
    plan: usePlanStore(context.pinia),
    results: useResultsStore(context.pinia)
  }
}

/** Which workload forms are open, by index. */
const openForms = (wrapper: Awaited<ReturnType<typeof mountStep>>['wrapper']) =>
  wrapper.findAll('[data-testid^="form-"]').map((form) => form.attributes('data-testid'))

const ids = (plan: ReturnType<typeof usePlanStore>) => plan.plan.workloads.map((w) => w.id)

describe('WorkloadsStep', () => {
  it('with no workloads says how to add one, and offers one button per kind', async () => {
    const { wrapper } = await mountStep([])
    expect(wrapper.get('[data-testid="workloads-empty"]').text()).toContain(
      'No workloads yet: add one with the buttons above'
    )
    expect(wrapper.findAll('[role="toolbar"] button').map((b) => b.text())).toEqual([
      '+ LLM inference',
      '+ LLM training',
      '+ Vision training',
      '+ Video analytics',
      '+ Custom',
      '+ LLM fine-tuning'
    ])
  })

  it('adds a workload of the clicked kind with the next free id, and opens it', async () => {
    const { wrapper, plan } = await mountStep([named('llm-training', 'train-1')])
    expect(openForms(wrapper)).toEqual(['form-0']) // the first is open when nothing was
    await wrapper.get('[data-testid="add-llm-training"]').trigger('click')
    await flushPromises()
    // train-1 is taken, so the new one is train-2, appended and the only one open.
    expect(ids(plan)).toEqual(['train-1', 'train-2'])
    expect(openForms(wrapper)).toEqual(['form-1'])
    expect(wrapper.get('[data-testid="workload-1"]').text()).toContain('LLM training')
    expect(wrapper.get('[data-testid="workload-1"]').text()).toContain('train-2')
    expect(wrapper.find('[data-testid="workloads-empty"]').exists()).toBe(false)
  })

  it('duplicates a workload right after itself, "(2)" after its name, and opens the copy', async () => {
    const { wrapper, plan } = await mountStep([
      named('llm-inference', 'serve-1', 'Chat'),
      named('custom', 'custom-1')
    ])
    const duplicate = wrapper.get('[aria-label="Duplicate Chat"]')
    await duplicate.trigger('click')
    await flushPromises()
    // serve-1 is taken: the copy is serve-2, at index 1 before custom-1.
    expect(ids(plan)).toEqual(['serve-1', 'serve-2', 'custom-1'])
    expect(plan.plan.workloads[1].name).toBe('Chat (2)')
    expect(openForms(wrapper)).toEqual(['form-1'])
    expect(wrapper.get('[data-testid="workload-1"]').text()).toContain('Chat (2)')
  })

  it('removes the workload whose Remove was clicked, and only that one', async () => {
    const { wrapper, plan } = await mountStep([
      named('custom', 'custom-1', 'A'),
      named('custom', 'custom-2', 'B'),
      named('custom', 'custom-3', 'C')
    ])
    expect(wrapper.get('[data-testid="remove-1"]').attributes('aria-label')).toBe('Remove B')
    await wrapper.get('[data-testid="remove-1"]').trigger('click')
    await flushPromises()
    expect(ids(plan)).toEqual(['custom-1', 'custom-3'])
    await wrapper.get('[data-testid="remove-0"]').trigger('click')
    await wrapper.get('[data-testid="remove-0"]').trigger('click')
    await flushPromises()
    expect(ids(plan)).toEqual([])
    expect(wrapper.find('[data-testid="workloads-empty"]').exists()).toBe(true)
    // Three commands, each undoable on its own.
    plan.undo()
    expect(ids(plan)).toEqual(['custom-3'])
  })

  it('counts the problems of each workload on its own header, none on a sound one', async () => {
    const sound = named('llm-inference', 'serve-1', 'Sound')
    // Concurrency must be > 0: one problem, located on the second workload only.
    const broken = { ...named('llm-inference', 'serve-2', 'Broken'), concurrency: 0 }
    const { wrapper, results } = await mountStep([sound, broken])
    await results.recalculate()
    await flushPromises()
    expect(results.issuesAt('workloads[1]').map((issue) => issue.path)).toEqual([
      'workloads[1].concurrency'
    ])
    expect(wrapper.get('[data-testid="workload-1"]').text()).toContain('1 problem(s)')
    expect(wrapper.get('[data-testid="workload-0"]').text()).not.toContain('problem(s)')
  })

  it('says when the catalog failed to load, with its message, and retries on request', async () => {
    const { wrapper, context } = await mountView(WorkloadsStep, {
      fail: { 'catalog.get': { code: 'IO_ERROR', message: 'catalog.json: disk unreadable' } },
      stubs: { WorkloadForm: WorkloadFormStub }
    })
    expect(wrapper.text()).toContain('The hardware and model catalog could not be loaded.')
    expect(wrapper.text()).toContain('catalog.json: disk unreadable')
    expect(requestsOn(context, 'catalog.get')).toHaveLength(1)
    const retry = wrapper.findAll('button').find((b) => b.text() === 'Retry')
    await retry!.trigger('click')
    await flushPromises()
    // Asked again, not answered from the failed attempt.
    expect(requestsOn(context, 'catalog.get')).toHaveLength(2)
  })

  it('opens the workload a derivation links to and focuses the named field', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    const { wrapper } = await mountStep(
      [named('llm-inference', 'serve-1'), named('llm-inference', 'serve-2')],
      '/workloads?w=serve-2&f=serving.ttftMs'
    )
    expect(openForms(wrapper)).toEqual(['form-1'])
    // The field path's dot becomes a dash in the element id.
    await vi.advanceTimersByTimeAsync(100)
    expect(document.activeElement?.id).toBe('field-workloads-1-serving-ttftMs')
  })

  it('a later link to an assumption opens that workload and focuses the assumption', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    const { wrapper, context } = await mountStep(
      [named('llm-training', 'train-1'), named('llm-training', 'train-2')],
      '/workloads'
    )
    expect(openForms(wrapper)).toEqual(['form-0'])
    await context.router.push('/workloads?w=train-2&a=mfu')
    await flushPromises()
    await vi.advanceTimersByTimeAsync(100)
    expect(openForms(wrapper)).toEqual(['form-1'])
    expect(document.activeElement?.id).toBe('assumption-1-mfu')
  })

  it('takes focus back only while it is dropped, never from a field the planner moved to', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    await mountStep([named('llm-inference', 'serve-1')], '/workloads?w=serve-1&f=model')
    await vi.advanceTimersByTimeAsync(100)
    const target = document.getElementById('field-workloads-0-model')!
    expect(document.activeElement).toBe(target)
    // A closing drawer drops focus to the page: the next retry (100 ms on) takes it back.
    target.blur()
    expect(document.activeElement).toBe(document.body)
    await vi.advanceTimersByTimeAsync(100)
    expect(document.activeElement).toBe(target)
    // The planner moves on: the remaining retries (up to 12 × 100 ms) leave them there.
    const other = document.getElementById('assumption-0-mfu')!
    other.focus()
    await vi.advanceTimersByTimeAsync(1200)
    expect(document.activeElement).toBe(other)
  })

  it('names kinds, problems and actions in Chinese for zh-CN', async () => {
    // streams must be > 0: one problem.
    const broken = { ...named('video-analytics', 'video-1', '园区'), streams: 0 }
    const { wrapper, results } = await mountStep([broken], undefined, 'zh-CN')
    await results.recalculate()
    await flushPromises()
    expect(wrapper.get('[data-testid="add-video-analytics"]').text()).toBe('+ 视频分析')
    expect(wrapper.get('[data-testid="workload-0"]').text()).toContain('视频分析园区1 个问题')
    expect(wrapper.get('[data-testid="remove-0"]').attributes('aria-label')).toBe('删除 园区')
    expect(wrapper.get('[data-testid="remove-0"]').text()).toBe('删除')
  })
})
