/** The language of CLI output: `--lang`, else the environment's locale (as `inventory import`). */
import { resolveLocale, type Locale } from '@shared/i18n'
import type { QuoteLanguage } from '@shared/schema/quote'

export function environmentLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  return resolveLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG)
}

/** `--lang` values; `both` writes English and Chinese side by side (as the quote workbook does). */
export const CLI_LANGUAGES: readonly QuoteLanguage[] = ['zh-CN', 'en', 'both']

export function parseCliLanguage(value: string | undefined): QuoteLanguage | null {
  if (value === undefined) return null
  const normalised = value === 'zh' || value.toLowerCase() === 'zh-cn' ? 'zh-CN' : value
  return (CLI_LANGUAGES as readonly string[]).includes(normalised)
    ? (normalised as QuoteLanguage)
    : null
}
