/**
 * Prices as people type them: `¥250,000`, `$27,500`, `25万`, `25万元`, `USD 30k`, `€9.5k`,
 * `RMB 1.2M`. ¥ alone is read as CNY (the app's users are mostly in China; write JPY or 円
 * for yen). The scale words 万 (10⁴), 亿 (10⁸), 千/k (10³) and M/mn (10⁶) multiply.
 */
import { foldWidth, parseMeasure } from './measure'

export interface ParsedPrice {
  amount: number
  /** Undefined when neither the cell nor the header says. */
  currency?: string
}

export interface PriceHint {
  currency?: string
  multiplier: number
}

/** Currency words and symbols, longest first so `US$` wins over `$`. */
const CURRENCY_WORDS: [string, string][] = (
  [
    ['人民币', 'CNY'],
    ['rmb', 'CNY'],
    ['cny', 'CNY'],
    ['元', 'CNY'],
    ['¥', 'CNY'],
    ['us$', 'USD'],
    ['usd', 'USD'],
    ['美元', 'USD'],
    ['美金', 'USD'],
    ['$', 'USD'],
    ['eur', 'EUR'],
    ['€', 'EUR'],
    ['欧元', 'EUR'],
    ['gbp', 'GBP'],
    ['£', 'GBP'],
    ['英镑', 'GBP'],
    ['hk$', 'HKD'],
    ['hkd', 'HKD'],
    ['港元', 'HKD'],
    ['港币', 'HKD'],
    ['jpy', 'JPY'],
    ['円', 'JPY'],
    ['日元', 'JPY']
  ] as [string, string][]
).sort((a, b) => b[0].length - a[0].length)

const SCALE_WORDS: [string, number][] = [
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
  ['mn', 1e6],
  ['k', 1e3],
  ['m', 1e6]
]

interface TakenCurrency {
  readonly rest: string
  readonly currency?: string
}

/**
 * A text that is exactly one currency word (`$`, `usd`, `元`): the common case, answered by one
 * lookup with a shared result (results are only read).
 */
const WHOLE_WORD = new Map<string, TakenCurrency>(
  CURRENCY_WORDS.map(([word, currency]) => [word, { rest: '', currency }])
)
const NO_CURRENCY: TakenCurrency = { rest: '' }

/** Removes currency words from text, returning the currency found (if any). */
function takeCurrency(text: string): TakenCurrency {
  if (text === '') return NO_CURRENCY
  let rest = text.toLowerCase()
  const whole = WHOLE_WORD.get(rest)
  if (whole !== undefined) return whole
  let currency: string | undefined
  for (const [word, code] of CURRENCY_WORDS) {
    if (!rest.includes(word)) continue
    if (currency !== undefined && currency !== code && !(word === '$' && currency === 'HKD')) {
      return { rest: 'conflict' }
    }
    currency ??= code
    rest = rest.split(word).join(' ')
  }
  return { rest: rest.trim(), currency }
}

const NO_SCALE = { rest: '', multiplier: 1 } as const

/** Strips a leading scale word (`万`, `k`) and returns its multiplier. */
function takeScale(text: string): { readonly rest: string; readonly multiplier: number } {
  if (text === '') return NO_SCALE
  const trimmed = text.trim()
  for (const [word, multiplier] of SCALE_WORDS) {
    if (trimmed.startsWith(word)) {
      const next = trimmed.charAt(word.length)
      if (/^[a-z]$/.test(word) && /[a-z]/.test(next)) continue
      return { rest: trimmed.slice(word.length).trim(), multiplier }
    }
  }
  return { rest: trimmed, multiplier: 1 }
}

/** What a price header says: `单价(万元)` → CNY ×10⁴; `Price (USD)`; `price_usd`. */
export function priceHintFromHeader(unitHint: string | undefined): PriceHint {
  if (!unitHint) return { multiplier: 1 }
  const { rest, currency } = takeCurrency(foldWidth(unitHint))
  const { multiplier } = takeScale(rest)
  return { currency, multiplier }
}

/** Parses a price cell; a bare number takes the header's currency and multiplier. */
export function parsePrice(raw: string | number, hint: PriceHint): ParsedPrice | null {
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? { amount: raw * hint.multiplier, currency: hint.currency } : null
  }
  const measure = parseMeasure(raw)
  if (!measure || measure.sparse) return null
  const before = takeCurrency(measure.prefix)
  const { rest: afterScale, multiplier } = takeScale(measure.unit.toLowerCase())
  const after = takeCurrency(afterScale)
  if (before.rest === 'conflict' || after.rest === 'conflict') return null
  if (before.rest !== '' && before.rest !== '-') return null
  if (after.rest !== '' && after.rest !== '/台' && after.rest !== '/张' && after.rest !== '/unit') {
    return null
  }
  if (before.currency && after.currency && before.currency !== after.currency) return null
  const currency = before.currency ?? after.currency ?? hint.currency
  // A scale written in the cell replaces the header's (a "万元" column holding "250000元" is rare).
  const scale =
    multiplier !== 1 ? multiplier : before.currency || after.currency ? 1 : hint.multiplier
  // `-$100` is minus a hundred dollars, as `$-100` is: the sign before the currency counts.
  const sign = before.rest === '-' ? -1 : 1
  if (sign < 0 && measure.value < 0) return null
  const amount = sign * measure.value * scale
  return { amount: Math.round(amount * 1e6) / 1e6, currency }
}

/** Reads a currency cell (`CNY`, `人民币`, `$`). */
export function parseCurrencyWord(raw: string): string | undefined {
  const folded = foldWidth(raw)
  if (/^[A-Za-z]{3}$/.test(folded)) return folded.toUpperCase()
  const { rest, currency } = takeCurrency(folded)
  return rest === '' ? currency : undefined
}
