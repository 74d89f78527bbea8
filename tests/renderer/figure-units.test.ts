/**
 * Issue 19: durations read in a sensible unit (2.1 小时, not 0.08633 天), every summary figure
 * carries its unit (机柜), kW to a sensible precision — as the Results step formats them.
 */
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { createAppI18n } from '@renderer/i18n'
import { useFormat } from '@renderer/composables/useFormat'
import { useUiStore } from '@renderer/stores/ui'

function formatIn(locale: 'en' | 'zh-CN') {
  const pinia = createPinia()
  setActivePinia(pinia)
  useUiStore().setLocale(locale)
  let format: ReturnType<typeof useFormat> | null = null
  mount(
    defineComponent({
      setup() {
        format = useFormat()
        return () => h('div')
      }
    }),
    { global: { plugins: [pinia, createAppI18n(locale)] } }
  )
  return format!
}

describe('Results figures: units and precision', () => {
  it('a duration in days is shown in the unit its size calls for', () => {
    expect(formatIn('zh-CN').withUnit(0.08633, 'days')).toBe('2.1 小时')
    expect(formatIn('en').withUnit(0.08633, 'days')).toBe('2.1 h')
    expect(formatIn('en').withUnit(12.34, 'days')).toBe('12 days')
  })

  it('summary counts carry their unit; kW to 3 significant figures', () => {
    const zh = formatIn('zh-CN')
    expect(zh.withUnit(3, 'racks')).toBe('3 个机柜')
    expect(zh.withUnit(2, 'servers')).toBe('2 台服务器')
    expect(zh.withUnit(17.6000001, 'kW', 3)).toBe('17.6 kW')
    expect(zh.withUnit(1234.56, 'kW', 3)).toBe('1,235 kW')
  })
})
