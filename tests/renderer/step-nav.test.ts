/** components/shell/StepNav.vue: one button per step, done steps ticked, the open one current. */
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import StepNav from '@renderer/components/shell/StepNav.vue'

const STEPS = ['scenario', 'workloads', 'hardware', 'results'] as const
const TITLES: Record<string, string> = {
  scenario: '场景',
  workloads: '工作负载',
  hardware: '硬件',
  results: '结果'
}

function mountNav(current: number) {
  return mount(StepNav, {
    props: {
      steps: STEPS,
      current,
      title: (step: string) => TITLES[step],
      label: '向导步骤'
    }
  })
}

describe('StepNav', () => {
  it('ticks the steps before the open one, numbers the rest, and marks the open one', () => {
    const wrapper = mountNav(2)
    expect(wrapper.get('nav').attributes('aria-label')).toBe('向导步骤')
    const buttons = wrapper.findAll('button')
    expect(buttons.map((b) => b.get('.marker').text())).toEqual(['✓', '✓', '3', '4'])
    expect(buttons.map((b) => b.get('.title').text())).toEqual(['场景', '工作负载', '硬件', '结果'])
    expect(buttons.map((b) => b.attributes('aria-current'))).toEqual([
      undefined,
      undefined,
      'step',
      undefined
    ])
    expect(wrapper.findAll('li').map((li) => li.classes()[0])).toEqual([
      'finished',
      'finished',
      'current',
      'waiting'
    ])
  })

  it('outside the wizard (-1) no step is open or done', () => {
    const wrapper = mountNav(-1)
    expect(wrapper.findAll('.marker').map((m) => m.text())).toEqual(['1', '2', '3', '4'])
    expect(wrapper.find('[aria-current]').exists()).toBe(false)
  })

  it('a step’s button, done or not, asks to go to it by index', async () => {
    const wrapper = mountNav(1)
    await wrapper.get('[data-testid="nav-scenario"]').trigger('click')
    await wrapper.get('[data-testid="nav-results"]').trigger('click')
    expect(wrapper.emitted('go')).toEqual([[0], [3]])
    expect(wrapper.get('[data-testid="nav-results"]').attributes('type')).toBe('button')
  })
})
