/**
 * Issue 17, finding 2: imports run in a worker thread with a time budget, and Cancel ends them.
 * Before this change the importer ran on the main thread (Electron's main process, the web
 * host): these tests failed then because no worker ever ran (`runningImportWorkers` did not
 * exist), a budget could only be checked between row batches, and Cancel only set a flag the
 * reader looked at every 1,000 rows.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { dispatch, type Handlers } from '../../../src/main/ipc/dispatch'
import { createInventoryHandlers } from '../../../src/main/services/inventory/handlers'
import {
  idleImportWorker,
  importInWorker,
  runningImportWorkers
} from '../../../src/main/services/inventory/worker/run-in-worker'
import type { Envelope } from '../../../src/shared/ipc/envelope'

const context = { transport: 'web' as const, locale: 'en' as const }
const dirs: string[] = []

function service(importTimeBudgetMs?: number) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'import-worker-'))
  dirs.push(userDataDir)
  const handlers = createInventoryHandlers({
    platform: 'linux',
    userDataDir,
    catalog: () => [],
    ...(importTimeBudgetMs !== undefined ? { importTimeBudgetMs } : {})
  }) as unknown as Handlers
  const call = async <T>(channel: string, payload?: unknown) =>
    (await dispatch(handlers, channel, payload, context, {
      error: () => undefined
    })) as Envelope<T>
  return { call }
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function upload(fileName: string, text: string) {
  return { fileName, dataBase64: Buffer.from(text, 'utf8').toString('base64') }
}

/** The review's ReDoS shapes at 100 KB: a header of 100,000 "(" and a price cell of spaces. */
const HOSTILE = `Model,Price,${'('.repeat(50_000)}\nH100,${' '.repeat(50_000)}1,x\n`

/** An honest inventory long enough to be cancelled while it is being read. */
function longInventory(rows: number): string {
  const lines = ['Model,Memory (GB),Quantity,Price (USD)']
  for (let i = 0; i < rows; i++) lines.push(`Card ${i},80,${1 + (i % 8)},${20_000 + i}`)
  return lines.join('\n')
}

async function settled(
  call: ReturnType<typeof service>['call'],
  jobId: string
): Promise<{ state: string; rowsProcessed: number }> {
  for (;;) {
    const progress = await call<{ state: string; rowsProcessed: number }>(
      'inventory.importProgress',
      { jobId }
    )
    if (!progress.ok) throw new Error(progress.error.message)
    if (progress.data.state !== 'running') return progress.data
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

describe('imports in a worker thread', () => {
  it('a hostile 100 KB file over a tiny budget is refused with a located message; the service keeps answering', async () => {
    expect(Buffer.byteLength(HOSTILE)).toBeGreaterThan(100_000)
    const { call } = service(1)
    const started = await call<{ jobId: string }>('inventory.importStart', {
      file: upload('hostile.csv', HOSTILE)
    })
    if (!started.ok) throw new Error(started.error.message)
    // The read happens in a worker: while it runs, this thread answers other channels.
    expect(runningImportWorkers()).toBe(1)
    expect((await call('inventory.list')).ok).toBe(true)
    const { jobId } = started.data
    expect((await settled(call, jobId)).state).toBe('failed')
    expect(runningImportWorkers()).toBe(0)
    const result = await call('inventory.importResult', { jobId })
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'FILE_TOO_LARGE',
        issues: [
          {
            path: 'hostile.csv',
            key: 'importRead.error.timeBudget',
            params: { file: 'hostile.csv', seconds: 0.001 }
          }
        ]
      }
    })
    // The same service still imports the next file (with its own worker).
    expect((await call('inventory.list')).ok).toBe(true)
  })

  it('the same hostile file within the default budget is read in the worker, with located warnings', async () => {
    const { call } = service()
    const started = await call<{ jobId: string }>('inventory.importStart', {
      file: upload('hostile.csv', HOSTILE)
    })
    if (!started.ok) throw new Error(started.error.message)
    expect((await settled(call, started.data.jobId)).state).toBe('done')
    const page = await call<{ rows: { row: number; issues: { key: string }[] }[] }>(
      'inventory.importResult',
      { jobId: started.data.jobId }
    )
    if (!page.ok) throw new Error(page.error.message)
    expect(page.data.rows[0].issues.map((issue) => issue.key)).toContain(
      'importRead.issue.figureTooLong'
    )
  })

  it('inspection runs under the same budget', async () => {
    const { call } = service(1)
    const envelope = await call('inventory.inspect', { file: upload('hostile.csv', HOSTILE) })
    expect(envelope).toMatchObject({
      ok: false,
      error: { code: 'FILE_TOO_LARGE', issues: [{ path: 'hostile.csv' }] }
    })
    expect(runningImportWorkers()).toBe(0)
  })

  it('Cancel ends a running import at once and ends its worker', async () => {
    const { call } = service()
    const started = await call<{ jobId: string }>('inventory.importStart', {
      file: upload('long.csv', longInventory(150_000))
    })
    if (!started.ok) throw new Error(started.error.message)
    const { jobId } = started.data
    // Wait until the worker is reading rows.
    for (;;) {
      const progress = await call<{ state: string; rowsProcessed: number }>(
        'inventory.importProgress',
        { jobId }
      )
      if (!progress.ok) throw new Error(progress.error.message)
      expect(progress.data.state).toBe('running')
      if (progress.data.rowsProcessed > 0) break
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    expect(runningImportWorkers()).toBe(1)
    const cancelled = await call<{ state: string }>('inventory.importCancel', { jobId })
    expect(cancelled).toMatchObject({ ok: true, data: { state: 'cancelled' } })
    expect(runningImportWorkers()).toBe(0)
    expect(await call('inventory.importResult', { jobId })).toMatchObject({
      ok: false,
      error: { code: 'CANCELLED' }
    })
  })

  it('the next import finds its worker already started, and a worker never reads a second file', async () => {
    // Before: every import started its worker on its own clock (~2 s of a 1 MB import's
    // 2.2 s under load, `npm run bench -- hardening`), and no worker was ever idle.
    const file = { file: 'small.csv', bytes: Buffer.from(longInventory(3)), remembered: {} }
    const first = await importInWorker(file)
    const warm = idleImportWorker()
    expect(warm).not.toBeNull()
    expect(warm).not.toBe(first.workerThreadId)
    const second = await importInWorker(file)
    expect(second.workerThreadId).toBe(warm)
    expect(second.report.counts).toEqual(first.report.counts)
    // The worker that read a file is gone; the next one is a fresh thread.
    expect(runningImportWorkers()).toBe(0)
    expect(idleImportWorker()).not.toBeNull()
    expect(idleImportWorker()).not.toBe(warm)
  })

  it('Cancel and the budget end an import that runs in the warm worker', async () => {
    await importInWorker({
      file: 'small.csv',
      bytes: Buffer.from(longInventory(3)),
      remembered: {}
    })
    const warm = idleImportWorker()
    expect(warm).not.toBeNull()
    const controller = new AbortController()
    const pending = importInWorker(
      { file: 'long.csv', bytes: Buffer.from(longInventory(150_000)), remembered: {} },
      { signal: controller.signal, onProgress: () => controller.abort() }
    )
    expect(runningImportWorkers()).toBe(1)
    await expect(pending).rejects.toMatchObject({ code: 'CANCELLED' })
    expect(runningImportWorkers()).toBe(0)
    const budget = importInWorker(
      { file: 'hostile.csv', bytes: Buffer.from(HOSTILE), remembered: {} },
      { budgetMs: 1 }
    )
    await expect(budget).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' })
    expect(runningImportWorkers()).toBe(0)
  })
})
