/** components/fields/SwitchField.vue: a form's on/off input, named by its label. */
import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { NForm } from 'naive-ui'
import { defineComponent, h } from 'vue'
import SwitchField from '@renderer/components/fields/SwitchField.vue'

let mounted: VueWrapper | undefined
afterEach(() => {
  mounted?.unmount()
  mounted = undefined
})

interface Props {
  label: string
  value: boolean
  testid?: string
  labelPlacement?: 'top' | 'left'
  onText?: string
  offText?: string
  hint?: string
}

function mountSwitch(props: Props, onUpdate: (next: boolean) => void = () => {}) {
  const Wrapper = defineComponent({
    setup: () => () =>
      h(NForm, { labelPlacement: 'top' }, () =>
        h(SwitchField, { ...props, 'onUpdate:value': onUpdate })
      )
  })
  mounted = mount(Wrapper, { attachTo: document.body })
  return mounted
}

describe('SwitchField', () => {
  it('is a switch named by its label, in its state, with the label shown', () => {
    const wrapper = mountSwitch({ label: '梯度检查点', value: true, testid: 'gc' })
    const control = wrapper.get('[data-testid="gc"]')
    expect(control.attributes('role')).toBe('switch')
    expect(control.attributes('aria-label')).toBe('梯度检查点')
    expect(control.attributes('aria-checked')).toBe('true')
    expect(wrapper.get('.n-form-item-label').text()).toContain('梯度检查点')
  })

  it('emits the opposite value when clicked, either way, without changing by itself', async () => {
    const seen: boolean[] = []
    const off = mountSwitch({ label: 'Target', value: false, testid: 's' }, (v) => seen.push(v))
    await off.get('[data-testid="s"]').trigger('click')
    expect(seen).toEqual([true])
    // Controlled: the value shown is the prop's until the parent changes it.
    expect(off.get('[data-testid="s"]').attributes('aria-checked')).toBe('false')
    off.unmount()
    const on = mountSwitch({ label: 'Target', value: true, testid: 's' }, (v) => seen.push(v))
    await on.get('[data-testid="s"]').trigger('click')
    expect(seen).toEqual([true, false])
  })

  it('shows the on/off words inside and the hint after it, only when given', () => {
    const words = mountSwitch({
      label: 'Checkpointing',
      value: false,
      onText: 'on',
      offText: 'off',
      hint: 'Saves memory'
    })
    expect(words.get('.n-switch').text()).toContain('off')
    expect(words.get('.hint').text()).toBe('Saves memory')
    words.unmount()
    const plain = mountSwitch({ label: 'Checkpointing', value: false })
    expect(plain.find('.hint').exists()).toBe(false)
    expect(plain.get('.n-switch').text()).toBe('')
  })

  it('puts the label beside the switch when asked', () => {
    const left = mountSwitch({ label: 'Beside', value: false, labelPlacement: 'left' })
    expect(left.find('.n-form-item--left-labelled').exists()).toBe(true)
    left.unmount()
    const top = mountSwitch({ label: 'Above', value: false })
    expect(top.find('.n-form-item--top-labelled').exists()).toBe(true)
  })
})
