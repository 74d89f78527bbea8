/** Quote lines from an estimate and the user's edits (the numbers the Quote step shows). */
import { describe, expect, it } from 'vitest'
import { estimatePlan, parsePlan } from '@shared/core'
import { computeQuoteLines, lineTotal } from '@shared/quote/lines'
import { convertPrice } from '@shared/quote/money'
import { renderLineText } from '@shared/quote/text'
import type { PlanDocument } from '@shared/schema/plan'
import { emptyQuoteEdits, quoteEditsSchema, type QuoteEditsInput } from '@shared/schema/quote'

function plan(settings: Record<string, unknown> = {}): PlanDocument {
  const parsed = parsePlan({
    format: 'compute-planner/plan',
    version: 1,
    name: 'Lines',
    workloads: [
      {
        id: 'train',
        kind: 'llm-training',
        accelerator: 'nvidia-h100-sxm5-80gb',
        model: 'llama-2-7b',
        tokens: 1e12,
        targetDays: 30
      },
      {
        id: 'old',
        kind: 'custom',
        accelerator: 'nvidia-a800-pcie-80gb',
        acceleratorHours: 5000,
        targetDays: 10
      }
    ],
    settings: { currency: 'CNY', taxRate: 0.13, discount: 0.1, ...settings }
  })
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
  return parsed.plan
}

const edits = (input: QuoteEditsInput) => quoteEditsSchema.parse(input)

describe('lines derived from the estimate', () => {
  it('per accelerator model: its servers, then its cards, at the roll-up prices, with the plan discount', () => {
    const p = plan()
    const estimate = estimatePlan(p)
    const quote = computeQuoteLines(p, estimate, emptyQuoteEdits())
    const h100 = estimate.totals!.byAccelerator.find(
      (g) => g.acceleratorId === 'nvidia-h100-sxm5-80gb'
    )!
    const servers = quote.lines.find((l) => l.id === 'server:nvidia-h100-sxm5-80gb')!
    const cards = quote.lines.find((l) => l.id === 'accelerator:nvidia-h100-sxm5-80gb')!
    expect(quote.lines.indexOf(servers) + 1).toBe(quote.lines.indexOf(cards))
    expect(cards.quantity).toBe(h100.acceleratorsToBuy)
    expect(servers.quantity).toBe(h100.servers)
    expect(cards.unitPrice).toBe(h100.steps.find((s) => s.id === 'acceleratorUnitPrice')!.value)
    expect(cards.discount).toBe(0.1)
    expect(cards.lineTotal).toBe(lineTotal(cards.quantity, cards.unitPrice, 0.1))
    expect(cards.quantitySource).toEqual({
      kind: 'groupStep',
      ref: { group: 0, step: 'acceleratorsToBuy' }
    })
    expect(renderLineText(cards.description, 'en')).toBe('H100 SXM5 80GB accelerator card')
    expect(renderLineText(cards.description, 'zh-CN')).toBe('H100 SXM5 80GB 加速卡')
  })

  it('hardware without a price is listed at 0 and flagged, and the user can price it', () => {
    const p = plan()
    const estimate = estimatePlan(p)
    const unpriced = computeQuoteLines(p, estimate, emptyQuoteEdits()).lines.find(
      (l) => l.id === 'accelerator:nvidia-a800-pcie-80gb'
    )!
    expect(unpriced.priceMissing).toBe(true)
    expect(unpriced.lineTotal).toBe(0)
    const priced = computeQuoteLines(
      p,
      estimate,
      edits({
        overrides: [{ lineId: 'accelerator:nvidia-a800-pcie-80gb', unitPrice: 90000, quantity: 10 }]
      })
    ).lines.find((l) => l.id === 'accelerator:nvidia-a800-pcie-80gb')!
    expect(priced.priceMissing).toBe(false)
    expect(priced.lineTotal).toBe(10 * 90000 * 0.9)
    expect(priced.overridden).toEqual(['quantity', 'unitPrice'])
    expect(priced.quantitySource).toEqual({ kind: 'value' })
  })

  it('with no extra lines the grand total is the core capital cost', () => {
    const p = plan()
    const onlyPriced = { ...p, workloads: [p.workloads[0]] }
    const estimate = estimatePlan(onlyPriced)
    const quote = computeQuoteLines(onlyPriced, estimate, emptyQuoteEdits())
    expect(quote.totals.grandTotal).toBeCloseTo(estimate.totals!.capex!, 4)
    expect(quote.totals.tax).toBeCloseTo(quote.totals.subtotal * 0.13, 6)
  })

  it('excluded lines disappear', () => {
    const p = plan()
    const quote = computeQuoteLines(
      p,
      estimatePlan(p),
      edits({ overrides: [{ lineId: 'server:nvidia-a800-pcie-80gb', excluded: true }] })
    )
    expect(quote.lines.map((l) => l.id)).not.toContain('server:nvidia-a800-pcie-80gb')
  })

  it('names each excluded line by the description it would have had (the way back)', () => {
    const p = plan()
    const estimate = estimatePlan(p)
    const kept = computeQuoteLines(p, estimate, emptyQuoteEdits())
    const server = kept.lines.find((l) => l.id === 'server:nvidia-a800-pcie-80gb')!
    const renamed = kept.lines.find((l) => l.id !== server.id && l.section === 'hardware')!
    const quote = computeQuoteLines(
      p,
      estimate,
      edits({
        overrides: [
          { lineId: server.id, excluded: true },
          { lineId: renamed.id, excluded: true, description: 'Our own name' }
        ]
      })
    )
    expect(kept.leftOut).toEqual([])
    // In quote order; the planner's own name for a line is the one it is offered back by.
    expect(quote.leftOut).toHaveLength(2)
    expect(quote.leftOut).toContainEqual({ id: server.id, description: server.description })
    expect(quote.leftOut).toContainEqual({ id: renamed.id, description: { text: 'Our own name' } })
    expect(quote.lines).toHaveLength(kept.lines.length - 2)
  })
})

describe('the user lines', () => {
  const input: QuoteEditsInput = {
    items: [
      {
        id: 'sw',
        category: 'network',
        description: 'Switch',
        quantity: 2,
        unitPrice: 1000,
        currency: 'USD'
      },
      {
        id: 'inst',
        category: 'installation',
        description: 'Install',
        quantity: 1,
        unitPrice: 5000
      },
      {
        id: 'opt',
        category: 'other',
        description: 'Extra',
        quantity: 1,
        unitPrice: 7,
        optional: true
      }
    ],
    support: { ratePerYear: 0.05 }
  }

  it('sections, currency conversion, support on hardware, optional items outside the total', () => {
    const p = plan()
    const quote = computeQuoteLines(p, estimatePlan(p), edits(input))
    const byId = new Map(quote.lines.map((l) => [l.id, l]))
    const network = byId.get('item:sw')!
    expect(network.section).toBe('hardware')
    expect(network.unitPrice).toBe(convertPrice(1000, 'USD', 'CNY', p.settings.exchangeRates))
    expect(network.unitPrice).toBeCloseTo(7200, 9)
    expect(network.discount).toBe(0.1)
    expect(byId.get('item:inst')!).toMatchObject({ section: 'services', discount: 0 })
    const support = byId.get('support')!
    expect(support.quantity).toBe(p.settings.years)
    expect(support.unitPrice).toBe(0.05 * quote.totals.hardwareSubtotal)
    expect(byId.get('item:opt')!.section).toBe('optional')
    expect(quote.totals.optionalTotal).toBe(7)
    const hardware = quote.lines
      .filter((l) => l.section === 'hardware')
      .reduce((s, l) => s + l.lineTotal, 0)
    expect(quote.totals.hardwareSubtotal).toBe(hardware)
    expect(quote.totals.grandTotal).toBe(quote.totals.subtotal + quote.totals.tax)
    expect(quote.lines.at(-1)!.id).toBe('item:opt')
  })
})

describe('the quote edits schema', () => {
  it('defaults to no edits, A4', () => {
    expect(emptyQuoteEdits()).toEqual({ paperSize: 'a4', items: [], overrides: [] })
  })

  it('refuses bad input with located issues', () => {
    const result = quoteEditsSchema.safeParse({
      items: [
        { id: 'a', category: 'network', description: 'x', quantity: -1, unitPrice: 1 },
        { id: 'a', category: 'rocket', description: '', quantity: 1, unitPrice: 1e13 }
      ],
      overrides: [{ lineId: 'bogus', discount: 1 }],
      language: 'fr'
    })
    expect(result.success).toBe(false)
    const paths = result.error!.issues.map((i) => i.path.join('.'))
    expect(paths).toEqual(
      expect.arrayContaining([
        'items.0.quantity',
        'items.1.category',
        'items.1.description',
        'items.1.unitPrice',
        'overrides.0.lineId',
        'overrides.0.discount',
        'language'
      ])
    )
  })

  it('refuses duplicate ids', () => {
    const result = quoteEditsSchema.safeParse({
      items: [
        { id: 'a', category: 'network', description: 'x', quantity: 1, unitPrice: 1 },
        { id: 'a', category: 'network', description: 'y', quantity: 1, unitPrice: 1 }
      ]
    })
    expect(result.error?.issues[0].path).toEqual(['items', 1, 'id'])
  })
})

describe('cluster part lines in the quote language (issue 15)', () => {
  it('network parts read in Chinese with Chinese units (台, 个, 根), in English as catalogued', () => {
    const p = plan()
    const lines = computeQuoteLines(p, estimatePlan(p), emptyQuoteEdits()).lines.filter((l) =>
      l.id.startsWith('cluster:')
    )
    const byClass = (word: string) =>
      lines.filter((l) => 'key' in l.description && l.description.key.endsWith(`.${word}`))
    const switches = byClass('switch')
    expect(switches.length).toBeGreaterThan(0)
    const zh = renderLineText(switches[0].description, 'zh-CN')
    expect(zh).toMatch(/^交换机（[^）]+）：.*交换机/)
    expect(zh).not.toMatch(/\{|\}/)
    expect(renderLineText(switches[0].description, 'en')).toMatch(/^Switch.*NVIDIA|^Switch/)
    expect(renderLineText(switches[0].unit, 'zh-CN')).toBe('台')
    for (const cable of byClass('cable')) {
      expect(renderLineText(cable.unit, 'zh-CN')).toBe('根')
      // A speed suffix the sizing added stays after the Chinese name.
      expect(renderLineText(cable.description, 'zh-CN')).toMatch(
        /^线缆（[^）]+）：[^A-Za-z]*(跳线|网线|铜缆)/
      )
    }
    for (const module of byClass('transceiver'))
      expect(renderLineText(module.unit, 'zh-CN')).toBe('个')
    for (const line of lines)
      expect(renderLineText(line.description, 'zh-CN'), line.id).not.toMatch(/\{name\}/)
  })
})
