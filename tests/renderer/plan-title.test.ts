/**
 * components/shell/PlanTitle.vue beyond plan-rename.test.ts (Enter, Escape, too long): the
 * untitled fallback, the slot, the OK and Cancel buttons, and a name of exactly the limit.
 */
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, describe, expect, it } from 'vitest'
import { h } from 'vue'
import { createAppI18n } from '@renderer/i18n'
import PlanTitle from '@renderer/components/shell/PlanTitle.vue'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import { PLAN_NAME_MAX } from '@renderer/stores/plan-commands'

let mounted: VueWrapper | undefined
afterEach(() => {
  mounted?.unmount()
  mounted = undefined
})

function mountTitle(name: string, locale: 'en' | 'zh-CN' = 'en') {
  const pinia = createPinia()
  setActivePinia(pinia)
  const plan = usePlanStore()
  plan.load(createBlankPlan(name))
  mounted = mount(PlanTitle, {
    global: { plugins: [pinia, createAppI18n(locale)] },
    slots: { default: () => h('em', { 'data-testid': 'badge' }, 'unsaved') },
    attachTo: document.body
  })
  return { wrapper: mounted, plan }
}

describe('PlanTitle', () => {
  it('a plan without a name reads "Untitled plan" (未命名方案), with the slot after the name', () => {
    const en = mountTitle('')
    expect(en.wrapper.get('[data-testid="plan-name"]').text()).toBe('Untitled plan')
    expect(en.wrapper.get('[data-testid="badge"]').text()).toBe('unsaved')
    expect(en.wrapper.get('[data-testid="plan-rename"]').attributes('title')).toContain('Rename')
    en.wrapper.unmount()
    const zh = mountTitle('', 'zh-CN')
    expect(zh.wrapper.get('[data-testid="plan-name"]').text()).toBe('未命名方案')
    expect(zh.wrapper.get('[data-testid="plan-rename"]').text()).toContain('重命名')
  })

  it('Rename opens the field with the name selected, and OK applies it trimmed', async () => {
    const { wrapper, plan } = mountTitle('Lab cluster')
    await wrapper.get('[data-testid="plan-rename"]').trigger('click')
    await flushPromises()
    const input = wrapper.get('[data-testid="plan-name-input"]')
    const element = input.element as HTMLInputElement
    expect(element.value).toBe('Lab cluster')
    expect([element.selectionStart, element.selectionEnd]).toEqual([0, 'Lab cluster'.length])
    expect(input.attributes('aria-label')).toBe('Plan name')
    // The slot is not shown while editing.
    expect(wrapper.find('[data-testid="badge"]').exists()).toBe(false)
    await input.setValue('  Lab cluster B  ')
    await wrapper.get('[data-testid="plan-name-apply"]').trigger('click')
    await flushPromises()
    expect(plan.plan.name).toBe('Lab cluster B')
    expect(wrapper.get('[data-testid="plan-name"]').text()).toBe('Lab cluster B')
  })

  it('Cancel leaves the plan as it was, and a name of exactly the limit is accepted', async () => {
    const { wrapper, plan } = mountTitle('Lab cluster')
    await wrapper.get('[data-testid="plan-rename"]').trigger('click')
    await wrapper.get('[data-testid="plan-name-input"]').setValue('Other')
    await wrapper.get('[data-testid="plan-name-cancel"]').trigger('click')
    expect(plan.plan.name).toBe('Lab cluster')
    expect(plan.dirty).toBe(false)

    await wrapper.get('[data-testid="plan-rename"]').trigger('click')
    const input = wrapper.get('[data-testid="plan-name-input"]')
    await input.setValue('x'.repeat(PLAN_NAME_MAX))
    expect(input.attributes('aria-invalid')).toBe('false')
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    await wrapper.get('[data-testid="plan-name-apply"]').trigger('click')
    expect(plan.plan.name).toHaveLength(PLAN_NAME_MAX)
  })
})
