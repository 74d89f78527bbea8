/** components/fields/ChoiceField.vue: a few ways of giving a workload, as radio buttons. */
import { describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import ChoiceField from '@renderer/components/fields/ChoiceField.vue'
import { mountIn, setup } from './harness'

const CHOICES = [
  { value: 'tokens', label: '按 token 数', testid: 'by-tokens' },
  { value: 'corpus', label: '按语料大小', testid: 'by-corpus' }
] as const

/** The field as a form uses it: v-model on a value the parent owns. */
const Host = defineComponent({
  setup() {
    const chosen = ref<string>('tokens')
    return () =>
      h('div', [
        h(ChoiceField, {
          label: '训练量',
          value: chosen.value,
          choices: CHOICES,
          'onUpdate:value': (next: string) => (chosen.value = next)
        }),
        h('output', chosen.value)
      ])
  }
})

describe('ChoiceField', () => {
  // The group's label is its accessible name only with the radiogroup role (it was missing:
  // NRadioGroup renders a plain div, so screen readers ignored the aria-label).
  it('one radio per choice, the group named by the label, the chosen one checked', async () => {
    const wrapper = await mountIn(
      Host,
      {},
      setup(() => null, 'zh-CN')
    )
    expect(wrapper.get('[role="radiogroup"]').attributes('aria-label')).toBe('训练量')
    const radios = wrapper.findAll<HTMLInputElement>('input[type="radio"]')
    expect(radios.map((r) => r.element.checked)).toEqual([true, false])
    expect(wrapper.get('[data-testid="by-corpus"]').text()).toBe('按语料大小')
    wrapper.unmount()
  })

  it('choosing another hands its value up, and the field follows the parent', async () => {
    const wrapper = await mountIn(Host, {}, setup())
    await wrapper.get('[data-testid="by-corpus"] input').setValue(true)
    expect(wrapper.get('output').text()).toBe('corpus')
    const radios = wrapper.findAll<HTMLInputElement>('input[type="radio"]')
    expect(radios.map((r) => r.element.checked)).toEqual([false, true])
    wrapper.unmount()
  })
})
