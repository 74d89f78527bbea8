/**
 * A price list (switches, optics, cables, NICs, storage, racks…) read by the inventory
 * importer → entries of the plan's price book (schema/plan `priceBook`, issue 15). Each row's
 * part name is matched to a part of the network catalog by the part's model tokens (every
 * token of its id but the vendor: `nvidia-qm9700` ← "QM9700 交换机"); a row that names no
 * part, several parts, or has no usable price is reported with its row, never dropped or
 * guessed. Rows in = entries + reported.
 */
import { CURRENCIES, type Currency, type PriceBookEntry } from '../schema/plan'
import type { ImportedRow, MatchDecision } from '../schema/inventory'
import { defaultNetworkCatalog, type NetworkCatalog } from '../core/cluster/network-catalog'

export interface PricedPart {
  id: string
  name: string
  nameZh?: string
}

export interface PriceListReport {
  row: number
  /** inventoryReview.priceList.* */
  key: string
  params: Record<string, string>
}

export interface PriceListResult {
  entries: PriceBookEntry[]
  reported: PriceListReport[]
}

/** Every part the price book can price, from the network catalog. */
export function networkParts(catalog: NetworkCatalog): PricedPart[] {
  const { source: _source, ...lists } = catalog
  return Object.values(lists).flatMap((list) =>
    (list as PricedPart[]).map(({ id, name, nameZh }) => ({
      id,
      name,
      ...(nameZh !== undefined ? { nameZh } : {})
    }))
  )
}

const VENDOR_TOKENS = new Set(['nvidia', 'huawei', 'mellanox', 'arista', 'cisco', 'h3c'])
const compact = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')

/** The tokens of a part id that a price list must name (its vendor aside). */
function modelTokens(id: string): string[] {
  return id.split('-').filter((token) => token !== '' && !VENDOR_TOKENS.has(token))
}

/** The one part a row names, or why there is none. */
export function matchPart(
  name: string,
  parts: readonly PricedPart[]
): { part: PricedPart } | { none: 'noPart' | 'ambiguous'; candidates: string } {
  const written = compact(name)
  const exact = parts.filter(
    (part) => compact(part.id) === written || compact(part.name) === written
  )
  if (exact.length === 1) return { part: exact[0] }
  let best: PricedPart[] = []
  let bestLength = 0
  for (const part of parts) {
    const tokens = modelTokens(part.id)
    if (tokens.length === 0 || !tokens.every((token) => written.includes(compact(token)))) continue
    const length = tokens.join('').length
    if (length > bestLength) {
      best = [part]
      bestLength = length
    } else if (length === bestLength) best.push(part)
  }
  if (best.length === 1) return { part: best[0] }
  return {
    none: best.length === 0 ? 'noPart' : 'ambiguous',
    candidates: best.map((part) => part.name).join('; ')
  }
}

/**
 * Words that name a network, storage or facility part, not an accelerator or server, as price
 * lists write them (English as whole words: "NVSwitch" is part of a card's name, "switch" is a
 * part). Racks are left out: rack-scale systems (GB200 NVL72, 整机柜) are cards' servers.
 */
const PART_WORDS: readonly { word: string; pattern: RegExp }[] = [
  ...['交换机', '光模块', '光纤', '线缆', '网卡', '配电'].map((word) => ({
    word,
    pattern: new RegExp(word)
  })),
  ...(
    [
      ['switch', 'switch(?:es)?'],
      ['transceiver', 'transceivers?'],
      ['optics', 'optics?'],
      ['cable', 'cables?'],
      ['fibre', 'fib(?:re|er)s?'],
      ['NIC', 'nics?'],
      ['PDU', 'pdus?']
    ] as const
  ).map(([word, source]) => ({ word, pattern: new RegExp(`\\b${source}\\b`, 'i') }))
]

/**
 * What an imported row is, when it is a cluster part rather than a card: the network catalog
 * part it names, else the part word it contains ("400G光模块" → 光模块). Undefined for a card.
 */
export function clusterPartIn(
  name: string,
  parts: readonly PricedPart[]
): { part: PricedPart } | { word: string } | undefined {
  const matched = matchPart(name, parts)
  if ('part' in matched) return matched
  const text = name.normalize('NFKC')
  const found = PART_WORDS.find(({ pattern }) => pattern.test(text))
  return found === undefined ? undefined : { word: found.word }
}

/**
 * The cluster part an imported accelerator row really is, when it matched no card: such a row
 * is left out of My hardware by default (its price goes to the plan's price book instead).
 */
export function clusterPartRow(
  row: ImportedRow,
  parts: readonly PricedPart[]
): ReturnType<typeof clusterPartIn> {
  if (row.item?.kind !== 'accelerator' || (row.match && row.match.status !== 'new'))
    return undefined
  return clusterPartIn(row.item.name, parts)
}

/**
 * A row's decision when the planner has made none: keep mine, except a cluster part, which is
 * skipped (the parts of the built-in network catalog unless given). The review shows it and
 * the commit applies it, also to rows on result pages the review never opened.
 */
export function defaultDecision(
  row: ImportedRow,
  parts: readonly PricedPart[] = networkParts(defaultNetworkCatalog())
): MatchDecision {
  return clusterPartRow(row, parts) ? 'skip' : 'keep-mine'
}

export function priceBookFromRows(
  rows: readonly ImportedRow[],
  parts: readonly PricedPart[]
): PriceListResult {
  const result: PriceListResult = { entries: [], reported: [] }
  for (const row of rows) {
    const report = (key: string, params: Record<string, string> = {}) =>
      result.reported.push({ row: row.row, key: `inventoryReview.priceList.${key}`, params })
    const item = row.item
    if (!item) {
      report('rejected')
      continue
    }
    if (!item.price) {
      report('noPrice', { name: item.name })
      continue
    }
    if (!(CURRENCIES as readonly string[]).includes(item.price.currency)) {
      report('currency', { name: item.name, currency: item.price.currency })
      continue
    }
    const matched = matchPart(item.name, parts)
    if ('none' in matched) {
      report(matched.none, { name: item.name, candidates: matched.candidates })
      continue
    }
    const { taxIncluded, ...price } = item.price
    result.entries.push({
      partId: matched.part.id,
      price: {
        ...price,
        currency: price.currency as Currency,
        source: (price.source ?? '').slice(0, 500) || item.name
      },
      ...(taxIncluded ? { taxIncluded: true } : {})
    })
  }
  return result
}

/** The plan's price book with the list's entries (a part priced again takes the new price). */
export function mergePriceBook(
  book: readonly PriceBookEntry[] | undefined,
  entries: readonly PriceBookEntry[]
): PriceBookEntry[] {
  const byPart = new Map((book ?? []).map((entry) => [entry.partId, entry]))
  for (const entry of entries) byPart.set(entry.partId, entry)
  return [...byPart.values()]
}
