/**
 * Writes an exported quote with the same atomic save as plans (files/atomic-write.ts: a
 * synced temporary sibling renamed over the target, so any failure leaves the previous file
 * as it was), and says why a write failed in words a user can act on: the file is open in
 * Excel, no permission, no such folder, disk full.
 */
import { promises as nodeFs } from 'node:fs'
import { translate, type Locale } from '@shared/i18n'
import { ServiceError } from '@shared/ipc/envelope'
import { writeFileAtomic, type AtomicFs } from '../files/atomic-write'

export type { AtomicFs } from '../files/atomic-write'

function errnoCode(error: unknown): string {
  return error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? '') : ''
}

/**
 * Maps an OS error to a message key. On Windows a file open in Excel fails with EBUSY or
 * EPERM, so EPERM on an existing target reads as "locked" rather than "no permission".
 */
function messageKey(code: string, targetExists: boolean): string {
  switch (code) {
    case 'EBUSY':
    case 'ETXTBSY':
      return 'locked'
    case 'EPERM':
      return targetExists ? 'locked' : 'permission'
    case 'EACCES':
    case 'EROFS':
      return 'permission'
    case 'EISDIR':
      return 'isDirectory'
    case 'ENOENT':
    case 'ENOTDIR':
      return 'noFolder'
    case 'ENOSPC':
    case 'EDQUOT':
      return 'diskFull'
    default:
      return 'writeFailed'
  }
}

function ioError(
  target: string,
  error: unknown,
  targetExists: boolean,
  locale: Locale
): ServiceError {
  const code = errnoCode(error)
  const detail = code || (error instanceof Error ? error.message : String(error))
  const message = translate(locale, `quote.errors.${messageKey(code, targetExists)}`, {
    file: target,
    detail
  })
  return new ServiceError('IO_ERROR', message, [
    {
      path: target,
      message,
      key: `quote.errors.${messageKey(code, targetExists)}`,
      params: { file: target, detail }
    }
  ])
}

async function exists(
  fs: AtomicFs,
  path: string
): Promise<{ exists: boolean; directory: boolean }> {
  try {
    const stat = await fs.stat(path)
    return { exists: true, directory: stat.isDirectory() }
  } catch {
    return { exists: false, directory: false }
  }
}

export async function writeExport(
  target: string,
  bytes: Uint8Array,
  { locale = 'en', fs = nodeFs }: { locale?: Locale; fs?: AtomicFs } = {}
): Promise<void> {
  const current = await exists(fs, target)
  if (current.directory)
    throw ioError(
      target,
      Object.assign(new Error('is a directory'), { code: 'EISDIR' }),
      true,
      locale
    )
  if (current.exists) {
    // A file another program holds open (Excel on Windows) or a read-only file: find out now,
    // before writing anything, and leave it alone.
    try {
      const probe = await fs.open(target, 'r+')
      await probe.close()
    } catch (error) {
      throw ioError(target, error, true, locale)
    }
  }
  try {
    // No .bak: the export is made again from the plan at will.
    await writeFileAtomic(target, bytes, { keepBackup: false, fs })
  } catch (error) {
    throw ioError(target, error, current.exists, locale)
  }
}
