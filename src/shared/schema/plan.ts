// PLACEHOLDER owned by the calculation-core work: replaced by the full plan document schema.
import { z } from 'zod'

export const PLAN_FORMAT = 'compute-planner/plan'
export const PLAN_VERSION = 1

export const planDocumentSchema = z.object({
  format: z.literal(PLAN_FORMAT),
  version: z.literal(PLAN_VERSION),
  name: z.string().max(200),
  workloads: z.array(z.object({ id: z.string(), kind: z.string() }).loose())
})
export type PlanDocument = z.infer<typeof planDocumentSchema>
