/**
 * Issue 19: the plan could not be renamed after creation, yet its name titles the quote and
 * the file. Rename is a plan command in the header: one undo step, marks the plan unsaved.
 */
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, describe, expect, it } from 'vitest'
import { createAppI18n } from '@renderer/i18n'
import PlanTitle from '@renderer/components/shell/PlanTitle.vue'
import { usePlanStore } from '@renderer/stores/plan'
import { PLAN_NAME_MAX, renamePlan } from '@renderer/stores/plan-commands'
import { createBlankPlan } from '@renderer/stores/plan'

const mounted: { unmount(): void }[] = []
afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.unmount()
})

function mountTitle(locale: 'en' | 'zh-CN' = 'en') {
  const pinia = createPinia()
  setActivePinia(pinia)
  const plan = usePlanStore()
  plan.load(createBlankPlan('Video 5000'))
  const wrapper = mount(PlanTitle, {
    global: { plugins: [pinia, createAppI18n(locale)] },
    attachTo: document.body
  })
  mounted.push(wrapper)
  return { wrapper, plan }
}

describe('renamePlan command', () => {
  it('trims the name and refuses one the file format cannot hold', () => {
    const draft = createBlankPlan('Old')
    renamePlan(draft, '  省级视频平台  ')
    expect(draft.name).toBe('省级视频平台')
    expect(() => renamePlan(draft, 'x'.repeat(PLAN_NAME_MAX + 1))).toThrow(/200/)
    expect(draft.name).toBe('省级视频平台')
  })
})

describe('Rename in the header', () => {
  it('renames through the store: the plan is unsaved, and one undo brings the old name back', async () => {
    const { wrapper, plan } = mountTitle()
    expect(wrapper.get('[data-testid="plan-name"]').text()).toBe('Video 5000')
    await wrapper.get('[data-testid="plan-rename"]').trigger('click')
    const input = wrapper.get('[data-testid="plan-name-input"]')
    expect(document.activeElement).toBe(input.element)
    await input.setValue('City video, phase 2')
    await input.trigger('keydown', { key: 'Enter' })
    await flushPromises()
    expect(plan.plan.name).toBe('City video, phase 2')
    expect(plan.dirty).toBe(true)
    expect(wrapper.get('[data-testid="plan-name"]').text()).toBe('City video, phase 2')
    plan.undo()
    expect(plan.plan.name).toBe('Video 5000')
    expect(plan.canUndo).toBe(false)
  })

  it('Escape keeps the old name; a name too long is refused in words', async () => {
    const { wrapper, plan } = mountTitle('zh-CN')
    expect(wrapper.get('[data-testid="plan-rename"]').text()).toContain('重命名')
    await wrapper.get('[data-testid="plan-rename"]').trigger('click')
    const input = wrapper.get('[data-testid="plan-name-input"]')
    await input.setValue('y'.repeat(PLAN_NAME_MAX + 1))
    expect(wrapper.get('[role="alert"]').text()).toContain('方案名称最多 200 个字符')
    expect(wrapper.get('[data-testid="plan-name-apply"]').attributes('disabled')).toBeDefined()
    await input.trigger('keydown', { key: 'Enter' })
    expect(plan.plan.name).toBe('Video 5000')
    await input.trigger('keydown', { key: 'Escape' })
    expect(wrapper.find('[data-testid="plan-name-input"]').exists()).toBe(false)
    expect(plan.plan.name).toBe('Video 5000')
    expect(plan.dirty).toBe(false)
  })
})
