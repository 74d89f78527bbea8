/**
 * The network, storage and facility parts catalog (resources/catalog/network.json): switches,
 * transceivers, cables, NICs, storage classes, management nodes, racks and PDUs. Validated
 * with zod when first used; every entry carries its source.
 */
import { z } from 'zod'
import networkJson from '../../../../resources/catalog/network.json'
import { priceSchema } from '../../schema/plan'

const catalogId = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/)
const source = z.string().min(1)
const positive = z.number().positive()
const count = z.number().int().nonnegative()
const rackUnits = z.number().int().positive()

/** What every part has: an id, a name, an optional reference price and its source. */
function partSchema<T extends z.ZodRawShape>(fields: T) {
  return z.strictObject({
    id: catalogId,
    name: z.string().min(1),
    /** The name in Chinese, for zh-CN quotes (absent: the name as is). */
    nameZh: z.string().min(1).optional(),
    ...fields,
    price: priceSchema.optional(),
    source
  })
}

/** How far a link runs: inside a rack, along a row, across the hall. */
export const REACH_CLASSES = ['rack', 'row', 'hall'] as const
export type ReachClass = (typeof REACH_CLASSES)[number]

export const switchSchema = partSchema({
  vendor: z.string().min(1),
  fabric: z.enum(['infiniband', 'ethernet']),
  /** Ports at `portGbps` (after the vendor's usual breakout). */
  ports: count.min(2),
  portGbps: positive,
  /** Ports sharing one cage, i.e. one transceiver (2 for twin-port OSFP / 800G split 2 × 400G). */
  portsPerCage: z.number().int().positive(),
  /** Separate uplink ports (access switches); absent: uplinks come out of `ports`. */
  uplinkPorts: count.optional(),
  uplinkGbps: positive.optional(),
  rackUnits,
  powerW: positive
})
export type SwitchSpec = z.infer<typeof switchSchema>

export const transceiverSchema = partSchema({
  gbps: positive,
  /** Links one transceiver carries. */
  ports: z.number().int().positive(),
  reach: z.enum(REACH_CLASSES),
  maxMeters: positive
})
export type TransceiverSpec = z.infer<typeof transceiverSchema>

export const cableSchema = partSchema({
  kind: z.enum(['dac', 'fibre', 'copper']),
  reach: z.enum(REACH_CLASSES),
  maxMeters: positive
})
export type CableSpec = z.infer<typeof cableSchema>

export const nicSchema = partSchema({
  gbps: positive
})

export const storageClassSchema = partSchema({
  usableTB: positive,
  readGBps: positive,
  writeGBps: positive,
  rackUnits,
  powerW: positive,
  frontPorts: count,
  frontGbps: positive
})
export type StorageClassSpec = z.infer<typeof storageClassSchema>

export const managementNodeSchema = partSchema({
  rackUnits,
  powerW: positive,
  frontPorts: count,
  frontGbps: positive
})
export type ManagementNodeSpec = z.infer<typeof managementNodeSchema>

export const rackSchema = partSchema({
  rackUnits,
  usableRackUnits: rackUnits
})
export type RackSpec = z.infer<typeof rackSchema>

export const pduSchema = partSchema({
  capacityKW: positive
})
export type PduSpec = z.infer<typeof pduSchema>

const networkFileSchema = z.object({
  source,
  switches: z.array(switchSchema),
  transceivers: z.array(transceiverSchema),
  cables: z.array(cableSchema),
  nics: z.array(nicSchema),
  storageClasses: z.array(storageClassSchema),
  managementNodes: z.array(managementNodeSchema),
  racks: z.array(rackSchema),
  pdus: z.array(pduSchema)
})
export type NetworkCatalog = z.infer<typeof networkFileSchema>

/** Validates raw network catalog data; throws with the zod message when malformed. */
export function buildNetworkCatalog(raw: unknown): NetworkCatalog {
  const parsed = networkFileSchema.parse(raw)
  for (const [what, list] of Object.entries(parsed)) {
    if (!Array.isArray(list)) continue
    const seen = new Set<string>()
    for (const entry of list as { id: string }[]) {
      if (seen.has(entry.id)) throw new Error(`network catalog: duplicate ${what} id "${entry.id}"`)
      seen.add(entry.id)
    }
  }
  return parsed
}

let builtIn: NetworkCatalog | undefined

export function defaultNetworkCatalog(): NetworkCatalog {
  builtIn ??= buildNetworkCatalog(networkJson)
  return builtIn
}

export function byId<T extends { id: string }>(list: readonly T[], id: string): T | undefined {
  return list.find((entry) => entry.id === id)
}

let zhNames: Map<string, { name: string; nameZh: string }> | undefined

/**
 * A part's line name in Chinese: the catalog's `nameZh` in place of its English name (a
 * suffix the sizing added, such as " — 400G", is kept); the name as is when there is none.
 */
export function partNameZh(partId: string | undefined, name: string): string {
  if (!zhNames) {
    zhNames = new Map()
    for (const list of Object.values(defaultNetworkCatalog()))
      if (Array.isArray(list))
        for (const entry of list as { id: string; name: string; nameZh?: string }[])
          if (entry.nameZh) zhNames.set(entry.id, { name: entry.name, nameZh: entry.nameZh })
  }
  const part = partId === undefined ? undefined : zhNames.get(partId)
  if (!part || !name.startsWith(part.name)) return name
  return part.nameZh + name.slice(part.name.length)
}
