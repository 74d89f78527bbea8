/**
 * The derivation steps in the reader's language. The core records each step's description,
 * note and unit in English (they also feed the CLI, tests and the English workbook); this
 * module finds that English text in the `derivationText` catalogue by value and returns the
 * same key's entry in the requested language. Steps described only by their expression get
 * each name replaced by its label (`core.steps.*`, `cluster.steps.*`, assumptions, inputs) and
 * each function by its word, so a Chinese reader sees 向上取整(路数 ÷ 每卡路数) instead of
 * ceil(streams ÷ streamsPerAccelerator). A figure's citation names the figure by its label
 * (citation-text.ts); other text the catalogue does not know (catalog sources, papers) is
 * returned unchanged.
 */
import { localizeCitation } from './citation-text'
import { interpolate, messages, type Locale, type MessageTree } from './index'

type Phrase = { exact: string } | { pattern: RegExp; names: string[] }

interface PhraseEntry {
  key: string
  phrase: Phrase
}

/**
 * The catalogue areas whose English texts the core writes: step descriptions and notes, and
 * the sources of defaults (assumptionSources: the registry, framework presets, the cluster's
 * planner defaults and the training MFU model). Nested entries are read at any depth.
 */
const GROUPS = [
  'derivationText.formulas',
  'derivationText.notes',
  'assumptionSources.registry',
  'assumptionSources.presets',
  'assumptionSources.cluster',
  'assumptionSources.model'
] as const

/** Parts of a description that are ids with a label of their own (LoRA targets: qv…). */
const PARAM_NAMESPACES: Record<string, string> = {
  targets: 'finetuning.targets',
  generation: 'assumptionSources.generations'
}

let phraseIndex: { exact: Map<string, string>; patterns: PhraseEntry[] } | null = null

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** English catalogue text → key; texts with `{name}` parts become anchored patterns. */
function index(): { exact: Map<string, string>; patterns: PhraseEntry[] } {
  if (phraseIndex) return phraseIndex
  const exact = new Map<string, string>()
  const patterns: PhraseEntry[] = []
  const en = messages.en as unknown as MessageTree
  for (const group of GROUPS) {
    const tree = lookupTree(en, group)
    for (const [key, text] of tree ? entriesOf(tree, group) : []) {
      const parts = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1])
      if (parts.length === 0) {
        exact.set(text, key)
        continue
      }
      const source = text
        .split(/\{\w+\}/)
        .map(escapeRegExp)
        .join('(.+?)')
      patterns.push({ key, phrase: { pattern: new RegExp(`^${source}$`), names: parts } })
    }
  }
  phraseIndex = { exact, patterns }
  return phraseIndex
}

/** The text or group at dotted `key` in `tree`, if any. */
function nodeAt(tree: MessageTree, key: string): string | MessageTree | undefined {
  let node: string | MessageTree | undefined = tree
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined
    node = node[part]
  }
  return node
}

function lookupTree(tree: MessageTree, key: string): MessageTree | undefined {
  const node = nodeAt(tree, key)
  return typeof node === 'object' ? node : undefined
}

/** Every text under `tree` with its dotted key. */
function entriesOf(tree: MessageTree, prefix: string): [string, string][] {
  return Object.entries(tree).flatMap(([name, value]): [string, string][] =>
    typeof value === 'string'
      ? [[`${prefix}.${name}`, value]]
      : entriesOf(value, `${prefix}.${name}`)
  )
}

function lookup(tree: MessageTree, key: string): string | undefined {
  const node = nodeAt(tree, key)
  return typeof node === 'string' ? node : undefined
}

/** The message of `key` in `locale` only (no English fallback), or undefined. */
export function messageIn(locale: Locale, key: string): string | undefined {
  return lookup(messages[locale] as unknown as MessageTree, key)
}

/**
 * A description or note the core wrote, in `locale`; a figure's citation with the figure by
 * its label (and under zh-CN the product by its `zhNames` entry, English catalog name →
 * Chinese); other unknown text (a catalog source, a name) comes back as it is.
 */
export function localizeText(
  text: string,
  locale: Locale,
  zhNames?: ReadonlyMap<string, string>
): string {
  // A catalogued text (a default's source, a note) is already English: never re-read as a
  // citation ("Mixed corpus: …" is not the figure "corpus" of a product "Mixed").
  if (locale === 'en')
    return isCatalogueText(text) ? text : (localizeCitation(text, locale) ?? text)
  const { exact, patterns } = index()
  const key = exact.get(text)
  if (key) return messageIn(locale, key) ?? text
  for (const entry of patterns) {
    if (!('pattern' in entry.phrase)) continue
    const match = entry.phrase.pattern.exec(text)
    if (!match) continue
    const params: Record<string, string> = {}
    entry.phrase.names.forEach((name, i) => {
      const namespace = PARAM_NAMESPACES[name]
      const value = match[i + 1]
      params[name] = (namespace && messageIn(locale, `${namespace}.${value}`)) ?? value
    })
    const template = messageIn(locale, entry.key)
    return template ? interpolate(template, params) : text
  }
  return localizeCitation(text, locale, zhNames) ?? text
}

/** True when `text` is a known description or note (so it is translated, not cited). */
export function isCatalogueText(text: string): boolean {
  const { exact, patterns } = index()
  return (
    exact.has(text) ||
    patterns.some((entry) => 'pattern' in entry.phrase && entry.phrase.pattern.test(text))
  )
}

/** Core unit strings that read differently as a whole; anything else goes word by word. */
const UNIT_KEYS: Record<string, string> = {
  days: 'days',
  day: 'days',
  hours: 'hours',
  'accelerator-hours': 'acceleratorHours',
  tokens: 'tokens',
  'tokens/s': 'tokensPerSecond',
  'requests/s': 'requestsPerSecond',
  sequences: 'sequences',
  streams: 'streams',
  accelerators: 'accelerators',
  cards: 'accelerators',
  replicas: 'replicas',
  servers: 'servers',
  racks: 'racks',
  images: 'images',
  epochs: 'epochs',
  runs: 'runs',
  fraction: 'fraction',
  params: 'params',
  ms: 'ms',
  µs: 'microseconds',
  years: 'years',
  'MWh/year': 'mwhPerYear',
  'GB/s': 'gbPerSecond'
}

/**
 * A core unit in `locale`: whole units first (days → 天), else each word of a compound one
 * (bytes/param → 字节/参数, steps/s → 步/秒); symbols such as GB, kWh, USD and TFLOP have no
 * entry and stay as they are.
 */
export function localizeUnit(raw: string | undefined, locale: Locale): string {
  if (!raw) return ''
  const key = UNIT_KEYS[raw]
  const whole = key ? messageIn(locale, `wizard.units.${key}`) : undefined
  if (whole !== undefined) return whole
  return raw.replace(
    /[A-Za-z]+(?:-[A-Za-z]+)*/g,
    (word) =>
      messageIn(locale, `wizard.unitWords.${word}`) ??
      messageIn(locale, `derivationText.unitWords.${word}`) ??
      word
  )
}

const LABEL_NAMESPACES = ['core.steps', 'cluster.steps', 'core.assumptions', 'core.inputs']

/**
 * The label of a step, assumption or input name in `locale`, or undefined. Numbered cluster
 * names (group2ServersNodes) share one label with `{n}` (groupNServersNodes).
 */
export function nameLabel(name: string, locale: Locale): string | undefined {
  for (const namespace of LABEL_NAMESPACES) {
    const text = messageIn(locale, `${namespace}.${name}`)
    if (text !== undefined) return text
  }
  const number = /\d+/.exec(name)
  const numbered = number && messageIn(locale, `cluster.steps.${name.replace(/\d+/, 'N')}`)
  return numbered ? interpolate(numbered, { n: Number(number[0]) }) : undefined
}

/** Only names, numbers, operators and brackets: an expression, not a sentence. */
const EXPRESSION_TEXT = /^[A-Za-z0-9_\s()+\-−×÷*/^,.≥≤]+$/

/** A function of the expression grammar (ceil, max…) by its word in `locale`, if it has one. */
export function functionWord(name: string, locale: Locale): string | undefined {
  return locale === 'en' ? undefined : messageIn(locale, `derivationText.functions.${name}`)
}

/**
 * A step's formula text in `locale`: a catalogued description translated, or an expression
 * with its names replaced by their labels and its functions by their words.
 */
export function localizeFormula(formula: string, locale: Locale): string {
  if (locale === 'en') return formula
  if (isCatalogueText(formula)) return localizeText(formula, locale)
  if (!EXPRESSION_TEXT.test(formula)) return formula
  return formula.replace(/[A-Za-z_][A-Za-z0-9_]*/g, (name) => {
    return functionWord(name, locale) ?? nameLabel(name, locale) ?? name
  })
}

/** What a lookup step cites or notes, in `locale` (catalogue notes translated). */
export function localizeSource(source: string | undefined, locale: Locale): string | undefined {
  return source === undefined ? undefined : localizeText(source, locale)
}
