import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import LlmFinetuningFields from '@renderer/components/workloads/LlmFinetuningFields.vue'
import { newWorkload } from '@renderer/lib/workloads'
import type { Workload } from '@shared/schema/plan'
import { fieldsHarness, has, type } from './fields-harness'

const finetuning = (more: Record<string, unknown> = {}) =>
  ({ ...newWorkload('llm-finetuning', 'f'), ...more }) as Workload

const { mountFields: mountFinetuning } = fieldsHarness(
  LlmFinetuningFields,
  () => newWorkload('custom', 'c'),
  () => finetuning()
)

describe('LlmFinetuningFields', () => {
  it('shows the LoRA fine-tuning fields in English and Chinese', async () => {
    const en = await mountFinetuning('en')
    for (const label of [
      'Method',
      'LoRA rank',
      'LoRA on',
      'Samples',
      'Tokens per sample',
      'Epochs',
      'Gradient checkpointing'
    ])
      expect(en.wrapper.text(), label).toContain(label)

    const zh = await mountFinetuning('zh-CN')
    for (const label of ['微调方式', 'LoRA 秩', 'LoRA 作用于', '样本数', '每样本 token 数', '轮数'])
      expect(zh.wrapper.text(), label).toContain(label)
    expect(zh.wrapper.text()).toContain('梯度检查点')
  })

  it('typing into the dataset and adapter fields edits this workload', async () => {
    const { plan, wrapper } = await mountFinetuning('en')
    await type(wrapper, '[data-testid="wl-1-samples-input"] input', '12000')
    await type(wrapper, '[data-testid="wl-1-loraRank-input"] input', '64')
    await type(wrapper, '[data-testid="wl-1-epochs-input"] input', '2')
    expect(plan.plan.workloads[1]).toMatchObject({
      method: 'lora',
      samples: 12000,
      loraRank: 64,
      epochs: 2,
      tokensPerSample: 1024
    })
    expect(plan.plan.workloads[0]).toEqual(newWorkload('custom', 'c'))
  })

  it('the method decides the fields: full drops the adapter and adds ZeRO, QLoRA drops precision', async () => {
    const lora = await mountFinetuning('en')
    expect(has(lora.wrapper, 'loraRank')).toBe(true)
    expect(lora.wrapper.text()).toContain('Base precision')
    expect(lora.wrapper.text()).not.toContain('ZeRO stage')

    const full = await mountFinetuning('en', finetuning({ method: 'full' }))
    expect(has(full.wrapper, 'loraRank')).toBe(false)
    expect(has(full.wrapper, 'loraTargets')).toBe(false)
    expect(full.wrapper.text()).toContain('ZeRO stage')
    expect(full.wrapper.text()).toContain('Base precision')

    const qlora = await mountFinetuning('en', finetuning({ method: 'qlora' }))
    expect(has(qlora.wrapper, 'loraRank')).toBe(true)
    expect(qlora.wrapper.findAll('label').map((l) => l.text())).not.toContain('Base precision')
    expect(qlora.wrapper.text()).not.toContain('ZeRO stage')
  })

  it('gradient checkpointing reads on when unset and the switch stores false, then true', async () => {
    const { plan, wrapper } = await mountFinetuning('en')
    const toggle = wrapper.get('[data-testid="wl-1-gradientCheckpointing"]')
    expect(toggle.attributes('aria-checked')).toBe('true')
    await toggle.trigger('click')
    await flushPromises()
    expect(plan.plan.workloads[1]).toMatchObject({ gradientCheckpointing: false })
    await toggle.trigger('click')
    await flushPromises()
    expect(plan.plan.workloads[1]).toMatchObject({ gradientCheckpointing: true })
  })
})
