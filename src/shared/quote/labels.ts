/**
 * Labels in the workbook's language: English, Chinese, or both (English, then Chinese).
 * Keys are relative to the `quote` message namespace.
 */
import { translate } from '../i18n'
import type { QuoteLanguage } from '../schema/quote'

export type { QuoteLanguage } from '../schema/quote'

/** `separator` joins the two languages in 'both' mode (a newline in header cells). */
export function headerText(
  key: string,
  language: QuoteLanguage,
  params: Record<string, string | number> = {},
  separator = ' / '
): string {
  const fullKey = `quote.${key}`
  if (language === 'both') {
    const english = translate('en', fullKey, params)
    const chinese = translate('zh-CN', fullKey, params)
    return english === chinese ? english : `${english}${separator}${chinese}`
  }
  return translate(language, fullKey, params)
}
