/**
 * Compare mode is tuned for speed (issue 14 benchmark: 20 workloads × every catalog card under
 * 50 ms). Speed work must never change an answer: this pins every field of every group and
 * candidate row of a realistic plan — ten workloads of every kind, latency targets, the
 * mainland-China market, deadline, budget and power cap — per workload and for the whole plan.
 *
 * The snapshot holds one line per row: the card, whether it is feasible, its TCO and a hash of
 * the row's full JSON (the full rows would be megabytes). A changed line names the row that
 * changed. When a formula or a catalog figure changes ON PURPOSE, the rows change with it:
 * review the changed lines, then regenerate with
 *   npx vitest run tests/shared/core/compare-golden.test.ts -u
 */
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { estimatePlan, type CompareResult } from '../../../src/shared/core'
import { twentyWorkloadPlan } from '../../../bench/lib/compare-plan'

function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16)
}

function rowsOf(compare: CompareResult): string {
  const lines: string[] = []
  for (const { candidates, ...group } of compare.groups) {
    lines.push(`${group.id} recommended=${group.recommended ?? '-'} ${digest(group)}`)
    for (const row of candidates)
      lines.push(
        `  ${row.acceleratorId} feasible=${row.feasible} tco=${row.tco === null ? '-' : Math.round(row.tco)} ${digest(row)}`
      )
  }
  const { groups: _groups, candidates: _candidates, ...rest } = compare
  lines.push(`result ${digest(rest)}`)
  return lines.join('\n') + '\n'
}

function compareOf(grouping: 'workload' | 'plan'): CompareResult {
  const base = twentyWorkloadPlan() as { workloads: unknown[]; compare: object }
  const plan = {
    ...base,
    workloads: base.workloads.slice(0, 10),
    compare: { ...base.compare, grouping }
  }
  const result = estimatePlan(plan)
  if (!result.compare) throw new Error(JSON.stringify(result.issues))
  return result.compare
}

describe('compare mode: every row of a realistic plan stays as it was', () => {
  it('per workload', async () => {
    const compare = compareOf('workload')
    // The plan exercises feasible, infeasible and refused rows alike.
    expect(compare.candidates.some((c) => c.feasible)).toBe(true)
    expect(compare.candidates.some((c) => c.evaluable && !c.feasible)).toBe(true)
    expect(compare.candidates.some((c) => !c.evaluable)).toBe(true)
    await expect(rowsOf(compare)).toMatchFileSnapshot('__snapshots__/compare-golden.workload.txt')
  })

  it('for the whole plan', async () => {
    await expect(rowsOf(compareOf('plan'))).toMatchFileSnapshot(
      '__snapshots__/compare-golden.plan.txt'
    )
  })
})
