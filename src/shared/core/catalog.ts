/**
 * The built-in catalogs (resources/catalog/*.json), validated with zod when first used.
 * Blank facts are absent keys (unknown / unsupported), never 0. Ids are stable across
 * releases: plans refer to them.
 */
import { z } from 'zod'
import acceleratorsJson from '../../../resources/catalog/accelerators.json'
import modelsJson from '../../../resources/catalog/models.json'
import serversJson from '../../../resources/catalog/servers.json'
import {
  acceleratorSpecShape,
  ATTENTION_TYPES,
  FORM_FACTOR_CLASSES,
  llmSpecSchema,
  priceSchema,
  RESOLUTIONS,
  visionSpecSchema
} from '../schema/plan'
import { localizeNames, zhNameIndex } from '../i18n/catalog-names'
import type { Locale } from '../i18n/types'

export const SCALE_UP_FABRICS = [
  'nvlink',
  'nvswitch',
  'hccs',
  'infinity-fabric',
  'mlu-link',
  'xpu-link',
  'ici',
  'pcie'
] as const
export type ScaleUpFabric = (typeof SCALE_UP_FABRICS)[number]

const catalogId = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/)
const source = z.string().min(1)

export const catalogAcceleratorSchema = z.strictObject({
  id: catalogId,
  ...acceleratorSpecShape,
  source
})
export type CatalogAccelerator = z.infer<typeof catalogAcceleratorSchema>

export const catalogLlmSchema = llmSpecSchema.extend({
  id: catalogId,
  name: z.string().min(1),
  layers: z.number().int().positive(),
  hiddenSize: z.number().int().positive(),
  attentionHeads: z.number().int().positive(),
  kvHeads: z.number().int().positive(),
  ffnSize: z.number().int().positive(),
  vocabSize: z.number().int().positive(),
  maxContext: z.number().int().positive(),
  attention: z.enum(ATTENTION_TYPES),
  source
})
export type CatalogLlm = z.infer<typeof catalogLlmSchema>

export const catalogVisionSchema = visionSpecSchema.extend({
  id: catalogId,
  name: z.string().min(1),
  inputResolution: z.number().int().positive(),
  source
})
export type CatalogVisionModel = z.infer<typeof catalogVisionSchema>

export const videoPresetSchema = z.strictObject({
  id: catalogId,
  name: z.string().min(1),
  /** The name in Chinese (zh-CN UI, workbook); absent: `name` in every language. */
  nameZh: z.string().min(1).optional(),
  /** Measured compute per stream at the reference resolution/fps/targets. */
  topsPerStream: z.number().positive().optional(),
  /** Or derived from a detector run on every frame (+ a per-target model). */
  detectorModel: catalogId.optional(),
  perTargetModel: catalogId.optional(),
  precision: z.enum(['int8', 'int4', 'fp16', 'bf16', 'fp8']),
  referenceResolution: z.enum(RESOLUTIONS).optional(),
  referenceFps: z.number().positive().optional(),
  referenceTargetsPerFrame: z.number().nonnegative().optional(),
  source
})
export type VideoPreset = z.infer<typeof videoPresetSchema>

export const serverNetworkSchema = z.strictObject({
  /** Scale-out (east–west) ports: one rail each in a rail-optimised fabric. 0 = none. */
  computePorts: z.number().int().nonnegative(),
  computeGbps: z.number().positive(),
  /** Ports sharing one transceiver cage (2 for twin-port OSFP). */
  computePortsPerCage: z.number().int().positive(),
  /** The fabric switch this server is usually built with (a network catalog id). */
  computeSwitch: catalogId.optional(),
  /** North–south / storage / in-band ports. */
  frontPorts: z.number().int().nonnegative(),
  frontGbps: z.number().positive(),
  /** Out-of-band (BMC) ports. */
  oobPorts: z.number().int().nonnegative(),
  source
})
export type ServerNetwork = z.infer<typeof serverNetworkSchema>

/**
 * A server its vendor sells as one complete system (Huawei Atlas 800T A2 / 800I A2, NVIDIA
 * DGX): the accelerators are inside the system's price and part number, not bought apart.
 * `id` is the system's own part id (price book, quote line); `price` is a public system price
 * with its source and date, absent where none is published (the planner enters it on the
 * Costs step). See core/complete-system.ts.
 */
export const completeSystemSchema = z.strictObject({
  id: catalogId,
  name: z.string().min(1),
  nameZh: z.string().min(1).optional(),
  /** The catalog accelerators the system ships with (variants of one model). */
  acceleratorIds: z.array(catalogId).min(1),
  /** Accelerators inside one system (equals the server's `acceleratorsPerServer`). */
  accelerators: z.number().int().positive(),
  /** The whole system's price, accelerators included; absent: "price needed". */
  price: priceSchema.optional(),
  source
})
export type CompleteSystemSpec = z.infer<typeof completeSystemSchema>

export const serverSchema = z.strictObject({
  id: catalogId,
  name: z.string().min(1),
  /** The name in Chinese (zh-CN UI, workbook); absent: `name` in every language. */
  nameZh: z.string().min(1).optional(),
  acceleratorsPerServer: z.number().int().positive(),
  match: z.strictObject({
    formFactorClasses: z.array(z.enum(FORM_FACTOR_CLASSES)).min(1),
    vendors: z.array(z.string()).optional(),
    architectures: z.array(z.string()).optional()
  }),
  /**
   * The scale-up domain: how many of the server's cards share a fast fabric (NVLink /
   * NVSwitch, HCCS, Infinity Fabric…). A tensor-parallel group stays inside it; `pcie` means
   * no fabric (cards talk through PCIe and the host). Absent = PCIe across the whole server.
   */
  scaleUp: z
    .strictObject({
      fabric: z.enum(SCALE_UP_FABRICS),
      accelerators: z.number().int().positive(),
      source
    })
    .optional(),
  /** Host power without accelerators: CPUs, memory, NICs, storage, fans. */
  basePowerW: z.number().positive(),
  rackUnits: z.number().int().positive(),
  /** Host price without accelerators. */
  price: priceSchema,
  /** Highest accelerator TDP the chassis can power and cool (absent: no stated limit). */
  maxAcceleratorTdpW: z.number().positive().optional(),
  /** Network ports per server: the cluster sizing (core/cluster) reads these. */
  network: serverNetworkSchema.optional(),
  /** Also sold as a complete system with its accelerators inside (one quote line). */
  completeSystem: completeSystemSchema.optional(),
  source
})
export type ServerSpec = z.infer<typeof serverSchema>

const catalogFileSchemas = {
  accelerators: z.object({ source, accelerators: z.array(catalogAcceleratorSchema) }),
  models: z.object({
    source,
    llms: z.array(catalogLlmSchema),
    vision: z.array(catalogVisionSchema),
    videoAnalytics: z.array(videoPresetSchema)
  }),
  servers: z.object({ source, servers: z.array(serverSchema) })
}

export interface Catalog {
  accelerators: ReadonlyMap<string, CatalogAccelerator>
  llms: ReadonlyMap<string, CatalogLlm>
  vision: ReadonlyMap<string, CatalogVisionModel>
  videoPresets: ReadonlyMap<string, VideoPreset>
  servers: ReadonlyMap<string, ServerSpec>
}

function indexById<T extends { id: string }>(entries: T[], what: string): Map<string, T> {
  const map = new Map<string, T>()
  for (const entry of entries) {
    if (map.has(entry.id)) throw new Error(`catalog: duplicate ${what} id "${entry.id}"`)
    map.set(entry.id, entry)
  }
  return map
}

/** Validates raw catalog data; throws with the zod message if a shipped file is malformed. */
export function buildCatalog(raw: {
  accelerators: unknown
  models: unknown
  servers: unknown
}): Catalog {
  const accelerators = catalogFileSchemas.accelerators.parse(raw.accelerators)
  const models = catalogFileSchemas.models.parse(raw.models)
  const servers = catalogFileSchemas.servers.parse(raw.servers)
  const catalog: Catalog = {
    accelerators: indexById(accelerators.accelerators, 'accelerator'),
    llms: indexById(models.llms, 'LLM'),
    vision: indexById(models.vision, 'vision model'),
    videoPresets: indexById(models.videoAnalytics, 'video preset'),
    servers: indexById(servers.servers, 'server')
  }
  for (const server of catalog.servers.values()) {
    const system = server.completeSystem
    if (!system) continue
    if (catalog.servers.has(system.id))
      throw new Error(`catalog: complete system "${system.id}" reuses a server id`)
    if (system.accelerators !== server.acceleratorsPerServer)
      throw new Error(
        `catalog: complete system "${system.id}" holds ${system.accelerators} accelerators, its server ${server.acceleratorsPerServer}`
      )
    for (const ref of system.acceleratorIds)
      if (!catalog.accelerators.has(ref))
        throw new Error(
          `catalog: complete system "${system.id}" names unknown accelerator "${ref}"`
        )
  }
  for (const preset of catalog.videoPresets.values()) {
    for (const ref of [preset.detectorModel, preset.perTargetModel]) {
      if (ref !== undefined && !catalog.vision.has(ref))
        throw new Error(`catalog: video preset "${preset.id}" names unknown model "${ref}"`)
    }
    if (preset.topsPerStream === undefined && preset.detectorModel === undefined)
      throw new Error(`catalog: video preset "${preset.id}" needs topsPerStream or detectorModel`)
  }
  return catalog
}

let builtIn: Catalog | undefined

/** The catalog shipped with the app (validated once, then cached). */
export function defaultCatalog(): Catalog {
  builtIn ??= buildCatalog({
    accelerators: acceleratorsJson,
    models: modelsJson,
    servers: serversJson
  })
  return builtIn
}

let zhByName: ReadonlyMap<string, string> | undefined

/** `localizeNames` over the built-in catalog's accelerators, servers and complete systems. */
export function localizeCatalogNames<T extends Record<string, string | number>>(
  params: T,
  locale: Locale
): T {
  if (locale !== 'zh-CN') return params
  const catalog = defaultCatalog()
  const servers = [...catalog.servers.values()]
  zhByName ??= zhNameIndex([
    ...catalog.accelerators.values(),
    ...servers,
    ...servers.flatMap((server) => server.completeSystem ?? [])
  ])
  return localizeNames(params, locale, zhByName)
}
