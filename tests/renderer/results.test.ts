/**
 * stores/results.ts beyond results-store.test.ts: which issues belong to the plan as it is
 * now, and `issuesAt` finding a workload's issues without its neighbours' (1 vs 10).
 */
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { useResultsStore } from '@renderer/stores/results'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import { newWorkload } from '@renderer/lib/workloads'
import { setup } from './harness'

const issue = (path: string) => ({ path, message: `bad ${path}`, messageKey: 'core.x', params: {} })

/** Main answers every estimate as refused with these issues (a core answer, not a failure). */
function refusedWith(paths: string[]) {
  setup((channel) =>
    channel === 'calc.estimate'
      ? { ok: false, issues: paths.map(issue), workloads: [], totals: null, compare: null }
      : null
  )
  usePlanStore().load({
    ...createBlankPlan('r'),
    workloads: Array.from({ length: 11 }, (_, i) => newWorkload('custom', `c${i}`))
  })
  return useResultsStore()
}

describe('results issues', () => {
  it('issuesAt takes the workload and what is below it, not workloads[10] for workloads[1]', async () => {
    const results = refusedWith([
      'workloads[1]',
      'workloads[1].totalFlops',
      'workloads[1].assumptions[0]',
      'workloads[10].totalFlops',
      'workloads[1]x',
      ''
    ])
    await results.recalculate()
    expect(results.issuesAt('workloads[1]').map((i) => i.path)).toEqual([
      'workloads[1]',
      'workloads[1].totalFlops',
      'workloads[1].assumptions[0]'
    ])
    expect(results.issuesAt('workloads[10]').map((i) => i.path)).toEqual([
      'workloads[10].totalFlops'
    ])
    expect(results.issues[0]).toEqual({
      path: 'workloads[1]',
      message: 'bad workloads[1]',
      key: 'core.x',
      params: {}
    })
  })

  it('the core’s issues are for the plan they were computed for: an edit hides them until the next answer', async () => {
    const results = refusedWith(['settings.pue'])
    await results.recalculate()
    expect(results.issues.map((i) => i.path)).toEqual(['settings.pue'])
    expect(results.current).toBe(true)
    usePlanStore().update((d) => void (d.name = 'edited'))
    expect(results.stale).toBe(true)
    expect(results.issues).toEqual([])
    await flushPromises()
    await results.recalculate()
    expect(results.issues.map((i) => i.path)).toEqual(['settings.pue'])
  })
})
