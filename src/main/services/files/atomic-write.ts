/**
 * Writes a file so that a crash, kill or power cut at any instant leaves either the complete
 * old content or the complete new content under the target name — never a truncated mix:
 *
 *   1. write the new bytes to a temporary file in the same folder (same file system, so the
 *      rename below is atomic) and fsync it (the data is on disk before its name is);
 *   2. keep the previous version as `<name>.bak` (a hard link: instant, no copy);
 *   3. rename the temporary file over the target (atomic on POSIX and NTFS);
 *   4. fsync the folder so the rename itself survives a power cut;
 *   5. only then remove the `.bak`.
 *
 * A killed save leaves at most a stray temporary file (removed by the next save) and a
 * `.bak` equal to the old version. Plans, settings, autosave, the inventory library,
 * exported quotes, the CLI's inventory export and the web host's `web-host.json` are
 * written through here.
 */
import { randomBytes } from 'node:crypto'
import { promises as nodeFs } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/** An open file, as far as a save uses it. */
export interface AtomicFileHandle {
  writeFile(data: Uint8Array): Promise<void>
  chmod(mode: number): Promise<void>
  sync(): Promise<void>
  close(): Promise<void>
}

/**
 * The file operations a save uses: Node's `fs.promises` unless a test passes its own, to
 * play a locked file, a full disk or a refused rename on any platform.
 */
export interface AtomicFs {
  stat(path: string): Promise<{ mode: number; isDirectory(): boolean }>
  open(path: string, flags: string, mode?: number): Promise<AtomicFileHandle>
  rename(from: string, to: string): Promise<void>
  rm(path: string, options: { force: boolean }): Promise<void>
  link(existing: string, alias: string): Promise<void>
  copyFile(from: string, to: string): Promise<void>
  readdir(path: string): Promise<string[]>
}

const defaultFs: AtomicFs = nodeFs

/** Named points in a save, in order; tests stop the process at each of them. */
export const SAVE_STEPS = [
  'temp-opened',
  'temp-half-written',
  'temp-written',
  'temp-synced',
  'backup-kept',
  'renamed',
  'dir-synced',
  'backup-removed'
] as const
export type SaveStep = (typeof SAVE_STEPS)[number]

export interface AtomicWriteOptions {
  /** Keep `<target>.bak` while the new version is written (default true). */
  keepBackup?: boolean
  /** Test hook: called at each step (crash-safety tests kill the process here). */
  onStep?: (step: SaveStep) => void | Promise<void>
  /** Test hook: the file operations (default Node's). */
  fs?: AtomicFs
  /** Permissions of the written file (default: the previous file's, else 0666 less umask). */
  mode?: number
}

export const BACKUP_SUFFIX = '.bak'

/** Temporary files are hidden siblings: `.<name>.<random>.tmp`. */
export function tempPrefixFor(target: string): string {
  return `.${basename(target)}.`
}

function tempPathFor(target: string): string {
  return join(dirname(target), `${tempPrefixFor(target)}${randomBytes(6).toString('hex')}.tmp`)
}

function isErrno(error: unknown, ...codes: string[]): boolean {
  return error instanceof Error && codes.includes((error as NodeJS.ErrnoException).code ?? '')
}

/** Renames with a short retry: on Windows an antivirus or indexer may hold the target for a moment. */
async function renameWithRetry(fs: AtomicFs, from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to)
      return
    } catch (error) {
      if (attempt >= 5 || !isErrno(error, 'EPERM', 'EBUSY', 'EACCES')) throw error
      await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt))
    }
  }
}

/** Makes a rename durable. Not possible (nor needed) on Windows, where opening a folder fails. */
async function syncDirectory(fs: AtomicFs, dir: string): Promise<void> {
  let handle: AtomicFileHandle | undefined
  try {
    handle = await fs.open(dir, 'r')
    await handle.sync()
  } catch (error) {
    if (!isErrno(error, 'EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'EBADF')) throw error
  } finally {
    await handle?.close()
  }
}

/** The previous version as `<target>.bak`: a hard link where possible, else a synced copy. */
async function keepBackup(fs: AtomicFs, target: string): Promise<string | null> {
  const backup = target + BACKUP_SUFFIX
  await fs.rm(backup, { force: true })
  try {
    await fs.link(target, backup)
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return null // first save: nothing to keep
    // File systems without hard links (FAT, some network shares): copy, then make it durable.
    await fs.copyFile(target, backup)
    const handle = await fs.open(backup, 'r+')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  }
  return backup
}

/** Removes temporary files left by earlier, interrupted saves of the same target. */
export async function removeStaleTemps(target: string, fs: AtomicFs = defaultFs): Promise<void> {
  const prefix = tempPrefixFor(target)
  let names: string[]
  try {
    names = await fs.readdir(dirname(target))
  } catch {
    return
  }
  await Promise.all(
    names
      .filter((name) => name.startsWith(prefix) && name.endsWith('.tmp'))
      .map((name) => fs.rm(join(dirname(target), name), { force: true }).catch(() => undefined))
  )
}

export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {}
): Promise<void> {
  const step = options.onStep ?? (() => undefined)
  const fs = options.fs ?? defaultFs
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
  const temp = tempPathFor(target)
  let mode: number | undefined = options.mode
  if (mode === undefined) {
    try {
      mode = (await fs.stat(target)).mode & 0o777
    } catch {
      mode = undefined
    }
  }
  const handle = await fs.open(temp, 'wx', mode ?? 0o666)
  try {
    await step('temp-opened')
    const half = Math.floor(bytes.length / 2)
    await handle.writeFile(bytes.subarray(0, half))
    await step('temp-half-written')
    await handle.writeFile(bytes.subarray(half))
    await step('temp-written')
    // Keep the original's permissions (umask may have narrowed the new file's).
    if (mode !== undefined) await handle.chmod(mode)
    await handle.sync()
    await handle.close()
    await step('temp-synced')
  } catch (error) {
    await handle.close().catch(() => undefined)
    await fs.rm(temp, { force: true })
    throw error
  }
  let backup: string | null = null
  try {
    if (options.keepBackup !== false) backup = await keepBackup(fs, target)
    await step('backup-kept')
    await renameWithRetry(fs, temp, target)
    await step('renamed')
  } catch (error) {
    await fs.rm(temp, { force: true })
    throw error
  }
  await syncDirectory(fs, dirname(target))
  await step('dir-synced')
  if (backup) await fs.rm(backup, { force: true })
  await step('backup-removed')
}
