import { z } from 'zod'
import { planDocumentSchema } from '../../schema/plan'
import {
  catalogAcceleratorSchema,
  catalogLlmSchema,
  catalogVisionSchema,
  serverSchema,
  videoPresetSchema
} from '../../core/catalog'

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  locale: z.string(),
  transport: z.enum(['electron', 'web'])
})
export type AppInfo = z.infer<typeof appInfoSchema>

/** One editable default of the calculation core, with its variants and their sources. */
export const assumptionInfoSchema = z.object({
  id: z.string(),
  unit: z.string(),
  better: z.enum(['higher', 'lower']),
  min: z.number(),
  max: z.number(),
  optional: z.boolean().optional(),
  variants: z.array(
    z.object({
      when: z
        .object({
          architectures: z.array(z.string()).readonly().optional(),
          precisions: z.array(z.string()).readonly().optional(),
          languages: z.array(z.string()).readonly().optional()
        })
        .optional(),
      typical: z.number(),
      low: z.number(),
      high: z.number(),
      source: z.string()
    })
  )
})
export type AssumptionInfo = z.infer<typeof assumptionInfoSchema>

/** The built-in catalog as the renderer's pickers need it: plain arrays, every entry sourced. */
export const catalogResponseSchema = z.object({
  accelerators: z.array(catalogAcceleratorSchema),
  llms: z.array(catalogLlmSchema),
  vision: z.array(catalogVisionSchema),
  videoPresets: z.array(videoPresetSchema),
  servers: z.array(serverSchema),
  assumptions: z.array(assumptionInfoSchema)
})
export type CatalogData = z.infer<typeof catalogResponseSchema>

/**
 * Request and response schemas of the app-level channels. Requests are parsed with zod
 * by the dispatcher on both transports; responses are typed (and checked in tests).
 */
export const appContract = {
  'app.info': { request: z.undefined(), response: appInfoSchema },
  'app.setLocale': { request: z.enum(['en', 'zh-CN']), response: z.null() },
  'calc.estimate': { request: planDocumentSchema, response: z.unknown() },
  'catalog.get': { request: z.undefined(), response: catalogResponseSchema }
} as const
