/**
 * The quote workbook names each cluster line's role (issue 15), in the quote's language, and a
 * line of one part in one role counted by several groups keeps its quantity live: the sum of
 * the groups' named sizing cells, which a real formula engine recalculates to the count.
 */
import { describe, expect, it } from 'vitest'
import { estimatePlan } from '@shared/core'
import { buildQuoteWorkbook } from '../../../src/main/services/quote/workbook/build-workbook'
import { edits, plan } from './helpers/fixtures'
import { close, formulaCells, readWorkbook, recalculate } from './helpers/workbook'

const training = {
  kind: 'llm-training',
  model: 'llama-2-70b',
  tokens: 2e12,
  accelerators: 256
}
const twoFabrics = plan({
  format: 'compute-planner/plan',
  version: 1,
  name: 'two fabrics',
  workloads: [
    { ...training, id: 'h', accelerator: 'nvidia-h100-sxm5-80gb' },
    { ...training, id: 'a', accelerator: 'nvidia-a100-sxm4-80gb' }
  ],
  settings: { currency: 'USD', taxRate: 0.13, discount: 0 }
})

async function build(language: 'en' | 'zh-CN') {
  const estimate = estimatePlan(twoFabrics)
  const built = await buildQuoteWorkbook({
    plan: twoFabrics,
    estimate,
    edits: edits(),
    language,
    date: '2025-03-01',
    letterhead: { company: 'ACME', author: 'Planner' }
  })
  const workbook = await readWorkbook(built.bytes)
  return { estimate, built, workbook }
}

describe('quote workbook: BOM roles', () => {
  it('describes leaf, spine and rack lines by role, in English and Chinese', async () => {
    for (const [language, leaf, spine, rack] of [
      ['en', 'Switch (compute leaf)', 'Switch (compute spine)', 'Rack (management rack'],
      ['zh-CN', '交换机（计算网络叶层）', '交换机（计算网络脊层）', '机柜（管理机柜']
    ] as const) {
      const { workbook } = await build(language)
      const texts: string[] = []
      workbook.eachSheet((sheet) =>
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            if (typeof cell.value === 'string') texts.push(cell.value)
          })
        )
      )
      for (const prefix of [leaf, spine, rack])
        expect(
          texts.some((t) => t.startsWith(prefix)),
          prefix
        ).toBe(true)
    }
  })

  it('sums the groups’ sizing cells for a merged line, and the sum recalculates', async () => {
    const { estimate, built, workbook } = await build('en')
    const merged = built.quote.lines.filter((l) => l.quantitySource.kind === 'clusterSteps')
    expect(merged.map((l) => l.role)).toEqual(
      expect.arrayContaining(['computeLeaf', 'computeSpine', 'computeRack'])
    )
    const engine = recalculate(workbook)
    const quantityCells = formulaCells(workbook).filter(
      (c) =>
        /^C\d+_\w+\+C\d+_\w+/.test(c.formula) || /^[A-Za-z0-9_]+\+[A-Za-z0-9_]+$/.test(c.formula)
    )
    expect(quantityCells.length).toBeGreaterThanOrEqual(merged.length)
    for (const cell of formulaCells(workbook)) {
      const fresh = engine.valueAt(cell.sheet, cell.row, cell.col)
      expect(close(fresh as number, cell.cached), `${cell.sheet}!${cell.address}`).toBe(true)
    }
    const leaves = estimate.totals!.cluster!.groups.reduce((s, g) => s + g.fabric.leaves, 0)
    expect(merged.find((l) => l.role === 'computeLeaf')!.quantity).toBe(leaves)
    expect(close(engine.valueOf('Quote_GrandTotal') as number, estimate.totals!.capex!)).toBe(true)
  })
})
