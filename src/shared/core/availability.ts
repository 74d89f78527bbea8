/**
 * Availability of catalog accelerators and servers per procurement market
 * (resources/catalog/availability.json, its own file so catalog edits and availability
 * research do not collide), and the planner's overrides on top.
 */
import { z } from 'zod'
import availabilityJson from '../../../resources/catalog/availability.json'
import {
  availabilityFactSchema,
  MARKETS,
  type AvailabilityFact,
  type AvailabilityOverride,
  type AvailabilityStatus,
  type Market
} from '../schema/market'

const fileSchema = z.strictObject({
  source: z.string().min(1),
  markets: z.array(z.enum(MARKETS)),
  entries: z.record(z.string(), z.partialRecord(z.enum(MARKETS), availabilityFactSchema))
})

export type AvailabilityTable = ReadonlyMap<string, Partial<Record<Market, AvailabilityFact>>>

export interface Availability extends AvailabilityFact {
  market: Market
  /** True when the planner's entry replaced the catalog's. */
  overridden: boolean
}

let table: AvailabilityTable | undefined

/** Validates raw availability data; throws with the zod message if the file is malformed. */
export function buildAvailability(raw: unknown): AvailabilityTable {
  return new Map(Object.entries(fileSchema.parse(raw).entries))
}

export function defaultAvailability(): AvailabilityTable {
  table ??= buildAvailability(availabilityJson)
  return table
}

/** Statuses that keep a candidate out of the recommendation in that market. */
export function excludes(status: AvailabilityStatus): boolean {
  return status === 'restricted' || status === 'discontinued'
}

/**
 * The fact for one id in one market: the planner's override, else the catalog's, else
 * "unknown" (an id the research has not covered, e.g. a newly added card).
 */
export function availabilityOf(
  id: string,
  market: Market,
  overrides: readonly AvailabilityOverride[] = [],
  data: AvailabilityTable = defaultAvailability()
): Availability {
  const own = overrides.findLast((o) => o.id === id && o.market === market)
  if (own) {
    const fact: Availability = {
      market,
      status: own.status,
      date: own.date,
      source: 'planner',
      overridden: true
    }
    if (own.note !== undefined) fact.note = own.note
    return fact
  }
  const fact = data.get(id)?.[market]
  if (fact) return { ...fact, market, overridden: false }
  return { market, status: 'unknown', date: '', source: 'none', overridden: false }
}
