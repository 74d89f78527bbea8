/**
 * For an imported row that matched a catalog card: which figures come from the sheet, which
 * from the card, and which differences change how the core treats the card (issue 13:
 * "the review shows which is which", and a change of efficiency class or server class is
 * shown, never silent). The core picks utilisation and efficiency defaults by architecture
 * and memory class, and the server by form-factor class and vendor (core/assumptions.ts,
 * core/rollup.ts), so those are the facts checked here.
 */
import { memoryClassOf } from '../core/assumptions'
import type { InventoryItem, MatchDecision } from '../schema/inventory'
import { specValue, type SpecField } from './spec-fields'
import { catalogName } from '../i18n/catalog-names'
import type { Locale } from '../i18n/types'

/** A catalog entry's names: `nameZh` where the catalog has one. */
type CatalogEntryName = { name: string; nameZh?: string }
import { normalizeVendor } from './vendors'

/** What the review needs of a catalog card (the catalog's own field names). */
export interface CatalogCardFacts {
  id: string
  name: string
  vendor?: string
  formFactor?: string
  formFactorClass?: string
  architecture?: string
  memoryType?: string
  [field: string]: unknown
}

/** sheet: the file's figure; edited: the planner changed it in the review; catalog: the card's. */
export type FieldOrigin = 'sheet' | 'edited' | 'catalog' | 'none'

function cardValue(card: CatalogCardFacts, field: SpecField): unknown {
  if (field === 'price') return (card.price as { amount?: number } | undefined)?.amount
  if (field === 'currency') return (card.price as { currency?: string } | undefined)?.currency
  return card[field]
}

/** Where each shown figure comes from once the row is committed with `decision`. */
export function fieldOrigins(
  fields: readonly SpecField[],
  parsed: InventoryItem,
  current: InventoryItem,
  card: CatalogCardFacts | undefined,
  decision: MatchDecision
): Record<string, FieldOrigin> {
  const origins: Record<string, FieldOrigin> = {}
  for (const field of fields) {
    const mine = specValue(current, field)
    const own = mine !== null && !(field === 'taxIncluded' && mine === false)
    const fromCard = card !== undefined && cardValue(card, field) !== undefined
    if (card && decision === 'keep-catalog' && field !== 'quantityOnHand')
      origins[field] = fromCard ? 'catalog' : 'none'
    else if (own) origins[field] = mine === specValue(parsed, field) ? 'sheet' : 'edited'
    else origins[field] = fromCard ? 'catalog' : 'none'
  }
  return origins
}

/** Form-factor class as written in a sheet ("SXM4", "PCIe 5.0", "OAM"). */
export function formFactorClassOf(text: string | undefined): string | undefined {
  if (!text) return undefined
  if (/sxm/i.test(text)) return 'sxm'
  if (/oam/i.test(text)) return 'oam'
  if (/pci/i.test(text)) return 'pcie'
  return undefined
}

const canonicalVendor = (vendor: string) => normalizeVendor(vendor).toLowerCase()

/** A class the core decides by, and what the row's figures do to it. */
export interface ClassFlag {
  /** inventoryReview.flag.* */
  key: string
  params: Record<string, string>
}

/**
 * What the planner must see about efficiency, architecture and server class for this row.
 * Unmatched cards get the generic figures (said so); matched ones list every conflict between
 * the sheet and the card that decides a class.
 */
export function classFlags(
  item: InventoryItem,
  card: CatalogCardFacts | undefined,
  decision: MatchDecision,
  locale: Locale = 'en'
): ClassFlag[] {
  if (item.kind !== 'accelerator' || decision === 'skip') return []
  if (!card) return [{ key: 'inventoryReview.flag.noArchitecture', params: {} }]
  const flags: ClassFlag[] = []
  if (card.architecture)
    flags.push({
      key: 'inventoryReview.flag.architectureFromCatalog',
      params: {
        architecture: card.architecture,
        card: catalogName(card as CatalogEntryName, locale)
      }
    })
  if (decision === 'keep-catalog') return flags
  const sheetMemory = memoryClassOf(item.memoryType)
  const cardMemory = memoryClassOf(card.memoryType)
  if (sheetMemory && cardMemory && sheetMemory !== cardMemory)
    flags.push({
      key: 'inventoryReview.flag.memoryClass',
      params: { sheet: item.memoryType ?? '', card: card.memoryType ?? '' }
    })
  const sheetForm = formFactorClassOf(item.formFactor)
  const cardForm = card.formFactorClass ?? formFactorClassOf(card.formFactor)
  if (sheetForm && cardForm && sheetForm !== cardForm)
    flags.push({
      key: 'inventoryReview.flag.formFactorClass',
      params: { sheet: item.formFactor ?? '', card: cardForm }
    })
  if (item.vendor && card.vendor && canonicalVendor(item.vendor) !== canonicalVendor(card.vendor))
    flags.push({
      key: 'inventoryReview.flag.vendor',
      params: { sheet: item.vendor, card: card.vendor }
    })
  return flags
}
