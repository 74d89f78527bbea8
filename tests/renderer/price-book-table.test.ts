/**
 * components/costs/PriceBookTable.vue: the Costs step's price book. Rows grouped by class with
 * the price in use and where it comes from; the planner's own price and its currency, VAT
 * flag, date and source edited in place through the plan commands; "price needed" where no
 * price is known; both languages.
 *
 * Why mounting the table is slow: a blank plan already lists every cluster part of the
 * network catalog (32 rows), and each row holds five Naive UI controls, about 26 component
 * instances a row (NSelect alone ~15: binder, follower, selection, clear, suffix, icon…) —
 * ~840 components, each setting dozens of inline CSS variables that happy-dom re-serialises.
 * Profiled (node inspector, one-off): no one child, import or computed stands out (priceRows
 * and the formatters are a few ms); stubbing Select, InputNumber, Input and Checkbox takes a
 * mount from ~0.8 s to ~0.2 s. The cost is Naive UI's per control, not a slowness of this
 * module, so src is unchanged: these tests mount with those four controls stubbed (test-utils
 * keeps their props and lets a test emit their events) and NButton real.
 */
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import type { Component } from 'vue'
import { NCheckbox, NInput, NInputNumber, NSelect } from 'naive-ui'
import PriceBookTable from '@renderer/components/costs/PriceBookTable.vue'
import { useCatalogStore } from '@renderer/stores/catalog'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import { USER_PRICE_SOURCE } from '@renderer/stores/plan-commands'
import { useUiStore } from '@renderer/stores/ui'
import { newWorkload } from '@renderer/lib/workloads'
import { catalogForRenderer } from '@shared/core/catalog-data'
import type { PlanDocument } from '@shared/schema/plan'
import { setup } from './harness'

const H100 = 'nvidia-h100-sxm5-80gb' // catalog: 27,500 USD, 2023-08
const A800 = 'nvidia-a800-pcie-80gb' // catalog: no price (docs/catalog.md)
const H200 = 'nvidia-h200-sxm-141gb' // a compare candidate no workload uses

/** Two workloads (H100, A800 PCIe), H200 as a compare candidate, a book price for a part of no
 *  catalog (the "other" group). The plan's currency is CNY (the blank plan's). */
function plan(): PlanDocument {
  const doc = createBlankPlan('prices')
  const serve = newWorkload('llm-inference', 'serve-1')
  const train = newWorkload('llm-training', 'train-1')
  doc.workloads = [
    { ...serve, accelerator: H100 },
    { ...train, accelerator: A800 }
  ] as PlanDocument['workloads']
  doc.compare = { enabled: true, candidates: [H200] }
  doc.priceBook = [
    {
      partId: 'site-survey',
      price: { amount: 500, currency: 'EUR', date: '2026-10', source: 'vendor quote' }
    }
  ]
  return doc
}

const mounted: VueWrapper[] = []
afterEach(() => mounted.splice(0).forEach((wrapper) => wrapper.unmount()))

async function mountTable(locale: 'en' | 'zh-CN' = 'en') {
  const context = setup(
    (channel) => (channel === 'catalog.get' ? catalogForRenderer() : null),
    locale
  )
  useUiStore(context.pinia).setLocale(locale)
  const store = usePlanStore(context.pinia)
  store.load(plan())
  await useCatalogStore(context.pinia).load()
  const wrapper = mount(PriceBookTable, {
    global: {
      plugins: [context.pinia, context.i18n, context.router],
      stubs: { Select: true, InputNumber: true, Input: true, Checkbox: true }
    },
    attachTo: document.body
  })
  mounted.push(wrapper)
  await flushPromises()
  return { wrapper, store }
}

const rowOf = (wrapper: VueWrapper, id: string) => wrapper.get(`[data-testid="price-row-${id}"]`)
const inUse = (wrapper: VueWrapper, id: string) => wrapper.get(`[data-testid="price-in-use-${id}"]`)
/** A stubbed control: its props as given, and its events emitted by the test. */
interface Control {
  props(key: string): unknown
  vm: { $emit(event: string, value: unknown): void }
}
const control = (wrapper: VueWrapper, id: string, kind: Component, index = 0) =>
  rowOf(wrapper, id).findAllComponents(kind as never)[index] as unknown as Control
const book = (store: ReturnType<typeof usePlanStore>, id: string) =>
  store.plan.priceBook?.filter((entry) => entry.partId === id)

async function emit(target: Control, event: string, value: unknown) {
  target.vm.$emit(event, value)
  await flushPromises()
}

describe('PriceBookTable', () => {
  it('groups the rows by class, cards first and the book’s unknown parts last', async () => {
    const { wrapper } = await mountTable()
    const heads = wrapper.findAll('tr.group-head').map((row) => row.text())
    // No estimate yet: no server row. The network catalog's classes always show.
    expect(heads[0]).toBe('Accelerators')
    expect(heads).not.toContain('Servers')
    expect(heads).toContain('Switches')
    expect(heads.at(-1)).toBe('Other prices in this plan')
    const cards = wrapper.findAll(
      '[data-testid="price-group-accelerator"] [data-testid^="price-row-"]'
    )
    expect(cards.map((row) => row.attributes('data-testid'))).toEqual([
      `price-row-${H100}`,
      `price-row-${A800}`,
      `price-row-${H200}`
    ])
    expect(rowOf(wrapper, H200).text()).toContain('compare candidate')
    expect(rowOf(wrapper, H100).text()).not.toContain('compare candidate')
  })

  it('shows the price used and where it comes from, or "price needed"', async () => {
    const { wrapper } = await mountTable()
    // The catalog's 27,500 USD, in its own currency (not the plan's CNY).
    expect(inUse(wrapper, H100).text()).toBe('$27,500catalog reference')
    expect(inUse(wrapper, H100).classes()).not.toContain('needed')
    expect(inUse(wrapper, A800).text()).toBe('price needed')
    expect(inUse(wrapper, A800).classes()).toContain('needed')
    // The book entry of a part no catalog knows: named by its id, 500 EUR, "your price".
    expect(rowOf(wrapper, 'site-survey').text()).toContain('site-survey')
    expect(inUse(wrapper, 'site-survey').text()).toBe('€500your price')
  })

  it('fills the detail cells from the reference price and disables them with no price', async () => {
    const { wrapper } = await mountTable()
    expect(control(wrapper, H100, NSelect).props('value')).toBe('USD')
    expect(control(wrapper, H100, NSelect).props('disabled')).toBe(false)
    expect(control(wrapper, H100, NInput, 0).props('defaultValue')).toBe('2023-08')
    expect(control(wrapper, H100, NInputNumber).props('value')).toBeNull() // no price of yours
    for (const kind of [NSelect, NCheckbox, NInput])
      expect(control(wrapper, A800, kind).props('disabled')).toBe(true)
    expect(control(wrapper, A800, NInput, 1).props('inputProps')).toEqual({
      'aria-label': 'Source of the price of NVIDIA A800 80GB PCIe'
    })
    // Only a row with a book entry can be reset.
    expect(rowOf(wrapper, H100).find('button').exists()).toBe(false)
    expect(rowOf(wrapper, 'site-survey').get('button').attributes('aria-label')).toBe(
      'Reset the price of site-survey'
    )
  })

  it('a typed price goes in the price book as the planner’s, and Reset takes it out', async () => {
    const { wrapper, store } = await mountTable()
    await emit(control(wrapper, A800, NInputNumber), 'update:value', 12000)
    // A new entry: the plan's currency (CNY), marked as the planner's own.
    expect(book(store, A800)).toEqual([
      { partId: A800, price: { amount: 12000, currency: 'CNY', source: USER_PRICE_SOURCE } }
    ])
    expect(inUse(wrapper, A800).text()).toBe('¥12,000your price') // CNY's narrow symbol
    // The mark is data kept in English; the cell says it in the planner's language.
    expect(control(wrapper, A800, NInput, 1).props('defaultValue')).toBe(
      'Price entered in this plan'
    )
    expect(control(wrapper, A800, NSelect).props('disabled')).toBe(false)
    await rowOf(wrapper, A800).get('button').trigger('click')
    expect(book(store, A800)).toEqual([])
    expect(inUse(wrapper, A800).text()).toBe('price needed')
  })

  it('editing a detail of a catalog price makes it the planner’s, amount and date kept', async () => {
    const { wrapper, store } = await mountTable()
    await emit(control(wrapper, H100, NSelect), 'update:value', 'EUR')
    const [entry] = book(store, H100)!
    expect(entry.price).toMatchObject({ amount: 27500, currency: 'EUR', date: '2023-08' })
    expect(inUse(wrapper, H100).text()).toBe('€27,500your price')
    await emit(control(wrapper, H100, NCheckbox), 'update:checked', true)
    expect(book(store, H100)![0].taxIncluded).toBe(true)
    expect(control(wrapper, H100, NCheckbox).props('checked')).toBe(true)
    // An emptied date is removed; a typed source replaces the catalog's.
    await emit(control(wrapper, H100, NInput, 0), 'change', '  ')
    await emit(control(wrapper, H100, NInput, 1), 'change', 'reseller quote 2026-11')
    expect(book(store, H100)).toEqual([
      {
        partId: H100,
        taxIncluded: true,
        price: { amount: 27500, currency: 'EUR', source: 'reseller quote 2026-11' }
      }
    ])
  })

  it('says it all in Chinese under zh-CN, names from the catalog', async () => {
    const { wrapper } = await mountTable('zh-CN')
    expect(wrapper.get('tr.group-head').text()).toBe('加速卡')
    expect(wrapper.get('thead').text()).toContain('采用价格')
    expect(inUse(wrapper, A800).text()).toBe('需要报价')
    expect(inUse(wrapper, H100).text()).toContain('目录参考价')
    expect(rowOf(wrapper, H200).text()).toContain('对比候选')
    // The PDU has a Chinese catalog name; the A800 has none and keeps its English one.
    expect(rowOf(wrapper, 'pdu-3ph-32a-22kw').get('td.name').text()).toBe(
      '机柜 PDU 三相 32 A（约 22 kW）'
    )
    expect(control(wrapper, A800, NInputNumber).props('inputProps')).toEqual({
      'aria-label': 'NVIDIA A800 80GB PCIe 的价格'
    })
  })
})
