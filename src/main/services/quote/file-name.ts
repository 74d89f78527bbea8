/**
 * A file name to suggest for a plan's quote: the plan name made safe on Windows, macOS and
 * Linux (no separators, reserved characters, control characters or reserved device names).
 */
import { translate, type Locale } from '@shared/i18n'

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001F\u007F<>:"/\\|?*]/g
/** A device name, alone or before a dot: Windows reads `NUL.tar.gz` as NUL too. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(?=\.|$)/i
const MAX_STEM = 100

export function safeFileStem(name: string, fallback: string): string {
  let stem = name.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim()
  // Windows drops trailing dots and spaces; a leading dot would hide the file on Unix.
  stem = stem
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, MAX_STEM)
    // The cut must not leave half a surrogate pair (not a character in any file system).
    .replace(/[\uD800-\uDBFF]$/, '')
    .trim()
  if (stem === '') return fallback
  return stem.replace(RESERVED, '$1_')
}

export function quoteFileName(planName: string, locale: Locale, extension: 'xlsx' | 'csv'): string {
  const title = translate(locale, 'quote.title')
  return `${safeFileStem(planName, title)} - ${title}.${extension}`
}
