/**
 * views/steps/hardware/CustomAcceleratorCard.vue: a card entered by hand — Add only with a
 * vendor and a name, refusals under their fields in words, a unique id, the form emptied.
 */
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import CustomAcceleratorCard from '@renderer/views/steps/hardware/CustomAcceleratorCard.vue'
import { useCatalogStore } from '@renderer/stores/catalog'
import { usePlanStore } from '@renderer/stores/plan'
import { mountIn, setup } from './harness'
import { realCore } from './real-core'

async function mountCard(locale: 'en' | 'zh-CN' = 'en') {
  const context = setup(realCore, locale)
  await useCatalogStore().load()
  usePlanStore().update((d) => void (d.settings.currency = 'EUR'))
  const wrapper = await mountIn(CustomAcceleratorCard, {}, context)
  const field = (name: string) =>
    wrapper.get<HTMLInputElement>(`[data-testid="custom-${name}"] input`)
  async function fill(values: Record<string, string>) {
    for (const [name, value] of Object.entries(values)) await field(name).setValue(value)
    await flushPromises()
  }
  const add = () => wrapper.get('[data-testid="custom-add"]')
  return { wrapper, field, fill, add }
}

describe('CustomAcceleratorCard', () => {
  it('Add waits for a vendor and a name', async () => {
    const { wrapper, fill, add } = await mountCard()
    expect(add().attributes('disabled')).toBeDefined()
    await fill({ vendor: 'Acme' })
    expect(add().attributes('disabled')).toBeDefined()
    await fill({ name: '   ' })
    expect(add().attributes('disabled')).toBeDefined()
    await fill({ name: 'X1 Pro' })
    expect(add().attributes('disabled')).toBeUndefined()
    wrapper.unmount()
  })

  it('adds the card to the plan’s own list with its figures and price, then empties the form', async () => {
    const { wrapper, field, fill, add } = await mountCard()
    await fill({ vendor: 'Acme', name: 'X1 Pro', memoryGB: '48', int8Tops: '200', price: '9000' })
    await add().trigger('click')
    const plan = usePlanStore()
    expect(plan.plan.inventory).toEqual([
      expect.objectContaining({
        id: 'own-acme-x1-pro',
        vendor: 'Acme',
        name: 'X1 Pro',
        memoryGB: 48,
        int8Tops: 200,
        price: expect.objectContaining({ amount: 9000, currency: 'EUR' })
      })
    ])
    expect(field('vendor').element.value).toBe('')
    // The same card again gets an id of its own.
    await fill({ vendor: 'Acme', name: 'X1 Pro', fp16Tflops: '100' })
    await add().trigger('click')
    expect(plan.plan.inventory?.map((e) => e.id)).toEqual(['own-acme-x1-pro', 'own-acme-x1-pro-2'])
    wrapper.unmount()
  })

  it('refuses a card with no dense peak or a negative figure, saying so under the field', async () => {
    const { wrapper, fill, add } = await mountCard()
    await fill({ vendor: 'Acme', name: 'Y', memoryGB: '-4', price: '-1' })
    await add().trigger('click')
    const text = wrapper.text()
    expect(text).toContain('must be a number > 0 (empty if unknown)')
    expect(text).toContain('give at least FP16, BF16 or INT8: sizing needs a dense peak')
    expect(text).toContain('cannot be negative')
    expect(usePlanStore().plan.inventory).toBeUndefined()
    wrapper.unmount()
  })

  it('speaks Chinese under zh-CN', async () => {
    const { wrapper, fill, add } = await mountCard('zh-CN')
    expect(wrapper.text()).toContain('手动添加加速卡')
    expect(add().text()).toBe('加入本方案')
    await fill({ vendor: 'Acme', name: 'Z' })
    await add().trigger('click')
    expect(wrapper.text()).toContain('至少填写 FP16、BF16 或 INT8：规划需要稠密峰值')
    wrapper.unmount()
  })
})
