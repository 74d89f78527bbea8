/**
 * Issue 14: compare mode honours the plan's complete-system choice. When the plan buys a
 * group's cards as their vendor's complete system (one quote line, cards inside), each
 * candidate the catalog sells as a system is priced and counted as that system; a card sold
 * only as cards keeps card + chassis and its row says so; the planner's own per-card choice
 * stands. Before this, every other candidate was priced as cards + chassis (and a card with
 * no card price but a system price, A100 40 GB, came out "price needed"; it now has a card
 * price too, and a plan that buys cards prices it as cards).
 */
import { describe, expect, it } from 'vitest'
import { estimatePlan, type CompareCandidate } from '../../../src/shared/core'
import { plan } from './helpers'

const training = (accelerator: string) => ({
  id: 'train',
  kind: 'llm-training',
  accelerator,
  model: 'llama-3.1-8b',
  tokens: 5e11,
  targetDays: 30
})

const settings = { currency: 'USD', taxRate: 0.13, discount: 0 }
const priceBook = [
  {
    partId: 'huawei-atlas-800t-a2-system',
    price: { amount: 150_000, currency: 'USD', source: 'vendor quote' }
  },
  { partId: 'nvidia-dgx-h100', price: { amount: 300_000, currency: 'USD', source: 'vendor quote' } }
]
const candidates = [
  'huawei-ascend-910b',
  'nvidia-h100-sxm5-80gb',
  'nvidia-a100-sxm4-40gb',
  'nvidia-h20-96gb',
  'huawei-ascend-910b4'
]

function rows(systems: Record<string, boolean> | undefined): Map<string, CompareCandidate> {
  const result = estimatePlan(
    plan([training('huawei-ascend-910b')], {
      settings: { ...settings, ...(systems ? { completeSystemByAccelerator: systems } : {}) },
      priceBook,
      compare: { enabled: true, candidates }
    })
  )
  if (!result.compare) throw new Error(JSON.stringify(result.issues))
  return new Map(result.compare.candidates.map((c) => [c.acceleratorId, c]))
}

const cautionKeys = (c: CompareCandidate | undefined) => c?.cautions.map((n) => n.key)

describe('compare mode: complete systems', () => {
  it('prices every candidate the catalog sells as a system as that system', () => {
    const asSystems = rows({ 'huawei-ascend-910b': true })
    const h100 = asSystems.get('nvidia-h100-sxm5-80gb')!
    expect(h100.completeSystem).toMatchObject({ id: 'nvidia-dgx-h100' })
    // Hand check: servers are whole DGX systems of 8; capex = systems × 300,000 × 1.13 (VAT).
    const systems = Math.ceil(h100.accelerators! / 8)
    expect(h100.servers).toBe(systems)
    expect(h100.capex).toBeCloseTo(systems * 300_000 * 1.13, 4)
    expect(cautionKeys(h100)).toContain('compare.cautions.asCompleteSystem')

    // No card price in the catalog, but DGX A100 has a public system price: priced, ranked.
    const a100 = asSystems.get('nvidia-a100-sxm4-40gb')!
    expect(a100.completeSystem).toMatchObject({ id: 'nvidia-dgx-a100-320gb' })
    expect(a100.priceNeeded).toBe(false)
    expect(a100.capex).toBeCloseTo(Math.ceil(a100.accelerators! / 8) * 199_000 * 1.13, 4)

    // 910B4 ships in the Atlas 800I A2 system (not the 800T A2 the card would get by default).
    expect(asSystems.get('huawei-ascend-910b4')!.completeSystem).toMatchObject({
      id: 'huawei-atlas-800i-a2-system'
    })
    // The plan's own card, bought as its system as on Results.
    const own = asSystems.get('huawei-ascend-910b')!
    expect(own.completeSystem).toMatchObject({ id: 'huawei-atlas-800t-a2-system' })
    expect(own.capex).toBeCloseTo(Math.ceil(own.accelerators! / 8) * 150_000 * 1.13, 4)
  })

  it('the same candidate is priced as Results prices that card bought as its system', () => {
    const h100 = rows({ 'huawei-ascend-910b': true }).get('nvidia-h100-sxm5-80gb')!
    const onResults = estimatePlan(
      plan([training('nvidia-h100-sxm5-80gb')], {
        settings: { ...settings, completeSystemByAccelerator: { 'nvidia-h100-sxm5-80gb': true } },
        priceBook
      })
    )
    // The candidate is its card group (cards and systems); the cluster's network, storage and
    // racks, now priced from the catalog, are on Results' plan total but not in a candidate.
    expect(onResults.totals!.byAccelerator).toHaveLength(1)
    expect(h100.capex).toBeCloseTo(onResults.totals!.byAccelerator[0].capex!, 6)
    expect(h100.servers).toBe(onResults.totals!.servers)
  })

  it('a card sold only as cards keeps card + chassis, and says so', () => {
    const h20 = rows({ 'huawei-ascend-910b': true }).get('nvidia-h20-96gb')!
    expect(h20.completeSystem).toBeUndefined()
    expect(h20.cautions).toContainEqual({
      key: 'compare.cautions.noCompleteSystem',
      params: { accelerator: expect.stringContaining('H20') }
    })
  })

  it('the planner’s own no for a card stands; a plan that buys cards compares cards', () => {
    const declined = rows({ 'huawei-ascend-910b': true, 'nvidia-h100-sxm5-80gb': false })
    const h100 = declined.get('nvidia-h100-sxm5-80gb')!
    expect(h100.completeSystem).toBeUndefined()
    expect(cautionKeys(h100)).not.toContain('compare.cautions.asCompleteSystem')

    const cards = rows(undefined)
    for (const row of cards.values()) {
      expect(row.completeSystem).toBeUndefined()
      expect(cautionKeys(row)?.some((k) => k.includes('CompleteSystem'))).toBe(false)
    }
    // Cards, not the DGX: A100 40 GB is priced at its catalog card price (15,000 USD) in
    // 8-card HGX servers at the host price (60,000 USD), plus 13 % VAT.
    const a100 = cards.get('nvidia-a100-sxm4-40gb')!
    expect(a100.priceNeeded).toBe(false)
    expect(a100.servers).toBe(Math.ceil(a100.accelerators! / 8))
    expect(a100.capex).toBeCloseTo((a100.accelerators! * 15_000 + a100.servers! * 60_000) * 1.13, 4)
  })
})
