/**
 * Issue 13: the review shows every parsed figure of a row, editable; a refused figure is said
 * in words with its label (in the UI language) and not emitted; a catalog figure the row
 * leaves out shows as the card's value.
 */
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ImportReviewTable from '@renderer/views/inventory/ImportReviewTable.vue'
import { REVIEW_FIELDS } from '@shared/inventory/spec-fields'
import type { ImportedRow } from '@shared/schema/inventory'
import { useUiStore } from '@renderer/stores/ui'
import { mountIn, setup } from './harness'

const row: ImportedRow = {
  row: 3,
  outcome: 'accepted',
  issues: [],
  item: {
    kind: 'accelerator',
    vendor: 'NVIDIA',
    name: 'H20',
    memoryGB: 96,
    memoryBandwidthGBs: 4000,
    quantityOnHand: 8,
    price: { amount: 125000, currency: 'CNY', taxIncluded: true }
  },
  match: {
    status: 'differs',
    catalogId: 'nvidia-h20-96gb',
    catalogName: 'H20 96GB',
    differences: [],
    alternatives: []
  }
}

const catalog = {
  accelerators: [
    {
      id: 'nvidia-h20-96gb',
      vendor: 'NVIDIA',
      name: 'H20 96GB',
      nameZh: 'H20 96GB（中国特供）',
      architecture: 'hopper',
      memoryType: 'HBM3',
      formFactorClass: 'sxm',
      tdpW: 400
    }
  ],
  llms: [],
  vision: [],
  videoPresets: [],
  servers: [],
  assumptions: []
}

async function mounted(
  locale: 'en' | 'zh-CN',
  rows: ImportedRow[] = [row],
  decisions: Record<number, string> = {}
) {
  const context = setup((channel) => (channel === 'catalog.get' ? catalog : null), locale)
  // What App.vue does on start: the ui store follows the language i18n starts in.
  useUiStore(context.pinia).setLocale(locale)
  const wrapper = await mountIn(ImportReviewTable, { rows, decisions, edits: {} }, context)
  await flushPromises()
  return wrapper
}

describe('ImportReviewTable', () => {
  it('has a cell for every parsed figure, the card figure as placeholder, and the architecture named', async () => {
    const wrapper = await mounted('en')
    for (const field of REVIEW_FIELDS)
      expect(wrapper.find(`[data-testid="review-3-${field}"]`).exists(), field).toBe(true)
    const tdp = wrapper.find('[data-testid="review-3-tdpW"]').element as HTMLInputElement
    expect(tdp.value).toBe('')
    expect(tdp.placeholder).toBe('400')
    expect(wrapper.text()).toContain('Architecture hopper comes from the catalog card H20 96GB')
    wrapper.unmount()
  })

  it('refuses letters in words in Chinese and emits only a valid edit', async () => {
    const wrapper = await mounted('zh-CN')
    const table = wrapper.findComponent(ImportReviewTable)
    const input = wrapper.find('[data-testid="review-3-memoryGB"]')
    await input.setValue('九十六')
    await input.trigger('keydown', { key: 'Enter' })
    expect(wrapper.find('[role="alert"]').text()).toBe('显存 (GB)：“九十六”不是数字。')
    expect(table.emitted('edit')).toBeUndefined()
    await input.setValue('141')
    await input.trigger('keydown', { key: 'Enter' })
    const edits = table.emitted('edit') as [number, { memoryGB: number }][]
    expect(edits.at(-1)?.[0]).toBe(3)
    expect(edits.at(-1)?.[1].memoryGB).toBe(141)
    wrapper.unmount()
  })

  it('names the matched card in Chinese under zh-CN, in the match tag and the flags', async () => {
    const wrapper = await mounted('zh-CN')
    const tag = wrapper.find('.match .n-tag')
    expect(tag.text()).toBe('与目录不同 H20 96GB（中国特供）')
    expect(wrapper.text()).toContain('架构 hopper 来自目录中的 H20 96GB（中国特供）')
    wrapper.unmount()
  })

  it('says a switch row is a cluster part, names it in Chinese, and offers skip or keep', async () => {
    const switchRow: ImportedRow = {
      row: 11,
      outcome: 'accepted',
      issues: [],
      item: { kind: 'accelerator', vendor: 'Huawei', name: 'CE9860-4C-EI 交换机' },
      match: { status: 'new', differences: [], alternatives: [] }
    }
    // No decision sent: the review shows the commit's default (skip) for a cluster part.
    const wrapper = await mounted('zh-CN', [switchRow])
    const flag = wrapper.get('[data-testid="review-cluster-part"]').text()
    expect(flag).toContain('这一行看起来是集群部件（华为 CloudEngine 9860-4C-EI')
    expect(flag).toContain('“将价格加入方案价格表”')
    // Skipped: no "generic NPU figures" flag for a row that is not a card.
    expect(wrapper.findAll('[data-testid="review-flag"]')).toHaveLength(0)
    wrapper.unmount()
    // A card is no cluster part.
    const card = await mounted('en')
    expect(card.find('[data-testid="review-cluster-part"]').exists()).toBe(false)
    card.unmount()
  })
})
