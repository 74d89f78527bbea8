/**
 * Every bill-of-materials line says what the part does (issue 15): a switch bought as a
 * compute leaf and the same switch bought as a compute spine are two lines that say which,
 * compute racks and management racks likewise; lines of one part in one role merge.
 */
import { describe, expect, it } from 'vitest'
import { estimatePlan, type EstimateResult } from '../../../src/shared/core'
import { PART_ROLES } from '../../../src/shared/core/cluster'
import { renderLineText } from '../../../src/shared/quote/text'
import { computeQuoteLines } from '../../../src/shared/quote/lines'
import { quoteEditsSchema } from '../../../src/shared/schema/quote'
import { parsePlan } from '../../../src/shared/schema/plan'
import { plan } from '../core/helpers'

const settings = { currency: 'USD', taxRate: 0.13, discount: 0, years: 5 }
const h100Training = {
  id: 'h',
  kind: 'llm-training',
  accelerator: 'nvidia-h100-sxm5-80gb',
  model: 'llama-2-70b',
  tokens: 2e12,
  accelerators: 256
}
const a100Training = { ...h100Training, id: 'a', accelerator: 'nvidia-a100-sxm4-80gb' }

function run(workloads: unknown[]): EstimateResult {
  const result = estimatePlan(plan(workloads, { settings }))
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result
}

describe('bill of materials: every line has a role (issue 15)', () => {
  it('names leaf and spine switches, compute and management racks, in both languages', () => {
    const bom = run([h100Training]).totals!.bom!
    for (const line of bom.lines) expect(PART_ROLES, line.id).toContain(line.role)
    const text = (id: string, locale: 'en' | 'zh-CN') =>
      renderLineText(bom.lines.find((l) => l.id === id)!.description, locale)
    const leaf = 'cluster:compute:nvidia-h100-sxm5-80gb:leaf'
    const spine = 'cluster:compute:nvidia-h100-sxm5-80gb:spine'
    expect(text(leaf, 'en')).toMatch(/^Switch \(compute leaf\): NVIDIA Quantum-2 QM9700/)
    expect(text(spine, 'en')).toMatch(/^Switch \(compute spine\): NVIDIA Quantum-2 QM9700/)
    expect(text(leaf, 'zh-CN')).toMatch(/^交换机（计算网络叶层）：/)
    expect(text(spine, 'zh-CN')).toMatch(/^交换机（计算网络脊层）：/)
    expect(text('cluster:racks:nvidia-h100-sxm5-80gb:rack', 'en')).toMatch(/^Rack \(compute rack\)/)
    expect(text('cluster:support:rack', 'en')).toMatch(/^Rack \(management rack/)
    expect(text('cluster:support:rack', 'zh-CN')).toMatch(/^机柜（管理机柜/)
    const role = bom.lines.find((l) => l.id === leaf)!
    expect(role.roleText).toEqual({ en: 'compute leaf', 'zh-CN': '计算网络叶层' })
  })

  it('no two lines read the same, in English or in Chinese', () => {
    for (const workloads of [[h100Training], [h100Training, a100Training]]) {
      const lines = run(workloads).totals!.bom!.lines
      for (const locale of ['en', 'zh-CN'] as const) {
        const texts = lines.map((l) => renderLineText(l.description, locale))
        expect(new Set(texts).size, texts.join('\n')).toBe(texts.length)
      }
    }
  })

  it('merges one part in one role across accelerator groups, keeping every count live', () => {
    const result = run([h100Training, a100Training])
    const totals = result.totals!
    const cluster = totals.cluster!
    const partsIn = (role: string, partClass: string) =>
      cluster.parts.filter((p) => p.role === role && p.partClass === partClass)
    const racks = partsIn('computeRack', 'rack')
    expect(racks).toHaveLength(2)
    expect(racks[0].partId).toBe(racks[1].partId)
    const rackLines = totals.bom!.lines.filter(
      (l) =>
        l.role === 'computeRack' && 'key' in l.description && l.description.key.endsWith('.rack')
    )
    expect(rackLines).toHaveLength(1)
    expect(rackLines[0].quantity).toBe(racks[0].quantity + racks[1].quantity)
    expect(rackLines[0].quantityFromAll).toEqual(
      racks.map((p) => ({ section: p.section, step: p.step }))
    )
    // Same switch as compute leaf in both fabrics: one line; spines another line.
    const leafLines = totals.bom!.lines.filter((l) => l.role === 'computeLeaf')
    expect(leafLines).toHaveLength(1)
    expect(leafLines[0].quantity).toBe(
      partsIn('computeLeaf', 'switch').reduce((s, p) => s + p.quantity, 0)
    )
    // The quote prices the merged quantity once.
    const parsed = parsePlan(plan([h100Training, a100Training], { settings }))
    if (!parsed.ok) throw new Error('plan')
    const quote = computeQuoteLines(parsed.plan, result, quoteEditsSchema.parse({}))
    const merged = quote.lines.find((l) => l.id === rackLines[0].id)!
    expect(merged.quantitySource).toEqual({
      kind: 'clusterSteps',
      refs: racks.map((p) => ({ section: p.section, step: p.step }))
    })
    expect(merged.lineTotal).toBeCloseTo(merged.quantity * merged.unitPrice, 6)
  })
})
