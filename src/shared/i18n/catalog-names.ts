/** A catalog entry's name in the reader's language (`nameZh` where the catalog has one). */
import type { Locale } from './types'

export function catalogName(entry: { name: string; nameZh?: string }, locale: Locale): string {
  return locale === 'zh-CN' && entry.nameZh !== undefined ? entry.nameZh : entry.name
}

/** English catalog name → Chinese name, for the entries that have one. */
export function zhNameIndex(
  entries: Iterable<{ name: string; nameZh?: string }>
): ReadonlyMap<string, string> {
  const index = new Map<string, string>()
  for (const entry of entries) if (entry.nameZh !== undefined) index.set(entry.name, entry.nameZh)
  return index
}

/**
 * Message parameters with every catalog accelerator or server name (as the core puts it in a
 * note: "Ascend 910B (generic, as commonly quoted)") replaced by its Chinese name under zh-CN.
 * Other values, and every value in English, pass through unchanged.
 */
export function localizeNames<T extends Record<string, string | number>>(
  params: T,
  locale: Locale,
  zhByName: ReadonlyMap<string, string>
): T {
  if (locale !== 'zh-CN') return params
  let out: Record<string, string | number> | undefined
  for (const [key, value] of Object.entries(params)) {
    const zh = typeof value === 'string' ? zhByName.get(value) : undefined
    if (zh !== undefined) (out ??= { ...params })[key] = zh
  }
  return (out ?? params) as T
}

/** The accelerator of an estimate or a roll-up group, named in the reader's language. */
export function acceleratorNameIn(
  of: { acceleratorName: string; acceleratorNameZh?: string },
  locale: Locale
): string {
  return catalogName({ name: of.acceleratorName, nameZh: of.acceleratorNameZh }, locale)
}

/** An accelerator's form factor in the reader's language (`formFactorZh` where the catalog has one). */
export function formFactorIn(
  spec: { formFactor?: string; formFactorZh?: string },
  locale: Locale
): string | undefined {
  return locale === 'zh-CN' && spec.formFactorZh !== undefined ? spec.formFactorZh : spec.formFactor
}
