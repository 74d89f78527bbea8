/**
 * The LLM training form's global batch field (issue 16, parallelism costs): with a parallel
 * layout, blank shows the core's own figure (`globalBatchTokens` ÷ sequence length) with the
 * assumption's value and source; a typed value is stored on the workload and read by the core.
 * Both languages.
 */
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import LlmTrainingFields from '@renderer/components/workloads/LlmTrainingFields.vue'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import { useResultsStore } from '@renderer/stores/results'
import { useCatalogStore } from '@renderer/stores/catalog'
import { newWorkload } from '@renderer/lib/workloads'
import type { Workload } from '@shared/schema/plan'
import { realCore } from './real-core'
import { mountIn, setup } from './harness'

/** Llama-2-7B on 8 A100s at 4096 tokens, tensor-parallel 2: the core times the pipeline. */
function layoutWorkload(): Workload {
  return {
    ...newWorkload('llm-training', 'train'),
    accelerators: 8,
    targetDays: undefined,
    sequenceLength: 4096,
    parallelism: { tensor: 2 }
  } as Workload
}

async function start(workload: Workload, locale: 'en' | 'zh-CN' = 'en') {
  const context = setup(realCore, locale)
  const plan = usePlanStore()
  const results = useResultsStore()
  await useCatalogStore().load()
  const { targetDays: _days, ...rest } = workload as Workload & { targetDays?: number }
  void _days
  plan.load({ ...createBlankPlan(), workloads: [rest as Workload] })
  await results.recalculate()
  const wrapper = await mountIn(LlmTrainingFields, { index: 0 }, context)
  return { plan, results, wrapper }
}

const step = (results: ReturnType<typeof useResultsStore>, id: string) =>
  results.result?.workloads[0].result.steps.find((s) => s.id === id)?.value

describe('global batch field', () => {
  it('blank: shows the core’s figure and the assumption’s source; typed: the core reads it', async () => {
    const { plan, results, wrapper } = await start(layoutWorkload())
    // 4M tokens ÷ 4096 tokens = 977 sequences (Llama 2's 4M-token batch).
    expect(step(results, 'globalBatchSequences')).toBe(977)
    // 8 cards ÷ tensor 2 = data-parallel 4: floor(977 ÷ (1 × 4)) micro-batches per pipeline.
    expect(step(results, 'microBatchesPerPipeline')).toBe(244)
    const field = wrapper.get('[data-testid="wl-0-globalBatchSize-input"] input')
    expect(field.attributes('placeholder')).toContain('977')
    const help = wrapper.get('[data-testid="wl-0-globalBatchSize"] [role="note"]')
    expect(help.attributes('aria-label')).toContain('4,000,000 tokens')
    expect(help.attributes('aria-label')).toContain('arXiv 2307.09288')

    await field.setValue('512')
    await field.trigger('blur')
    await flushPromises()
    expect(plan.plan.workloads[0]).toMatchObject({ globalBatchSize: 512 })
    await results.recalculate()
    // Now an input of the derivation, not a step: floor(512 ÷ 4) micro-batches.
    expect(step(results, 'globalBatchSequences')).toBeUndefined()
    expect(step(results, 'microBatchesPerPipeline')).toBe(128)
    expect(field.attributes('placeholder') ?? '').not.toContain('977')
    wrapper.unmount()
  })

  it('reads in Chinese', async () => {
    const { wrapper } = await start(layoutWorkload(), 'zh-CN')
    expect(wrapper.text()).toContain('全局批大小（每个优化步的序列数）')
    const help = wrapper.get('[data-testid="wl-0-globalBatchSize"] [role="note"]')
    expect(help.attributes('aria-label')).toContain('留空：按假设')
    wrapper.unmount()
  })

  it('without a layout, says when it is used', async () => {
    const { wrapper } = await start({ ...newWorkload('llm-training', 'train') } as Workload)
    const help = wrapper.get('[data-testid="wl-0-globalBatchSize"] [role="note"]')
    expect(help.attributes('aria-label')).toContain(
      'Used when tensor, pipeline or data parallelism'
    )
    expect(
      wrapper.get('[data-testid="wl-0-globalBatchSize-input"] input').attributes('placeholder') ??
        ''
    ).toBe('')
    wrapper.unmount()
  })
})
