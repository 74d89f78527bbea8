/**
 * components/quote/QuoteTotals.vue: a line without a price is in no total, and a total says
 * so — "—" when nothing is priced (never ¥0), a note with the count when some lines lack one.
 */
import { describe, expect, it } from 'vitest'
import QuoteTotals from '@renderer/components/quote/QuoteTotals.vue'
import { useUiStore } from '@renderer/stores/ui'
import type { QuoteLine, QuoteTotals as Totals } from '@shared/quote/lines'
import { mountIn, setup } from './harness'

/** The component reads a line's section, total and price flag only. */
const line = (section: QuoteLine['section'], lineTotal: number, priceMissing = false) =>
  ({ section, lineTotal, priceMissing }) as QuoteLine

const totals = (over: Partial<Totals>): Totals => ({
  currency: 'USD',
  hardwareSubtotal: 0,
  servicesSubtotal: 0,
  subtotal: 0,
  taxRate: 0.1,
  tax: 0,
  grandTotal: 0,
  optionalTotal: 0,
  priceMissingLines: 0,
  quotedLines: 0,
  ...over
})

const values = (wrapper: Awaited<ReturnType<typeof mountIn>>) =>
  wrapper.findAll('dd').map((dd) => dd.text())

describe('QuoteTotals', () => {
  it('sums each section of the priced lines, with tax and grand total, and no note', async () => {
    const wrapper = await mountIn(
      QuoteTotals,
      {
        lines: [line('hardware', 1000), line('hardware', 500), line('services', 200)],
        totals: totals({ tax: 170, grandTotal: 1870, quotedLines: 3 })
      },
      setup()
    )
    expect(wrapper.findAll('dt').map((dt) => dt.text())).toEqual([
      'Hardware subtotal',
      'Services subtotal',
      'Tax (10%)',
      'Grand total'
    ])
    expect(values(wrapper)).toEqual(['$1,500', '$200', '$170', '$1,870'])
    expect(wrapper.find('[data-testid="quote-price-missing"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('nothing priced: every total is "—" and the note counts the lines', async () => {
    const wrapper = await mountIn(
      QuoteTotals,
      {
        lines: [line('hardware', 0, true), line('services', 0, true)],
        totals: totals({ priceMissingLines: 2, quotedLines: 2 })
      },
      setup()
    )
    expect(values(wrapper).slice(0, 4)).toEqual(['—', '—', '—', '—'])
    expect(wrapper.get('[data-testid="quote-price-missing"]').text()).toMatch(/^2 line\(s\)/)
    wrapper.unmount()
  })

  it('in Chinese: a partly priced quote shows its figures, the optional items and the note', async () => {
    const context = setup(() => null, 'zh-CN')
    useUiStore().setLocale('zh-CN')
    const wrapper = await mountIn(
      QuoteTotals,
      {
        lines: [line('hardware', 3000), line('hardware', 0, true), line('services', 0, true)],
        totals: totals({
          currency: 'CNY',
          taxRate: 0.13,
          tax: 390,
          grandTotal: 3390,
          optionalTotal: 800,
          priceMissingLines: 2,
          quotedLines: 3
        })
      },
      context
    )
    const text = wrapper.text()
    expect(text).toContain('硬件小计')
    expect(text).toContain('税额（13%）')
    expect(text).toContain('可选项（不计入总计）')
    // Two lines unpriced: the priced figures are lower bounds and read 至少.
    expect(values(wrapper)).toEqual([
      '至少 ¥3,000',
      '—',
      '至少 ¥390',
      '至少 ¥3,390',
      '¥800',
      '2 项尚无价格，未计入合计（请在“成本”或“报价”步骤填写价格）。'
    ])
    wrapper.unmount()
  })
})
