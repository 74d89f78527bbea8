/**
 * Plan files on disk: open (size limit before reading, located errors) and save (validated,
 * then written atomically). Errors are ServiceErrors with the contract's codes, so both
 * transports and the CLI report them the same way.
 */
import { promises as fs } from 'node:fs'
import { basename } from 'node:path'
import { ServiceError } from '@shared/ipc/envelope'
import {
  MAX_PLAN_FILE_BYTES,
  readPlanText,
  serializePlan,
  type PlanFileError
} from '@shared/schema/plan-file'
import { parsePlan, type PlanDocument } from '@shared/schema/plan'
import {
  BACKUP_SUFFIX,
  removeStaleTemps,
  writeFileAtomic,
  type AtomicWriteOptions
} from '../files/atomic-write'

export interface OpenedPlan {
  plan: PlanDocument
  path: string
  /** The file's version when it was converted on open; null when already current. */
  migratedFrom: number | null
  /** True when the file was missing and its `.bak` (left by an interrupted save) was opened instead. */
  fromBackup: boolean
}

export function planFileErrorToServiceError(error: PlanFileError, path?: string): ServiceError {
  const where = path ? `${basename(path)}: ` : ''
  return new ServiceError(error.code, where + error.message, error.issues)
}

function ioError(path: string, error: unknown, doing: 'read' | 'write'): ServiceError {
  const code = (error as NodeJS.ErrnoException)?.code
  if (code === 'ENOENT' && doing === 'read') {
    return new ServiceError('NOT_FOUND', `${path}: the file does not exist.`, [
      {
        path,
        message: 'the file does not exist',
        key: 'document.errors.notFound',
        params: { path }
      }
    ])
  }
  const detail =
    code === 'EACCES' || code === 'EPERM'
      ? 'permission denied'
      : code === 'EISDIR'
        ? 'it is a folder'
        : code === 'ENOSPC'
          ? 'the disk is full'
          : code === 'ENOENT'
            ? 'the folder does not exist'
            : (code ?? 'unknown error')
  const key = doing === 'read' ? 'document.errors.unreadable' : 'document.errors.unwritable'
  return new ServiceError('IO_ERROR', `${path}: could not ${doing} the file (${detail}).`, [
    { path, message: `could not ${doing} the file (${detail})`, key, params: { path, detail } }
  ])
}

async function readBounded(path: string, maxBytes: number): Promise<string> {
  const stat = await fs.stat(path)
  if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' })
  if (stat.size > maxBytes) {
    throw new ServiceError(
      'FILE_TOO_LARGE',
      `${basename(path)}: the file is ${stat.size} bytes; plans are limited to ${maxBytes} bytes.`,
      [
        {
          path: '(document)',
          message: `the file is ${stat.size} bytes; plans are limited to ${maxBytes} bytes`,
          key: 'document.errors.tooLarge',
          params: { size: stat.size, limit: maxBytes }
        }
      ]
    )
  }
  return fs.readFile(path, 'utf8')
}

export async function openPlanFile(
  path: string,
  maxBytes = MAX_PLAN_FILE_BYTES
): Promise<OpenedPlan> {
  let text: string
  let fromBackup = false
  try {
    text = await readBounded(path, maxBytes)
  } catch (error) {
    if (error instanceof ServiceError) throw error
    if ((error as NodeJS.ErrnoException)?.code !== 'ENOENT') throw ioError(path, error, 'read')
    // Only a save interrupted on a file system without atomic rename leaves this state.
    try {
      text = await readBounded(path + BACKUP_SUFFIX, maxBytes)
      fromBackup = true
    } catch {
      throw ioError(path, error, 'read')
    }
  }
  const result = readPlanText(text, { maxBytes })
  if (!result.ok) throw planFileErrorToServiceError(result.error, path)
  return { plan: result.plan, path, migratedFrom: result.migratedFrom, fromBackup }
}

/** Saves are serialised per file, so an autosave and a Save can never interleave on one path. */
const queues = new Map<string, Promise<unknown>>()

function serialised<T>(path: string, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(path) ?? Promise.resolve()
  const next = previous.then(task, task)
  const settled = next.catch(() => undefined)
  queues.set(path, settled)
  void settled.then(() => {
    if (queues.get(path) === settled) queues.delete(path)
  })
  return next
}

/** Validates (an invalid plan is never written), then writes atomically. */
export async function savePlanFile(
  path: string,
  plan: unknown,
  options: AtomicWriteOptions = {}
): Promise<{ path: string; bytes: number }> {
  const checked = parsePlan(plan)
  if (!checked.ok) {
    throw new ServiceError(
      'INVALID_PLAN',
      `The plan has ${checked.issues.length} invalid field(s); it was not saved.`,
      checked.issues.map((issue) => ({
        path: issue.path || '(document)',
        message: issue.message,
        key: issue.messageKey,
        params: issue.params
      }))
    )
  }
  const text = serializePlan(checked.plan)
  return serialised(path, async () => {
    await removeStaleTemps(path)
    try {
      await writeFileAtomic(path, text, options)
    } catch (error) {
      throw ioError(path, error, 'write')
    }
    return { path, bytes: Buffer.byteLength(text) }
  })
}
