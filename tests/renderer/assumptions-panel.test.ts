/**
 * AssumptionsPanel.vue: the defaults the core used for one workload, each with low, typical and
 * high inputs. The ranges' editing rules, field-backed values and the core's range checks are in
 * assumption-ranges.test.ts; this file covers the panel's own list, units, labels, the linked
 * row, the reset button and its messages.
 */
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import AssumptionsPanel from '@renderer/components/AssumptionsPanel.vue'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import { useResultsStore } from '@renderer/stores/results'
import { useUiStore } from '@renderer/stores/ui'
import { newWorkload } from '@renderer/lib/workloads'
import { estimatePlan } from '@shared/core'
import type { Workload } from '@shared/schema/plan'
import { mountIn, setup } from './harness'

let mounted: VueWrapper | undefined
afterEach(() => {
  mounted?.unmount()
  mounted = undefined
  vi.useRealTimers()
})

/**
 * A plan of `workloads` with the panel for the one at `index`. The core answers in-process
 * while `live.on`; otherwise an estimate request gets no answer (null), as while main is busy.
 */
async function start(
  workloads: Workload[],
  index = 0,
  options: { locale?: 'en' | 'zh-CN'; query?: Record<string, string> } = {}
) {
  const live = { on: true }
  const locale = options.locale ?? 'en'
  const context = setup(
    (channel, request) => (channel === 'calc.estimate' && live.on ? estimatePlan(request) : null),
    locale
  )
  useUiStore().locale = locale
  const plan = usePlanStore()
  const results = useResultsStore()
  plan.load({ ...createBlankPlan(), workloads })
  await results.recalculate()
  if (options.query) await context.router.push({ path: '/scenario', query: options.query })
  mounted = await mountIn(AssumptionsPanel, { index }, context)
  return { plan, results, wrapper: mounted, live }
}

const rowIds = (wrapper: VueWrapper, index = 0) =>
  wrapper
    .findAll('.assumption-block')
    .map((row) => String(row.attributes('data-testid')).replace(`assumption-${index}-`, ''))

function input(wrapper: VueWrapper, id: string, part: 'low' | 'typical' | 'high', index = 0) {
  return wrapper.get(`[data-testid="assumption-${index}-${id}-${part}"] input`)
    .element as HTMLInputElement
}

async function type(element: HTMLInputElement, text: string): Promise<void> {
  element.value = text
  element.dispatchEvent(new Event('input'))
  await flushPromises()
}

// The blank custom workload uses one default: customUtilization, a fraction, typical 0.4,
// range 0.25 to 0.55 (shared/core assumptions catalogue).
const custom = () => newWorkload('custom', 'c')

describe('AssumptionsPanel', () => {
  it('before the first calculation says the defaults will appear, with no table', async () => {
    const context = setup(() => null)
    usePlanStore().load({ ...createBlankPlan(), workloads: [custom()] })
    mounted = await mountIn(AssumptionsPanel, { index: 0 }, context)
    expect(mounted.get('.muted').text()).toBe(
      'The defaults this workload uses appear here after the first calculation.'
    )
    expect(mounted.find('[role="table"]').exists()).toBe(false)
  })

  it("lists its own workload's defaults, found by id not position, each once", async () => {
    const { results, wrapper } = await start([newWorkload('llm-inference', 'i'), custom()], 1)
    expect(rowIds(wrapper, 1)).toEqual(['customUtilization'])
    // The same estimate with the workloads in the other order and the assumption repeated:
    // still the custom workload's one row.
    const answer = results.result!
    const [inference, mine] = answer.workloads
    const twice = {
      ...mine,
      result: {
        ...mine.result,
        assumptions: [...mine.result.assumptions, ...mine.result.assumptions]
      }
    }
    results.result = { ...answer, workloads: [twice, inference] }
    await flushPromises()
    expect(rowIds(wrapper, 1)).toEqual(['customUtilization'])
  })

  it('another workload at this index empties the list until its own result arrives', async () => {
    const { plan, results, wrapper, live } = await start([custom()])
    live.on = false
    plan.run((draft) => void draft.workloads.splice(0, 1, newWorkload('llm-inference', 'i')))
    await flushPromises()
    // The answer for the old workload does not describe the new one: nothing to show yet.
    expect(wrapper.find('[role="table"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('appear here after the first calculation')
    live.on = true
    await results.recalculate()
    await flushPromises()
    expect(rowIds(wrapper)).toContain('runtimeOverheadGB')
    expect(rowIds(wrapper)).not.toContain('customUtilization')
  })

  it('keeps its list while a later answer lacks the workload (a bad plan evaluates nothing)', async () => {
    const { plan, wrapper, live } = await start([custom()])
    live.on = false
    plan.run((draft) => void (draft.workloads[0].name = 'Batch'))
    await flushPromises()
    expect(rowIds(wrapper)).toEqual(['customUtilization'])
  })

  it('shows a fraction in percent with a % sign and no unit beside it', async () => {
    const { wrapper } = await start([custom()])
    // 0.25 / 0.4 / 0.55 read as 25 / 40 / 55 %.
    expect(input(wrapper, 'customUtilization', 'low').placeholder).toBe('25')
    expect(input(wrapper, 'customUtilization', 'typical').placeholder).toBe('40')
    expect(input(wrapper, 'customUtilization', 'high').placeholder).toBe('55')
    const row = wrapper.get('[data-testid="assumption-0-customUtilization"]')
    expect(row.findAll('.n-input__suffix').map((s) => s.text())).toEqual(['%', '%', '%'])
    expect(row.get('.unit-col').text()).toBe('')
  })

  it('shows another unit beside the inputs and stores the value as typed', async () => {
    const { plan, wrapper } = await start([custom(), newWorkload('llm-inference', 'i')], 1)
    // Inference: runtime memory per card, typical 0.5 GB, range 0.1 to 1 GB.
    const row = wrapper.get('[data-testid="assumption-1-runtimeOverheadGB"]')
    expect(row.get('.unit-col').text()).toBe('GB')
    expect(row.text()).not.toContain('%')
    expect(input(wrapper, 'runtimeOverheadGB', 'low', 1).placeholder).toBe('0.1')
    expect(input(wrapper, 'runtimeOverheadGB', 'typical', 1).placeholder).toBe('0.5')
    // Not a fraction: stored as typed, not divided by 100.
    await type(input(wrapper, 'runtimeOverheadGB', 'typical', 1), '0.75')
    expect(plan.plan.workloads[1].assumptions).toEqual({ runtimeOverheadGB: 0.75 })
  })

  it('names each row, says where its value comes from, and labels the inputs', async () => {
    const set = { ...custom(), utilization: 0.3 } as Workload
    const { wrapper } = await start([set, newWorkload('llm-inference', 'i')])
    const row = wrapper.get('[data-testid="assumption-0-customUtilization"]')
    expect(row.get('.name').text()).toBe('Custom workload utilisation')
    // Set on the workload through its utilisation field.
    expect(row.get('.origin').text()).toBe('set here')
    expect(input(wrapper, 'customUtilization', 'typical').value).toBe('30')
    expect(input(wrapper, 'customUtilization', 'low').getAttribute('aria-label')).toBe(
      'Low end of Custom workload utilisation'
    )
    // The typical input is named with the source, and keeps the id the Edit link focuses.
    const typical = input(wrapper, 'customUtilization', 'typical')
    expect(typical.id).toBe('assumption-0-customUtilization')
    expect(typical.getAttribute('aria-label')).toMatch(/^Custom workload utilisation — \S/)
  })

  it('highlights the row a derivation panel links to (?w=<workload>&a=<assumption>)', async () => {
    const { wrapper } = await start([newWorkload('llm-inference', 'i')], 0, {
      query: { w: 'i', a: 'prefillMfu' }
    })
    const linked = wrapper.findAll('.assumption-block.linked')
    expect(linked.map((row) => row.attributes('data-testid'))).toEqual(['assumption-0-prefillMfu'])
  })

  it('a link to another workload highlights nothing here', async () => {
    const { wrapper } = await start([newWorkload('llm-inference', 'i')], 0, {
      query: { w: 'other', a: 'prefillMfu' }
    })
    expect(wrapper.findAll('.assumption-block.linked')).toHaveLength(0)
  })

  it('offers Reset only for a value set here; clearing an end never set changes nothing', async () => {
    const { plan, wrapper } = await start([custom()])
    const reset = () => wrapper.find('[data-testid="assumption-0-customUtilization-reset"]')
    expect(reset().exists()).toBe(false)
    await type(input(wrapper, 'customUtilization', 'low'), '')
    expect(plan.canUndo).toBe(false)
    await type(input(wrapper, 'customUtilization', 'typical'), '35')
    // 35 % stored in the workload's utilisation field as 0.35.
    expect(plan.plan.workloads[0]).toMatchObject({ utilization: 0.35 })
    expect(reset().attributes('aria-label')).toBe(
      'Reset Custom workload utilisation to its default'
    )
    await reset().trigger('click')
    expect(plan.plan.workloads[0]).not.toHaveProperty('utilization')
    expect(reset().exists()).toBe(false)
  })

  it('shows the core message for the value as a whole without a part prefix, limits in %', async () => {
    const { plan, results, wrapper } = await start([newWorkload('llm-inference', 'i')])
    // A typical value alone of 1.5 (150 %) for a fraction: the core locates it at the
    // assumption itself, and its limit 1 reads as 100 %.
    plan.run((draft) => void (draft.workloads[0].assumptions = { prefillMfu: 1.5 }))
    await flushPromises()
    await results.recalculate()
    await flushPromises()
    expect(results.issues.map((issue) => issue.path)).toEqual([
      'workloads[0].assumptions.prefillMfu'
    ])
    expect(wrapper.get('[data-testid="assumption-0-prefillMfu-error"]').text()).toBe(
      'must be ≤ 100%'
    )
    expect(
      wrapper
        .find('[data-testid="assumption-0-prefillMfu-typical"] .n-input--error-status')
        .exists()
    ).toBe(true)
  })

  it('the tooltip gives the range in use, its source and the default it replaced', async () => {
    const set = { ...custom(), utilization: 0.3 } as Workload
    const { wrapper } = await start([set])
    vi.useFakeTimers()
    await wrapper.get('[data-testid="assumption-0-customUtilization"] label').trigger('mouseenter')
    vi.advanceTimersByTime(500)
    await flushPromises()
    const tip = document.body.querySelector('.n-tooltip')?.textContent ?? ''
    // Set to 30 %: the range collapses to it. The default was 40 %, 25 % to 55 %.
    expect(tip).toContain('typical 30%, range 30% to 30%')
    expect(tip).toContain('Default: typical 40%, range 25% to 55%')
    expect(tip).toContain('Source of the default:')
    // Which end is optimistic comes from the catalog, not loaded here: no such line.
    expect(tip).not.toContain('optimistic')
  })

  it('reads in Chinese: headings, label and origin', async () => {
    const { wrapper } = await start([custom()], 0, { locale: 'zh-CN' })
    const row = wrapper.get('[data-testid="assumption-0-customUtilization"]')
    expect(row.get('.name').text()).toBe('自定义负载算力利用率')
    expect(row.get('.origin').text()).toBe('默认')
    for (const heading of ['下限', '典型值', '上限']) expect(wrapper.text()).toContain(heading)
  })
})
