import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createApi, installApi } from '@renderer/api'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import { loadPlanValidator, useResultsStore } from '@renderer/stores/results'
import type { Envelope } from '@shared/ipc/envelope'
import type { PlanDocument } from '@shared/schema/plan'

/** A fake core: answers with the plan's name, after a delay the test controls. */
function fakeEstimate() {
  const pending: { plan: PlanDocument; resolve: (e: Envelope<unknown>) => void }[] = []
  const invoke = vi.fn(
    (_method: string, channel: string, request: unknown) =>
      new Promise<Envelope<unknown>>((resolve) => {
        if (channel !== 'calc.estimate') return resolve({ ok: true, data: null })
        pending.push({ plan: request as PlanDocument, resolve })
      })
  )
  installApi(createApi(invoke))
  const answer = (index: number) => {
    const { plan, resolve } = pending[index]
    resolve({
      ok: true,
      data: { ok: true, issues: [], workloads: [], totals: null, compare: null, name: plan.name }
    })
  }
  return { invoke, pending, answer }
}

const video = {
  id: 'v',
  kind: 'video-analytics' as const,
  accelerator: 'huawei-atlas-300i-pro',
  streams: 100,
  topsPerStream: 5.5
}

describe('results store: live recalculation', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    setActivePinia(createPinia())
  })
  afterEach(() => vi.useRealTimers())

  it('debounces edits into one request and shows busy until the answer arrives', async () => {
    const core = fakeEstimate()
    const plan = usePlanStore()
    const results = useResultsStore()
    for (const name of ['a', 'ab', 'abc']) plan.update((d) => void (d.name = name), 'name')
    await vi.advanceTimersByTimeAsync(0)
    expect(results.busy).toBe(true)
    await vi.advanceTimersByTimeAsync(100)
    expect(core.pending).toHaveLength(1)
    expect(core.pending[0].plan.name).toBe('abc')
    expect(results.busy).toBe(true)
    core.answer(0)
    await vi.advanceTimersByTimeAsync(0)
    expect(results.busy).toBe(false)
    expect(results.current).toBe(true)
    expect(results.stale).toBe(false)
  })

  it('never lets a slow, older answer replace a newer one', async () => {
    const core = fakeEstimate()
    const plan = usePlanStore()
    const results = useResultsStore()
    plan.update((d) => void (d.name = 'old'))
    await vi.advanceTimersByTimeAsync(100)
    plan.update((d) => void (d.name = 'new'))
    await vi.advanceTimersByTimeAsync(100)
    expect(core.pending.map((p) => p.plan.name)).toEqual(['old', 'new'])
    core.answer(1)
    await vi.advanceTimersByTimeAsync(0)
    core.answer(0) // the older request answers last
    await vi.advanceTimersByTimeAsync(0)
    expect((results.result as unknown as { name: string }).name).toBe('new')
    expect(results.current).toBe(true)
  })

  it('marks results stale the moment the plan changes, until the new answer', async () => {
    const core = fakeEstimate()
    const plan = usePlanStore()
    const results = useResultsStore()
    plan.update((d) => void (d.name = 'one'))
    await vi.advanceTimersByTimeAsync(100)
    core.answer(0)
    await vi.advanceTimersByTimeAsync(0)
    expect(results.current).toBe(true)
    plan.update((d) => void (d.name = 'two'))
    expect(results.current).toBe(false)
    expect(results.stale).toBe(true)
    await vi.advanceTimersByTimeAsync(100)
    core.answer(1)
    await vi.advanceTimersByTimeAsync(0)
    expect(results.current).toBe(true)
  })

  it('validates locally first: located issues, no request, previous result kept as stale', async () => {
    await loadPlanValidator()
    const core = fakeEstimate()
    const plan = usePlanStore()
    const results = useResultsStore()
    plan.load({ ...createBlankPlan('p'), workloads: [video] })
    await vi.advanceTimersByTimeAsync(100)
    core.answer(0)
    await vi.advanceTimersByTimeAsync(0)
    plan.update((d) => {
      ;(d.workloads[0] as typeof video).streams = -5
    })
    await vi.advanceTimersByTimeAsync(100)
    expect(core.pending).toHaveLength(1)
    expect(results.stale).toBe(true)
    expect(results.issues).toEqual([
      expect.objectContaining({
        path: 'workloads[0].streams',
        key: 'core.validation.mustBeGreaterThan'
      })
    ])
    expect(results.issuesAt('workloads[0]')).toHaveLength(1)
    expect(results.issuesAt('workloads[1]')).toHaveLength(0)
  })

  it('shows errors from main with their located issues', async () => {
    installApi(
      createApi(async () => ({
        ok: false,
        error: {
          code: 'BAD_REQUEST',
          message: 'Invalid request for calc.estimate',
          issues: [{ path: 'workloads[0].accelerator', message: 'unknown accelerator' }]
        }
      }))
    )
    const plan = usePlanStore()
    const results = useResultsStore()
    plan.load({ ...createBlankPlan('p'), workloads: [video] })
    await vi.advanceTimersByTimeAsync(100)
    expect(results.error?.code).toBe('BAD_REQUEST')
    expect(results.issues).toEqual([
      {
        path: 'workloads[0].accelerator',
        message: 'unknown accelerator',
        key: undefined,
        params: undefined
      }
    ])
    expect(results.current).toBe(false)
  })
})
