/**
 * The Costs step's price table: one row for every card, server and cluster part the plan can
 * buy, with the price the core will use and where it comes from. The precedence is the
 * core's (core/price-book.ts, core/resolve.ts): the plan's price book, then a card's own
 * price from the planner's hardware list, then a price typed in compare mode (only where the
 * catalog has none), then the catalog's reference price.
 */
import type { InventoryEntry, PlanDocument, Price, PriceBookEntry } from '../schema/plan'
import type { CatalogData } from '../ipc/contracts/app'
import { bookEntryPrice, readLegacyPrices } from './price-book'
import type { NetworkCatalog } from './cluster/network-catalog'
import type { PartClass } from './cluster/parts'

type CatalogAccelerator = CatalogData['accelerators'][number]
type CatalogServer = CatalogData['servers'][number]

/** The bill of materials' part classes that carry a price, and book entries of no known part. */
export type PriceClass = Exclude<PartClass, 'service'> | 'other'

export type PriceFrom = 'priceBook' | 'inventory' | 'compare' | 'catalog'

export interface PriceRow {
  partId: string
  partClass: PriceClass
  name: string
  /** The catalog's Chinese name, shown under zh-CN (a hand-entered card has none). */
  nameZh?: string
  /** The planner's cards on hand (a hardware-list card), shown beside the name. */
  onHand?: number
  /** A compare candidate that no workload uses yet. */
  candidate?: boolean
  /** The book entry in force, if any (what the editable cells show). */
  book?: PriceBookEntry
  /** The price that applies without the book (what "Reset" returns to). */
  reference?: Price
  referenceFrom?: Exclude<PriceFrom, 'priceBook'>
  /** The price the calculation uses; absent: "price needed". */
  inUse?: Price
  from?: PriceFrom
  /** A catalog accelerator (its legacy price-only row may be moved to the book on edit). */
  catalogCard?: boolean
}

export interface PriceGroup {
  partClass: PriceClass
  rows: PriceRow[]
}

export interface PriceRowsInput {
  plan: Pick<PlanDocument, 'workloads' | 'inventory' | 'priceBook' | 'compare' | 'settings'>
  accelerators: readonly CatalogAccelerator[]
  servers: readonly CatalogServer[]
  network: NetworkCatalog
  /** Servers the last estimate put the plan's cards in. */
  serversInUse: readonly string[]
}

function acceleratorIds(input: PriceRowsInput, own: readonly InventoryEntry[]): string[] {
  const { plan } = input
  const ids = new Set<string>()
  for (const w of plan.workloads) if (typeof w.accelerator === 'string') ids.add(w.accelerator)
  for (const entry of own) ids.add(entry.id)
  if (plan.compare.enabled) {
    const candidates =
      plan.compare.candidates.length > 0
        ? plan.compare.candidates
        : input.accelerators.map((entry) => entry.id)
    for (const id of candidates) ids.add(id)
  }
  return [...ids]
}

function serverIds(input: PriceRowsInput): string[] {
  const ids = new Set(input.serversInUse)
  const { settings } = input.plan
  if (settings.server !== 'auto') ids.add(settings.server)
  for (const id of Object.values(settings.serverByAccelerator ?? {})) ids.add(id)
  return [...ids]
}

export function priceRows(input: PriceRowsInput): PriceGroup[] {
  const catalogIds = new Set(input.accelerators.map((entry) => entry.id))
  const read = readLegacyPrices(
    { inventory: input.plan.inventory, priceBook: input.plan.priceBook },
    (id) => catalogIds.has(id)
  )
  const own = read.inventory ?? []
  const book = new Map((read.priceBook ?? []).map((entry) => [entry.partId, entry]))
  const usedIds = new Set(
    input.plan.workloads.map((w) => w.accelerator).filter((a) => typeof a === 'string')
  )

  const zhName = (entry: { nameZh?: string }): Partial<PriceRow> =>
    entry.nameZh !== undefined ? { nameZh: entry.nameZh } : {}
  const row = (
    partClass: PriceClass,
    partId: string,
    name: string,
    reference: Price | undefined,
    referenceFrom: PriceRow['referenceFrom'],
    extra: Partial<PriceRow> = {}
  ): PriceRow => {
    const entry = book.get(partId)
    const result: PriceRow = { partId, partClass, name, ...extra }
    if (reference) {
      result.reference = reference
      result.referenceFrom = referenceFrom
    }
    if (entry) {
      result.book = entry
      result.inUse = bookEntryPrice(entry)
      result.from = 'priceBook'
    } else if (reference) {
      result.inUse = reference
      result.from = referenceFrom
    }
    return result
  }

  const accelerators = acceleratorIds(input, own).flatMap((id): PriceRow[] => {
    const mine = own.find((entry) => entry.id === id)
    const listed = input.accelerators.find((entry) => entry.id === id)
    const matched = mine?.catalogId
      ? input.accelerators.find((entry) => entry.id === mine.catalogId)
      : undefined
    const typed = input.plan.compare.prices?.[id]
    const candidate = !usedIds.has(id) && input.plan.compare.enabled && !mine
    if (mine) {
      const reference = mine.price ?? matched?.price
      const from = mine.price ? 'inventory' : 'catalog'
      return [
        row('accelerator', id, `${mine.vendor} ${mine.name}`, reference, from, {
          onHand: mine.quantityOnHand
        })
      ]
    }
    if (!listed) return []
    const reference = listed.price ?? typed
    const from = listed.price ? 'catalog' : 'compare'
    return [
      row('accelerator', id, `${listed.vendor} ${listed.name}`, reference, from, {
        catalogCard: true,
        ...(listed.nameZh !== undefined ? { nameZh: listed.nameZh } : {}),
        ...(candidate ? { candidate: true } : {})
      })
    ]
  })

  // A complete system the plan buys gets its own row (its price holds the cards): the planner
  // enters it here where the catalog has no public price.
  const buysSystems = Object.values(input.plan.settings.completeSystemByAccelerator ?? {}).some(
    (chosen) => chosen
  )
  const servers = serverIds(input).flatMap((id): PriceRow[] => {
    const server = input.servers.find((entry) => entry.id === id)
    if (!server) return []
    const system = buysSystems ? server.completeSystem : undefined
    return [
      row('server', id, server.name, server.price, 'catalog', zhName(server)),
      ...(system
        ? [row('server', system.id, system.name, system.price, 'catalog', zhName(system))]
        : [])
    ]
  })

  const network = input.network
  const parts = (
    partClass: PriceClass,
    list: readonly { id: string; name: string; nameZh?: string; price?: Price }[]
  ) => list.map((part) => row(partClass, part.id, part.name, part.price, 'catalog', zhName(part)))
  const groups: PriceGroup[] = [
    { partClass: 'accelerator', rows: accelerators },
    { partClass: 'server', rows: servers },
    { partClass: 'switch', rows: parts('switch', network.switches) },
    { partClass: 'nic', rows: parts('nic', network.nics) },
    { partClass: 'transceiver', rows: parts('transceiver', network.transceivers) },
    { partClass: 'cable', rows: parts('cable', network.cables) },
    { partClass: 'storage', rows: parts('storage', network.storageClasses) },
    { partClass: 'managementNode', rows: parts('managementNode', network.managementNodes) },
    { partClass: 'rack', rows: parts('rack', network.racks) },
    { partClass: 'pdu', rows: parts('pdu', network.pdus) }
  ]
  const shown = new Set(groups.flatMap((group) => group.rows.map((r) => r.partId)))
  const others = [...book.values()]
    .filter((entry) => !shown.has(entry.partId))
    .map((entry) => row('other', entry.partId, entry.partId, undefined, undefined))
  groups.push({ partClass: 'other', rows: others })
  return groups.filter((group) => group.rows.length > 0)
}
