import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import LlmFinetuningFields from '@renderer/components/workloads/LlmFinetuningFields.vue'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import { newWorkload } from '@renderer/lib/workloads'
import type { Workload } from '@shared/schema/plan'
import { mountIn, setup } from './harness'

let mounted: VueWrapper | undefined
afterEach(() => {
  mounted?.unmount()
  mounted = undefined
})

const finetuning = (more: Record<string, unknown> = {}) =>
  ({ ...newWorkload('llm-finetuning', 'f'), ...more }) as Workload

async function mountFinetuning(locale: 'en' | 'zh-CN', workload = finetuning()) {
  const context = setup(() => null, locale)
  const plan = usePlanStore()
  plan.load({ ...createBlankPlan(), workloads: [newWorkload('custom', 'c'), workload] })
  mounted = await mountIn(LlmFinetuningFields, { index: 1 }, context)
  return { plan, wrapper: mounted }
}

async function type(wrapper: VueWrapper, selector: string, text: string): Promise<void> {
  const input = wrapper.get(selector).element as HTMLInputElement
  input.value = text
  input.dispatchEvent(new Event('input'))
  await flushPromises()
}

const has = (wrapper: VueWrapper, id: string) => wrapper.find(`[data-testid="wl-1-${id}"]`).exists()

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
    en.wrapper.unmount()
    mounted = undefined

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
    lora.wrapper.unmount()
    mounted = undefined

    const full = await mountFinetuning('en', finetuning({ method: 'full' }))
    expect(has(full.wrapper, 'loraRank')).toBe(false)
    expect(has(full.wrapper, 'loraTargets')).toBe(false)
    expect(full.wrapper.text()).toContain('ZeRO stage')
    expect(full.wrapper.text()).toContain('Base precision')
    full.wrapper.unmount()
    mounted = undefined

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
