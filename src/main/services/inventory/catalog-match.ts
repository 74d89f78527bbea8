/**
 * Matches imported rows to catalog entries by name, tolerant of how people write models:
 * `NVIDIA A100-SXM4-80GB` ≈ `A100 80GB SXM4` ≈ `英伟达 A100 SXM4 80G`. Works on a plain
 * list of `{ id, vendor, name, ...fields }` so it does not depend on how the catalog is
 * loaded. A match is refused when both names state a memory size or form factor and they
 * disagree (A100 40GB is not A100 80GB).
 */
import {
  NUMERIC_FIELDS,
  type CatalogMatch,
  type FieldDifference,
  type InventoryItem,
  type MatchDecision,
  type Price
} from '@shared/schema/inventory'
import { foldWidth } from './parse/measure'

export interface CatalogEntryLike {
  id: string
  name: string
  vendor?: string
  [field: string]: unknown
}

/** Words that say who makes it or what it is, not which model: dropped before comparing. */
const NOISE_WORDS = new Set([
  'nvidia',
  '英伟达',
  'amd',
  'huawei',
  '华为',
  // Huawei's accelerator brand: `Ascend 910B`, `昇腾910B`, `华为昇腾 910B` name one card.
  'ascend',
  '昇腾',
  '昇騰',
  '华为昇腾',
  'intel',
  '英特尔',
  'tesla',
  'geforce',
  'instinct',
  'radeon',
  'gpu',
  'npu',
  'card',
  'accelerator',
  'graphics',
  'datacenter',
  'data',
  'center',
  'tensor',
  'core',
  '加速卡',
  '显卡',
  '计算卡',
  '推理卡',
  '训练卡',
  'the',
  'with'
])
const MEMORY_TYPE = /^(?:hbm\d*e?|gddr\d*x?|lpddr\d*x?|ddr\d*)$/
const FORM_FACTOR = /^(?:sxm\d*|pcie|oam|nvl\d*|mxm|hgx)$/
const MEMORY_SIZE = /^\d+(?:\.\d+)?gb$/
const SIMILARITY_THRESHOLD = 0.5
const TIE_MARGIN = 0.05
const RELATIVE_TOLERANCE = 1e-3
const MAX_CACHED_NAMES = 5000

interface NameShape {
  tokens: Set<string>
  models: Set<string>
  memory?: string
  form?: string
}

/** Splits a name into comparable tokens (`80G` and `80 GB` both become `80gb`). */
const ASCII_ONLY = /^[\x20-\x7e]*$/

/** Runs of `[a-z0-9.]` in lower-case ASCII text, without a lone `.` (a regex split, without the regex). */
function asciiWords(text: string): string[] {
  const words: string[] = []
  let start = -1
  for (let at = 0; at <= text.length; at++) {
    const code = at < text.length ? text.charCodeAt(at) : 32
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 46) {
      if (start < 0) start = at
    } else if (start >= 0) {
      if (at - start > 1 || text.charCodeAt(start) !== 46) words.push(text.slice(start, at))
      start = -1
    }
  }
  return words
}

export function nameTokens(name: string): string[] {
  // foldWidth leaves printable ASCII as it is (trimmed): most names, tested once.
  const ascii = ASCII_ONLY.test(name)
  let text = (ascii ? name.trim() : foldWidth(name)).toLowerCase()
  if (text.includes('pci')) text = text.replace(/pci[\s-]?e(?:xpress)?/g, 'pcie')
  // Han characters split from Latin ones (`昇腾910B` → `昇腾`, `910b`); skipped for plain ASCII names.
  const raw =
    ascii || ASCII_ONLY.test(text)
      ? asciiWords(text)
      : text
          .replace(/([\p{Script=Han}]+)/gu, ' $1 ')
          .split(/[^\p{L}\p{N}.]+/u)
          .filter((token) => token !== '' && token !== '.')
  const tokens: string[] = []
  for (let index = 0; index < raw.length; index++) {
    let token = raw[index]
    if (token.charCodeAt(0) === 46 || token.charCodeAt(token.length - 1) === 46)
      token = token.replace(/^\.+|\.+$/g, '')
    // Cheap first-character and last-character tests before the number regexes (hot path).
    const first = token.charCodeAt(0)
    if (first >= 48 && first <= 57) {
      const next = raw[index + 1]
      if ((next === 'gb' || next === 'g') && /^\d+(?:\.\d+)?$/.test(token)) {
        token += 'gb'
        index++
      } else if (token.endsWith('g')) {
        token = token.replace(/^(\d+(?:\.\d+)?)g$/, '$1gb')
      }
      // No noise word or memory type starts with a digit.
      tokens.push(token)
      continue
    }
    if (token === '' || NOISE_WORDS.has(token)) continue
    // Memory types start with h (hbm), g (gddr), l (lpddr) or d (ddr).
    if (
      (first === 104 || first === 103 || first === 108 || first === 100) &&
      MEMORY_TYPE.test(token)
    )
      continue
    tokens.push(token)
  }
  return tokens
}

const PCI = /pci/i
/** The ASCII noise words by length. */
const ASCII_NOISE: string[][] = []
for (const word of NOISE_WORDS)
  if (/^[a-z]+$/.test(word)) (ASCII_NOISE[word.length] ??= []).push(word)
/** Start/end pairs of one name's words (scratch for visitNameTokens). */
const WORDS = new Int32Array(256)

function lower(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57
}

/** `name[start…end]` (lower case) is `word`. */
function isWord(name: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false
  for (let index = 0; index < word.length; index++)
    if (lower(name.charCodeAt(start + index)) !== word.charCodeAt(index)) return false
  return true
}

/** /^\d+(?:\.\d+)?$/ on `name[start…end]`. */
function isDecimal(name: string, start: number, end: number): boolean {
  let at = start
  while (at < end && isDigitCode(name.charCodeAt(at))) at++
  if (at === start) return false
  if (at === end) return true
  if (name.charCodeAt(at) !== 46 || at + 1 === end) return false
  for (at++; at < end; at++) if (!isDigitCode(name.charCodeAt(at))) return false
  return true
}

/** MEMORY_TYPE on `name[start…end]` (lower case). */
function isMemoryType(name: string, start: number, end: number): boolean {
  const first = lower(name.charCodeAt(start))
  const prefix = first === 104 ? 'hbm' : first === 103 ? 'gddr' : first === 108 ? 'lpddr' : 'ddr'
  if (end - start < prefix.length || !isWord(name, start, start + prefix.length, prefix))
    return false
  let at = start + prefix.length
  while (at < end && isDigitCode(name.charCodeAt(at))) at++
  const suffix = first === 104 ? 101 /* e */ : first === 100 ? -1 : 120 /* x */
  if (at < end && lower(name.charCodeAt(at)) === suffix) at++
  return at === end
}

/** `name[start…end]` is a noise word. */
function isAsciiNoise(name: string, start: number, end: number): boolean {
  const words = ASCII_NOISE[end - start]
  if (words === undefined) return false
  for (const word of words) if (isWord(name, start, end, word)) return true
  return false
}

/**
 * The tokens `nameTokens` gives, visited as ranges of `name` (to be read in lower case; `gb`:
 * the token gets a `gb` suffix), without making a string: duplicate detection hashes every
 * row's name. Only for printable-ASCII names without `pci` (most names); false otherwise,
 * and the caller uses nameTokens. A test holds the two to the same tokens.
 */
export function visitNameTokens(
  name: string,
  visit: (name: string, start: number, end: number, gb: boolean) => void
): boolean {
  if (!ASCII_ONLY.test(name) || PCI.test(name)) return false
  // One lower-case copy: a flat string, where reading characters is cheapest (a name cut from
  // a CSV text is a slice of it).
  name = name.toLowerCase()
  // Runs of [a-z0-9.] (after lower-casing), without a lone `.`: asciiWords.
  let words = 0
  let start = -1
  for (let at = 0; at <= name.length; at++) {
    const code = at < name.length ? lower(name.charCodeAt(at)) : 32
    if ((code >= 97 && code <= 122) || isDigitCode(code) || code === 46) {
      if (start < 0) start = at
    } else if (start >= 0) {
      if (at - start > 1 || name.charCodeAt(start) !== 46) {
        if (words * 2 + 2 > WORDS.length) return false
        WORDS[words * 2] = start
        WORDS[words * 2 + 1] = at
        words++
      }
      start = -1
    }
  }
  for (let index = 0; index < words; index++) {
    let from = WORDS[index * 2]
    let to = WORDS[index * 2 + 1]
    while (from < to && name.charCodeAt(from) === 46) from++
    while (to > from && name.charCodeAt(to - 1) === 46) to--
    if (from === to) continue
    const first = lower(name.charCodeAt(from))
    if (isDigitCode(first)) {
      const nextFrom = WORDS[index * 2 + 2]
      const nextTo = WORDS[index * 2 + 3]
      if (
        index + 1 < words &&
        (isWord(name, nextFrom, nextTo, 'gb') || isWord(name, nextFrom, nextTo, 'g')) &&
        isDecimal(name, from, to)
      ) {
        visit(name, from, to, true)
        index++
      } else if (lower(name.charCodeAt(to - 1)) === 103 && isDecimal(name, from, to - 1)) {
        visit(name, from, to - 1, true)
      } else {
        visit(name, from, to, false)
      }
      continue
    }
    if (isAsciiNoise(name, from, to)) continue
    if (
      (first === 104 || first === 103 || first === 108 || first === 100) &&
      isMemoryType(name, from, to)
    )
      continue
    visit(name, from, to, false)
  }
  return true
}

function shapeOf(nameOrTokens: string | readonly string[]): NameShape {
  const tokens = new Set(typeof nameOrTokens === 'string' ? nameTokens(nameOrTokens) : nameOrTokens)
  const shape: NameShape = { tokens, models: new Set() }
  for (const token of tokens) {
    if (MEMORY_SIZE.test(token)) shape.memory = token
    else if (FORM_FACTOR.test(token)) shape.form = token.replace(/\d+$/, '')
    else if (/\d/.test(token) && (/[a-z]/.test(token) || token.length >= 3)) shape.models.add(token)
  }
  return shape
}

/** 0..1 similarity, or 0 when the names contradict each other. */
export function nameSimilarity(a: NameShape, b: NameShape): number {
  if (![...a.models].some((model) => b.models.has(model))) return 0
  if (a.memory && b.memory && a.memory !== b.memory) return 0
  if (a.form && b.form && a.form !== b.form) return 0
  let shared = 0
  for (const token of a.tokens) if (b.tokens.has(token)) shared++
  return shared / (a.tokens.size + b.tokens.size - shared)
}

function numbersEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b))
}

function pricesEqual(a: Price, b: unknown): boolean {
  if (typeof b !== 'object' || b === null) return false
  const other = b as Partial<Price>
  return (
    other.currency === a.currency &&
    typeof other.amount === 'number' &&
    numbersEqual(a.amount, other.amount)
  )
}

/** Fields of mine that the catalog states differently (or does not state). */
export function differences(item: InventoryItem, entry: CatalogEntryLike): FieldDifference[] {
  const found: FieldDifference[] = []
  for (const field of NUMERIC_FIELDS) {
    const mine = item[field]
    if (mine === undefined) continue
    const theirs = entry[field]
    if (typeof theirs !== 'number' || !numbersEqual(mine, theirs))
      found.push({ field, mine, catalog: theirs })
  }
  if (item.price && !pricesEqual(item.price, entry.price)) {
    found.push({ field: 'price', mine: item.price, catalog: entry.price })
  }
  return found
}

interface Candidate {
  entry: CatalogEntryLike
  /** The name as written, and without its remarks in parentheses when it has any. */
  shapes: NameShape[]
  /** Position in the catalog. */
  order: number
}

/**
 * A catalog name's remark in parentheses (`Ascend 910B (generic, as commonly quoted)`) is not
 * how anyone writes the card: the name is also compared without it. Both are kept because a
 * remark can be a name people use (`Gaudi2 (HL-225H)`).
 */
function nameShapes(name: string): NameShape[] {
  const bare = name
    .replace(/\([^)]*\)/g, ' ')
    .replace(/（[^）]*）/g, ' ')
    .trim()
  return bare === name || bare === '' ? [shapeOf(name)] : [shapeOf(name), shapeOf(bare)]
}

/**
 * The shapes an entry is known by: its English name and, where the catalog has one, the
 * vendor's Chinese name (`寒武纪 思元590` for MLU590), so a sheet written either way finds it.
 */
function catalogShapes(entry: CatalogEntryLike): NameShape[] {
  const zh = typeof entry.nameZh === 'string' ? nameShapes(entry.nameZh) : []
  return [...nameShapes(entry.name), ...zh]
}

export class CatalogMatcher {
  private readonly shapes: Candidate[]
  /** Catalog entries by model token: a row is only compared with entries sharing one. */
  private readonly byModel = new Map<string, Candidate[]>()
  /** Same name → same answer: big files repeat a handful of models. */
  private readonly cache = new Map<
    string,
    { entry: CatalogEntryLike; score: number; alternatives: CatalogEntryLike[] } | null
  >()

  constructor(entries: readonly CatalogEntryLike[]) {
    this.shapes = entries.map((entry, order) => ({
      entry,
      shapes: catalogShapes(entry),
      order
    }))
    for (const candidate of this.shapes) {
      const models = new Set(candidate.shapes.flatMap((shape) => [...shape.models]))
      for (const model of models) {
        const list = this.byModel.get(model) ?? []
        list.push(candidate)
        this.byModel.set(model, list)
      }
    }
  }

  private candidates(shape: NameShape): Candidate[] {
    const found = new Set<Candidate>()
    for (const model of shape.models)
      for (const candidate of this.byModel.get(model) ?? []) found.add(candidate)
    // In catalog order, so ties resolve the same way every time.
    return [...found].sort((a, b) => a.order - b.order)
  }

  get size(): number {
    return this.shapes.length
  }

  private best(
    tokens: readonly string[]
  ): { entry: CatalogEntryLike; score: number; alternatives: CatalogEntryLike[] } | null {
    const key = tokens.join(' ')
    const cached = this.cache.get(key)
    if (cached !== undefined) return cached
    const mine = shapeOf(tokens)
    const scored = this.candidates(mine)
      .map(({ entry, shapes }) => ({
        entry,
        score: Math.max(...shapes.map((shape) => nameSimilarity(mine, shape)))
      }))
      .filter((candidate) => candidate.score >= SIMILARITY_THRESHOLD)
      .sort((a, b) => b.score - a.score)
    const result =
      scored.length === 0
        ? null
        : {
            entry: scored[0].entry,
            score: Math.round(scored[0].score * 100) / 100,
            alternatives: scored
              .slice(1)
              .filter((candidate) => scored[0].score - candidate.score <= TIE_MARGIN)
              .map((candidate) => candidate.entry)
          }
    // Bounded: an asset list with a unique name per row must not grow the cache without end.
    if (this.cache.size < MAX_CACHED_NAMES) this.cache.set(key, result)
    return result
  }

  /** `tokens` may be passed when the caller already has `nameTokens(item.name)`. */
  match(item: InventoryItem, tokens: readonly string[] = nameTokens(item.name)): CatalogMatch {
    const found = this.best(tokens)
    if (!found) return { status: 'new', differences: [], alternatives: [] }
    const diff = differences(item, found.entry)
    return {
      status: diff.length === 0 ? 'identical' : 'differs',
      catalogId: found.entry.id,
      catalogName: found.entry.name,
      score: found.score,
      differences: diff,
      alternatives: found.alternatives.map((entry) => ({ id: entry.id, name: entry.name }))
    }
  }

  entry(id: string): CatalogEntryLike | undefined {
    return this.shapes.find(({ entry }) => entry.id === id)?.entry
  }
}

/** Catalog fields an inventory item can take over. */
const CATALOG_FIELDS = ['vendor', 'formFactor', 'memoryType', ...NUMERIC_FIELDS, 'price'] as const

function catalogValues(entry: CatalogEntryLike): Partial<InventoryItem> {
  const values: Record<string, unknown> = {}
  for (const field of CATALOG_FIELDS) {
    const value = entry[field]
    if (value !== undefined && value !== null) values[field] = value
  }
  return values as Partial<InventoryItem>
}

/**
 * The item to keep after the user's decision. Quantity on hand and notes are always the
 * user's own (the catalog has none); `merge` fills only the fields the user left empty.
 */
export function applyDecision(
  item: InventoryItem,
  entry: CatalogEntryLike | undefined,
  decision: MatchDecision
): (InventoryItem & { catalogId?: string }) | null {
  if (decision === 'skip') return null
  if (!entry || decision === 'keep-mine')
    return entry ? { ...item, catalogId: entry.id } : { ...item }
  const own = {
    kind: item.kind,
    name: item.name,
    ...(item.quantityOnHand !== undefined ? { quantityOnHand: item.quantityOnHand } : {}),
    ...(item.notes !== undefined ? { notes: item.notes } : {})
  }
  if (decision === 'keep-catalog')
    return { ...catalogValues(entry), ...own, name: entry.name, catalogId: entry.id }
  const merged: Record<string, unknown> = { ...catalogValues(entry) }
  for (const [field, value] of Object.entries(item)) if (value !== undefined) merged[field] = value
  return { ...(merged as InventoryItem), catalogId: entry.id }
}
