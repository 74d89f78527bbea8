/**
 * Plan documents of version 0 (pre-release builds 0.0.x), FROZEN: never edit this file; a
 * new version gets a file of its own. It states the shape the 0 → 1 migration reads, so the
 * compiler checks the migration against it. Values stay `unknown`: migrations never judge
 * them, the current schema does after the last step (with messages in today's names).
 */
import { z } from 'zod'

export const costsV0Schema = z.looseObject({
  currency: z.unknown().optional(),
  pue: z.unknown().optional(),
  electricityPerKWh: z.unknown().optional(),
  years: z.unknown().optional(),
  /** 15 for 15 %. */
  taxPercent: z.unknown().optional(),
  discountPercent: z.unknown().optional(),
  rackPowerLimitKW: z.unknown().optional()
})
export type CostsV0 = z.infer<typeof costsV0Schema>

export const workloadV0Schema = z.looseObject({
  /** What version 1 calls `kind`. */
  type: z.unknown().optional()
})
export type WorkloadV0 = z.infer<typeof workloadV0Schema>

export const planV0Schema = z.looseObject({
  format: z.unknown().optional(),
  version: z.literal(0),
  /** What version 1 calls `name`. */
  title: z.unknown().optional(),
  workloads: z.unknown().optional(),
  /** Moved into `settings` (as fractions) by version 1. */
  costs: z.unknown().optional(),
  settings: z.unknown().optional()
})
export type PlanV0 = z.infer<typeof planV0Schema>
