/**
 * Every unit the core puts next to a number reads in Chinese in zh-CN: whole units from
 * wizard.units, compound ones word by word (wizard.unitWords); only symbols stay Latin.
 */
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { estimatePlan } from '@shared/core'
import { createAppI18n } from '@renderer/i18n'
import { useFormat } from '@renderer/composables/useFormat'
import { useUiStore } from '@renderer/stores/ui'

// The plans the app ships: templates and examples, as text (the renderer project has no fs).
const SHIPPED_PLANS = import.meta.glob('../../resources/{templates,examples}/*.cplan', {
  query: '?raw',
  import: 'default',
  eager: true
}) as Record<string, string>

/** Symbols read the same in both languages (SI, currencies, FLOP counts, model vocabulary). */
const SYMBOLS = new Set([
  'GB',
  'TB',
  'Gb',
  'U',
  'PDU',
  'GiB',
  'kW',
  'W',
  'MWh',
  'kWh',
  'USD',
  'CNY',
  'EUR',
  'TFLOPS',
  'TFLOP',
  'TOPS',
  'PFLOPS',
  'PF',
  'FLOP',
  'GMAC',
  'ms',
  'token',
  's-days'
])

function unitsOf(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => unitsOf(item, into))
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      if (key === 'unit' && typeof item === 'string' && item !== '') into.add(item)
      else unitsOf(item, into)
    }
  return into
}

function coreUnits(): string[] {
  const units = new Set<string>()
  for (const text of Object.values(SHIPPED_PLANS)) unitsOf(estimatePlan(JSON.parse(text)), units)
  return [...units].sort()
}

function formatter(locale: 'en' | 'zh-CN') {
  let format!: ReturnType<typeof useFormat>
  const pinia = createPinia()
  const Probe = defineComponent({
    setup() {
      useUiStore().setLocale(locale)
      format = useFormat()
      return () => h('span')
    }
  })
  mount(Probe, { global: { plugins: [pinia, createAppI18n(locale)] } })
  return format
}

describe('units in the user language', () => {
  it('translates compound units word by word and leaves symbols alone', () => {
    const zh = formatter('zh-CN')
    expect(zh.unit('bytes/param')).toBe('字节/参数')
    expect(zh.unit('accelerators/server')).toBe('卡/服务器')
    expect(zh.unit('steps/s')).toBe('步/秒')
    expect(zh.unit('bytes/(token·hidden)')).toBe('字节/(token·隐藏维)')
    expect(zh.unit('days')).toBe('天')
    expect(zh.unit('CNY/kWh')).toBe('CNY/kWh')
    expect(zh.unit('GB')).toBe('GB')
    const en = formatter('en')
    expect(en.unit('bytes/param')).toBe('bytes/param')
    expect(en.unit('accelerators/server')).toBe('accelerators/server')
  })

  it('leaves no English word in any unit the core produces for the templates and examples', () => {
    const zh = formatter('zh-CN')
    const units = coreUnits()
    expect(units.length).toBeGreaterThan(40)
    const untranslated = units.filter((raw) =>
      (zh.unit(raw).match(/[A-Za-z]+(?:-[A-Za-z]+)*/g) ?? []).some((word) => !SYMBOLS.has(word))
    )
    expect(untranslated).toEqual([])
  })
})
