/**
 * Issue 13: an inventory card matched to a catalog card keeps what the catalog knows. Its
 * own figures override only the fields it states; architecture, form factor class, TDP…
 * come from the match, and a card the core must treat generically says so.
 */
import { describe, expect, it } from 'vitest'
import { estimatePlan } from '../../../src/shared/core'
import { toPlanInventory } from '../../../src/shared/inventory/to-plan'
import { plan } from './helpers'

const training = {
  id: 't',
  kind: 'llm-training',
  model: 'llama-3.1-8b',
  tokens: 1e12,
  accelerators: 256
}
const serving = {
  id: 's',
  kind: 'llm-inference',
  model: 'llama-2-70b',
  weightPrecision: 'fp16',
  contextTokens: 4096,
  concurrency: 8,
  target: { requestsPerSecond: 10, inputTokens: 1000, outputTokens: 200 }
}

/** What a spreadsheet row "A800-SXM4-80GB, 80 GB, 8 on hand" gives after "keep mine". */
const importedA800 = {
  id: 'inv-a800',
  kind: 'accelerator' as const,
  vendor: 'NVIDIA',
  name: 'A800-SXM4-80GB',
  memoryGB: 80,
  quantityOnHand: 8,
  catalogId: 'nvidia-a800-sxm4-80gb'
}
const importedH20 = {
  id: 'inv-h20',
  kind: 'accelerator' as const,
  vendor: 'NVIDIA',
  name: 'H20',
  memoryGB: 96,
  memoryBandwidthGBs: 4000,
  fp16Tflops: 148,
  bf16Tflops: 148,
  quantityOnHand: 0,
  catalogId: 'nvidia-h20-96gb'
}

function estimateWith(
  workload: Record<string, unknown>,
  items: (Omit<typeof importedA800, 'catalogId'> & { catalogId?: string })[]
) {
  const { entries } = toPlanInventory(items)
  return estimatePlan(plan([workload], { inventory: entries }))
}

describe('matched inventory cards', () => {
  it('the plan inventory keeps the catalog link', () => {
    const { entries } = toPlanInventory([importedA800])
    expect(entries[0]).toMatchObject({ catalogId: 'nvidia-a800-sxm4-80gb' })
  })

  it('an imported A800 trains like the catalog A800 and goes into an HGX-class server', () => {
    const catalogCard = estimatePlan(plan([{ ...training, accelerator: 'nvidia-a800-sxm4-80gb' }]))
    const imported = estimateWith({ ...training, accelerator: 'inv-a800' }, [importedA800])
    expect(imported.issues).toEqual([])
    const days = (r: typeof imported) => (r.workloads[0].result as { days: number }).days
    expect(days(imported)).toBeCloseTo(days(catalogCard), 9)
    expect(imported.totals!.byAccelerator[0].server.id).toBe(
      catalogCard.totals!.byAccelerator[0].server.id
    )
  })

  it('an imported H20 decodes with the GPU bandwidth efficiency, not the NPU one', () => {
    const imported = estimateWith({ ...serving, accelerator: 'inv-h20' }, [importedH20])
    expect(imported.issues).toEqual([])
    const used = imported.workloads[0].result.assumptions.find(
      (a) => a.id === 'decodeBandwidthEfficiency'
    )
    // The HBM GPU figure (0.8), not the NPU/other one (0.55).
    expect(used?.typical).toBe(0.8)
    const catalogCard = estimatePlan(plan([{ ...serving, accelerator: 'nvidia-h20-96gb' }]))
    expect(imported.totals!.itPowerKW).toBeCloseTo(catalogCard.totals!.itPowerKW!, 6)
  })

  it("the card's own figures still win over the catalog's", () => {
    const own = { ...importedH20, memoryBandwidthGBs: 3000 }
    const imported = estimateWith({ ...serving, accelerator: 'inv-h20' }, [own])
    const steps = imported.workloads[0].result.steps
    const bandwidth = steps.find((s) => /bandwidth/i.test(s.id) && s.kind === 'lookup')
    expect(bandwidth?.value).toBe(3000)
  })

  it('a card with no architecture or form factor class says generic defaults were used', () => {
    const unmatched = { ...importedH20, catalogId: undefined, id: 'inv-x' }
    const result = estimateWith({ ...serving, accelerator: 'inv-x' }, [unmatched])
    const keys = result.workloads[0].result.warnings.map((w) => w.key)
    expect(keys).toContain('sanity.genericArchitecture')
    const groupKeys = result.totals!.byAccelerator[0].warnings.map((w) => w.key)
    expect(groupKeys).toContain('sanity.genericServerClass')
  })
})
