/**
 * Labels in the workbook's language: English, Chinese, or both (English, then Chinese).
 * Keys are relative to the `quote` message namespace.
 */
import { translate } from '../i18n'
import type { QuoteLanguage } from '../schema/quote'

export type { QuoteLanguage } from '../schema/quote'

/** `separator` joins the two languages in 'both' mode (a newline in header cells). */
/** Labels without parameters, per language and separator: a 10,000-line quote asks for the same few. */
const cache = new Map<string, string>()

export function headerText(
  key: string,
  language: QuoteLanguage,
  params: Record<string, string | number> = {},
  separator = ' / '
): string {
  if (Object.keys(params).length > 0) return uncachedHeaderText(key, language, params, separator)
  const cacheKey = `${language}\u0000${separator}\u0000${key}`
  let text = cache.get(cacheKey)
  if (text === undefined) {
    text = uncachedHeaderText(key, language, params, separator)
    cache.set(cacheKey, text)
  }
  return text
}

function uncachedHeaderText(
  key: string,
  language: QuoteLanguage,
  params: Record<string, string | number>,
  separator: string
): string {
  const fullKey = `quote.${key}`
  if (language === 'both') {
    const english = translate('en', fullKey, params)
    const chinese = translate('zh-CN', fullKey, params)
    return english === chinese ? english : `${english}${separator}${chinese}`
  }
  return translate(language, fullKey, params)
}
