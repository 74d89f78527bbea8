import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import PriceListAction from '@renderer/views/inventory/PriceListAction.vue'
import { usePlanStore } from '@renderer/stores/plan'
import type { InventoryMessage } from '@renderer/views/inventory/messages'
import type { ImportedRow } from '@shared/schema/inventory'
import { mountIn, setup, type Responder } from './harness'

const mounted: { unmount(): void }[] = []
afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.unmount()
})

const priced = (row: number, name: string, amount: number, currency = 'CNY'): ImportedRow => ({
  row,
  outcome: 'accepted-with-warnings',
  issues: [],
  item: {
    kind: 'accelerator',
    name,
    price: { amount, currency, date: '2026-03-01', source: 'dealer quote', taxIncluded: true }
  }
})

const ROWS: ImportedRow[] = [
  priced(2, 'NVIDIA QM9700', 1_250_000),
  priced(3, 'Unknown cable', 300),
  priced(4, 'QM9700', 9000, 'GBP')
]

async function mountAction(respond: Responder, locale: 'en' | 'zh-CN' = 'en', sheet?: string) {
  const context = setup(respond, locale)
  const messages: (InventoryMessage | null)[] = []
  const wrapper = await mountIn(
    PriceListAction,
    {
      jobId: 'job-1',
      sheet,
      onMessage: (message: InventoryMessage | null) => messages.push(message)
    },
    context
  )
  mounted.push(wrapper)
  const click = async () => {
    await wrapper.get('[data-testid="price-list-add"]').trigger('click')
    await flushPromises()
  }
  return { wrapper, messages, click, context }
}

const onePage: Responder = (channel) =>
  channel === 'inventory.importResult' ? { rows: ROWS, total: ROWS.length } : null

describe('PriceListAction', () => {
  it('offers to add the prices to the price book, and says what for', async () => {
    const { wrapper } = await mountAction(onePage)
    expect(wrapper.get('[data-testid="price-list-add"]').text()).toBe(
      "Add the prices to the plan's price book"
    )
    expect(wrapper.text()).toContain('switches, optics, cables')
    expect(wrapper.find('[data-testid="price-list-reported"]').exists()).toBe(false)
  })

  it('adds the matched part to the plan, and reports every other row with its sheet and row', async () => {
    const { wrapper, messages, click } = await mountAction(onePage, 'en', 'Sheet1')
    await click()
    const plan = usePlanStore()
    expect(plan.plan.priceBook).toEqual([
      {
        partId: 'nvidia-qm9700',
        price: { amount: 1_250_000, currency: 'CNY', date: '2026-03-01', source: 'dealer quote' },
        taxIncluded: true
      }
    ])
    expect(plan.canUndo).toBe(true) // one plan command: Undo takes it back
    expect(messages).toEqual([
      {
        type: 'warning',
        text: "1 prices added to the plan's price book; 2 of 3 rows reported below."
      }
    ])
    const lines = wrapper.findAll('[data-testid="price-list-reported"] li').map((li) => li.text())
    expect(lines).toEqual([
      'Sheet1 3: Unknown cable names no part of the network catalog',
      'Sheet1 4: QM9700: the plan prices in CNY, USD or EUR, not GBP'
    ])
  })

  it('says it in Chinese for zh-CN, and a clean list is a success', async () => {
    const clean: Responder = (channel) =>
      channel === 'inventory.importResult' ? { rows: [ROWS[0]], total: 1 } : null
    const { wrapper, messages, click } = await mountAction(clean, 'zh-CN')
    expect(wrapper.get('[data-testid="price-list-add"]').text()).toBe('将价格加入方案价格表')
    await click()
    expect(messages).toEqual([
      { type: 'success', text: '已将 1 个价格加入方案价格表；1 行中有 0 行见下方说明。' }
    ])
    expect(wrapper.find('[data-testid="price-list-reported"]').exists()).toBe(false)
  })

  it('reads every page of a long result before pricing', async () => {
    const offsets: number[] = []
    const paged: Responder = (channel, request) => {
      if (channel !== 'inventory.importResult') return null
      const { offset } = request as { offset: number }
      offsets.push(offset)
      // 5001 rows in all: the second page (from 5000) holds the last one.
      return offset === 0 ? { rows: [ROWS[1]], total: 5001 } : { rows: [ROWS[0]], total: 5001 }
    }
    const { messages, click } = await mountAction(paged)
    await click()
    expect(offsets).toEqual([0, 5000])
    expect((usePlanStore().plan.priceBook ?? []).map((entry) => entry.partId)).toEqual([
      'nvidia-qm9700'
    ])
    expect(messages[0]?.text).toBe(
      "1 prices added to the plan's price book; 1 of 2 rows reported below."
    )
  })

  it('says why when the result cannot be read, and leaves the plan alone', async () => {
    const failing: Responder = (channel) => {
      if (channel === 'inventory.importResult') throw new Error('the import job has expired')
      return null
    }
    const { messages, click } = await mountAction(failing)
    await click()
    expect(messages).toEqual([{ type: 'error', text: 'the import job has expired' }])
    expect(usePlanStore().plan.priceBook ?? []).toEqual([])
    expect(usePlanStore().canUndo).toBe(false)
  })
})
