/** lib/workloads.ts: a new workload of each kind, its id, and its display name. */
import { describe, expect, it } from 'vitest'
import { nextWorkloadId, newWorkload, workloadTitle } from '@renderer/lib/workloads'
import { estimatePlan, parsePlan } from '@shared/core'
import { PLAN_FORMAT, PLAN_VERSION, WORKLOAD_KINDS } from '@shared/schema/plan'

describe('nextWorkloadId', () => {
  it('takes the first free number of the kind, filling a gap', () => {
    expect(nextWorkloadId('llm-inference', [])).toBe('serve-1')
    expect(nextWorkloadId('llm-training', ['train-1', 'train-3'])).toBe('train-2')
    expect(nextWorkloadId('custom', new Set(['custom-1', 'custom-2']))).toBe('custom-3')
  })

  it('ids of another kind do not count', () => {
    expect(nextWorkloadId('vision-training', ['train-1', 'serve-1'])).toBe('vision-1')
  })

  it('gives distinct ids for every kind (no two kinds share a prefix)', () => {
    const ids = WORKLOAD_KINDS.map((kind) => nextWorkloadId(kind, []))
    expect(new Set(ids).size).toBe(WORKLOAD_KINDS.length)
  })
})

describe('newWorkload', () => {
  it.each(WORKLOAD_KINDS)('a new %s workload is a valid plan at once and estimates', (kind) => {
    const workload = newWorkload(kind, 'w-1')
    expect(workload).toMatchObject({ id: 'w-1', kind })
    const parsed = parsePlan({
      format: PLAN_FORMAT,
      version: PLAN_VERSION,
      name: 'new',
      workloads: [workload]
    })
    expect(parsed.ok, JSON.stringify(parsed.ok ? null : parsed.issues)).toBe(true)
    if (!parsed.ok) return
    const result = estimatePlan(parsed.plan)
    expect(result.workloads.map((w) => w.id)).toEqual(['w-1'])
    expect(result.ok, JSON.stringify(result.issues)).toBe(true)
  })

  it('returns a fresh object each time (editing one new workload leaves the next alone)', () => {
    const a = newWorkload('llm-training', 'a')
    const b = newWorkload('llm-training', 'b')
    expect(a).not.toBe(b)
    expect({ ...a, id: 'b' }).toEqual(b)
  })
})

describe('workloadTitle', () => {
  it('uses the trimmed name, else the id for an absent, empty or blank name', () => {
    expect(workloadTitle({ id: 'serve-1', name: '  Chat  ' })).toBe('Chat')
    expect(workloadTitle({ id: 'serve-1', name: '   ' })).toBe('serve-1')
    expect(workloadTitle({ id: 'serve-1', name: '' })).toBe('serve-1')
    expect(workloadTitle({ id: 'serve-1' })).toBe('serve-1')
  })
})
