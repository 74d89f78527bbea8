/**
 * Published LLM decode measurements the planner never special-cases: each must fall inside
 * the planner's own low–high range, and the set as a whole must meet the honesty target
 * (≥ 90 % inside, median absolute error of the typical value ≤ 8 %). The set and its
 * residuals are listed in docs/methodology.md § Inference calibration.
 *
 * Source of every row: pytorch-labs/gpt-fast README, "Benchmarks" and "Tensor Parallelism"
 * tables (A100-80GB SXM, power limited to 330 W, batch 1, short prompt).
 */
import { describe, expect, it } from 'vitest'
import { estimate, only } from './helpers'

interface Case {
  name: string
  workload: Record<string, unknown>
  tokensPerSecond: number
}

const groupOf32 = { quantGroupSize: 32 }
const CASES: Case[] = [
  {
    name: 'Llama-2-7B bf16',
    workload: { model: 'llama-2-7b', weightPrecision: 'bf16' },
    tokensPerSecond: 104.9
  },
  {
    name: 'Llama-2-7B int8 weight-only',
    workload: { model: 'llama-2-7b', weightPrecision: 'int8', quantization: 'int8-weight-only' },
    tokensPerSecond: 155.58
  },
  {
    name: 'Llama-2-7B int4 group 32',
    workload: {
      model: 'llama-2-7b',
      weightPrecision: 'int4',
      quantization: 'gptq-int4',
      assumptions: groupOf32
    },
    tokensPerSecond: 196.8
  },
  {
    name: 'Llama-2-70B int8 weight-only',
    workload: { model: 'llama-2-70b', weightPrecision: 'int8', quantization: 'int8-weight-only' },
    tokensPerSecond: 19.13
  },
  {
    name: 'Llama-2-70B int4 group 32',
    workload: {
      model: 'llama-2-70b',
      weightPrecision: 'int4',
      quantization: 'gptq-int4',
      assumptions: groupOf32
    },
    tokensPerSecond: 25.25
  },
  ...[
    [2, 136.27],
    [4, 168.78],
    [8, 179.27]
  ].map(([tensor, tokensPerSecond]) => ({
    name: `Llama-2-7B bf16 TP${tensor}`,
    workload: { model: 'llama-2-7b', weightPrecision: 'bf16', parallel: { tensor, pipeline: 1 } },
    tokensPerSecond
  })),
  ...[
    [2, 20.53],
    [4, 34.15],
    [8, 47.25]
  ].map(([tensor, tokensPerSecond]) => ({
    name: `Llama-2-70B bf16 TP${tensor}`,
    workload: { model: 'llama-2-70b', weightPrecision: 'bf16', parallel: { tensor, pipeline: 1 } },
    tokensPerSecond
  }))
]

function decodeRange(c: Case) {
  const result = only(
    estimate([
      {
        id: 'w',
        kind: 'llm-inference',
        accelerator: 'nvidia-a100-sxm4-80gb',
        contextTokens: 512,
        concurrency: 1,
        ...c.workload
      }
    ])
  ).result
  return result.ranges.decodeTokensPerSecondPerSequence
}

describe('inference calibration set (gpt-fast, A100-80GB)', () => {
  it.each(CASES)('$name: $tokensPerSecond tokens/s lies inside the planner range', (c) => {
    const range = decodeRange(c)
    expect(range.low).toBeLessThanOrEqual(c.tokensPerSecond)
    expect(range.high).toBeGreaterThanOrEqual(c.tokensPerSecond)
  })

  it('coverage ≥ 90 % and median absolute error ≤ 8 %', () => {
    const errors: number[] = []
    let inside = 0
    for (const c of CASES) {
      const range = decodeRange(c)
      if (range.low <= c.tokensPerSecond && c.tokensPerSecond <= range.high) inside++
      errors.push(Math.abs(range.typical / c.tokensPerSecond - 1))
    }
    errors.sort((a, b) => a - b)
    const median = errors[Math.floor(errors.length / 2)]
    expect(inside / CASES.length).toBeGreaterThanOrEqual(0.9)
    expect(median).toBeLessThanOrEqual(0.08)
  })

  it('prints the table when asked (CALIBRATION_TABLE=1)', () => {
    const rows = CASES.map((c) => {
      const r = decodeRange(c)
      const error = r.typical / c.tokensPerSecond - 1
      const inside = r.low <= c.tokensPerSecond && c.tokensPerSecond <= r.high
      return `| ${c.name} | ${c.tokensPerSecond} | ${r.typical.toFixed(1)} | ${r.low.toFixed(1)}–${r.high.toFixed(1)} | ${(error * 100).toFixed(0)} % | ${inside ? 'yes' : 'no'} |`
    })
    if (process.env.CALIBRATION_TABLE) console.log(rows.join('\n'))
    expect(rows).toHaveLength(CASES.length)
  })
})
