/**
 * Long imports run as jobs: start returns an id at once, the renderer polls progress
 * (rows processed) and then fetches the result; cancel aborts between rows. Polling rather
 * than push events keeps both transports (Electron IPC and the local HTTP host) identical.
 */
import { randomUUID } from 'node:crypto'
import { ServiceError, type ApiErrorBody } from '@shared/ipc/envelope'
import { fail } from './issues'

export type JobState = 'running' | 'done' | 'failed' | 'cancelled'

export interface JobProgress {
  jobId: string
  state: JobState
  rowsProcessed: number
  error?: ApiErrorBody
}

interface Job<T> {
  id: string
  state: JobState
  rowsProcessed: number
  controller: AbortController
  startedAt: number
  finishedAt?: number
  result?: T
  error?: ApiErrorBody
}

/** Finished jobs are kept this long for their result to be fetched (and committed). */
const KEEP_FINISHED_MS = 60 * 60 * 1000
/** At most this many finished jobs are kept (each may hold a large result). */
const KEEP_FINISHED_COUNT = 4

export type JobRunner<T> = (signal: AbortSignal, onProgress: (rows: number) => void) => Promise<T>

export class JobRegistry<T> {
  private readonly jobs = new Map<string, Job<T>>()

  constructor(private readonly now: () => number = Date.now) {}

  start(run: JobRunner<T>): string {
    this.prune()
    const job: Job<T> = {
      id: randomUUID(),
      state: 'running',
      rowsProcessed: 0,
      controller: new AbortController(),
      startedAt: this.now()
    }
    this.jobs.set(job.id, job)
    run(job.controller.signal, (rows) => {
      job.rowsProcessed = rows
    }).then(
      (result) => {
        if (job.state !== 'running') return
        job.result = result
        job.state = 'done'
        job.finishedAt = this.now()
      },
      (error: unknown) => {
        job.finishedAt = this.now()
        if (job.controller.signal.aborted) {
          job.state = 'cancelled'
          return
        }
        job.state = 'failed'
        job.error =
          error instanceof ServiceError
            ? {
                code: error.code,
                message: error.message,
                ...(error.issues ? { issues: error.issues } : {})
              }
            : { code: 'INTERNAL', message: 'The import failed unexpectedly.' }
      }
    )
    return job.id
  }

  /** Resolves when the job leaves the running state (tests and the CLI wait on it). */
  async settled(jobId: string, pollMs = 5): Promise<JobProgress> {
    for (;;) {
      const progress = this.progress(jobId)
      if (progress.state !== 'running') return progress
      await new Promise((resolve) => setTimeout(resolve, pollMs))
    }
  }

  private find(jobId: string): Job<T> {
    const job = this.jobs.get(jobId)
    if (!job) fail('NOT_FOUND', 'jobNotFound', { jobId }, { file: '' })
    return job
  }

  progress(jobId: string): JobProgress {
    const job = this.find(jobId)
    return {
      jobId,
      state: job.state,
      rowsProcessed: job.rowsProcessed,
      ...(job.error ? { error: job.error } : {})
    }
  }

  /** The finished job's result; throws its error when it failed. */
  result(jobId: string): T {
    const job = this.find(jobId)
    if (job.state === 'running') fail('BAD_REQUEST', 'jobNotDone', { jobId }, { file: '' })
    if (job.state === 'cancelled') fail('CANCELLED', 'cancelled', {}, { file: '' })
    if (job.state === 'failed' || job.result === undefined) {
      const error = job.error ?? { code: 'INTERNAL' as const, message: 'The import failed.' }
      throw new ServiceError(error.code, error.message, error.issues)
    }
    return job.result
  }

  cancel(jobId: string): JobProgress {
    const job = this.find(jobId)
    if (job.state === 'running') {
      job.controller.abort()
      job.state = 'cancelled'
      job.finishedAt = this.now()
    }
    return this.progress(jobId)
  }

  /** Forgets a job (after its result was committed). */
  discard(jobId: string): void {
    this.jobs.delete(jobId)
  }

  private prune(): void {
    const finished = [...this.jobs.values()]
      .filter((job) => job.finishedAt !== undefined)
      .sort((a, b) => (b.finishedAt ?? 0) - (a.finishedAt ?? 0))
    finished.forEach((job, index) => {
      if (index >= KEEP_FINISHED_COUNT || this.now() - (job.finishedAt ?? 0) > KEEP_FINISHED_MS) {
        this.jobs.delete(job.id)
      }
    })
  }
}
