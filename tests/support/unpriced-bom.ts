/**
 * A small H100 training plan with the cluster on, and its estimate with chosen cost categories
 * left without a price — whatever the catalog prices — for the tests of how capex reads while
 * bill-of-materials lines still need a price (Results summary, CLI table).
 */
import { estimatePlan, type EstimateResult } from '../../src/shared/core'

export const H100_TRAINING_PLAN = {
  format: 'compute-planner/plan',
  version: 1,
  name: 'H100 training',
  workloads: [
    {
      id: 'train',
      name: 'Pretrain 7B',
      kind: 'llm-training',
      accelerator: 'nvidia-h100-sxm5-80gb',
      model: 'llama-2-7b',
      tokens: 2e12,
      targetDays: 30
    }
  ],
  settings: { currency: 'CNY' }
} as const

/** The plan's estimate with every line of `categories` unpriced, and the totals to match. */
export function withUnpriced(categories: readonly string[]): EstimateResult {
  const result = structuredClone(estimatePlan(H100_TRAINING_PLAN))
  const totals = result.totals!
  const bom = totals.bom!
  for (const line of bom.lines) line.priceMissing = categories.includes(line.costCategory)
  bom.priceMissingLines = bom.lines.filter((l) => l.priceMissing && l.section !== 'optional').length
  totals.costComplete = bom.priceMissingLines === 0
  return result
}
