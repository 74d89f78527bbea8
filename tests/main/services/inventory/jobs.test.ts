import { describe, expect, it } from 'vitest'
import { JobRegistry } from '../../../../src/main/services/inventory/jobs'
import { ServiceError } from '../../../../src/shared/ipc/envelope'

/** A runner the test finishes by hand, recording what the registry gave it. */
function controlled<T>() {
  let resolve: (value: T) => void = () => undefined
  let reject: (error: unknown) => void = () => undefined
  const seen: { signal?: AbortSignal; progress?: (rows: number) => void } = {}
  const runner = (signal: AbortSignal, progress: (rows: number) => void) => {
    seen.signal = signal
    seen.progress = progress
    return new Promise<T>((res, rej) => {
      resolve = res
      reject = rej
    })
  }
  return { runner, seen, resolve: (value: T) => resolve(value), reject: (e: unknown) => reject(e) }
}

/** Lets the registry's promise handlers run (no time passes). */
const flush = () => new Promise((resolve) => setImmediate(resolve))

function codeOf(action: () => unknown): string | undefined {
  try {
    action()
  } catch (error) {
    return error instanceof ServiceError ? error.code : 'not a ServiceError'
  }
  return undefined
}

describe('JobRegistry', () => {
  it('runs a job, reports the rows it has done, and hands over its result', async () => {
    const jobs = new JobRegistry<string>()
    const job = controlled<string>()
    const id = jobs.start(job.runner)
    expect(id).toMatch(/^[0-9a-f-]{36}$/)
    expect(jobs.progress(id)).toEqual({ jobId: id, state: 'running', rowsProcessed: 0 })
    job.seen.progress?.(1200)
    expect(jobs.progress(id).rowsProcessed).toBe(1200)
    expect(codeOf(() => jobs.result(id))).toBe('BAD_REQUEST')
    job.resolve('report')
    expect((await jobs.settled(id, 1)).state).toBe('done')
    expect(jobs.result(id)).toBe('report')
  })

  it('keeps a service error’s code, message and issues', async () => {
    const jobs = new JobRegistry<string>()
    const job = controlled<string>()
    const id = jobs.start(job.runner)
    job.reject(new ServiceError('FILE_TOO_LARGE', 'too big', [{ path: 'a.xlsx', message: 'm' }]))
    await flush()
    expect(jobs.progress(id)).toEqual({
      jobId: id,
      state: 'failed',
      rowsProcessed: 0,
      error: {
        code: 'FILE_TOO_LARGE',
        message: 'too big',
        issues: [{ path: 'a.xlsx', message: 'm' }]
      }
    })
    expect(() => jobs.result(id)).toThrow('too big')
  })

  it('hides an unexpected error behind INTERNAL', async () => {
    const jobs = new JobRegistry<string>()
    const job = controlled<string>()
    const id = jobs.start(job.runner)
    job.reject(new TypeError('cannot read properties of undefined (secret internals)'))
    await flush()
    expect(jobs.progress(id).error).toEqual({
      code: 'INTERNAL',
      message: 'The import failed unexpectedly.'
    })
  })

  it('cancels at once: the runner’s signal aborts, and a late result does not revive the job', async () => {
    const jobs = new JobRegistry<string>()
    const job = controlled<string>()
    const id = jobs.start(job.runner)
    expect(jobs.cancel(id).state).toBe('cancelled')
    expect(job.seen.signal?.aborted).toBe(true)
    job.resolve('too late')
    await flush()
    expect(jobs.progress(id).state).toBe('cancelled')
    expect(codeOf(() => jobs.result(id))).toBe('CANCELLED')
  })

  it('leaves a finished job as it is when cancelled', async () => {
    const jobs = new JobRegistry<string>()
    const job = controlled<string>()
    const id = jobs.start(job.runner)
    job.resolve('kept')
    await flush()
    expect(jobs.cancel(id).state).toBe('done')
    expect(jobs.result(id)).toBe('kept')
  })

  it('answers NOT_FOUND for an unknown or discarded job', async () => {
    const jobs = new JobRegistry<string>()
    expect(codeOf(() => jobs.progress('nope'))).toBe('NOT_FOUND')
    const job = controlled<string>()
    const id = jobs.start(job.runner)
    job.resolve('x')
    await flush()
    jobs.discard(id)
    expect(codeOf(() => jobs.result(id))).toBe('NOT_FOUND')
  })

  it('keeps the four most recently finished jobs, and none older than an hour, never a running one', async () => {
    let now = 0
    const jobs = new JobRegistry<number>(() => now)
    const running = controlled<number>()
    const runningId = jobs.start(running.runner)
    const finished: string[] = []
    for (let index = 0; index < 6; index++) {
      now += 1000
      const job = controlled<number>()
      finished.push(jobs.start(job.runner))
      job.resolve(index)
      await flush()
    }
    // Starting a job prunes: the two oldest finished ones go.
    jobs.start(controlled<number>().runner)
    expect(finished.map((id) => codeOf(() => jobs.progress(id)) ?? 'kept')).toEqual([
      'NOT_FOUND',
      'NOT_FOUND',
      'kept',
      'kept',
      'kept',
      'kept'
    ])
    now += 60 * 60 * 1000 + 1
    jobs.start(controlled<number>().runner)
    expect(finished.filter((id) => codeOf(() => jobs.progress(id)) === undefined)).toEqual([])
    expect(jobs.progress(runningId).state).toBe('running')
  })
})
