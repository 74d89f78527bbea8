/**
 * Quote edits stored in a plan (the plan document's optional `quote` field): the lines the
 * user added, the changes they made to the lines derived from the estimate, the workbook's
 * language and paper, and free notes. Everything else in a quote is derived from the plan
 * and its estimate, so it is never stored twice.
 *
 * Standalone on purpose: the plan schema imports this, not the other way round.
 */
import { z } from 'zod'
// Type-only: the plan schema will import this file for its `quote` field, and a runtime
// import back into plan.ts would be a cycle (its constants not yet initialised).
import type { Currency } from './plan'

/** The plan's currencies; the two checks below fail to compile if the lists drift apart. */
const CURRENCIES = ['CNY', 'USD', 'EUR'] as const satisfies readonly Currency[]
type MissingCurrency = Exclude<Currency, (typeof CURRENCIES)[number]>
const everyCurrencyListed: MissingCurrency extends never ? true : never = true
void everyCurrencyListed

/** Workbook headers: the plan's language, or both (English above Chinese). */
export const QUOTE_LANGUAGES = ['en', 'zh-CN', 'both'] as const
export type QuoteLanguage = (typeof QUOTE_LANGUAGES)[number]

export const PAPER_SIZES = ['a4', 'letter'] as const
export type PaperSize = (typeof PAPER_SIZES)[number]

/** Categories of lines the user adds; accelerators and servers come from the estimate. */
export const QUOTE_ITEM_CATEGORIES = [
  'spareAccelerator',
  'network',
  'storage',
  'software',
  'installation',
  'service',
  'other'
] as const
export type QuoteItemCategory = (typeof QUOTE_ITEM_CATEGORIES)[number]

/** Upper bounds: absurd input is refused with a located message, never silently clipped. */
export const QUOTE_LIMITS = {
  items: 20_000,
  overrides: 2_000,
  quantity: 1e9,
  unitPrice: 1e12,
  text: 500,
  unit: 40,
  notes: 5_000
} as const

const itemId = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
    error: 'must be an id of letters, digits, dot, dash or underscore'
  })

/** Id of a line derived from the estimate: `accelerator:<id>`, `server:<id>` or `support`. */
const derivedLineId = z
  .string()
  .min(1)
  .max(200)
  .regex(
    /^(accelerator|server|system|cluster):[A-Za-z0-9][A-Za-z0-9.:_-]*$|^support$|^installation$/,
    {
      error:
        'must be the id of a derived line (accelerator:<id>, server:<id>, system:<id>, cluster:<id>, installation or support)'
    }
  )

const quantity = z.number().gte(0).lte(QUOTE_LIMITS.quantity)
const money = z.number().gte(0).lte(QUOTE_LIMITS.unitPrice)
/** Fraction off the list price; 1 would make a line free, which is an item to delete instead. */
const discount = z.number().gte(0).lt(1)
const text = z.string().trim().min(1).max(QUOTE_LIMITS.text)

/** A line the user added (network, storage, installation, spares, optional extras…). */
export const quoteItemSchema = z.strictObject({
  id: itemId,
  category: z.enum(QUOTE_ITEM_CATEGORIES),
  description: text,
  quantity,
  /** Free text such as "pcs", "m", "year"; the workbook shows it as typed. */
  unit: z.string().trim().max(QUOTE_LIMITS.unit).optional(),
  unitPrice: money,
  /** Currency of `unitPrice`; converted with the plan's exchange rates. Default: the plan's. */
  currency: z.enum(CURRENCIES).optional(),
  /** Default: the plan's discount for hardware categories, none for services. */
  discount: discount.optional(),
  /** Optional items are listed with their own total and left out of the grand total. */
  optional: z.boolean().default(false),
  notes: z.string().max(QUOTE_LIMITS.text).optional()
})
export type QuoteItem = z.infer<typeof quoteItemSchema>

/** A change to a derived line. A quantity or price given here replaces the live formula. */
export const quoteLineOverrideSchema = z.strictObject({
  lineId: derivedLineId,
  quantity: quantity.optional(),
  unitPrice: money.optional(),
  discount: discount.optional(),
  description: text.optional(),
  /** Leave the line out of the quote (e.g. servers bought elsewhere). */
  excluded: z.boolean().optional()
})
export type QuoteLineOverride = z.infer<typeof quoteLineOverrideSchema>

export const quoteSupportSchema = z.strictObject({
  /** Support/warranty per year as a fraction of the hardware subtotal (0.08 = 8 %). */
  ratePerYear: z.number().gt(0).lte(1),
  /** Years of support quoted; default: the plan's `settings.years`. */
  years: z.number().gt(0).lte(50).optional()
})

export const quoteEditsSchema = z
  .strictObject({
    /** Default: the app's language when exporting. */
    language: z.enum(QUOTE_LANGUAGES).optional(),
    paperSize: z.enum(PAPER_SIZES).default('a4'),
    items: z.array(quoteItemSchema).max(QUOTE_LIMITS.items).default([]),
    overrides: z.array(quoteLineOverrideSchema).max(QUOTE_LIMITS.overrides).default([]),
    support: quoteSupportSchema.optional(),
    notes: z.string().max(QUOTE_LIMITS.notes).optional()
  })
  .superRefine((edits, ctx) => {
    const seenItems = new Set<string>()
    edits.items.forEach((item, index) => {
      if (seenItems.has(item.id))
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'id'],
          message: `duplicate id "${item.id}"`
        })
      seenItems.add(item.id)
    })
    const seenLines = new Set<string>()
    edits.overrides.forEach((override, index) => {
      if (seenLines.has(override.lineId))
        ctx.addIssue({
          code: 'custom',
          path: ['overrides', index, 'lineId'],
          message: `duplicate override for "${override.lineId}"`
        })
      seenLines.add(override.lineId)
    })
  })
export type QuoteEdits = z.output<typeof quoteEditsSchema>
/** What a plan file may hold (defaults omitted). */
export type QuoteEditsInput = z.input<typeof quoteEditsSchema>

/** Edits with every default applied: what a plan without a `quote` field means. */
export function emptyQuoteEdits(): QuoteEdits {
  return quoteEditsSchema.parse({})
}
