/** The whole cluster in a plan's estimate: BOM lines, capex = quote total, power, storage. */
import { describe, expect, it } from 'vitest'
import { estimatePlan } from '../../../src/shared/core'
import { computeQuoteLines } from '../../../src/shared/quote/lines'
import { quoteEditsSchema } from '../../../src/shared/schema/quote'
import { parsePlan } from '../../../src/shared/schema/plan'
import { plan } from '../core/helpers'

const training = {
  id: 't',
  kind: 'llm-training',
  accelerator: 'nvidia-h100-sxm5-80gb',
  model: 'llama-2-70b',
  tokens: 2e12,
  accelerators: 256
}
const serving = {
  id: 's',
  kind: 'llm-inference',
  accelerator: 'nvidia-h100-sxm5-80gb',
  model: 'llama-2-7b',
  weightPrecision: 'fp16',
  contextTokens: 4096,
  concurrency: 8
}
const settings = { currency: 'USD', taxRate: 0.13, discount: 0, years: 5 }

function run(workloads: unknown[], extra: Record<string, unknown> = {}) {
  const result = estimatePlan(plan(workloads, { settings, ...extra }))
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result
}

describe('whole cluster in the estimate', () => {
  it('training on 256 H100: 32 DGX-class servers, an NDR fabric, storage, racks', () => {
    const totals = run([training]).totals!
    const cluster = totals.cluster!
    const group = cluster.groups[0]
    // 32 servers × 8 rails + 4 UFM ports: 33 ports per rail → 2 leaves per rail (32 down each).
    expect(group.fabricReason).toBe('training')
    expect(group.fabric.leaves).toBe(16)
    expect(group.fabric.spines).toBe(8)
    expect(cluster.storageUnits).toBeGreaterThan(0)
    expect(cluster.managementNodes).toBe(3) // 2 management + 1 login (training)
    expect(cluster.racks).toBe(
      group.racks +
        cluster.sections
          .find((s) => s.id === 'support')!
          .steps.find((s) => s.id === 'supportRacks')!.value
    )
    const classes = new Set(cluster.parts.map((p) => p.partClass))
    for (const c of ['switch', 'transceiver', 'cable', 'storage', 'rack', 'pdu', 'managementNode'])
      expect(classes).toContain(c)
  })

  it('an inference plan whose replicas fit in one server has no compute fabric, and says so', () => {
    const totals = run([serving]).totals!
    const cluster = totals.cluster!
    expect(cluster.groups[0].fabricReason).toBe('none')
    expect(cluster.parts.some((p) => p.lineId.startsWith('compute:'))).toBe(false)
    expect(cluster.notes.map((n) => n.key)).toContain('cluster.notes.noFabricNeeded')
  })

  it('capex is the quote grand total, manual lines and support included (issue 19 "Money")', () => {
    const edits = {
      items: [
        {
          id: 'sw',
          category: 'network',
          description: '400G switch',
          quantity: 4,
          unitPrice: 50_000
        }
      ],
      support: { ratePerYear: 0.05 }
    }
    const withLines = run([training], { quote: edits }).totals!
    const without = run([training]).totals!
    const parsed = parsePlan(plan([training], { settings, quote: edits }))
    if (!parsed.ok) throw new Error('plan')
    const quote = computeQuoteLines(
      parsed.plan,
      { ok: true, issues: [], workloads: [], totals: withLines, compare: null },
      quoteEditsSchema.parse(edits)
    )
    expect(withLines.capex).toBeCloseTo(quote.totals.grandTotal, 4)
    // The switches alone add 4 × 50,000 × 1.13 before support (support scales the hardware).
    expect(withLines.capex! - without.capex!).toBeGreaterThan(4 * 50_000 * 1.13)
    expect(withLines.tco! - without.tco!).toBeGreaterThan(withLines.capex! - without.capex!)
    expect(withLines.bom!.byCategory.network).toBeGreaterThanOrEqual(200_000)
  })

  it('prices parts from the plan price book; tax-inclusive prices lose their VAT once', () => {
    const totals = run([training], {
      priceBook: [
        {
          partId: 'nvidia-qm9700',
          price: { amount: 33_900, currency: 'USD', source: 'vendor quote', date: '2026-11' },
          taxIncluded: true
        }
      ]
    }).totals!
    const leaf = totals.bom!.lines.find(
      (l) => l.id === 'cluster:compute:nvidia-h100-sxm5-80gb:leaf'
    )!
    expect(leaf.priceMissing).toBe(false)
    expect(leaf.unitPrice).toBeCloseTo(30_000, 6)
    expect(leaf.lineTotal).toBeCloseTo(16 * 30_000, 6)
    // A part with neither a price-book entry nor a catalog price stays "price needed".
    const unpriced = totals.cluster!.parts.find((p) => p.partId && p.price === undefined)!
    const line = totals.bom!.lines.find((l) => l.id === `cluster:${unpriced.lineId}`)!
    expect(line.priceMissing).toBe(true)
    expect(totals.bom!.priceMissingLines).toBeGreaterThan(0)
  })

  it('adds the infrastructure power to the plan and runs it around the clock', () => {
    const on = run([training]).totals!
    const off = run([training], { settings: { ...settings, cluster: { enabled: false } } }).totals!
    const infra = on.cluster!.infrastructurePowerKW
    expect(infra).toBeGreaterThan(0)
    expect(on.itPowerKW).toBeCloseTo(off.itPowerKW! + infra, 6)
    expect(on.energyMWhPerYear).toBeCloseTo(off.energyMWhPerYear! + (infra * 8760 * 1.3) / 1000, 6)
    expect(off.cluster).toBeUndefined()
  })

  it('takes the spine model from the plan option computeSpineSwitch, and refuses a mismatch in words', () => {
    const withSpine = (spine: string) =>
      run([training], { settings: { ...settings, cluster: { computeSpineSwitch: spine } } }).totals!
        .cluster!
    const notes = (c: ReturnType<typeof withSpine>) =>
      c.sections.find((s) => s.id === 'compute:nvidia-h100-sxm5-80gb')!.notes.map((n) => n.key)
    // InfiniBand QM9700 leaves cannot take an Ethernet spine: the leaf model stays the spine.
    const ethernet = withSpine('nvidia-sn5600')
    expect(notes(ethernet)).toContain('cluster.notes.spineFabricMismatch')
    expect(ethernet.groups[0].fabric.spineSwitchId).toBe('nvidia-qm9700')
    // The same model as the leaf changes nothing.
    expect(withSpine('nvidia-qm9700').groups[0].fabric).toEqual(
      run([training]).totals!.cluster!.groups[0].fabric
    )
  })

  it("convergedFabric: the pair carries the servers' north–south ports, or splits into leaf pairs", () => {
    const options = { computeSwitch: 'nvidia-sn5600', convergedFabric: true }
    const cluster = (accelerators: number, extra: Record<string, unknown> = options) =>
      run([{ ...training, accelerators }], { settings: { ...settings, cluster: extra } }).totals!
        .cluster!
    const step = (c: ReturnType<typeof cluster>, section: string, id: string) =>
      c.sections.find((s) => s.id === section)?.steps.find((s) => s.id === id)?.value
    // 96 H100 = 12 servers: 12 × (8 + 2) = 120 ≤ 2 × 64 down ports → converged pair; the
    // servers' 24 north–south ports are on it, so the front end counts only the other nodes.
    const small = cluster(96)
    expect(small.groups[0].fabric).toMatchObject({ leaves: 2, leafPair: 'converged' })
    const small96Apart = cluster(96, { computeSwitch: 'nvidia-sn5600' })
    expect(step(small, 'frontend', 'frontEndpoints')).toBe(
      step(small96Apart, 'frontend', 'frontEndpoints')! - 12 * 2
    )
    expect(
      small.parts.filter(
        (p) =>
          p.role === 'northSouthNodeLeafLinks' &&
          p.partClass === 'cable' &&
          p.section.startsWith('compute:')
      )
    ).toEqual([expect.objectContaining({ section: 'compute:nvidia-h100-sxm5-80gb', quantity: 24 })])
    // Storage and management nodes take the pair's free ports (2 × 128 − 120 = 136), as the
    // RA's core pair is their multihoming endpoint: no north–south switches at all.
    expect(small.groups[0].fabric.pairFreePorts).toBe(136)
    expect(step(small, 'frontend', 'convergedPairFreePorts')).toBe(136)
    expect(step(small, 'frontend', 'frontLeaves')).toBeUndefined()
    expect(small.parts.some((p) => p.role === 'northSouthLeaf')).toBe(false)
    expect(small.networkSwitches).toBe(2 + step(small, 'oob', 'oobSwitches')!)
    // 128 H100 = 16 servers: 160 > 128 → east–west leaf pair; the 32 north–south server ports
    // (with storage and management) go to a north–south leaf pair with no spine.
    const split = cluster(128)
    expect(split.groups[0].fabric).toMatchObject({ leaves: 2, spines: 0, leafPair: 'eastWest' })
    expect(step(split, 'frontend', 'frontLeafPairs')).toBe(1)
    expect(step(split, 'frontend', 'frontLeaves')).toBe(2)
    expect(step(split, 'frontend', 'frontSpines')).toBeUndefined()
    // Without the option: the 128 ports on one switch, the front end as before (no pairs).
    const apart = cluster(128, { computeSwitch: 'nvidia-sn5600' })
    expect(apart.groups[0].fabric.leaves).toBe(1)
    expect(step(apart, 'frontend', 'frontLeafPairs')).toBeUndefined()
    // Same north–south ports (servers, storage, management) with and without the option.
    expect(step(split, 'frontend', 'frontEndpoints')).toBe(
      step(apart, 'frontend', 'frontEndpoints')
    )
  })

  it('every BOM quantity from the sizing is a derivation step of its section', () => {
    const totals = run([training, serving]).totals!
    for (const line of totals.bom!.lines) {
      if (!line.quantityFrom || line.quantityFrom.section.startsWith('group:')) continue
      const section = totals.cluster!.sections.find((s) => s.id === line.quantityFrom!.section)!
      expect(section.steps.find((s) => s.id === line.quantityFrom!.step)?.value).toBe(line.quantity)
    }
  })
})
