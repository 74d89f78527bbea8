/** components/fields/LabelledSwitch.vue: a switch named by the words beside it, which toggle it. */
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import LabelledSwitch from '@renderer/components/fields/LabelledSwitch.vue'

const mountSwitch = (value: boolean) =>
  mount(LabelledSwitch, { props: { value, label: '只看可行方案', testid: 'feasible' } })

describe('LabelledSwitch', () => {
  it('the switch is a named switch in its state', () => {
    const wrapper = mountSwitch(true)
    const control = wrapper.get('[data-testid="feasible"]')
    expect(control.attributes('role')).toBe('switch')
    expect(control.attributes('aria-label')).toBe('只看可行方案')
    expect(control.attributes('aria-checked')).toBe('true')
  })

  it('clicking the words toggles it as a label would, either way', async () => {
    const off = mountSwitch(false)
    await off.get('.switch-words').trigger('click')
    expect(off.emitted('update:value')).toEqual([[true]])
    const on = mountSwitch(true)
    await on.get('.switch-words').trigger('click')
    expect(on.emitted('update:value')).toEqual([[false]])
  })

  it('the switch itself toggles by click and by Space (keyboard)', async () => {
    const wrapper = mountSwitch(false)
    const control = wrapper.get('[data-testid="feasible"]')
    await control.trigger('click')
    await control.trigger('keydown', { key: ' ', code: 'Space' })
    await control.trigger('keyup', { key: ' ', code: 'Space' })
    expect(wrapper.emitted('update:value')).toEqual([[true], [true]])
  })
})
