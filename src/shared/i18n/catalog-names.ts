/** A catalog entry's name in the reader's language (`nameZh` where the catalog has one). */
import type { Locale } from './types'

export function catalogName(entry: { name: string; nameZh?: string }, locale: Locale): string {
  return locale === 'zh-CN' && entry.nameZh !== undefined ? entry.nameZh : entry.name
}
