import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import LlmTrainingFields from '@renderer/components/workloads/LlmTrainingFields.vue'
import { newWorkload } from '@renderer/lib/workloads'
import { fieldsHarness, type } from './fields-harness'

const { mountFields: mountTraining } = fieldsHarness(
  LlmTrainingFields,
  () => newWorkload('custom', 'c'),
  () => newWorkload('llm-training', 't')
)

describe('LlmTrainingFields', () => {
  it('shows the training fields in English and Chinese', async () => {
    const en = await mountTraining('en')
    for (const label of [
      'Precision',
      'Activation recomputation',
      'Training data given as',
      'Training tokens',
      'Optimizer',
      'ZeRO stage',
      'Sequence length',
      'Tensor parallel',
      'Pipeline parallel',
      'Micro-batch size'
    ])
      expect(en.wrapper.text(), label).toContain(label)

    const zh = await mountTraining('zh-CN')
    for (const label of [
      '精度',
      '激活重计算',
      '训练数据形式',
      '训练 token 数',
      '优化器',
      '序列长度'
    ])
      expect(zh.wrapper.text(), label).toContain(label)
    for (const label of ['张量并行', '流水线并行', '微批大小'])
      expect(zh.wrapper.text(), label).toContain(label)
    expect(zh.wrapper.text()).not.toContain('Micro-batch size')
  })

  it('typing into parallelism and batch fields edits this workload at the nested path', async () => {
    const { plan, wrapper } = await mountTraining('en')
    await type(wrapper, 'input[aria-label="Tensor parallel"]', '8')
    await type(wrapper, 'input[aria-label="Pipeline parallel"]', '2')
    await type(wrapper, 'input[aria-label="Micro-batch size"]', '4')
    await type(wrapper, 'input[aria-label="Sequence length"]', '8192')
    expect(plan.plan.workloads[1]).toMatchObject({
      parallelism: { tensor: 8, pipeline: 2 },
      microBatchSize: 4,
      sequenceLength: 8192,
      tokens: 2e12
    })
    expect(plan.plan.workloads[0]).toEqual(newWorkload('custom', 'c'))
  })

  it('giving the data as a corpus swaps the token field for corpus size and language', async () => {
    const { plan, wrapper } = await mountTraining('en')
    expect(wrapper.find('[data-testid="wl-1-tokens"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="wl-1-corpus"]').exists()).toBe(false)
    expect(wrapper.text()).not.toContain('Corpus language')

    await wrapper.get('[data-testid="wl-1-data-corpus"] input').trigger('change')
    await flushPromises()
    const w = plan.plan.workloads[1] as { tokens?: number; corpus?: { gigabytes: number } }
    expect(w.tokens).toBeUndefined()
    expect(w.corpus).toBeDefined()
    expect(wrapper.find('[data-testid="wl-1-tokens"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="wl-1-corpus"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="wl-1-corpusLanguage"]').exists()).toBe(true)
    expect(wrapper.text()).toContain('Corpus size')

    // Back to a token count: the corpus goes.
    await wrapper.get('[data-testid="wl-1-data-tokens"] input').trigger('change')
    await flushPromises()
    expect('corpus' in plan.plan.workloads[1]).toBe(false)
    expect(wrapper.find('[data-testid="wl-1-tokens"]').exists()).toBe(true)
  })
})
