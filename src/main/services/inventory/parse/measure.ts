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

const SPARSE_MARK = /[(（[]?\s*(?:with\s+sparsity|sparsity|sparse|稀疏(?:算力)?)\s*[)）\]]?/i
const DENSE_MARK = /[(（[]?\s*(?:dense|稠密(?:算力)?)\s*[)）\]]?/i
const APPROXIMATELY = /^(?:~|≈|约|approx\.?|about|circa|ca\.)\s*/i
/** Leading text, then a number with optional thousands separators, then the rest. */
const NUMBER =
  /^(.*?)([-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-+]?\.\d+)(?:[eE]([-+]?\d+))?(.*)$/

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
  return text.length <= LONGEST_ABSENT + 4 && ABSENT.has(foldWidth(text).toLowerCase())
}

const EXCEL_ERROR = /^#(?:N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i

/** An Excel error written out as text (CSV exports keep them). */
export function isErrorText(text: string): boolean {
  return EXCEL_ERROR.test(text.trim())
}

/** A bare decimal such as `312` or `204.8`: most numeric cells, parsed without the regexes below. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/

export function parseMeasure(raw: string): Measure | null {
  let text = foldWidth(raw)
  if (PLAIN_NUMBER.test(text))
    return { value: Number(text), unit: '', prefix: '', sparse: false, dense: false }
  let sparse = false
  let dense = false
  const lower = text.toLowerCase()
  // Cheap substring checks first: the mark regexes run only when a mark can be present.
  if ((lower.includes('spars') || lower.includes('稀疏')) && SPARSE_MARK.test(text)) {
    sparse = true
    text = text.replace(SPARSE_MARK, ' ').trim()
  }
  if ((lower.includes('dense') || lower.includes('稠密')) && DENSE_MARK.test(text)) {
    dense = true
    text = text.replace(DENSE_MARK, ' ').trim()
  }
  text = text.replace(APPROXIMATELY, '')
  const match = NUMBER.exec(text)
  if (!match) return null
  const [, prefix, digits, exponent, rest] = match
  const value = Number(digits.replace(/,/g, '')) * (exponent ? 10 ** Number(exponent) : 1)
  if (!Number.isFinite(value)) return null
  return { value, unit: rest.trim(), prefix: prefix.trim(), sparse, dense }
}
