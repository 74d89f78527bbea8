/** Request/response schemas of the 'report' channels (see ../channels/report.ts). */
import { z } from 'zod'
import { planDocumentSchema } from '../../schema/plan'
import { LOCALES } from '../../i18n/types'

export const reportRequestSchema = z.strictObject({
  plan: planDocumentSchema,
  options: z
    .strictObject({
      language: z.enum(LOCALES as readonly ['en', 'zh-CN']).optional(),
      /** From the app settings; printed on the first page and the running header. */
      company: z.string().max(200).optional(),
      author: z.string().max(200).optional(),
      date: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .optional()
    })
    .optional()
})
export type ReportRequest = z.input<typeof reportRequestSchema>

export const reportFileSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  base64: z.string(),
  byteLength: z.number().int().nonnegative()
})
export type ReportFile = z.infer<typeof reportFileSchema>

export const reportContract = {
  'report.export': { request: reportRequestSchema, response: reportFileSchema },
  'report.comparisonCsv': { request: reportRequestSchema, response: reportFileSchema }
} as const
