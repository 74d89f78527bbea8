/** components/results/DerivedNumber.vue: a number that opens its derivation, by click or key. */
import { describe, expect, it } from 'vitest'
import DerivedNumber from '@renderer/components/results/DerivedNumber.vue'
import { useDerivationStore } from '@renderer/stores/derivation'
import { mountIn, setup } from './harness'

const target = { scope: 'total', field: 'accelerators' } as const

describe('DerivedNumber', () => {
  it('a number with a derivation is a button named for what it explains; a click opens it', async () => {
    const wrapper = await mountIn(
      DerivedNumber,
      { text: '209', target, label: 'Accelerators', testid: 'n' },
      setup()
    )
    const button = wrapper.get('button[data-testid="n"]')
    expect(button.text()).toBe('209')
    expect(button.attributes('aria-label')).toBe('Explain Accelerators: 209')
    expect(button.attributes('type')).toBe('button')
    await button.trigger('click')
    expect(useDerivationStore().target).toEqual(target)
    wrapper.unmount()
  })

  it('says what it explains in Chinese under zh-CN', async () => {
    const wrapper = await mountIn(
      DerivedNumber,
      { text: '16', target, label: '加速卡', testid: 'n' },
      setup(() => null, 'zh-CN')
    )
    expect(wrapper.get('button').attributes('aria-label')).toBe('解释 加速卡：16')
    wrapper.unmount()
  })

  it('a number without one is plain text: nothing to press, nothing opens', async () => {
    const wrapper = await mountIn(
      DerivedNumber,
      { text: '—', target: null, label: 'Cost', testid: 'n' },
      setup()
    )
    expect(wrapper.find('button').exists()).toBe(false)
    const span = wrapper.get('span[data-testid="n"]')
    expect(span.text()).toBe('—')
    await span.trigger('click')
    expect(useDerivationStore().target).toBeNull()
    wrapper.unmount()
  })
})
