/**
 * Where hardware can be bought: procurement markets, availability statuses and the planner's
 * overrides. A status is a dated fact with a source (an export rule, a vendor notice, a
 * regulator's guidance), not a judgement; "unknown" where no public fact was found.
 */
import { z } from 'zod'

export const MARKETS = ['mainland-china', 'rest-of-world'] as const
export type Market = (typeof MARKETS)[number]

export const AVAILABILITY_STATUSES = ['available', 'restricted', 'discontinued', 'unknown'] as const
export type AvailabilityStatus = (typeof AVAILABILITY_STATUSES)[number]

/** Dates as written in sources: a year, a month or a day (ISO 8601). */
const factDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'badDate' })

export const availabilityFactSchema = z.strictObject({
  status: z.enum(AVAILABILITY_STATUSES),
  date: factDate,
  source: z.string().min(1).max(1000),
  note: z.string().max(2000).optional()
})
export type AvailabilityFact = z.infer<typeof availabilityFactSchema>

/** The planner's own entry for one accelerator or server in one market. */
export const availabilityOverrideSchema = z.strictObject({
  id: z.string().min(1).max(120),
  market: z.enum(MARKETS),
  status: z.enum(AVAILABILITY_STATUSES),
  date: factDate,
  note: z.string().max(2000).optional()
})
export type AvailabilityOverride = z.infer<typeof availabilityOverrideSchema>

/**
 * How compare mode groups workloads: each workload on its own (default), workloads of one
 * kind together, or the whole plan on one candidate.
 */
export const COMPARE_GROUPINGS = ['workload', 'kind', 'plan'] as const
export type CompareGrouping = (typeof COMPARE_GROUPINGS)[number]
