/**
 * views/inventory/SpecCell.vue: one editable figure of an inventory item — checked on Enter
 * or leaving the cell, a refusal said in the cell with the field's label (en, zh-CN), and the
 * item left alone until the value is right.
 */
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SpecCell from '@renderer/views/inventory/SpecCell.vue'
import type { InventoryItem } from '@shared/schema/inventory'
import { mountIn, setup } from './harness'

const item: InventoryItem = { kind: 'accelerator', vendor: 'Lab', name: 'Card X', memoryGB: 64 }

async function mountCell(props: Record<string, unknown>, locale: 'en' | 'zh-CN' = 'en') {
  const updates: InventoryItem[] = []
  const wrapper = await mountIn(
    SpecCell,
    { item, testid: 'cell', onUpdate: (next: InventoryItem) => updates.push(next), ...props },
    setup(() => null, locale)
  )
  const input = () => wrapper.get<HTMLInputElement>('input[data-testid="cell"]')
  async function type(text: string, leave: 'enter' | 'blur' = 'enter') {
    await input().setValue(text)
    if (leave === 'enter') await input().trigger('keydown', { key: 'Enter' })
    else await input().trigger('blur')
    await flushPromises()
  }
  const alert = () => wrapper.find('[role="alert"]')
  return { wrapper, updates, input, type, alert }
}

describe('SpecCell', () => {
  it('shows the figure, labelled, and hands up the edited item on Enter', async () => {
    const { wrapper, updates, input, type } = await mountCell({ field: 'memoryGB' })
    expect(input().element.value).toBe('64')
    expect(input().attributes('aria-label')).toBe('Memory (GB)')
    await type('80')
    expect(updates).toEqual([{ ...item, memoryGB: 80 }])
    wrapper.unmount()
  })

  it('leaving the cell unchanged hands up nothing', async () => {
    const { wrapper, updates, type } = await mountCell({ field: 'memoryGB' })
    await type('64', 'blur')
    expect(updates).toEqual([])
    wrapper.unmount()
  })

  it('a refused value is said in words in the cell, and the item is not changed', async () => {
    const { wrapper, updates, type, alert } = await mountCell({ field: 'memoryGB' })
    await type('0', 'blur')
    expect(alert().text()).toBe('Memory (GB) must be greater than 0 ("0").')
    await type('lots')
    expect(alert().text()).toBe('Memory (GB): "lots" is not a number.')
    expect(updates).toEqual([])
    // A right value clears the refusal.
    await type('96')
    expect(alert().exists()).toBe(false)
    expect(updates).toEqual([{ ...item, memoryGB: 96 }])
    wrapper.unmount()
  })

  it('an empty figure shows the matched catalog card’s as its placeholder', async () => {
    const { wrapper, input } = await mountCell({ field: 'tdpW', fallback: 400 })
    expect(input().element.value).toBe('')
    expect(input().attributes('placeholder')).toBe('400')
    wrapper.unmount()
  })

  it('the VAT flag is a checkbox; without a price it is refused', async () => {
    const { wrapper, updates, alert } = await mountCell({ field: 'taxIncluded' })
    await wrapper.get('[data-testid="cell"]').trigger('click')
    await flushPromises()
    expect(updates).toEqual([])
    expect(alert().text()).toMatch(/enter the price first/)
    wrapper.unmount()
  })

  it('in Chinese', async () => {
    const { wrapper, type, alert, input } = await mountCell({ field: 'quantityOnHand' }, 'zh-CN')
    expect(input().attributes('aria-label')).toBe('库存数量')
    await type('2.5')
    expect(alert().text()).toBe('库存数量必须是整数（“2.5”）。')
    wrapper.unmount()
  })
})
