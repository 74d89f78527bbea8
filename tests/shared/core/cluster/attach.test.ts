/**
 * core/cluster/attach.ts: the cluster joins the roll-up and the quote prices it, so capex is
 * the quote's grand total; withQuoteEdits re-prices a copy under other edits.
 */
import { describe, expect, it } from 'vitest'
import { withQuoteEdits } from '../../../../src/shared/core/cluster/attach'
import { estimatePlan } from '../../../../src/shared/core/estimate'
import { parsePlan } from '../../../../src/shared/schema/plan'
import { quoteEditsSchema } from '../../../../src/shared/schema/quote'
import { plan } from '../helpers'

const workload = {
  id: 'c',
  kind: 'custom',
  accelerator: 'nvidia-h100-sxm5-80gb',
  totalFlops: 1e21,
  accelerators: 32
}
const settings = { currency: 'USD', taxRate: 0.1 }
const document = plan([workload], { settings })
const parsed = parsePlan(document)
if (!parsed.ok) throw new Error('invalid plan')
const estimate = estimatePlan(document)

describe('attachCluster (through estimatePlan)', () => {
  it('capex is the bill of materials’ grand total', () => {
    const totals = estimate.totals!
    expect(totals.cluster).toBeDefined()
    expect(totals.capex).toBeCloseTo(totals.bom!.grandTotal, 6)
    expect(totals.racks).toBe(totals.cluster!.racks)
  })

  it('the category subtotals add up to the hardware and services subtotals', () => {
    const bom = estimate.totals!.bom!
    const sum = Object.values(bom.byCategory).reduce((s, v) => s + v, 0)
    expect(sum).toBeCloseTo(bom.hardwareSubtotal + bom.servicesSubtotal, 6)
  })

  it('a disabled cluster leaves the roll-up alone', () => {
    const off = estimatePlan(
      plan([workload], { settings: { ...settings, cluster: { enabled: false } } })
    )
    expect(off.totals?.cluster).toBeUndefined()
    expect(off.totals?.bom).toBeUndefined()
  })
})

describe('withQuoteEdits', () => {
  it('re-prices a copy: a priced extra line raises capex by its amount with VAT', () => {
    const edits = quoteEditsSchema.parse({
      items: [
        { id: 'x', category: 'software', description: 'Scheduler', quantity: 2, unitPrice: 1000 }
      ]
    })
    const edited = withQuoteEdits(parsed.plan, estimate, edits)
    // 2 × 1,000 USD = 2,000 before VAT; × 1.1 = 2,200 more capex.
    expect(edited.totals!.capex! - estimate.totals!.capex!).toBeCloseTo(2200, 6)
    expect(edited.totals).not.toBe(estimate.totals)
    // The original estimate is untouched.
    expect(estimate.totals!.capex).toBeCloseTo(estimate.totals!.bom!.grandTotal, 6)
  })

  it('an optional extra line is not capex', () => {
    const edits = quoteEditsSchema.parse({
      items: [
        {
          id: 'o',
          category: 'other',
          description: 'Spare',
          quantity: 1,
          unitPrice: 5000,
          optional: true
        }
      ]
    })
    expect(withQuoteEdits(parsed.plan, estimate, edits).totals!.capex).toBeCloseTo(
      estimate.totals!.capex!,
      6
    )
  })

  it('cost is complete only when every line of the quote has a price', () => {
    // Price every line still without one through the quote's own overrides.
    const unpriced = estimate.totals!.bom!.lines.filter((l) => l.priceMissing)
    const edits = (lines: typeof unpriced) =>
      quoteEditsSchema.parse({
        overrides: lines.map((line) => ({ lineId: line.id, unitPrice: 100 }))
      })
    // Installation has no price until the plan sets its rate, whatever the catalog prices.
    expect(unpriced.map((l) => l.id)).toContain('installation')
    expect(estimate.totals!.costComplete).toBe(false)
    // One line left without a price still leaves capex a lower bound.
    const partly = withQuoteEdits(parsed.plan, estimate, edits(unpriced.slice(1)))
    expect(partly.totals!.bom!.priceMissingLines).toBe(1)
    expect(partly.totals!.costComplete).toBe(false)
    const all = withQuoteEdits(parsed.plan, estimate, edits(unpriced))
    expect(all.totals!.bom!.priceMissingLines).toBe(0)
    expect(all.totals!.costComplete).toBe(true)
  })

  it('an estimate without a cluster is returned as it is', () => {
    const off = estimatePlan(
      plan([workload], { settings: { ...settings, cluster: { enabled: false } } })
    )
    expect(withQuoteEdits(parsed.plan, off, quoteEditsSchema.parse({}))).toBe(off)
  })
})
