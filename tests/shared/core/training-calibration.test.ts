/**
 * The training MFU model against its public calibration set (data/training-runs.ts), run
 * through estimatePlan exactly as a planner would type each run. Tolerances (issue 16):
 * the median absolute error of the typical figure ≤ 8 %; the published figure inside the
 * planner's own low–high range for ≥ 90 % of runs; no single run off by more than 45 %.
 */
import { describe, expect, it } from 'vitest'
import type { LlmTrainingResult } from '../../../src/shared/core'
import { TRAINING_RUNS, type CalibrationRun } from './data/training-runs'
import { estimate, only } from './helpers'

interface Scored {
  name: string
  published: number
  typical: number
  low: number
  high: number
  error: number
  inside: boolean
}

function score(run: CalibrationRun): Scored {
  const workload = {
    id: 'w',
    kind: 'llm-training',
    accelerator: run.accelerator,
    model: { name: run.name, ...run.model },
    tokens: run.tokens,
    accelerators: run.accelerators ?? 1024,
    ...(run.precision ? { precision: run.precision } : {}),
    ...(run.recompute ? { recompute: run.recompute } : {}),
    ...(run.sequenceLength ? { sequenceLength: run.sequenceLength } : {})
  }
  const w = only(estimate([workload]))
  const result = w.result as unknown as LlmTrainingResult
  const metric = 'days' in run.published ? 'days' : 'acceleratorHours'
  const range = w.result.ranges[metric]
  let published: number
  if ('days' in run.published) published = run.published.days
  else if ('acceleratorHours' in run.published) published = run.published.acceleratorHours
  else {
    // An MFU-only run: the accelerator-hours that MFU implies for the same (arbitrary) tokens.
    const peak = result.totalFlops / (result.acceleratorHours * 3600 * result.achievedMfu)
    published = result.totalFlops / (peak * run.published.mfu) / 3600
  }
  return {
    name: run.name,
    published,
    typical: range.typical,
    low: range.low,
    high: range.high,
    error: range.typical / published - 1,
    inside: range.low <= published && published <= range.high
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

describe('training MFU model against the public calibration set', () => {
  const scored = TRAINING_RUNS.map(score)

  it('has at least 30 runs, each with a source', () => {
    expect(TRAINING_RUNS.length).toBeGreaterThanOrEqual(30)
    for (const run of TRAINING_RUNS) expect(run.source.length).toBeGreaterThan(10)
  })

  it('median absolute error of the typical figure ≤ 8 %', () => {
    expect(median(scored.map((s) => Math.abs(s.error)))).toBeLessThanOrEqual(0.08)
  })

  it('the published figure is inside low–high for ≥ 90 % of runs', () => {
    const inside = scored.filter((s) => s.inside).length
    expect(inside / scored.length).toBeGreaterThanOrEqual(0.9)
  })

  it.each(TRAINING_RUNS.map((r) => [r.name, r] as const))(
    '%s: typical within ±45 % and the range holds its typical value',
    (_name, run) => {
      const s = score(run)
      expect(Math.abs(s.error)).toBeLessThanOrEqual(0.45)
      expect(s.low).toBeLessThanOrEqual(s.typical)
      expect(s.high).toBeGreaterThanOrEqual(s.typical)
    }
  )
})

/** Prints the table docs/methodology.md carries (run with CALIBRATION_TABLE=1). */
if (process.env.CALIBRATION_TABLE) {
  const all = TRAINING_RUNS.map(score)
  console.log(
    `median |error| ${(median(all.map((s) => Math.abs(s.error))) * 100).toFixed(1)} %, inside ${all.filter((s) => s.inside).length}/${all.length}`
  )
  for (const [i, s] of all.entries()) {
    const run = TRAINING_RUNS[i]
    const card = typeof run.accelerator === 'string' ? run.accelerator : 'TPU v3 (inline)'
    const kind = Object.keys(run.published)[0]
    console.log(
      `| ${s.name} | ${card} × ${run.accelerators ?? '—'} | ${kind} | ${s.published.toPrecision(4)} | ${s.typical.toPrecision(4)} | ${(s.error * 100).toFixed(1)} % | ${s.low.toPrecision(3)}–${s.high.toPrecision(3)} | ${s.inside ? 'yes' : 'no'} | ${run.source} |`
    )
  }
}
