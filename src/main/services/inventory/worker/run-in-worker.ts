/**
 * Runs an import or an inspection in a `node:worker_threads` Worker (issue 17, finding 2), so
 * the main process — Electron's, or the local web host's: the same service — never spends its
 * own CPU or heap on a file. The main process enforces the time budget and Cancel by
 * terminating the worker, which works even while the worker is inside one long regular
 * expression or one giant XML token and never yields; the heap is capped per worker.
 *
 * Starting a worker (a V8 isolate, then loading the importer and zod) costs ~0.3–2 s on a
 * loaded machine, ten times the read of most files, so one worker is kept started and idle
 * (unref'd, so it never keeps a process alive): an import takes it and posts it the file, and
 * the next spare is started once that import has settled. A worker still reads exactly one
 * file and is then terminated, so Cancel, the budget and the heap cap are unchanged and no
 * file's state can leak into another's read.
 *
 * The CLI keeps importing in-process (`importInventory`): it is a one-shot process reading one
 * file for one user, with nothing else to keep answering; Ctrl+C ends it, and the same
 * cooperative deadline stops a read that runs past the budget.
 */
import { existsSync, rmSync } from 'node:fs'
import { join, resolve as resolvePath } from 'node:path'
import { threadId, Worker } from 'node:worker_threads'
import { ServiceError } from '@shared/ipc/envelope'
import type { InspectResult, ImportReport } from '@shared/schema/inventory'
import type { CatalogMatcher } from '../catalog-match'
import { failTimeBudget } from '../import-inventory'
import { ImportedRows } from '../imported-rows'
import { fail, InventoryError } from '../issues'
import { LIMITS } from '../limits'
import type { WorkerFailure, WorkerMessage, WorkerRequest } from './protocol'

export interface WorkerRun {
  /** Aborting it terminates the worker at once (Cancel). */
  signal?: AbortSignal
  onProgress?: (rows: number) => void
  /** Wall-clock budget (default LIMITS.importTimeBudgetMs); the worker is terminated past it. */
  budgetMs?: number
}

export type WorkerInput = Omit<WorkerRequest, 'op' | 'budgetMs'>

export interface WorkerImport {
  report: ImportReport
  table: ImportedRows
  /** The worker thread that read the file (diagnostics and tests). */
  workerThreadId: number
}

const WORKER_FILE = 'import-worker.js'
let bundledFromSource: string | undefined
/** Workers started and not yet ended (Cancel and the budget end theirs at once). */
const running = new Set<Worker>()

/** Started and idle: the next import's worker, and when its code has loaded. */
let spare: Worker | null = null
let spareReady: Promise<void> = Promise.resolve()

/** How many import workers are running now (diagnostics and tests). */
export function runningImportWorkers(): number {
  return running.size
}

/** The thread id of the started, idle worker the next import will use, or null (diagnostics and tests). */
export function idleImportWorker(): number | null {
  return spare?.threadId ?? null
}

/**
 * Where the worker's code is. Built (electron-vite): out/main/import-worker.js, next to the
 * entry that runs this module or one folder up when this module landed in out/main/chunks/.
 * From source (vitest, the tsx-run bench and fuzz): the TypeScript entry bundled once per
 * process with esbuild (the bundler tsx and vite run on) into node_modules/.cache, where its
 * packages resolve; a worker then starts in a fraction of a second.
 */
function workerScript(): string {
  for (const candidate of [join(__dirname, WORKER_FILE), join(__dirname, '..', WORKER_FILE)])
    if (existsSync(candidate)) return candidate
  if (bundledFromSource !== undefined) return bundledFromSource
  const root = resolvePath(__dirname, '../../../../..')
  const outfile = join(
    root,
    'node_modules',
    '.cache',
    'import-worker',
    `${process.pid}-${threadId}.js`
  )
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- source runs only
  const esbuild = require('esbuild') as typeof import('esbuild')
  esbuild.buildSync({
    entryPoints: [join(__dirname, 'import-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    alias: { '@shared': join(root, 'src', 'shared') },
    packages: 'external',
    logLevel: 'error'
  })
  bundledFromSource = outfile
  process.once('exit', () => rmSync(outfile, { force: true }))
  return outfile
}

function startWorker(): Worker {
  return new Worker(workerScript(), {
    resourceLimits: { maxOldGenerationSizeMb: LIMITS.importWorkerHeapMB },
    stdout: false,
    stderr: false
  })
}

/** An idle worker that fails or exits is dropped (its error must have a listener). */
function dropSpare(this: Worker): void {
  if (spare === this) spare = null
}

/** Starts the next import's worker now, so its start-up is not on that import's clock. */
export function prestartImportWorker(): void {
  if (spare) return
  const worker = startWorker()
  worker.unref()
  worker.on('error', dropSpare)
  worker.on('exit', dropSpare)
  spare = worker
  spareReady = new Promise((resolve) => {
    const onMessage = (message: WorkerMessage) => {
      if (message.type !== 'ready') return
      worker.off('message', onMessage)
      resolve()
    }
    worker.on('message', onMessage)
    worker.once('exit', () => resolve())
  })
}

/** Resolves when the idle worker (if any) has loaded its code (benchmarks: time a warm import). */
export function importWorkerReady(): Promise<void> {
  return spareReady
}

/** The warm worker if there is one, otherwise a new one; either way it is the caller's alone. */
function takeWorker(): Worker {
  const worker = spare ?? startWorker()
  spare = null
  worker.off('error', dropSpare)
  worker.off('exit', dropSpare)
  worker.removeAllListeners('message')
  worker.ref()
  return worker
}

function errorOf(failure: WorkerFailure): ServiceError {
  return failure.kind === 'inventory'
    ? new InventoryError(failure.code, failure.messageName, failure.params, failure.location)
    : new ServiceError(failure.code, failure.message, failure.issues)
}

function located(refuse: () => never): ServiceError {
  try {
    return refuse()
  } catch (error) {
    return error as ServiceError
  }
}

function runWorker(
  op: WorkerRequest['op'],
  input: WorkerInput,
  run: WorkerRun
): Promise<WorkerMessage & { workerThreadId: number }> {
  const budgetMs = run.budgetMs ?? LIMITS.importTimeBudgetMs
  const { file } = input
  if (run.signal?.aborted)
    return Promise.reject(located(() => fail('CANCELLED', 'cancelled', {}, { file })))
  const request: WorkerRequest = { ...input, op, budgetMs }
  return new Promise((resolve, reject) => {
    const worker = takeWorker()
    const workerThreadId = worker.threadId
    running.add(worker)
    let settled = false
    const finish = (settle: () => void): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      run.signal?.removeEventListener('abort', onAbort)
      running.delete(worker)
      void worker.terminate()
      settle()
      prestartImportWorker()
    }
    const onAbort = (): void =>
      finish(() => reject(located(() => fail('CANCELLED', 'cancelled', {}, { file }))))
    const timer = setTimeout(
      () => finish(() => reject(located(() => failTimeBudget(file, budgetMs)))),
      budgetMs
    )
    run.signal?.addEventListener('abort', onAbort, { once: true })
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'ready') return
      if (message.type === 'progress') run.onProgress?.(message.rows)
      else if (message.type === 'failed') finish(() => reject(errorOf(message.failure)))
      else finish(() => resolve({ ...message, workerThreadId }))
    })
    worker.on('error', (error: Error & { code?: string }) => {
      const refusal =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? located(() =>
              fail(
                'FILE_TOO_LARGE',
                'importRead.error.workerOutOfMemory',
                { file, limit: LIMITS.importWorkerHeapMB },
                { file }
              )
            )
          : located(() =>
              fail(
                'UNSUPPORTED_FILE',
                'importRead.error.workerStopped',
                { file, reason: error.message.slice(0, 160) },
                { file }
              )
            )
      finish(() => reject(refusal))
    })
    worker.on('exit', (code) =>
      finish(() =>
        reject(
          located(() =>
            fail(
              'UNSUPPORTED_FILE',
              'importRead.error.workerStopped',
              { file, reason: `exit ${code}` },
              { file }
            )
          )
        )
      )
    )
    // Copied (structured clone), not transferred: the caller keeps the bytes for the next
    // step (inspect, then import the same file); a copy of even 100 MB is ~50 ms.
    worker.postMessage(request)
  })
}

/** Imports in a worker; the rows come back compact and are built (and matched) on demand. */
export async function importInWorker(
  input: WorkerInput,
  run: WorkerRun = {},
  catalog?: CatalogMatcher
): Promise<WorkerImport> {
  const message = await runWorker('import', input, run)
  if (message.type !== 'imported') throw new ServiceError('INTERNAL', 'Unexpected worker answer.')
  return {
    report: message.report,
    table: ImportedRows.fromSnapshot(message.rows, catalog),
    workerThreadId: message.workerThreadId
  }
}

/** Inspects in a worker (sheets, header, mapping, preview rows without catalog matches). */
export async function inspectInWorker(
  input: WorkerInput,
  run: WorkerRun = {}
): Promise<InspectResult> {
  const message = await runWorker('inspect', input, run)
  if (message.type !== 'inspected') throw new ServiceError('INTERNAL', 'Unexpected worker answer.')
  return message.result
}
