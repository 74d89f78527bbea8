/** Request/response schemas of the 'quote' channels (see ../channels/quote.ts). */
import { z } from 'zod'
import { CURRENCIES, planDocumentSchema } from '../../schema/plan'
import { procurementSchema } from '../../schema/procurement'
import { QUOTE_LANGUAGES, quoteEditsSchema } from '../../schema/quote'
import type { QuoteLines } from '../../quote/lines'

/** Same limit and shape as the settings' company logo: a PNG or JPEG data URL. */
export const MAX_LOGO_DATA_URL_CHARS = 1_400_000
export const logoDataUrlSchema = z
  .string()
  .max(MAX_LOGO_DATA_URL_CHARS)
  .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, {
    error: 'must be a PNG or JPEG data URL'
  })

export const quoteExportOptionsSchema = z.strictObject({
  /** Overrides the edits' language; default: the edits', else the app's language. */
  language: z.enum(QUOTE_LANGUAGES).optional(),
  /** From the app settings; shown on the Summary sheet. */
  letterhead: z
    .strictObject({
      company: z.string().max(200).optional(),
      author: z.string().max(200).optional(),
      logo: logoDataUrlSchema.optional()
    })
    .optional(),
  /** Buyer, supplier and terms (from the settings), printed at the top of the Quote sheet. */
  procurement: procurementSchema.optional(),
  /** Date printed on the quote, `YYYY-MM-DD`; default: today. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
})
export type QuoteExportOptions = z.infer<typeof quoteExportOptionsSchema>

export const quoteRequestSchema = z.strictObject({
  plan: planDocumentSchema,
  /** The plan's quote edits; omitted means none (only the estimate's lines). */
  edits: quoteEditsSchema.optional(),
  options: quoteExportOptionsSchema.optional()
})
export type QuoteRequest = z.input<typeof quoteRequestSchema>

export const quoteTotalsSchema = z.object({
  currency: z.enum(CURRENCIES),
  hardwareSubtotal: z.number(),
  servicesSubtotal: z.number(),
  subtotal: z.number(),
  taxRate: z.number(),
  tax: z.number(),
  grandTotal: z.number(),
  optionalTotal: z.number(),
  priceMissingLines: z.number().int().nonnegative(),
  quotedLines: z.number().int().nonnegative()
})

export const quoteFileSchema = z.object({
  /** Suggested name, e.g. `GPU cluster 2025 - quote.xlsx` (no path separators). */
  fileName: z.string(),
  mimeType: z.string(),
  /** The file's bytes, base64. */
  base64: z.string(),
  byteLength: z.number().int().nonnegative(),
  totals: quoteTotalsSchema
})
export type QuoteFile = z.infer<typeof quoteFileSchema>

export const quoteWriteRequestSchema = quoteRequestSchema.extend({
  /** Must be a path the user picked in the Save dialog (the desktop checks its grants). */
  path: z.string().min(1).max(4096)
})

export const quoteContract = {
  'quote.export': { request: quoteRequestSchema, response: quoteFileSchema },
  'quote.exportCsv': { request: quoteRequestSchema, response: quoteFileSchema },
  'quote.lines': { request: quoteRequestSchema, response: z.custom<QuoteLines>() },
  'quote.writeFile': {
    request: quoteWriteRequestSchema,
    response: quoteFileSchema.omit({ base64: true }).extend({ path: z.string() })
  }
} as const
