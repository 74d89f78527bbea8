/**
 * composables/useFormat.ts: formatting bound to the language, the grouping choice and the
 * plan's currency, followed as they change (units and durations: figure-units, units-zh).
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { isDays, useFormat } from '@renderer/composables/useFormat'
import { usePlanStore } from '@renderer/stores/plan'
import { useUiStore } from '@renderer/stores/ui'

beforeEach(() => setActivePinia(createPinia()))

describe('useFormat', () => {
  it('a fraction reads as a percentage, never with 万 grouping', () => {
    const format = useFormat()
    expect(format.withUnit(0.425, 'fraction')).toBe('42.5%')
    useUiStore().setLocale('zh-CN')
    useUiStore().setGrouping('cjk')
    expect(format.percent(123.4)).toBe('12,340%')
    expect(format.withUnit(null, 'fraction')).toBe('—')
  })

  it('money is in the plan’s currency, following a change of it, unless a code is given', () => {
    const format = useFormat()
    expect(format.currency.value).toBe(usePlanStore().plan.settings.currency)
    usePlanStore().update((d) => void (d.settings.currency = 'USD'))
    expect(format.money(1500)).toBe('$1,500')
    expect(format.money(1500, 'EUR')).toBe('€1,500')
    expect(format.money(null)).toBe('—')
  })

  it('a total with no priced line is "—", not zero; a partial one shows what is priced', () => {
    const format = useFormat()
    usePlanStore().update((d) => void (d.settings.currency = 'USD'))
    expect(format.pricedMoney({ kind: 'none', missing: 3 })).toBe('—')
    // A priced zero is a figure (amounts under 100 keep their cents).
    // Some lines unpriced: the figure is a lower bound and says so.
    expect(format.pricedMoney({ kind: 'partial', amount: 0, missing: 1 })).toBe('at least $0.00')
    expect(format.pricedMoney({ kind: 'partial', amount: 12.5, missing: 1 })).toBe(
      'at least $12.50'
    )
    expect(format.pricedMoney({ kind: 'complete', amount: 2e6 }, 'CNY')).toBe('¥2,000,000')
  })

  it('follows the language and grouping the planner chooses', () => {
    const format = useFormat()
    expect(format.number(20480)).toBe('20,480')
    useUiStore().setLocale('zh-CN')
    useUiStore().setGrouping('cjk')
    expect(format.number(20480)).toBe('2.048万')
    expect(format.withUnit(16, 'accelerators')).toBe('16 张卡')
    expect(format.range({ typical: 20, low: 32, high: 16 }, 'accelerators')).toBe('20 张卡 (16–32)')
  })

  it('a duration with a fixed unit stays in it; an unknown duration is a dash', () => {
    const format = useFormat()
    expect(format.duration(3, 'hours').text).toBe('72 h')
    expect(format.duration(Number.NaN).text).toBe('—')
    expect(format.withUnit(undefined, 'days')).toBe('—')
    expect(isDays('day')).toBe(true)
    expect(isDays('accelerator-hours')).toBe(false)
  })
})
