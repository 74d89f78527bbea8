/**
 * Issue 19 "A domestic catalog that is full": complete systems (Atlas 800T A2, DGX) quoted as
 * one line. A group bought as complete systems has one line per system — no card line, no
 * chassis line — its price counted once in capex and TCO, and cards on hand reduce the systems
 * bought by whole systems (core/complete-system.ts, docs/methodology.md).
 */
import { describe, expect, it } from 'vitest'
import { estimatePlan, type EstimateResult } from '../../../src/shared/core'
import { computeQuoteLines } from '../../../src/shared/quote/lines'
import { renderLineText } from '../../../src/shared/quote/text'
import { parsePlan } from '../../../src/shared/schema/plan'
import { quoteEditsSchema } from '../../../src/shared/schema/quote'
import { plan } from './helpers'

const A100 = 'nvidia-a100-sxm4-40gb'
const training = (accelerator: string, accelerators: number) => ({
  id: 'train',
  kind: 'llm-training',
  accelerator,
  model: 'llama-2-7b',
  tokens: 1e11,
  accelerators
})
/** The planner's own A100s, matched to the catalog card. */
const ownA100 = (quantityOnHand: number) => ({
  id: 'my-a100',
  vendor: 'NVIDIA',
  name: 'A100 40GB SXM4',
  quantityOnHand,
  catalogId: A100
})

function estimateOf(input: unknown): EstimateResult {
  const result = estimatePlan(input)
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result
}

const stepValue = (steps: { id: string; value: number }[], id: string) =>
  steps.find((s) => s.id === id)?.value

describe('complete systems quoted as one line', () => {
  it('DGX A100: 20 needed, 4 on hand → 2 systems × $199,000, one line, capex counted once', () => {
    // Hand check: to buy = 20 − 4 = 16 cards; systems = ceil(16 / 8) = 2 (the on-hand cards
    // count in whole systems). Line = 2 × 199,000 × (1 − 0.1) = 358,200 USD.
    // Group capex = 358,200 × 1.13 = 404,766 USD. Servers for power and racks: ceil(20/8) = 3.
    const input = plan([training('my-a100', 20)], {
      inventory: [ownA100(4)],
      settings: {
        currency: 'USD',
        taxRate: 0.13,
        discount: 0.1,
        server: 'hgx-8-sxm-ampere',
        completeSystemByAccelerator: { 'my-a100': true }
      }
    })
    const result = estimateOf(input)
    const group = result.totals!.byAccelerator[0]
    expect(group.accelerators).toBe(20)
    expect(group.completeSystem).toMatchObject({ id: 'nvidia-dgx-a100-320gb', accelerators: 8 })
    expect(stepValue(group.steps, 'systemsToBuy')).toBe(2)
    expect(group.servers).toBe(3)
    expect(stepValue(group.steps, 'systemUnitPrice')).toBe(199_000)
    expect(group.capex).toBeCloseTo(404_766, 6)
    // No card price and no chassis price enter the group's capital cost.
    expect(group.steps.map((s) => s.id)).not.toContain('acceleratorUnitPrice')
    expect(group.steps.map((s) => s.id)).not.toContain('serverUnitPrice')

    const bom = result.totals!.bom!
    // The group's cards and servers: one system line (network, racks and the management
    // node are lines of their own).
    const computeRoles = ['computeAccelerator', 'computeServer', 'computeSystem']
    const groupLines = bom.lines.filter((l) => computeRoles.includes(l.role))
    expect(groupLines.map((l) => l.id)).toEqual(['system:my-a100'])
    const line = groupLines[0]
    expect(line).toMatchObject({ quantity: 2, unitPrice: 199_000, role: 'computeSystem' })
    expect(line.lineTotal).toBeCloseTo(358_200, 6)
    expect(line.quantityFrom).toEqual({ section: 'group:my-a100', step: 'systemsToBuy' })
    expect(renderLineText(line.description, 'en')).toBe(
      'NVIDIA DGX A100 (320 GB) (8 × A100 40GB SXM4), complete system'
    )
    expect(renderLineText(line.description, 'zh-CN')).toBe(
      'NVIDIA DGX A100（320 GB）（8 × A100 40GB SXM4）整机'
    )
    // Capex is the quote's grand total, which holds the system line once.
    const hardware = bom.lines.filter((l) => l.section === 'hardware')
    expect(hardware.reduce((s, l) => s + l.lineTotal, 0)).toBeCloseTo(bom.hardwareSubtotal, 6)
    expect(result.totals!.capex).toBeCloseTo(bom.grandTotal, 6)
    // Counted under accelerators in the breakdown, once.
    expect(bom.byCategory.accelerators).toBeCloseTo(358_200, 6)
  })

  it('the same plan bought as cards + chassis keeps two lines (the planner’s choice)', () => {
    const input = plan([training('my-a100', 20)], {
      inventory: [{ ...ownA100(4), price: { amount: 10_000, currency: 'USD' } }],
      settings: {
        currency: 'USD',
        taxRate: 0,
        discount: 0,
        server: 'hgx-8-sxm-ampere',
        completeSystemByAccelerator: { 'my-a100': false }
      }
    })
    const result = estimateOf(input)
    const ids = result.totals!.bom!.lines.map((l) => l.id)
    expect(ids).toContain('server:my-a100')
    expect(ids).toContain('accelerator:my-a100')
    expect(ids).not.toContain('system:my-a100')
    // Hand check: 16 cards × 10,000 + 2 chassis × 60,000 = 280,000 USD.
    expect(result.totals!.byAccelerator[0].capex).toBeCloseTo(280_000, 6)
  })

  it('Atlas 800T A2 has no public price: "price needed" until the planner enters one', () => {
    const settings = {
      currency: 'CNY',
      taxRate: 0.13,
      discount: 0,
      completeSystemByAccelerator: { 'huawei-ascend-910b': true }
    }
    const unpriced = estimateOf(plan([training('huawei-ascend-910b', 64)], { settings }))
    const group = unpriced.totals!.byAccelerator[0]
    expect(group.server.id).toBe('huawei-atlas-800t-a2')
    expect(group.capex).toBeNull()
    expect(group.warnings.map((w) => w.key)).toContain('systems.warnings.noSystemPrice')
    const line = unpriced.totals!.bom!.lines.find((l) => l.id === 'system:huawei-ascend-910b')!
    expect(line).toMatchObject({ quantity: 8, priceMissing: true, lineTotal: 0 })
    expect(renderLineText(line.description, 'zh-CN')).toBe(
      '华为 Atlas 800T A2 训练服务器（8 × 昇腾 910B（通用口径））整机'
    )
    expect(unpriced.totals!.bom!.lines.some((l) => l.id === 'accelerator:huawei-ascend-910b')).toBe(
      false
    )

    // The planner's quote: ¥1,130,000 per system including 13 % VAT → ¥1,000,000 net.
    // Hand check: 64 / 8 = 8 systems × 1,000,000 = 8,000,000 net; capex × 1.13 = 9,040,000.
    const priced = estimateOf(
      plan([training('huawei-ascend-910b', 64)], {
        settings,
        priceBook: [
          {
            partId: 'huawei-atlas-800t-a2-system',
            price: { amount: 1_130_000, currency: 'CNY', taxIncluded: true, source: 'vendor quote' }
          }
        ]
      })
    )
    const pricedGroup = priced.totals!.byAccelerator[0]
    expect(pricedGroup.capex).toBeCloseTo(9_040_000, 4)
    const pricedLine = priced.totals!.bom!.lines.find((l) => l.id === 'system:huawei-ascend-910b')!
    expect(pricedLine.lineTotal).toBeCloseTo(8_000_000, 4)
    expect(pricedLine.priceMissing).toBe(false)
  })

  it('refuses a system that does not ship with the card, or a server not sold as one, in words', () => {
    const b4 = estimateOf(
      plan([training('huawei-ascend-910b4', 16)], {
        settings: {
          serverByAccelerator: { 'huawei-ascend-910b4': 'huawei-atlas-800t-a2' },
          completeSystemByAccelerator: { 'huawei-ascend-910b4': true }
        }
      })
    )
    const group = b4.totals!.byAccelerator[0]
    expect(group.completeSystem).toBeUndefined()
    expect(group.warnings).toContainEqual({
      key: 'systems.warnings.otherAccelerator',
      params: expect.objectContaining({ system: 'Huawei Atlas 800T A2 training server' })
    })
    const pcie = estimateOf(
      plan([training('nvidia-a100-pcie-40gb', 8)], {
        settings: { completeSystemByAccelerator: { 'nvidia-a100-pcie-40gb': true } }
      })
    )
    expect(pcie.totals!.byAccelerator[0].warnings.map((w) => w.key)).toContain(
      'systems.warnings.notSoldAsSystem'
    )
    expect(pcie.totals!.bom!.lines.map((l) => l.id)).toContain('server:nvidia-a100-pcie-40gb')
  })

  it('a quote override on the system line applies to that one line', () => {
    const input = plan([training(A100, 8)], {
      settings: {
        currency: 'USD',
        taxRate: 0,
        discount: 0,
        server: 'hgx-8-sxm-ampere',
        completeSystemByAccelerator: { [A100]: true }
      }
    })
    const result = estimateOf(input)
    const parsed = parsePlan(input)
    if (!parsed.ok) throw new Error('plan did not parse')
    const quote = computeQuoteLines(
      parsed.plan,
      result,
      quoteEditsSchema.parse({ overrides: [{ lineId: `system:${A100}`, unitPrice: 150_000 }] })
    )
    const line = quote.lines.find((l) => l.id === `system:${A100}`)!
    expect(line.quantity).toBe(1)
    expect(line.lineTotal).toBe(150_000)
    expect(result.totals!.byAccelerator[0].capex).toBe(199_000)
  })
})
