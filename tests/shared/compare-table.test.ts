/** The comparison table shared by Results, CSV, the Comparison sheet and the report. */
import { describe, expect, it } from 'vitest'
import { estimatePlan } from '../../src/shared/core'
import { comparisonRows, comparisonToCsv } from '../../src/shared/compare/table'
import { PLAN_FORMAT, PLAN_VERSION } from '../../src/shared/schema/plan'

const plan = (name: string) => ({
  format: PLAN_FORMAT,
  version: PLAN_VERSION,
  name: 't',
  workloads: [
    {
      id: 'chat',
      name,
      kind: 'llm-inference',
      accelerator: 'huawei-ascend-910b',
      model: 'llama-2-70b',
      weightPrecision: 'fp16',
      contextTokens: 8192,
      concurrency: 8,
      target: {
        requestsPerSecond: 10,
        inputTokens: 2000,
        outputTokens: 200,
        maxTimeToFirstTokenMs: 300
      }
    }
  ],
  settings: { market: 'mainland-china' },
  compare: {
    enabled: true,
    candidates: ['nvidia-h20-96gb', 'huawei-ascend-910b', 'nvidia-h100-sxm5-80gb']
  }
})

/** Minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  for (const line of text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')) {
    const fields = [...line.matchAll(/"((?:[^"]|"")*)"(?:,|$)/g)].map((m) =>
      m[1].replace(/""/g, '"')
    )
    rows.push(fields)
  }
  return rows
}

describe('comparison table', () => {
  it('ranked first, then feasible without a price, then infeasible, then excluded', () => {
    const result = estimatePlan(plan('chat')).compare!
    const rows = comparisonRows(result, 'en')
    expect(rows.map((r) => r.acceleratorId)).toEqual([
      'huawei-ascend-910b',
      'nvidia-h20-96gb',
      'nvidia-h100-sxm5-80gb'
    ])
    expect(rows[0].recommended).toBe(true)
    expect(rows[2].excluded).toBe(true)
    expect(rows[1].cells.reasons).toMatch(/chat: TTFT \d+ ms > 300 ms/)
  })

  it('CSV: every column, the numbers in full, re-read equal; user text cannot become a formula', () => {
    const result = estimatePlan(plan('=HYPERLINK("http://x","y")')).compare!
    const csv = comparisonToCsv(result, 'zh-CN', 'USD')
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const rows = parseCsv(csv)
    expect(rows[0][0]).toBe('候选')
    expect(rows[0]).toHaveLength(16)
    const ascend = rows.find((r) => r[0].startsWith('昇腾 910B'))!
    expect(ascend[1]).toBe('\'=HYPERLINK("http://x","y")')
    const c = result.candidates.find((x) => x.acceleratorId === 'huawei-ascend-910b')!
    expect(Number(ascend[6])).toBe(c.timeToFirstTokenMs)
    expect(Number(ascend[11])).toBe(c.tco)
    expect(ascend[15]).toBe('是')
  })
})

describe('candidate names in the reader language', () => {
  // The zh-CN table named candidates in English ("Ascend 910B (generic, as commonly quoted)")
  // while every other Chinese screen used the catalog's Chinese name.
  it('zh-CN rows use the catalog nameZh; English rows the catalog name', () => {
    const result = estimatePlan(plan('chat')).compare!
    const zh = comparisonRows(result, 'zh-CN')
    const en = comparisonRows(result, 'en')
    const ascendZh = zh.find((row) => row.acceleratorId === 'huawei-ascend-910b')!
    const ascendEn = en.find((row) => row.acceleratorId === 'huawei-ascend-910b')!
    const candidate = result.groups[0].candidates.find(
      (c) => c.acceleratorId === 'huawei-ascend-910b'
    )!
    expect(candidate.nameZh).toBeDefined()
    expect(ascendZh.cells.candidate).toBe(candidate.nameZh)
    expect(ascendEn.cells.candidate).toBe(candidate.name)
    expect(String(ascendZh.cells.candidate)).toMatch(/昇腾/)
  })
})
