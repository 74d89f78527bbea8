/**
 * components/workloads/useWorkloadFields.ts: what every per-kind form shares — the typed
 * workload, its paths and test ids, edits through the store, and the grey default texts.
 */
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import {
  estimatedFigure,
  useWorkloadFields
} from '@renderer/components/workloads/useWorkloadFields'
import { useCatalogStore } from '@renderer/stores/catalog'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import { useUiStore } from '@renderer/stores/ui'
import { newWorkload } from '@renderer/lib/workloads'
import type { WorkloadKind } from '@shared/schema/plan'
import type { WorkloadEstimate } from '@shared/core'
import { setup } from './harness'
import { realCore } from './real-core'

async function fieldsOf<K extends WorkloadKind>(
  kind: K,
  index: number,
  locale: 'en' | 'zh-CN' = 'en'
) {
  const context = setup(realCore, locale)
  useUiStore().setLocale(locale)
  await useCatalogStore().load()
  usePlanStore().load({
    ...createBlankPlan(),
    workloads: [newWorkload('video-analytics', 'v'), newWorkload('llm-training', 't')]
  })
  let fields!: ReturnType<typeof useWorkloadFields<K>>
  mount(
    defineComponent({
      setup() {
        fields = useWorkloadFields(() => index, kind)
        return () => h('div')
      }
    }),
    { global: { plugins: [context.pinia, context.i18n] } }
  )
  return fields
}

describe('useWorkloadFields', () => {
  it('gives the workload only when it is of the form’s kind', async () => {
    expect((await fieldsOf('llm-training', 1)).workload.value?.id).toBe('t')
    expect((await fieldsOf('llm-training', 0)).workload.value).toBeUndefined()
    expect((await fieldsOf('llm-training', 5)).workload.value).toBeUndefined()
  })

  it('paths, test ids and the model path name the workload’s index', async () => {
    const fields = await fieldsOf('llm-training', 1)
    expect(fields.p('parallelism.tensor')).toBe('workloads[1].parallelism.tensor')
    expect(fields.testid('tokens')).toBe('wl-1-tokens')
    expect(fields.modelPath.value).toBe('workloads[1].model')
  })

  it('an edit is one undoable step of the plan', async () => {
    const fields = await fieldsOf('llm-training', 1)
    const plan = usePlanStore()
    fields.edit((w) => void (w.tokens = 3e11))
    expect(plan.plan.workloads[1]).toMatchObject({ tokens: 3e11 })
    plan.undo()
    expect(plan.plan.workloads[1]).toMatchObject({ tokens: 2e12 })
  })

  it('default texts: an option label, upper case, a number, a percentage of an assumption', async () => {
    const training = await fieldsOf('llm-training', 1)
    expect(training.defaultText('recompute', { prefix: 'wizard.recompute' })).toBe('Selective')
    expect(training.defaultText('precision', 'upper')).toBe('BF16')
    expect(training.defaultText('zeroStage')).toBe('1')
    expect(training.defaultText('noSuchField')).toBeUndefined()
    // The video efficiency field is the typical cluster parallel efficiency (0.9, seed §8).
    const video = await fieldsOf('video-analytics', 0)
    expect(video.defaultText('efficiency', 'percent')).toBe('90%')
  })

  it('a default that follows the model: the sequence length of a short-context inline model', async () => {
    const fields = await fieldsOf('llm-training', 1)
    fields.edit((w) => {
      w.model = { params: 1e9, layers: 16, hidden: 2048, heads: 16, maxContext: 1024 } as never
    })
    expect(fields.inlineModel.value).toBe(true)
    expect(fields.defaultText('sequenceLength')).toBe('1,024')
  })

  it('speaks Chinese under zh-CN', async () => {
    const fields = await fieldsOf('llm-training', 1, 'zh-CN')
    expect(fields.defaultText('recompute', { prefix: 'wizard.recompute' })).toBe('选择性')
    expect(fields.options(['none', 'full'], 'wizard.recompute')).toEqual([
      { value: 'none', label: '不重计算' },
      { value: 'full', label: '完全' }
    ])
    expect(fields.options(['bf16'])).toEqual([{ value: 'bf16', label: 'BF16' }])
  })
})

describe('estimatedFigure', () => {
  it('reads a number of the core’s result, nothing else', () => {
    const estimate = { result: { accelerators: 16, name: 'x' } } as unknown as WorkloadEstimate
    expect(estimatedFigure(estimate, 'accelerators')).toBe(16)
    expect(estimatedFigure(estimate, 'name')).toBeUndefined()
    expect(estimatedFigure(estimate, 'days')).toBeUndefined()
    expect(estimatedFigure(null, 'accelerators')).toBeUndefined()
  })
})
