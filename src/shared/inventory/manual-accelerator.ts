/**
 * An accelerator entered by hand (#19: every field the catalog has, decode capacity included).
 * The form's draft is checked field by field into an inventory entry of the plan; a refusal
 * names the field and an i18n key, never a silent drop (a 0 or −5 is refused, not ignored).
 */
import {
  FORM_FACTOR_CLASSES,
  inventoryEntrySchema,
  MEMORY_UNITS,
  type InventoryEntry
} from '../schema/plan'

/** Numeric figures, in the catalog's field names and order. */
export const MANUAL_FIGURES = [
  'memoryGB',
  'memoryBandwidthGBs',
  'fp32Tflops',
  'tf32Tflops',
  'fp16Tflops',
  'bf16Tflops',
  'fp8Tflops',
  'int8Tops',
  'int4Tops',
  'tdpW',
  'interconnectGBs',
  'decode1080p30Streams',
  'decode1080p30StreamsH265',
  'launchYear'
] as const
export type ManualFigure = (typeof MANUAL_FIGURES)[number]

/** Free-text facts. */
export const MANUAL_TEXTS = [
  'formFactor',
  'architecture',
  'memoryType',
  'decodeSource',
  'notes'
] as const
export type ManualText = (typeof MANUAL_TEXTS)[number]

export const MANUAL_CHOICES = {
  formFactorClass: FORM_FACTOR_CLASSES,
  memoryUnit: MEMORY_UNITS
} as const
export type ManualChoice = keyof typeof MANUAL_CHOICES

export type ManualField = 'vendor' | 'name' | ManualFigure | ManualText | ManualChoice | 'price'

export type ManualDraft = { vendor: string; name: string; price: number | null } & Record<
  ManualFigure,
  number | null
> &
  Record<ManualText, string> & { [K in ManualChoice]: (typeof MANUAL_CHOICES)[K][number] | null }

export function emptyManualDraft(): ManualDraft {
  const draft: Record<string, unknown> = { vendor: '', name: '', price: null }
  for (const key of MANUAL_FIGURES) draft[key] = null
  for (const key of MANUAL_TEXTS) draft[key] = ''
  for (const key of Object.keys(MANUAL_CHOICES)) draft[key] = null
  return draft as ManualDraft
}

export interface ManualRefusal {
  field: ManualField
  /** i18n key (`manualAccelerator.invalid.*`) and its parameters. */
  key: string
  params: Record<string, string | number>
}

export type ManualBuild =
  { ok: true; entry: InventoryEntry } | { ok: false; refusals: ManualRefusal[] }

export const HAND_SOURCE = 'Entered by hand in this plan'

/** The entry the draft describes, or every field that stops it, each located. */
export function buildManualAccelerator(
  draft: ManualDraft,
  id: string,
  currency: string
): ManualBuild {
  const refusals: ManualRefusal[] = []
  const refuse = (field: ManualField, key: string, params: Record<string, string | number> = {}) =>
    refusals.push({ field, key: `manualAccelerator.invalid.${key}`, params })
  const entry: Record<string, unknown> = { id, quantityOnHand: 0, source: HAND_SOURCE }
  for (const key of ['vendor', 'name'] as const) {
    const text = draft[key].trim()
    if (text === '') refuse(key, 'required')
    else entry[key] = text
  }
  for (const key of MANUAL_FIGURES) {
    const value = draft[key]
    if (value === null) continue
    if (!Number.isFinite(value) || value <= 0) refuse(key, 'positive', { value })
    else if (key === 'launchYear' && (!Number.isInteger(value) || value < 1990 || value > 2100))
      refuse(key, 'year', { value })
    else entry[key] = value
  }
  for (const key of MANUAL_TEXTS) {
    const text = draft[key].trim()
    if (text !== '') entry[key] = text
  }
  for (const key of Object.keys(MANUAL_CHOICES) as ManualChoice[]) {
    if (draft[key] !== null) entry[key] = draft[key]
  }
  if (draft.fp16Tflops === null && draft.int8Tops === null && draft.bf16Tflops === null)
    refuse('fp16Tflops', 'needsPeak')
  if (draft.price !== null) {
    if (!Number.isFinite(draft.price) || draft.price < 0) refuse('price', 'negative')
    else entry.price = { amount: draft.price, currency, source: HAND_SOURCE }
  }
  if (refusals.length > 0) return { ok: false, refusals }
  const parsed = inventoryEntrySchema.safeParse(entry)
  if (parsed.success) return { ok: true, entry: parsed.data }
  // Limits of the plan schema (a 10⁹ GB card): located at the first path part.
  for (const issue of parsed.error.issues)
    refuse(String(issue.path[0] ?? 'name') as ManualField, 'outOfRange')
  return { ok: false, refusals }
}
