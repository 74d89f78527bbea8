/**
 * Text on a quote line: either a message key (translated where it is shown: renderer,
 * workbook, CSV) or the user's own text, which is shown exactly as typed and never
 * interpreted (no formulas, no links).
 */
import { translate, type Locale } from '../i18n'

type Params = Record<string, string | number>

/** `localized`: parameters that differ by language (a part's Chinese name), over `params`. */
export type LineText =
  { key: string; params?: Params; localized?: Partial<Record<Locale, Params>> } | { text: string }

export function renderLineText(text: LineText, locale: Locale): string {
  if ('text' in text) return text.text
  const own = text.localized?.[locale]
  return translate(locale, text.key, own ? { ...text.params, ...own } : text.params)
}
