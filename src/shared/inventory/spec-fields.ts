/**
 * The editable spec of an inventory item, field by field: what kind of value each field
 * holds, and how a value the planner typed (in the import review or the "My hardware" grid)
 * is checked and written. A refusal is an i18n key with the field's label key, never a
 * JSON path and never a silent coercion: "abc", −5 or 2.5 cards are refused, not rounded.
 */
import { parseTypedNumber } from '../format/typed-number'
import { COMPUTE_FIELDS, inventoryItemSchema, type InventoryItem } from '../schema/inventory'

export type SpecFieldKind = 'text' | 'number' | 'integer' | 'year' | 'currency' | 'flag'

/** A field the grid edits: item fields plus the nested price's parts. */
export const SPEC_FIELDS = [
  'vendor',
  'name',
  'formFactor',
  'memoryType',
  'memoryGB',
  'memoryBandwidthGBs',
  ...COMPUTE_FIELDS,
  'tdpW',
  'decode1080p30Streams',
  'launchYear',
  'quantityOnHand',
  'price',
  'currency',
  'taxIncluded',
  'priceDate',
  'priceSource',
  'notes'
] as const
export type SpecField = (typeof SPEC_FIELDS)[number]

/** The figures the import review shows for every row (issue 13: every parsed figure). */
export const REVIEW_FIELDS = [
  'vendor',
  'name',
  'memoryGB',
  'memoryBandwidthGBs',
  'fp16Tflops',
  'bf16Tflops',
  'fp8Tflops',
  'int8Tops',
  'tdpW',
  'quantityOnHand',
  'price',
  'currency',
  'taxIncluded'
] as const satisfies readonly SpecField[]

const TEXT_LIMITS: Partial<Record<SpecField, number>> = {
  vendor: 200,
  name: 300,
  formFactor: 200,
  memoryType: 100,
  priceDate: 40,
  priceSource: 4000,
  notes: 4000
}

export function specFieldKind(field: SpecField): SpecFieldKind {
  if (field === 'currency') return 'currency'
  if (field === 'taxIncluded') return 'flag'
  if (field === 'launchYear') return 'year'
  if (field === 'quantityOnHand') return 'integer'
  if (field in TEXT_LIMITS) return 'text'
  return 'number'
}

/** The current value of a field, as the grid shows it. */
export function specValue(item: InventoryItem, field: SpecField): string | number | boolean | null {
  switch (field) {
    case 'price':
      return item.price?.amount ?? null
    case 'currency':
      return item.price?.currency ?? null
    case 'taxIncluded':
      return item.price?.taxIncluded ?? false
    case 'priceDate':
      return item.price?.date ?? null
    case 'priceSource':
      return item.price?.source ?? null
    default:
      return item[field] ?? null
  }
}

/** Why a typed value was refused: an `inventoryReview.invalid.*` key and its parameters. */
export interface SpecRefusal {
  key: string
  params: Record<string, string | number>
}
export type SpecCheck =
  { ok: true; value: string | number | boolean | undefined } | { ok: false; refusal: SpecRefusal }

const refuse = (key: string, value: unknown, extra: Record<string, string | number> = {}) =>
  ({
    ok: false,
    refusal: { key: `inventoryReview.invalid.${key}`, params: { value: String(value), ...extra } }
  }) as const

/** A typed figure, or undefined when it is not a finite number (see format/typed-number). */
function typedNumber(raw: string | number): number | undefined {
  const value = typeof raw === 'number' ? raw : parseTypedNumber(raw)
  return value !== null && Number.isFinite(value) ? value : undefined
}

/**
 * Checks a typed value for a field. Empty clears an optional field (`value: undefined`);
 * the name cannot be cleared.
 */
export function checkSpecValue(
  field: SpecField,
  raw: string | number | boolean | null | undefined
): SpecCheck {
  const kind = specFieldKind(field)
  if (kind === 'flag') return { ok: true, value: raw === true }
  const empty = raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')
  if (empty) return field === 'name' ? refuse('required', '') : { ok: true, value: undefined }
  if (kind === 'text') {
    const text = String(raw).trim()
    const max = TEXT_LIMITS[field] ?? 300
    return text.length > max ? refuse('tooLong', '', { max }) : { ok: true, value: text }
  }
  if (kind === 'currency') {
    const code = String(raw).trim().toUpperCase()
    return /^[A-Z]{3}$/.test(code) ? { ok: true, value: code } : refuse('currency', raw)
  }
  const value = typedNumber(raw as string | number)
  if (value === undefined) return refuse('notNumber', raw)
  if (kind === 'year')
    return Number.isInteger(value) && value >= 1990 && value <= 2100
      ? { ok: true, value }
      : refuse('year', raw)
  if (kind === 'integer') {
    if (value < 0) return refuse('negative', raw)
    return Number.isInteger(value) ? { ok: true, value } : refuse('wholeNumber', raw)
  }
  if (field === 'price') return value < 0 ? refuse('negative', raw) : { ok: true, value }
  return value > 0 ? { ok: true, value } : refuse('positive', raw)
}

/**
 * The item with one field set (or cleared). A price part without an amount is refused in
 * words: a currency alone is not a price.
 */
export function withSpecValue(
  item: InventoryItem,
  field: SpecField,
  value: string | number | boolean | undefined
): { ok: true; item: InventoryItem } | { ok: false; refusal: SpecRefusal } {
  const next: Record<string, unknown> = { ...item }
  if (
    field === 'price' ||
    field === 'currency' ||
    field === 'taxIncluded' ||
    field === 'priceDate' ||
    field === 'priceSource'
  ) {
    const part = {
      price: 'amount',
      currency: 'currency',
      taxIncluded: 'taxIncluded',
      priceDate: 'date',
      priceSource: 'source'
    }[field]
    if (field === 'price' && value === undefined) delete next.price
    else {
      if (!item.price && field !== 'price')
        return { ok: false, refusal: { key: 'inventoryReview.invalid.priceFirst', params: {} } }
      const price: Record<string, unknown> = { currency: 'CNY', ...item.price }
      if (value === undefined || (field === 'taxIncluded' && value === false)) delete price[part]
      else price[part] = value
      if (price.currency === undefined) price.currency = 'CNY'
      next.price = price
    }
  } else if (value === undefined) delete next[field]
  else next[field] = value
  // A figure the planner typed over a sparse-labelled one is the planner's own dense figure.
  if ((COMPUTE_FIELDS as readonly string[]).includes(field) && item.sparse) {
    const sparse = { ...item.sparse }
    delete sparse[field as (typeof COMPUTE_FIELDS)[number]]
    if (Object.keys(sparse).length === 0) delete next.sparse
    else next.sparse = sparse
  }
  const parsed = inventoryItemSchema.safeParse(next)
  return parsed.success
    ? { ok: true, item: parsed.data }
    : { ok: false, refusal: { key: 'inventoryReview.invalid.rejected', params: {} } }
}

/** Checks and writes in one step: what the grid's cells call. */
export function editSpec(
  item: InventoryItem,
  field: SpecField,
  raw: string | number | boolean | null | undefined
): { ok: true; item: InventoryItem } | { ok: false; refusal: SpecRefusal } {
  const checked = checkSpecValue(field, raw)
  return checked.ok ? withSpecValue(item, field, checked.value) : checked
}
