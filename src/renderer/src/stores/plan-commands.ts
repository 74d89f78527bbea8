/**
 * The plan edits the UI offers, as typed commands: each takes the draft plan (and plain
 * arguments) and changes it. The plan store applies a command as a transaction on plain data
 * (`planStore.run` / `update`): if it throws, or leaves something in the plan that is not
 * plain JSON data, nothing changes. Components call these instead of editing the plan
 * themselves, so the store-level command test (tests/renderer/plan-commands.test.ts) drives
 * exactly the code the buttons run.
 */
import type {
  AssumptionOverrides,
  Currency,
  InventoryEntry,
  LlmSpec,
  PlanDocument,
  Price,
  PriceBookEntry,
  Workload,
  WorkloadKind
} from '@shared/schema/plan'
import { isPriceOnlyEntry, USER_PRICE_SOURCE } from '@shared/core/price-book'
import type { CatalogAccelerator } from './catalog'
import { newWorkload, nextWorkloadId } from '../lib/workloads'
import { setAt } from '../lib/paths'
import { plainCopy } from '../lib/copy'
import type { PlanPath, WorkloadOf } from '../lib/plan-paths'

export { USER_PRICE_SOURCE }

/** Adds a workload of a kind with its starting values; returns its id. */
export function addWorkload(draft: PlanDocument, kind: WorkloadKind): string {
  const id = nextWorkloadId(
    kind,
    draft.workloads.map((w) => w.id)
  )
  draft.workloads.push(newWorkload(kind, id))
  return id
}

export function removeWorkload(draft: PlanDocument, index: number): void {
  draft.workloads.splice(index, 1)
}

/** A copy right after the original, with a new id (and "(2)" after its name); returns the id. */
export function duplicateWorkload(draft: PlanDocument, index: number): string {
  const source = draft.workloads[index]
  const id = nextWorkloadId(
    source.kind,
    draft.workloads.map((w) => w.id)
  )
  const copy = plainCopy(source)
  copy.id = id
  if (copy.name) copy.name = `${copy.name} (2)`
  draft.workloads.splice(index + 1, 0, copy)
  return id
}

/** Sets one field; `undefined` clears it (see lib/paths `setAt`). */
export function setField(draft: PlanDocument, path: PlanPath, value: unknown): void {
  setAt(draft, path, value)
}

/**
 * "Your price for …" on the Costs step: the planner's price for a card, server or part goes
 * in the plan's price book (core/price-book.ts), never in the inventory. A typed amount is
 * the planner's own (its source says so); `null` removes the book entry, so the catalog's or
 * an imported sheet's price shows again. A session-4 price-only inventory row for the same
 * catalog card (`catalogEntry` given) is taken out, its price read into the book first.
 */
export function setPrice(
  draft: PlanDocument,
  id: string,
  amount: number | null,
  catalogEntry?: CatalogAccelerator
): void {
  const legacy = takeLegacyPriceRow(draft, id, catalogEntry !== undefined)
  if (amount === null) {
    removeBookEntry(draft, id)
    return
  }
  const current = bookEntry(draft, id) ?? legacy
  const entry: PriceBookEntry = {
    partId: id,
    price: {
      amount,
      currency: current?.price.currency ?? draft.settings.currency,
      source: USER_PRICE_SOURCE
    }
  }
  if (current?.price.date !== undefined) entry.price.date = current.price.date
  if (current?.taxIncluded === true) entry.taxIncluded = true
  putBookEntry(draft, entry)
}

/** The parts of a book price the Costs table edits besides the amount. */
export interface PriceDetails {
  currency?: Currency
  taxIncluded?: boolean
  /** Empty text removes the date / source. */
  date?: string
  source?: string
}

/**
 * Changes the currency, VAT flag, date or source of a price. A part without a book entry
 * gets one from `reference` (the price the planner sees: the catalog's or a sheet's), so
 * editing the currency of a catalog price makes it the planner's price. Without either,
 * there is no amount to describe and nothing changes.
 */
export function setPriceDetails(
  draft: PlanDocument,
  id: string,
  details: PriceDetails,
  reference?: Price,
  catalogEntry?: CatalogAccelerator
): void {
  const legacy = takeLegacyPriceRow(draft, id, catalogEntry !== undefined)
  const current = bookEntry(draft, id) ?? legacy
  const base: PriceBookEntry | undefined =
    current ?? (reference ? referenceEntry(id, reference) : undefined)
  if (!base) return
  const entry: PriceBookEntry = { partId: id, price: { ...base.price } }
  if (base.taxIncluded === true) entry.taxIncluded = true
  if (details.currency !== undefined) entry.price.currency = details.currency
  if (details.taxIncluded !== undefined) {
    if (details.taxIncluded) entry.taxIncluded = true
    else delete entry.taxIncluded
  }
  for (const field of ['date', 'source'] as const) {
    const value = details[field]
    if (value === undefined) continue
    if (value.trim() === '') delete entry.price[field]
    else entry.price[field] = value
  }
  putBookEntry(draft, entry)
}

function referenceEntry(id: string, reference: Price): PriceBookEntry {
  const { taxIncluded, ...price } = reference
  const entry: PriceBookEntry = { partId: id, price: { ...price } }
  if (taxIncluded === true) entry.taxIncluded = true
  return entry
}

function bookEntry(draft: PlanDocument, id: string): PriceBookEntry | undefined {
  // Later entries win in the core (an imported list after an edit): edit the one in force.
  return [...(draft.priceBook ?? [])].reverse().find((entry) => entry.partId === id)
}

function putBookEntry(draft: PlanDocument, entry: PriceBookEntry): void {
  draft.priceBook = [...(draft.priceBook ?? []).filter((e) => e.partId !== entry.partId), entry]
}

function removeBookEntry(draft: PlanDocument, id: string): void {
  const kept = (draft.priceBook ?? []).filter((entry) => entry.partId !== id)
  if (kept.length === 0) delete draft.priceBook
  else draft.priceBook = kept
}

/** Removes a session-4 price-only row for a catalog card; returns its price as a book entry. */
function takeLegacyPriceRow(
  draft: PlanDocument,
  id: string,
  isCatalogCard: boolean
): PriceBookEntry | undefined {
  const inventory = draft.inventory ?? []
  const row = inventory.find((entry) => entry.id === id)
  if (!row || !isPriceOnlyEntry(row, () => isCatalogCard)) return undefined
  removeInventoryEntry(draft, id)
  return row.price ? referenceEntry(id, row.price) : undefined
}

/** The library's "Use in plan": its accelerators replace plan entries with the same id. */
export function useInventoryEntries(draft: PlanDocument, entries: readonly InventoryEntry[]): void {
  const others = (draft.inventory ?? []).filter(
    (entry) => !entries.some((added) => added.id === entry.id)
  )
  draft.inventory = [...others, ...entries]
}

/** Takes one accelerator out of the plan's own list. */
export function removeInventoryEntry(draft: PlanDocument, id: string): void {
  const kept = (draft.inventory ?? []).filter((entry) => entry.id !== id)
  if (kept.length === 0) delete draft.inventory
  else draft.inventory = kept
}

/** An accelerator entered by hand on the Hardware step joins the plan's own list. */
export function addInventoryEntry(draft: PlanDocument, entry: InventoryEntry): void {
  draft.inventory = [...(draft.inventory ?? []), entry]
}

export function setCompareEnabled(draft: PlanDocument, enabled: boolean): void {
  draft.compare = { ...draft.compare, enabled }
}

export function setCompareCandidates(draft: PlanDocument, candidates: string[]): void {
  draft.compare = { ...draft.compare, candidates }
}

export function setAccelerator(draft: PlanDocument, index: number, id: string): void {
  draft.workloads[index].accelerator = id
}

export function setAcceleratorForAll(draft: PlanDocument, id: string): void {
  for (const w of draft.workloads) w.accelerator = id
}

/** The workload's display name; empty text removes it (the id is shown instead). */
export function setWorkloadName(draft: PlanDocument, index: number, name: string): void {
  const w = draft.workloads[index]
  if (name.trim() === '') delete w.name
  else w.name = name
}

export function setServer(draft: PlanDocument, id: string): void {
  draft.settings.server = id
}

/**
 * How a training-like workload is sized: by cards (starting from the estimate's count, else
 * 8), by a deadline (from the estimate's days, else 30), or neither (a vision portfolio).
 */
export function setSizing(
  draft: PlanDocument,
  index: number,
  mode: 'accelerators' | 'targetDays' | 'none',
  estimated: { accelerators?: number; days?: number }
): void {
  const w = draft.workloads[index]
  // The kinds SizingFields.vue offers sizing for (fine-tuning too).
  if (
    w.kind !== 'llm-training' &&
    w.kind !== 'vision-training' &&
    w.kind !== 'custom' &&
    w.kind !== 'llm-finetuning'
  )
    return
  delete w.accelerators
  delete w.targetDays
  if (mode === 'accelerators') w.accelerators = Math.max(1, Math.round(estimated.accelerators || 8))
  if (mode === 'targetDays') w.targetDays = Math.max(1, Math.round(estimated.days || 30))
}

/** One assumption's setting for a workload; a part left undefined is not set. */
export interface AssumptionSetting {
  typical?: number
  low?: number
  high?: number
}

/**
 * Stores a workload's assumption setting: a typical value alone is a plain number (the
 * documented collapse of the range), ends make it `{ typical, low, high }`. A field-backed
 * assumption (`field`: video `efficiency`…) keeps its typical value in the field and its
 * ends (with the same typical) in `assumptions`. `undefined` resets it to the default.
 */
export function setWorkloadAssumption(
  draft: PlanDocument,
  index: number,
  id: string,
  field: string | undefined,
  next: AssumptionSetting | undefined
): void {
  const w = draft.workloads[index]
  const ends = next && (next.low !== undefined || next.high !== undefined)
  // Undefined clears the field (setAt deletes it).
  if (field) setAt(w, field, next?.typical)
  let stored: AssumptionOverrides[string] | undefined
  if (next && next.typical !== undefined && ends) {
    const range: { typical: number; low?: number; high?: number } = { typical: next.typical }
    if (next.low !== undefined) range.low = next.low
    if (next.high !== undefined) range.high = next.high
    stored = range
  } else if (next?.typical !== undefined && !field) stored = next.typical
  if (stored === undefined) {
    if (w.assumptions) {
      delete w.assumptions[id]
      if (Object.keys(w.assumptions).length === 0) delete w.assumptions
    }
  } else w.assumptions = { ...w.assumptions, [id]: stored }
}

/**
 * Edits the custom (inline) architecture of an LLM workload's model; a catalog model (an
 * id) is left alone.
 */
export function editInlineLlm(
  draft: PlanDocument,
  index: number,
  mutate: (model: LlmSpec) => void
): void {
  const w = draft.workloads[index]
  if ((w.kind === 'llm-inference' || w.kind === 'llm-training') && typeof w.model === 'object')
    mutate(w.model)
}

export function isKind<K extends WorkloadKind>(w: Workload, kind: K): w is WorkloadOf<K> {
  return w.kind === kind
}

/** A typed change to the workload at `index` when it is of `kind` (the per-kind forms' edits). */
export function editWorkload<K extends WorkloadKind>(
  draft: PlanDocument,
  index: number,
  kind: K,
  mutate: (w: WorkloadOf<K>) => void
): void {
  const w = draft.workloads[index]
  if (w && isKind(w, kind)) mutate(w)
}

/**
 * Enters a tensor × pipeline layout on the training workload `id` (the Results action beside
 * the "does not fit" warning that names one); its data-parallel count, if any, is kept.
 */
export function setTrainingLayout(
  draft: PlanDocument,
  id: string,
  layout: { tensor: number; pipeline: number }
): void {
  const index = draft.workloads.findIndex((w) => w.id === id)
  editWorkload(draft, index, 'llm-training', (w) => {
    w.parallelism = { ...w.parallelism, tensor: layout.tensor, pipeline: layout.pipeline }
  })
}

/** The longest plan name the file format accepts (schema/plan.ts `name`). */
export const PLAN_NAME_MAX = 200

/**
 * Renames the plan (issue 19: its name titles the quote and the file). Spaces around the name
 * are dropped; a name over PLAN_NAME_MAX characters is refused, so nothing unsavable enters.
 */
export function renamePlan(draft: PlanDocument, name: string): void {
  const trimmed = name.trim()
  if (trimmed.length > PLAN_NAME_MAX)
    throw new Error(`A plan name has at most ${PLAN_NAME_MAX} characters.`)
  draft.name = trimmed
}
