/**
 * One header label → the field it names, with a confidence. Matching ignores case, width,
 * spaces and punctuation; a unit in brackets or at the end (`Memory (GiB)`, `price_usd`,
 * `单价（万元）`) is kept as a hint for cells that carry no unit of their own.
 */
import { COLUMN_FIELDS, type ColumnField } from '@shared/schema/inventory'
import { LIMITS } from '../limits'
import { foldWidth } from '../parse/measure'
import { BLOCKED_WORDS, SYNONYMS } from './synonyms'

export interface HeaderMatch {
  field: ColumnField | null
  confidence: number
  unitHint?: string
  sparse: boolean
  /** The normalised label (what remembered mappings are keyed on). */
  key: string
}

/**
 * A bracketed part. The content excludes opening brackets too: with `[^)\]）】]*` every `(` of
 * a run of 100,000 rescanned the rest of the label (quadratic); now each scan stops at the
 * next opening bracket, so the match is linear. Nested brackets match their innermost pair.
 */
const BRACKETED = /[([（【]([^([（【)\]）】]*)[)\]）】]/g
const SPARSE_WORD = /sparse|sparsity|稀疏/
const DENSE_WORD = /dense|稠密/
/** Unit words recognised at the end of a header (`memory_gb`, `TDP W`, `mem_bw_gbps`). */
const UNIT_WORDS = new Set([
  'gb',
  'gib',
  'tb',
  'mb',
  'g',
  'gb/s',
  'tb/s',
  'gbps',
  'tbps',
  'gib/s',
  'tflops',
  'tops',
  'pflops',
  'w',
  'kw',
  'watt',
  'watts',
  'usd',
  'cny',
  'rmb',
  'eur',
  'gbp',
  'hkd',
  'jpy',
  '$',
  '¥',
  '€',
  '元',
  '万元',
  '美元',
  'k$',
  'k',
  '万'
])

function weight(text: string): number {
  let total = 0
  for (const char of text) total += char.charCodeAt(0) < 128 ? 1 : 2
  return total
}

function compact(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '')
}

const EXACT = new Map<string, ColumnField>()
const ALL_SYNONYMS: { word: string; field: ColumnField; weight: number }[] = []
for (const field of COLUMN_FIELDS) {
  for (const word of SYNONYMS[field]) {
    EXACT.set(word, field)
    ALL_SYNONYMS.push({ word, field, weight: weight(word) })
  }
}
ALL_SYNONYMS.sort((a, b) => b.weight - a.weight)

export interface NormalisedHeader {
  key: string
  unitHint?: string
  sparse: boolean
}

export function normaliseHeader(label: string): NormalisedHeader {
  // Labels are short; a hostile one is cut before any pattern or normalisation sees it.
  const bounded =
    label.length > LIMITS.maxHeaderChars ? label.slice(0, LIMITS.maxHeaderChars) : label
  let text = foldWidth(bounded).toLowerCase()
  const sparse = SPARSE_WORD.test(text) && !DENSE_WORD.test(text)
  let unitHint: string | undefined
  text = text.replace(BRACKETED, (_whole, inner: string) => {
    const content = inner.trim()
    if (
      unitHint === undefined &&
      content !== '' &&
      !SPARSE_WORD.test(content) &&
      !DENSE_WORD.test(content)
    ) {
      unitHint = content
    }
    return ' '
  })
  text = text.replace(SPARSE_WORD, ' ').replace(DENSE_WORD, ' ')
  const tokens = text.split(/[\s_\-,;:|·、，]+/).filter((token) => token !== '')
  if (unitHint === undefined && tokens.length > 1 && UNIT_WORDS.has(tokens[tokens.length - 1])) {
    unitHint = tokens.pop()
  }
  return { key: compact(tokens.join('')), unitHint, sparse }
}

export function matchHeader(label: string): HeaderMatch {
  const { key, unitHint, sparse } = normaliseHeader(label)
  const none: HeaderMatch = { field: null, confidence: 0, unitHint, sparse, key }
  if (key === '' || /^\d+$/.test(key)) return none
  const exact = EXACT.get(key)
  if (exact) return { field: exact, confidence: 1, unitHint, sparse, key }
  if (BLOCKED_WORDS.some((word) => key.includes(word))) return none
  const keyWeight = weight(key)
  // Longest contained synonym wins; a CJK character weighs two so 显存 beats gpu in "GPU显存".
  for (const synonym of ALL_SYNONYMS) {
    if (synonym.weight < 3 || !key.includes(synonym.word)) continue
    const confidence = Math.round((0.5 + 0.4 * (synonym.weight / keyWeight)) * 100) / 100
    return { field: synonym.field, confidence, unitHint, sparse, key }
  }
  return none
}
