/**
 * views/steps/hardware/CompleteSystemChoice.vue: for a group whose server the vendor also
 * sells as a complete system (DGX A100 for the A100 40GB in an HGX board), buy cards + chassis
 * or complete systems; nothing to choose for a card without one.
 */
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { NRadioGroup } from 'naive-ui'
import CompleteSystemChoice from '@renderer/views/steps/hardware/CompleteSystemChoice.vue'
import { useCatalogStore } from '@renderer/stores/catalog'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import { useResultsStore } from '@renderer/stores/results'
import { useUiStore } from '@renderer/stores/ui'
import { newWorkload } from '@renderer/lib/workloads'
import { mountIn, setup } from './harness'
import { realCore } from './real-core'

const A100 = 'nvidia-a100-sxm4-40gb'

async function mountChoice(accelerator: string, locale: 'en' | 'zh-CN' = 'en') {
  const context = setup(realCore, locale)
  useUiStore().setLocale(locale)
  await useCatalogStore().load()
  usePlanStore().load({
    ...createBlankPlan('systems'),
    settings: { ...createBlankPlan().settings, server: 'hgx-8-sxm-ampere' },
    workloads: [{ ...newWorkload('vision-training', 'v'), accelerator }]
  })
  await useResultsStore().recalculate()
  const wrapper = await mountIn(CompleteSystemChoice, {}, context)
  return wrapper
}

describe('CompleteSystemChoice', () => {
  it('offers cards + chassis (chosen) or the DGX system, and keeps the choice in the plan', async () => {
    const wrapper = await mountChoice(A100)
    const group = wrapper.get(`[data-testid="complete-system-${A100}"]`)
    expect(wrapper.text()).toContain('The vendor also sells this server as a complete system')
    expect(group.findAll('.n-radio').map((r) => r.text())).toEqual([
      'Cards + chassis',
      expect.stringMatching(/^Complete systems \(NVIDIA DGX A100/)
    ])
    expect(wrapper.findComponent(NRadioGroup).props('value')).toBe('parts')
    const plan = usePlanStore()
    wrapper.findComponent(NRadioGroup).vm.$emit('update:value', 'system')
    expect(plan.plan.settings.completeSystemByAccelerator).toEqual({ [A100]: true })
    await vi.waitFor(() => expect(wrapper.findComponent(NRadioGroup).props('value')).toBe('system'))
    wrapper.findComponent(NRadioGroup).vm.$emit('update:value', 'parts')
    expect(plan.plan.settings).not.toHaveProperty('completeSystemByAccelerator')
    wrapper.unmount()
  })

  it('shows nothing for a card no complete system holds', async () => {
    const wrapper = await mountChoice('huawei-atlas-300i-duo')
    await flushPromises()
    expect(wrapper.find('[data-testid="complete-system-choice"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('speaks Chinese under zh-CN', async () => {
    const wrapper = await mountChoice(A100, 'zh-CN')
    const group = wrapper.get(`[data-testid="complete-system-${A100}"]`)
    expect(group.findAll('.n-radio').map((r) => r.text())).toEqual([
      '加速卡 + 服务器',
      expect.stringMatching(/^整机（NVIDIA DGX A100/)
    ])
    // Named for screen readers as a radio group (the role makes the name count).
    expect(group.attributes('role')).toBe('radiogroup')
    expect(group.attributes('aria-label')).toMatch(/^采购方式：.*，装于 /)
    wrapper.unmount()
  })
})
