/** components/shell/HeaderSelect.vue: the header's native <select> (language, theme, grouping). */
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import HeaderSelect from '@renderer/components/shell/HeaderSelect.vue'

const OPTIONS = [
  { label: 'System', value: 'system' },
  { label: '浅色', value: 'light' },
  { label: '深色', value: 'dark' }
] as const

describe('HeaderSelect', () => {
  it('shows the options and the chosen one, named for screen readers', () => {
    const wrapper = mount(HeaderSelect, {
      props: { value: 'light', options: OPTIONS, label: '主题' }
    })
    const select = wrapper.get<HTMLSelectElement>('select')
    expect(select.findAll('option').map((o) => o.text())).toEqual(['System', '浅色', '深色'])
    expect(select.element.value).toBe('light')
    expect(select.attributes('aria-label')).toBe('主题')
    expect(select.attributes('title')).toBe('主题')
  })

  it('a choice is handed up as the option’s value; a value it does not offer is not', async () => {
    const wrapper = mount(HeaderSelect, {
      props: { value: 'system', options: OPTIONS, label: 'Theme' }
    })
    const select = wrapper.get<HTMLSelectElement>('select')
    await select.setValue('dark')
    expect(wrapper.emitted('update:value')).toEqual([['dark']])
    // A value slipped in from outside the list (a stale option) changes nothing.
    const stray = document.createElement('option')
    stray.value = 'sepia'
    select.element.appendChild(stray)
    await select.setValue('sepia')
    expect(wrapper.emitted('update:value')).toEqual([['dark']])
  })
})
