/**
 * The import worker's entry (a `node:worker_threads` Worker; built as out/main/import-worker.js).
 * It reads one file with the same pipeline the CLI runs in-process, so a hostile file costs
 * this thread's CPU and heap, never the main process's: the main process keeps answering,
 * and Cancel or the time budget ends the read by terminating this thread.
 *
 * The worker is started ahead of its file (run-in-worker.ts keeps one warm): it loads its code
 * and then waits for exactly one request message; it never reads a second file.
 */
import { parentPort } from 'node:worker_threads'
import { ServiceError } from '@shared/ipc/envelope'
import { importInventory, inspectInventory, type ImportOptions } from '../import-inventory'
import { InventoryError } from '../issues'
import type { WorkerFailure, WorkerMessage, WorkerRequest } from './protocol'

function post(message: WorkerMessage, transfer: ArrayBuffer[] = []): void {
  parentPort?.postMessage(message, transfer)
}

function failureOf(error: unknown, file: string): WorkerFailure {
  if (error instanceof InventoryError) {
    const location = error.location
    return {
      kind: 'inventory',
      code: error.code,
      messageName: error.messageName,
      params: error.params,
      location
    }
  }
  if (error instanceof ServiceError)
    return {
      kind: 'service',
      code: error.code,
      message: error.message,
      ...(error.issues ? { issues: error.issues } : {})
    }
  // Not ours: the main process logs nothing of it and answers with a located message.
  const reason = (error instanceof Error ? error.message : String(error)).slice(0, 160)
  return {
    kind: 'inventory',
    code: 'UNSUPPORTED_FILE',
    messageName: 'importRead.error.workerStopped',
    params: { file, reason },
    location: { file }
  }
}

async function run(request: WorkerRequest): Promise<void> {
  const options: ImportOptions = {
    file: request.file,
    bytes: Buffer.from(request.bytes.buffer, request.bytes.byteOffset, request.bytes.byteLength),
    sheet: request.sheet,
    headerRow: request.headerRow,
    mapping: request.mapping,
    encoding: request.encoding,
    halveSparse: request.halveSparse,
    defaultCurrency: request.defaultCurrency,
    recall: (signature) => request.remembered[signature],
    budgetMs: request.budgetMs,
    onProgress: (rows) => post({ type: 'progress', rows })
  }
  if (request.op === 'inspect') {
    post({ type: 'inspected', result: await inspectInventory(options) })
    return
  }
  const outcome = await importInventory(options)
  const rows = outcome.table.snapshot()
  post({ type: 'imported', report: outcome.report, rows }, [
    rows.rowNumbers.buffer,
    rows.outcomes.buffer,
    rows.duplicateOf.buffer,
    rows.offsets.buffer
  ])
}

parentPort?.once('message', (request: WorkerRequest) => {
  run(request).catch((error: unknown) =>
    post({ type: 'failed', failure: failureOf(error, request.file) })
  )
})
post({ type: 'ready' })
