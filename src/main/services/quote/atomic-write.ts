/**
 * Writes the exported file atomically: the bytes go to a hidden temporary sibling, are
 * flushed to disk, then renamed over the target (atomic on POSIX and NTFS). A failure at any
 * point leaves the previous file exactly as it was, and the message says why in words a
 * user can act on (the file is open in Excel, no permission, no such folder, disk full).
 */
import { randomBytes } from 'node:crypto'
import { promises as nodeFs } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { translate, type Locale } from '@shared/i18n'
import { ServiceError } from '@shared/ipc/envelope'

/** The file operations used, injectable so tests can play a locked file on any platform. */
export interface AtomicFs {
  stat(path: string): Promise<{ isDirectory(): boolean }>
  open(
    path: string,
    flags: string
  ): Promise<{
    writeFile(data: Uint8Array): Promise<void>
    sync(): Promise<void>
    close(): Promise<void>
  }>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
}

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

export async function writeFileAtomic(
  target: string,
  bytes: Uint8Array,
  { locale = 'en', fs = nodeFs as unknown as AtomicFs }: { locale?: Locale; fs?: AtomicFs } = {}
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
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  let handle: Awaited<ReturnType<AtomicFs['open']>> | undefined
  try {
    handle = await fs.open(temp, 'wx')
    await handle.writeFile(bytes)
    await handle.sync()
    await handle.close()
    handle = undefined
    await fs.rename(temp, target)
  } catch (error) {
    await handle?.close().catch(() => undefined)
    await fs.unlink(temp).catch(() => undefined)
    throw ioError(target, error, current.exists, locale)
  }
}
