/**
 * What every message's parameters go through before `{name}` is filled, in main, the CLI,
 * workbooks and the renderer alike (issue 19, "Chinese all the way through"):
 *
 * - field ids become the reader's labels (`field-labels.ts`);
 * - a parameter whose name ends in `Days` is a duration the core computed in days, and is
 *   shown in the unit its size calls for by the one duration formatter ("2.1 小时" / "2.1 h",
 *   never "0.08633 天"). The core passes the raw number; JSON output keeps it as is.
 */
import { formatDuration } from '../format/duration'
import { localizeFieldParams } from './field-labels'
import type { MessageTree } from './index'
import type { Locale } from './types'

const DURATION_PARAM = /Days$/

export function localizeDurationParams<T extends Readonly<Record<string, unknown>>>(
  locale: Locale,
  params: T
): T {
  let out: Record<string, unknown> | undefined
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'number' && DURATION_PARAM.test(name))
      (out ??= { ...params })[name] = formatDuration(value, locale)
  }
  return (out ?? params) as T
}

/** Field labels and durations in the reader's language; other parameters as given. */
export function localizeParams<T extends Readonly<Record<string, unknown>>>(
  locale: Locale,
  tree: MessageTree,
  params: T
): T {
  return localizeDurationParams(locale, localizeFieldParams(tree, params))
}
