/**
 * Held-out published measurements (issue 16, "Honest ranges"): the planner's constants were
 * not fitted on these cases. Every case runs through estimatePlan with the default
 * assumptions; the published figure must fall inside the planner's own low–high range, and
 * each kind as a whole must meet the honesty target. Sources and dates:
 * tests/shared/core/data/holdout-cases.ts; the table is in docs/methodology.md § Validation.
 */
import { describe, expect, it } from 'vitest'
import { estimate, only } from './helpers'
import {
  INFERENCE_SPEED_CASES,
  MEMORY_CASES,
  VISION_CASES,
  type InferenceSpeedCase,
  type MemoryCase,
  type VisionCase
} from './data/holdout-cases'

interface Range {
  typical: number
  low: number
  high: number
}
interface Row {
  name: string
  published: number
  range: Range
}

function workloadResult(kind: string, accelerator: string, workload: Record<string, unknown>) {
  const result = only(estimate([{ id: 'w', kind, accelerator, ...workload }])).result as unknown
  return result as { ranges: Record<string, Range>; memory?: Record<string, number> }
}

function speedRow(c: InferenceSpeedCase): Row {
  const r = workloadResult('llm-inference', c.accelerator, { concurrency: 1, ...c.workload })
  return { name: c.name, published: c.tokensPerSecond, range: r.ranges.decodeTokensPerSecondPerSequence }
}

const GIB_PER_GB = 1e9 / 2 ** 30
function memoryRow(c: MemoryCase): Row {
  const r = workloadResult('llm-inference', c.accelerator, { concurrency: 1, ...c.workload })
  if (c.measure === 'totalGiB') {
    const t = r.ranges.totalGB
    return {
      name: c.name,
      published: c.published,
      range: { typical: t.typical * GIB_PER_GB, low: t.low * GIB_PER_GB, high: t.high * GIB_PER_GB }
    }
  }
  // Weights and the KV cache are exact arithmetic (no assumption moves them): a point figure.
  const value = c.measure === 'weightsGB' ? r.memory!.weightsGB : r.memory!.kvCacheGiB
  return { name: c.name, published: c.published, range: { typical: value, low: value, high: value } }
}

function visionRow(c: VisionCase): Row {
  const r = workloadResult('vision-training', c.accelerator, c.workload)
  return { name: c.name, published: c.imagesPerSecond, range: r.ranges.imagesPerSecond }
}

function summary(rows: Row[]) {
  const errors = rows.map((r) => Math.abs(r.range.typical / r.published - 1)).sort((a, b) => a - b)
  const mid = Math.floor(errors.length / 2)
  const median = errors.length % 2 ? errors[mid] : (errors[mid - 1] + errors[mid]) / 2
  const inside = rows.filter((r) => r.range.low <= r.published && r.published <= r.range.high)
  return { cases: rows.length, inside: inside.length, coverage: inside.length / rows.length, median }
}

function table(title: string, rows: Row[]) {
  const s = summary(rows)
  const lines = rows.map((r) => {
    const e = (r.range.typical / r.published - 1) * 100
    const ok = r.range.low <= r.published && r.published <= r.range.high
    return `| ${r.name} | ${r.published} | ${r.range.typical.toFixed(1)} | ${r.range.low.toFixed(1)}–${r.range.high.toFixed(1)} | ${e >= 0 ? '+' : ''}${e.toFixed(0)} % | ${ok ? 'yes' : 'no'} |`
  })
  return [
    `### ${title}: ${s.inside}/${s.cases} inside (${(s.coverage * 100).toFixed(0)} %), median |error| ${(s.median * 100).toFixed(1)} %`,
    ...lines
  ].join('\n')
}

const KINDS = [
  { title: 'llm-inference decode speed', rows: () => INFERENCE_SPEED_CASES.map(speedRow) },
  { title: 'llm-inference memory', rows: () => MEMORY_CASES.map(memoryRow) },
  { title: 'vision-training throughput', rows: () => VISION_CASES.map(visionRow) }
]

describe('held-out published measurements', () => {
  it('prints the tables when asked (CALIBRATION_TABLE=1)', () => {
    const out = KINDS.map((k) => table(k.title, k.rows()))
    if (process.env.CALIBRATION_TABLE) console.log(out.join('\n\n'))
    expect(out).toHaveLength(KINDS.length)
  })
})
