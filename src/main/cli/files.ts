/**
 * Reading a file named on the command line: its size is checked before a byte is read (a
 * 1.2 GB "spreadsheet" must not cost 1.2 GB of memory to refuse), and it must be a regular
 * file. The desktop app does the same before it reads a dropped or chosen file.
 */
import { stat } from 'node:fs/promises'
import { translate, type Locale } from '@shared/i18n'

export type SizeCheck = { ok: true } | { ok: false; message: string }

const megabytes = (bytes: number) => String(Math.round(bytes / 1e5) / 10)

/**
 * Whether `path` may be read under `limit` bytes. A path that cannot be looked at passes:
 * the read itself then reports why (not found, no permission) as it always has.
 */
export async function checkFileSize(
  path: string,
  limit: number,
  locale: Locale
): Promise<SizeCheck> {
  let info: Awaited<ReturnType<typeof stat>>
  try {
    info = await stat(path)
  } catch {
    return { ok: true }
  }
  if (!info.isFile())
    return { ok: false, message: `${path}: ${translate(locale, 'cli.file.notAFile')}` }
  if (info.size > limit)
    return {
      ok: false,
      message: `${path}: ${translate(locale, 'cli.file.tooLarge', { size: megabytes(info.size), limit: megabytes(limit) })}`
    }
  return { ok: true }
}
