/**
 * Plan documents of version 1 as a migration hands them on, FROZEN once version 2 exists:
 * the structure the chain produces before the current schema (schema/plan.ts) validates
 * every value. Version 1 is also the current version, so the last step's output is checked
 * by `parsePlan` in plan-file.ts.
 */
import { z } from 'zod'

export const planV1DraftSchema = z.looseObject({
  version: z.literal(1),
  name: z.unknown(),
  workloads: z.unknown(),
  settings: z.unknown().optional()
})
export type PlanV1Draft = z.infer<typeof planV1DraftSchema>
