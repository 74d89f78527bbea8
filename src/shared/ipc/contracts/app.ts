import { z } from 'zod'
import { planDocumentSchema } from '../../schema/plan'

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  locale: z.string(),
  transport: z.enum(['electron', 'web'])
})
export type AppInfo = z.infer<typeof appInfoSchema>

/**
 * Request and response schemas of the app-level channels. Requests are parsed with zod
 * by the dispatcher on both transports; responses are typed (and checked in tests).
 */
export const appContract = {
  'app.info': { request: z.undefined(), response: appInfoSchema },
  'app.setLocale': { request: z.enum(['en', 'zh-CN']), response: z.null() },
  'calc.estimate': { request: planDocumentSchema, response: z.unknown() },
  'catalog.get': { request: z.undefined(), response: z.unknown() }
} as const
