/** views/steps/hardware/useAcceleratorChoices.ts: the card picker's labels, en and zh-CN. */
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { useAcceleratorChoices } from '@renderer/views/steps/hardware/useAcceleratorChoices'
import { useCatalogStore } from '@renderer/stores/catalog'
import { usePlanStore } from '@renderer/stores/plan'
import { useUiStore } from '@renderer/stores/ui'
import { setup } from './harness'
import { realCore } from './real-core'

async function choicesIn(locale: 'en' | 'zh-CN') {
  const context = setup(realCore, locale)
  useUiStore().setLocale(locale)
  await useCatalogStore().load()
  usePlanStore().update((d) => {
    d.inventory = [
      { id: 'own-1', vendor: 'Lab', name: 'Card X', memoryGB: 48, quantityOnHand: 6 },
      {
        id: 'own-2',
        vendor: 'Lab',
        name: 'Card Y',
        quantityOnHand: 0,
        price: { amount: 1, currency: 'CNY' }
      }
    ]
  })
  let api!: ReturnType<typeof useAcceleratorChoices>
  mount(
    defineComponent({
      setup() {
        api = useAcceleratorChoices()
        return () => h('div')
      }
    }),
    { global: { plugins: [context.pinia, context.i18n] } }
  )
  const label = (id: string) => api.choiceLabel(api.choices.value.find((c) => c.id === id)!)
  return { api, label }
}

describe('useAcceleratorChoices', () => {
  it('lists the plan’s cards before the catalog’s', async () => {
    const { api } = await choicesIn('en')
    expect(api.choices.value.slice(0, 2).map((c) => c.id)).toEqual(['own-1', 'own-2'])
    expect(api.choices.value.length).toBe(useCatalogStore().accelerators.length + 2)
  })

  it('labels a card with vendor, memory, what is on hand and a missing price', async () => {
    const { label } = await choicesIn('en')
    expect(label('own-1')).toBe('Lab Card X · 48 GB · 6 on hand · price unknown')
    // No memory given: no memory part; a price: no "price unknown".
    expect(label('own-2')).toBe('Lab Card Y · 0 on hand')
    expect(label('nvidia-h100-sxm5-80gb')).toBe('NVIDIA H100 SXM5 80GB · 80 GB')
  })

  it('in Chinese: the vendor’s Chinese name alone, and the words in Chinese', async () => {
    const { label } = await choicesIn('zh-CN')
    const card = useCatalogStore().accelerator('huawei-ascend-910b')!
    expect(card.nameZh).toMatch(/^昇腾 910B/)
    expect(label('huawei-ascend-910b')).toBe(`${card.nameZh} · 64 GB`)
    expect(label('own-1')).toBe('Lab Card X · 48 GB · 库存 6 · 价格未知')
  })
})
