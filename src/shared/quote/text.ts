/**
 * Text on a quote line: either a message key (translated where it is shown: renderer,
 * workbook, CSV) or the user's own text, which is shown exactly as typed and never
 * interpreted (no formulas, no links).
 */
import { translate, type Locale } from '../i18n'

export type LineText = { key: string; params?: Record<string, string | number> } | { text: string }

export function renderLineText(text: LineText, locale: Locale): string {
  return 'text' in text ? text.text : translate(locale, text.key, text.params)
}
