/**
 * Splits a cell like `1,979 TOPS (sparse)`, `８０ GB`, `~3.35TB/s` or `25万` into a number,
 * a scale word and the unit text after it. Field parsers then decide whether the unit fits.
 * Full-width characters (common in Chinese input methods) are folded with NFKC first.
 */

export interface Measure {
  value: number
  /** Unit text after the number, trimmed, original case (bits vs bytes depends on it). */
  unit: string
  /** Unit or currency text written before the number (`$`, `USD`, `¥`). */
  prefix: string
  sparse: boolean
  /** The cell explicitly says dense (overrides a sparse header). */
  dense: boolean
}

/**
 * Bounded runs of spaces (`\s{0,8}`, not `\s*`): with `\s*` every start position in a run of
 * spaces rescanned the whole run (100 KB of spaces took seconds). Now each start position
 * costs at most a few steps, so the search is linear in the text.
 */
const SPARSE_MARK =
  /[(（[]?\s{0,8}(?:with\s{1,8}sparsity|sparsity|sparse|稀疏(?:算力)?)\s{0,8}[)）\]]?/i
const DENSE_MARK = /[(（[]?\s{0,8}(?:dense|稠密(?:算力)?)\s{0,8}[)）\]]?/i
const APPROXIMATELY = /^(?:~|≈|约|approx\.?|about|circa|ca\.)\s{0,8}/i

/** Cells that say "no value" in words: read as absent, without a warning. */
const ABSENT = new Set([
  '-',
  '--',
  '—',
  '–',
  '/',
  'n/a',
  'na',
  'none',
  'null',
  'nil',
  '不支持',
  '无',
  '暂无',
  '未知',
  '不适用',
  'unknown',
  '?',
  '？',
  'tbd',
  '✗',
  '×'
])

/** Printable ASCII only: nothing for NFKC to fold (the common case, checked first for speed). */
const PLAIN_ASCII = /^[\x20-\x7e]*$/

export function foldWidth(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.trim()
  // NFKC maps full-width digits/letters/punctuation to ASCII; the ideographic space too.
  return text
    .normalize('NFKC')
    .replace(/\u00a0|\u3000/g, ' ')
    .trim()
}

/** Longest word in ABSENT: longer text cannot be one, and is answered without folding. */
const LONGEST_ABSENT = 8

export function isAbsentWord(text: string): boolean {
  if (text.length > LONGEST_ABSENT + 4) return false
  // No such word starts with a digit or a currency sign (most figure cells do): no folding needed.
  const first = text.charCodeAt(0)
  if ((first >= 48 && first <= 57) || first === 36 || first === 0xa5 || first === 0xffe5)
    return false
  return ABSENT.has(foldWidth(text).toLowerCase())
}

const EXCEL_ERROR = /^#(?:N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i

/** An Excel error written out as text (CSV exports keep them). */
export function isErrorText(text: string): boolean {
  return EXCEL_ERROR.test(text.trim())
}

/** A bare decimal such as `312` or `204.8`: most numeric cells, parsed without the scan below. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/
/** Only a text containing one of these words can carry a sparse or dense mark. */
const MARK_WORD = /spars|稀疏|dense|稠密/i
/** First characters of the APPROXIMATELY words. */
const APPROXIMATE_START = /^[~≈约ac]/i
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/** Where a number starting at `at` ends (sign, digits or `1,979` groups, fraction), or -1. */
function numberEnd(text: string, at: number): number {
  let position = at
  const sign = text.charCodeAt(position)
  if (sign === 43 || sign === 45) position++
  if (isDigit(text.charCodeAt(position))) {
    let run = position
    while (isDigit(text.charCodeAt(run))) run++
    let end = run
    // Thousands groups only after 1–3 leading digits, each `,` and exactly three digits.
    if (run - position <= 3) {
      while (
        text.charCodeAt(end) === 44 &&
        isDigit(text.charCodeAt(end + 1)) &&
        isDigit(text.charCodeAt(end + 2)) &&
        isDigit(text.charCodeAt(end + 3))
      )
        end += 4
    }
    if (text.charCodeAt(end) === 46 && isDigit(text.charCodeAt(end + 1))) {
      end += 2
      while (isDigit(text.charCodeAt(end))) end++
    }
    return end
  }
  if (text.charCodeAt(position) === 46 && isDigit(text.charCodeAt(position + 1))) {
    let end = position + 2
    while (isDigit(text.charCodeAt(end))) end++
    return end
  }
  return -1
}

/**
 * Leading text, then the first number (optional sign, thousands separators, fraction,
 * exponent), then the rest: what the regex
 * `^(.*?)([-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-+]?\.\d+)(?:[eE]([-+]?\d+))?(.*)$`
 * matches, as a scan (a figure cell is parsed per row: the regex's backtracking showed in profiles).
 */
export function splitNumber(
  text: string
): { prefix: string; digits: string; exponent?: string; rest: string } | null {
  // The regex's `.` does not match line terminators, so such a text never matches.
  if (LINE_TERMINATOR.test(text)) return null
  for (let start = 0; start < text.length; start++) {
    const end = numberEnd(text, start)
    if (end < 0) continue
    let after = end
    let exponent: string | undefined
    const letter = text.charCodeAt(end)
    if (letter === 101 || letter === 69) {
      let position = end + 1
      const sign = text.charCodeAt(position)
      if (sign === 43 || sign === 45) position++
      if (isDigit(text.charCodeAt(position))) {
        while (isDigit(text.charCodeAt(position))) position++
        exponent = text.slice(end + 1, position)
        after = position
      }
    }
    return {
      prefix: text.slice(0, start),
      digits: text.slice(start, end),
      exponent,
      rest: text.slice(after)
    }
  }
  return null
}

/**
 * The value of a number `splitNumber` found (`-1,979.5`): Number() of it without the commas.
 * Up to 15 digits it is computed from the characters (an exact mantissa divided by an exact
 * power of ten rounds as Number() does), without building the comma-free copy.
 */
function numberOf(digits: string): number {
  let at = 0
  const sign = digits.charCodeAt(0)
  if (sign === 45 || sign === 43) at++
  let mantissa = 0
  let count = 0
  let decimals = 0
  let point = false
  for (; at < digits.length; at++) {
    const code = digits.charCodeAt(at)
    if (code === 44) continue
    if (code === 46) {
      point = true
      continue
    }
    mantissa = mantissa * 10 + (code - 48)
    count++
    if (point) decimals++
  }
  if (count > 15) return Number(digits.replace(/,/g, ''))
  const value = decimals === 0 ? mantissa : mantissa / 10 ** decimals
  return sign === 45 ? -value : value
}

export function parseMeasure(raw: string): Measure | null {
  let text = foldWidth(raw)
  if (PLAIN_NUMBER.test(text))
    return { value: Number(text), unit: '', prefix: '', sparse: false, dense: false }
  let sparse = false
  let dense = false
  // The mark regexes run only when a mark can be present.
  if (MARK_WORD.test(text)) {
    const lower = text.toLowerCase()
    if ((lower.includes('spars') || lower.includes('稀疏')) && SPARSE_MARK.test(text)) {
      sparse = true
      text = text.replace(SPARSE_MARK, ' ').trim()
    }
    if ((lower.includes('dense') || lower.includes('稠密')) && DENSE_MARK.test(text)) {
      dense = true
      text = text.replace(DENSE_MARK, ' ').trim()
    }
  }
  if (APPROXIMATE_START.test(text)) text = text.replace(APPROXIMATELY, '')
  const match = splitNumber(text)
  if (!match) return null
  const { prefix, digits, exponent, rest } = match
  // With an exponent, as Number() reads `1.1e1` (11): multiplying by 10 ** 1 gave 11.000000000000002.
  const value = exponent ? Number(`${digits.replace(/,/g, '')}e${exponent}`) : numberOf(digits)
  if (!Number.isFinite(value)) return null
  return { value, unit: rest.trim(), prefix: prefix.trim(), sparse, dense }
}
