/**
 * What a procurement office expects around a quote's lines (报价单): the buyer (需方) and
 * supplier (供方), the quote number, validity, delivery, payment and warranty terms. Kept in
 * the user's settings (`procurement`) and sent with each export; every field is optional and
 * free text, because these are the user's words, never derived.
 * Conventions: /work/shared/reference/procurement-cn.md.
 */
import { z } from 'zod'

const field = z.string().trim().max(200).optional()
const term = z.string().trim().max(500).optional()

export const partySchema = z.strictObject({
  company: field,
  contact: field,
  phone: field,
  address: field,
  /** 纳税人识别号 (unified social credit code) or a VAT number. */
  taxId: field,
  /** 开户行: the bank and branch holding the account (optional; settings screen). */
  bank: field,
  /** 账号: the bank account number (optional; settings screen). */
  account: field
})
export type Party = z.infer<typeof partySchema>

/** Validity commonly 30 days (editable). */
export const DEFAULT_VALIDITY_DAYS = 30

export const quoteTermsSchema = z.strictObject({
  /** Printed on every page; default: CP-<date>-<a short hash of the plan>. */
  quoteNumber: z
    .string()
    .trim()
    .max(60)
    .regex(/^[^\r\n]*$/, { error: 'must be one line' })
    .optional(),
  validityDays: z.number().int().gte(1).lte(3650).optional(),
  delivery: term,
  payment: term,
  warranty: term
})
export type QuoteTerms = z.infer<typeof quoteTermsSchema>

export const procurementSchema = z.strictObject({
  buyer: partySchema.optional(),
  supplier: partySchema.optional(),
  terms: quoteTermsSchema.optional()
})
export type Procurement = z.infer<typeof procurementSchema>
