/**
 * The plan document: JSON with `"format": "compute-planner/plan"` and an integer `version`.
 * Field names here are a contract shared with the CLI, the quote workbook and saved files;
 * the calculation core (src/shared/core) reads exactly these names.
 *
 * Units: `…GB` fields are decimal gigabytes (10^9 bytes). An accelerator's `memoryGB` is the
 * capacity as the vendor publishes it, in `memoryUnit` (default GiB: an "80 GB" HBM card
 * holds 80 GiB); see core/units.ts. FLOPs are plain numbers; `…Tflops`/`…Tops` are 10^12/s.
 */
import { z } from 'zod'
import { formatJsonPath } from './issues'
import { clusterOptionsSchema } from './cluster'
import { quoteEditsSchema } from './quote'
import { calibrationProfileSchema } from './calibration'
import { availabilityOverrideSchema, COMPARE_GROUPINGS, MARKETS } from './market'
import en from '../i18n/en/core'
import { messages, type MessageTree } from '../i18n'
import { localizeFieldParams } from '../i18n/field-labels'
import {
  DEFAULT_EXCHANGE_RATES,
  PLAN_FORMAT,
  PLAN_SETTINGS_DEFAULTS as DEFAULTS,
  PLAN_VERSION
} from './plan-defaults'

export { PLAN_FORMAT, PLAN_VERSION, DEFAULT_EXCHANGE_RATES } from './plan-defaults'

export const PRECISIONS = ['fp32', 'tf32', 'fp16', 'bf16', 'fp8', 'int8', 'int4'] as const
export type Precision = (typeof PRECISIONS)[number]
export const WEIGHT_PRECISIONS = ['fp32', 'fp16', 'bf16', 'fp8', 'int8', 'int4'] as const
export type WeightPrecision = (typeof WEIGHT_PRECISIONS)[number]
/** How a card's published memory figure is meant: binary GiB (HBM/GDDR as shipped) or decimal GB. */
export const MEMORY_UNITS = ['GiB', 'GB'] as const
export type MemoryUnit = (typeof MEMORY_UNITS)[number]
/** KV-cache element types inference engines offer (fp8 E4M3/E5M2, int8 with scales, 16-bit). */
export const KV_PRECISIONS = ['fp32', 'fp16', 'bf16', 'fp8', 'int8', 'int4'] as const
/**
 * Weight formats planners deploy. Each fixes the stored bytes per weight and the compute
 * precision (core/workloads/quantization.ts); `weightPrecision` must be the matching class.
 */
export const QUANTIZATION_FORMATS = [
  'gptq-int4',
  'awq-int4',
  'gguf-q4_k_m',
  'gguf-q5_k_m',
  'gguf-q8_0',
  'int8-weight-only',
  'w8a8-int8',
  'fp8'
] as const
export type QuantizationFormat = (typeof QUANTIZATION_FORMATS)[number]
/** Serving frameworks with a named assumption set (core/frameworks.ts). */
export const INFERENCE_FRAMEWORKS = ['vllm', 'tensorrt-llm', 'llama.cpp', 'mindie'] as const
export type InferenceFramework = (typeof INFERENCE_FRAMEWORKS)[number]
export const TRAINING_PRECISIONS = ['fp32', 'tf32', 'fp16', 'bf16', 'fp8'] as const
export const CURRENCIES = ['CNY', 'USD', 'EUR'] as const
export type Currency = (typeof CURRENCIES)[number]
export const ATTENTION_TYPES = ['mha', 'gqa', 'mqa', 'mla'] as const
export const RECOMPUTE_MODES = ['none', 'selective', 'full'] as const
export const OPTIMIZERS = ['adam-mixed', 'adam-fp32', 'sgd-mixed'] as const
/** Fine-tuning methods: every weight, LoRA adapters on a 16-bit base, QLoRA on a 4-bit base. */
export const FINETUNING_METHODS = ['full', 'lora', 'qlora'] as const
/** Which linear layers carry LoRA adapters: q and v (the LoRA paper), all attention, all. */
export const LORA_TARGETS = ['qv', 'attention', 'all-linear'] as const
/** Base-weight precision of a LoRA / full fine-tune (QLoRA's base is always NF4). */
export const FINETUNING_PRECISIONS = ['fp32', 'bf16', 'fp16'] as const
export const CORPUS_LANGUAGES = ['en', 'zh', 'code', 'mixed'] as const
export const RESOLUTIONS = ['480p', '720p', '1080p', '1440p', '4k'] as const
export type Resolution = (typeof RESOLUTIONS)[number]
/** Video codecs whose decode capacity the catalog publishes (H.264 = AVC, H.265 = HEVC). */
export const VIDEO_CODECS = ['h264', 'h265'] as const
export type VideoCodec = (typeof VIDEO_CODECS)[number]
export const FORM_FACTOR_CLASSES = [
  'sxm',
  'oam',
  'pcie',
  'module',
  'chip',
  'edge',
  'cloud',
  'superchip'
] as const

/** Upper bounds that reject absurd input (e.g. 1e30 tokens) with a located message. */
export const LIMITS = {
  params: 1e14,
  tokens: 1e16,
  layers: 10_000,
  width: 1e6,
  contextTokens: 1e8,
  concurrency: 1e6,
  accelerators: 1e7,
  days: 36_500,
  flops: 1e32,
  hours: 1e12,
  images: 1e13,
  epochs: 1e5,
  runs: 1e6,
  streams: 1e7,
  fps: 1000,
  tops: 1e6,
  memoryGB: 1e5,
  bandwidthGBs: 1e6,
  powerW: 1e6,
  price: 1e12,
  gigabytes: 1e9
} as const

// ---- number helpers: each carries its message key so parse errors read "must be > 0" ----

const positive = (max: number) =>
  z
    .number()
    .gt(0, { error: en.validation.mustBeGreaterThan.replace('{limit}', '0') })
    .lte(max, { error: en.validation.mustBeAtMost.replace('{limit}', String(max)) })
const positiveInt = (max: number) => positive(max).int({ error: en.validation.mustBeInteger })
/**
 * The smallest figure a card may state (GB, GB/s, TFLOPS/TOPS, W, streams): 0.001 of the unit,
 * far below any real part (a Jetson Nano has 25.6 GB/s). "Greater than 0" let 5e-324 through,
 * and the core divides by these figures: demand / 5e-324 overflowed to Infinity (fuzz seed
 * 2026 #1671). With the floor and the ceilings in LIMITS every quotient stays finite.
 */
export const SPEC_FIGURE_FLOOR = 0.001
const specFigure = (max: number) =>
  z
    .number()
    .gte(SPEC_FIGURE_FLOOR, {
      error: en.validation.mustBeAtLeast.replace('{limit}', String(SPEC_FIGURE_FLOOR))
    })
    .lte(max, { error: en.validation.mustBeAtMost.replace('{limit}', String(max)) })
const nonNegative = (max: number) =>
  z
    .number()
    .gte(0, { error: en.validation.mustBeAtLeast.replace('{limit}', '0') })
    .lte(max, { error: en.validation.mustBeAtMost.replace('{limit}', String(max)) })
const fraction = () =>
  z
    .number()
    .gt(0, { error: en.validation.mustBeGreaterThan.replace('{limit}', '0') })
    .lte(1, { error: en.validation.mustBeAtMost.replace('{limit}', '1') })
const text = (max = 200) => z.string().min(1, { error: en.validation.required }).max(max)

export const priceSchema = z.strictObject({
  amount: nonNegative(LIMITS.price),
  currency: z.enum(CURRENCIES),
  date: z.string().max(40).optional(),
  source: z.string().max(500).optional(),
  /**
   * The amount includes VAT (a 含税单价 / "price incl. VAT" column). Cost uses the net price,
   * amount ÷ (1 + taxRate), so the quote does not add VAT twice. Absent: the amount is net.
   */
  taxIncluded: z.boolean().optional()
})
export type Price = z.infer<typeof priceSchema>

/**
 * One price in the plan's price book: the planner's (or an imported list's) price for an
 * accelerator, a server or a catalog part (switch, transceiver, cable, storage class, rack,
 * PDU, management node…). A price is never an inventory row (core/price-book.ts).
 * `taxIncluded`: the amount includes VAT (含税); the core takes the tax out once.
 */
export const priceBookEntrySchema = z.strictObject({
  /** A catalog part, server or accelerator id, or an inventory card's id (same rule as ids). */
  partId: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/)
    .max(120),
  price: priceSchema,
  taxIncluded: z.boolean().optional()
})
export type PriceBookEntry = z.infer<typeof priceBookEntrySchema>

/** Accelerator fields, the same names as the catalog (resources/catalog/accelerators.json). */
export const acceleratorSpecShape = {
  vendor: text(),
  name: text(),
  /** The vendor's Chinese name (昇腾 910B, 寒武纪 思元590…), shown under zh-CN; absent: `name`. */
  nameZh: text().optional(),
  formFactor: z.string().max(200).optional(),
  /** The form factor in Chinese (catalog entries), shown under zh-CN; absent: `formFactor`. */
  formFactorZh: z.string().max(200).optional(),
  formFactorClass: z.enum(FORM_FACTOR_CLASSES).optional(),
  /** Chip generation (ampere, hopper, davinci…): selects utilisation defaults. */
  architecture: z.string().max(60).optional(),
  memoryGB: specFigure(LIMITS.memoryGB).optional(),
  /** Unit of `memoryGB` as the vendor publishes it; absent means GiB (see core/units.ts). */
  memoryUnit: z.enum(MEMORY_UNITS).optional(),
  memoryType: z.string().max(60).optional(),
  memoryBandwidthGBs: specFigure(LIMITS.bandwidthGBs).optional(),
  fp32Tflops: specFigure(LIMITS.tops).optional(),
  tf32Tflops: specFigure(LIMITS.tops).optional(),
  fp16Tflops: specFigure(LIMITS.tops).optional(),
  bf16Tflops: specFigure(LIMITS.tops).optional(),
  fp8Tflops: specFigure(LIMITS.tops).optional(),
  int8Tops: specFigure(LIMITS.tops).optional(),
  int4Tops: specFigure(LIMITS.tops).optional(),
  tdpW: specFigure(LIMITS.powerW).optional(),
  interconnectGBs: specFigure(LIMITS.bandwidthGBs).optional(),
  launchYear: positiveInt(3000).optional(),
  /** H.264 decode capacity in 1080p30 streams (the figure most vendors publish). */
  decode1080p30Streams: specFigure(LIMITS.streams).optional(),
  /** H.265 decode capacity in 1080p30 streams, where the vendor publishes it separately. */
  decode1080p30StreamsH265: specFigure(LIMITS.streams).optional(),
  decodeSource: z.string().max(500).optional(),
  price: priceSchema.optional(),
  notes: z.string().max(2000).optional(),
  source: z.string().max(1000).optional()
}
export const inlineAcceleratorSchema = z.strictObject(acceleratorSpecShape)
export type AcceleratorSpec = z.infer<typeof inlineAcceleratorSchema>

const idSchema = z
  .string()
  .min(1, { error: en.validation.required })
  .max(120)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: en.validation.badId })

/** A user's own accelerator (inventory row): inline fields plus id, stock and price. */
export const inventoryEntrySchema = z.strictObject({
  id: idSchema,
  ...acceleratorSpecShape,
  quantityOnHand: nonNegative(LIMITS.accelerators).int({ error: en.validation.mustBeInteger }),
  /**
   * The catalog card this entry was matched to on import. The entry's own figures win; every
   * field it leaves out (architecture, form factor class, TDP…) comes from that card.
   */
  catalogId: z.string().max(200).optional()
})
export type InventoryEntry = z.infer<typeof inventoryEntrySchema>

/** An LLM architecture, the same names as the catalog's `llms`. */
export const llmSpecSchema = z.strictObject({
  name: z.string().max(200).optional(),
  params: positive(LIMITS.params),
  activeParams: positive(LIMITS.params).optional(),
  layers: positiveInt(LIMITS.layers).optional(),
  hiddenSize: positiveInt(LIMITS.width).optional(),
  attentionHeads: positiveInt(LIMITS.width).optional(),
  kvHeads: positiveInt(LIMITS.width).optional(),
  headDim: positiveInt(LIMITS.width).optional(),
  ffnSize: positiveInt(LIMITS.width * 10).optional(),
  vocabSize: positiveInt(1e8).optional(),
  /** One matrix serves as token embedding and LM head (tie_word_embeddings); absent: untied. */
  tiedEmbeddings: z.boolean().optional(),
  maxContext: positiveInt(LIMITS.contextTokens).optional(),
  attention: z.enum(ATTENTION_TYPES).optional(),
  kvLoraRank: positiveInt(LIMITS.width).optional(),
  qkRopeHeadDim: positiveInt(LIMITS.width).optional(),
  experts: positiveInt(1e5).optional(),
  activeExperts: positiveInt(1e5).optional(),
  source: z.string().max(1000).optional()
})
export type LlmSpec = z.infer<typeof llmSpecSchema>

/** A vision model: parameters (millions) and multiply-accumulates (G) at `inputResolution`. */
export const visionSpecSchema = z.strictObject({
  name: z.string().max(200).optional(),
  paramsM: positive(1e7),
  gmacs: positive(1e7),
  inputResolution: positiveInt(100_000).optional(),
  source: z.string().max(1000).optional()
})
export type VisionSpec = z.infer<typeof visionSpecSchema>

/** Per-workload or per-plan assumption override: a number, or a number with its range. */
export const assumptionValueSchema = z.union([
  z.number().refine(Number.isFinite, { error: en.validation.mustBeFinite }),
  z.strictObject({
    typical: z.number().refine(Number.isFinite, { error: en.validation.mustBeFinite }),
    low: z.number().optional(),
    high: z.number().optional()
  })
])
export const assumptionOverridesSchema = z.record(
  z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: en.validation.badId }),
  assumptionValueSchema
)
export type AssumptionOverrides = z.infer<typeof assumptionOverridesSchema>

const acceleratorRef = z.union([idSchema, inlineAcceleratorSchema])
const llmRef = z.union([idSchema, llmSpecSchema])
const visionRef = z.union([idSchema, visionSpecSchema])

/** Hours in an average month (8,760 / 12): the most a workload can run in one. */
export const HOURS_PER_MONTH = 730
export const HOURS_PER_YEAR = 8760

/**
 * When a workload runs (issue 19, pooled cluster). Absent or `always`: around the clock, as
 * before. Scheduled workloads share the pool of their accelerator model (core/pooling.ts);
 * those with the same `overlapGroup` may run at the same time, others take turns.
 */
export const scheduleSchema = z.discriminatedUnion('mode', [
  z.strictObject({
    mode: z.literal('always'),
    /**
     * Share of its peak cards still busy in quiet hours (night traffic of a service, 0–1).
     * Absent: 1, busy all day; below 1, scheduled jobs may use the rest in quiet hours.
     */
    offPeakFraction: nonNegative(1).optional()
  }),
  z.strictObject({
    mode: z.literal('hoursPerMonth'),
    hoursPerMonth: positive(HOURS_PER_MONTH),
    overlapGroup: z.string().trim().min(1).max(60).optional()
  }),
  z.strictObject({
    mode: z.literal('runsPerYear'),
    runsPerYear: positive(HOURS_PER_YEAR),
    /** Absent: the workload's own estimated duration (training and fine-tuning). */
    hoursPerRun: positive(HOURS_PER_YEAR).optional(),
    overlapGroup: z.string().trim().min(1).max(60).optional()
  })
])
export type WorkloadSchedule = z.infer<typeof scheduleSchema>

const common = {
  id: idSchema,
  name: z.string().max(200).optional(),
  accelerator: acceleratorRef,
  assumptions: assumptionOverridesSchema.optional(),
  schedule: scheduleSchema.optional()
}

export const llmInferenceSchema = z.strictObject({
  ...common,
  kind: z.literal('llm-inference'),
  model: llmRef,
  weightPrecision: z.enum(WEIGHT_PRECISIONS),
  kvPrecision: z.enum(KV_PRECISIONS).optional(),
  /** Weight format (GPTQ/AWQ int4, GGUF, W8A8, FP8…); absent = plain `weightPrecision`. */
  quantization: z.enum(QUANTIZATION_FORMATS).optional(),
  /** Named assumption set of a serving framework; plan/workload overrides still win. */
  framework: z.enum(INFERENCE_FRAMEWORKS).optional(),
  contextTokens: positiveInt(LIMITS.contextTokens),
  /**
   * Concurrent sequences. Without a request-rate target: for the WHOLE PLAN (split over
   * replicas). With a target: PER REPLICA (the batch); absent, it follows from Little's law.
   */
  concurrency: positiveInt(LIMITS.concurrency).optional(),
  /** Replica split; each degree absent = chosen automatically (fewest cards that fit). */
  parallel: z
    .strictObject({
      tensor: positiveInt(1024).optional(),
      pipeline: positiveInt(1024).optional(),
      /** Expert-parallel degree for MoE models (experts spread whole over this many cards). */
      expert: positiveInt(1024).optional(),
      /** Allow a tensor-parallel group to span servers (slow; off by default). */
      multiNodeTensor: z.boolean().optional()
    })
    .optional(),
  target: z
    .strictObject({
      requestsPerSecond: positive(1e9),
      inputTokens: positiveInt(LIMITS.contextTokens),
      outputTokens: positiveInt(LIMITS.contextTokens),
      maxTimeToFirstTokenMs: positive(1e9).optional(),
      maxTimePerOutputTokenMs: positive(1e9).optional()
    })
    .optional()
})

export const llmTrainingSchema = z.strictObject({
  ...common,
  kind: z.literal('llm-training'),
  model: llmRef,
  tokens: positive(LIMITS.tokens).optional(),
  corpus: z
    .strictObject({
      gigabytes: positive(LIMITS.gigabytes),
      language: z.enum(CORPUS_LANGUAGES)
    })
    .optional(),
  precision: z.enum(TRAINING_PRECISIONS).optional(),
  recompute: z.enum(RECOMPUTE_MODES).optional(),
  optimizer: z.enum(OPTIMIZERS).optional(),
  zeroStage: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]).optional(),
  parallelism: z
    .strictObject({
      tensor: positiveInt(4096).optional(),
      pipeline: positiveInt(4096).optional(),
      data: positiveInt(LIMITS.accelerators).optional()
    })
    .optional(),
  sequenceLength: positiveInt(LIMITS.contextTokens).optional(),
  microBatchSize: positiveInt(1e5).optional(),
  /** Sequences per optimizer step; default from the `globalBatchTokens` assumption. */
  globalBatchSize: positiveInt(1e8).optional(),
  accelerators: positiveInt(LIMITS.accelerators).optional(),
  targetDays: positive(LIMITS.days).optional()
})

export const visionTrainingSchema = z.strictObject({
  ...common,
  kind: z.literal('vision-training'),
  // first-principles form
  model: visionRef.optional(),
  images: positive(LIMITS.images).optional(),
  epochs: positive(LIMITS.epochs).optional(),
  inputResolution: positiveInt(100_000).optional(),
  precision: z.enum(TRAINING_PRECISIONS).optional(),
  /** Images per optimizer step over all cards; a card needs at least one. */
  globalBatchSize: positiveInt(1e8).optional(),
  // portfolio form (seed §7)
  cardsPerRun: positiveInt(LIMITS.accelerators).optional(),
  daysPerRun: positive(LIMITS.days).optional(),
  parallelRuns: positiveInt(LIMITS.runs).optional(),
  tasksPerYear: positive(1e6).optional(),
  // both forms
  runs: positiveInt(LIMITS.runs).optional(),
  accelerators: positiveInt(LIMITS.accelerators).optional(),
  targetDays: positive(LIMITS.days).optional()
})

export const videoAnalyticsSchema = z.strictObject({
  ...common,
  kind: z.literal('video-analytics'),
  streams: positiveInt(LIMITS.streams),
  resolution: z.enum(RESOLUTIONS).optional(),
  /** Capture frame rate: every frame is decoded. */
  fps: positive(LIMITS.fps).optional(),
  /** Frames analysed per second per stream (≤ fps); absent = every captured frame. */
  analysisFps: positive(LIMITS.fps).optional(),
  /** Codec of the incoming streams; absent = H.264. */
  codec: z.enum(VIDEO_CODECS).optional(),
  topsPerStream: positive(LIMITS.tops).optional(),
  model: visionRef.optional(),
  targetsPerFrame: nonNegative(1e4).optional(),
  precision: z.enum(['int8', 'int4', 'fp16', 'bf16', 'fp8']).optional(),
  efficiency: fraction().optional(),
  headroom: nonNegative(10).optional()
})

export const customWorkloadSchema = z.strictObject({
  ...common,
  kind: z.literal('custom'),
  /**
   * Platform sizing: the dense compute to provision, in PFLOP/s at `precision`. Stands alone
   * (no FLOPs, hours, accelerators or deadline beside it): cards = ceil(target ÷ card peak).
   */
  targetPflops: positive(LIMITS.tops).optional(),
  totalFlops: positive(LIMITS.flops).optional(),
  acceleratorHours: positive(LIMITS.hours).optional(),
  precision: z.enum(PRECISIONS).optional(),
  utilization: fraction().optional(),
  accelerators: positiveInt(LIMITS.accelerators).optional(),
  targetDays: positive(LIMITS.days).optional()
})

/** LLM fine-tuning: full, LoRA or QLoRA on a dataset of samples × tokens. */
export const llmFinetuningSchema = z.strictObject({
  ...common,
  kind: z.literal('llm-finetuning'),
  model: llmRef,
  method: z.enum(FINETUNING_METHODS).optional(),
  loraRank: positiveInt(65_536).optional(),
  loraTargets: z.enum(LORA_TARGETS).optional(),
  precision: z.enum(FINETUNING_PRECISIONS).optional(),
  samples: positive(LIMITS.images).optional(),
  tokensPerSample: positive(LIMITS.contextTokens).optional(),
  epochs: positive(LIMITS.epochs).optional(),
  sequenceLength: positiveInt(LIMITS.contextTokens).optional(),
  microBatchSize: positiveInt(1e5).optional(),
  gradientCheckpointing: z.boolean().optional(),
  zeroStage: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]).optional(),
  accelerators: positiveInt(LIMITS.accelerators).optional(),
  targetDays: positive(LIMITS.days).optional()
})

export const workloadSchema = z.discriminatedUnion('kind', [
  llmInferenceSchema,
  llmTrainingSchema,
  visionTrainingSchema,
  videoAnalyticsSchema,
  customWorkloadSchema,
  llmFinetuningSchema
])
export type Workload = z.infer<typeof workloadSchema>
export type LlmInferenceWorkload = z.infer<typeof llmInferenceSchema>
export type LlmTrainingWorkload = z.infer<typeof llmTrainingSchema>
export type VisionTrainingWorkload = z.infer<typeof visionTrainingSchema>
export type VideoAnalyticsWorkload = z.infer<typeof videoAnalyticsSchema>
export type CustomWorkload = z.infer<typeof customWorkloadSchema>
export type LlmFinetuningWorkload = z.infer<typeof llmFinetuningSchema>
export type WorkloadKind = Workload['kind']
export const WORKLOAD_KINDS: readonly WorkloadKind[] = [
  'llm-inference',
  'llm-training',
  'vision-training',
  'video-analytics',
  'custom',
  'llm-finetuning'
]

export const settingsSchema = z.strictObject({
  currency: z.enum(CURRENCIES).default(DEFAULTS.currency),
  exchangeRates: z
    .strictObject({
      USD: positive(1e6).default(DEFAULT_EXCHANGE_RATES.USD),
      CNY: positive(1e6).default(DEFAULT_EXCHANGE_RATES.CNY),
      EUR: positive(1e6).default(DEFAULT_EXCHANGE_RATES.EUR)
    })
    .prefault({}),
  pue: z
    .number()
    .gte(1, { error: en.validation.mustBeAtLeast.replace('{limit}', '1') })
    .lte(5, { error: en.validation.mustBeAtMost.replace('{limit}', '5') })
    .default(DEFAULTS.pue),
  /** In the plan currency. */
  electricityPricePerKWh: nonNegative(1000).default(DEFAULTS.electricityPricePerKWh),
  years: positive(50).default(DEFAULTS.years),
  taxRate: nonNegative(1).default(DEFAULTS.taxRate),
  /** Fraction off list price, 0..1. */
  discount: z
    .number()
    .gte(0, { error: en.validation.mustBeAtLeast.replace('{limit}', '0') })
    .lt(1, { error: en.validation.mustBeLessThan.replace('{limit}', '1') })
    .default(DEFAULTS.discount),
  rackPowerLimitKW: positive(1000).default(DEFAULTS.rackPowerLimitKW),
  /** 'auto' picks a catalog server by form factor; otherwise a server id. */
  server: z.union([z.literal('auto'), idSchema]).default(DEFAULTS.server),
  /** Where the hardware is bought; compare mode excludes what is not sold there. */
  market: z.enum(MARKETS).optional(),
  /** Server per accelerator group: accelerator id → server id (else `server`). */
  serverByAccelerator: z.record(idSchema, idSchema).optional(),
  /**
   * Per accelerator group: true buys its server as the vendor's complete system (the cards
   * inside, one quote line) where the catalog sells one; absent or false: cards + chassis.
   */
  completeSystemByAccelerator: z.record(idSchema, z.boolean()).optional(),
  /** Whole-cluster sizing choices (network, storage, facility, services). */
  cluster: clusterOptionsSchema.optional()
})
export type PlanSettings = z.infer<typeof settingsSchema>

export const constraintsSchema = z.strictObject({
  deadlineDays: positive(LIMITS.days).optional(),
  /** Capital budget in the plan currency. */
  budget: positive(LIMITS.price).optional(),
  powerCapKW: positive(1e7).optional()
})

export const compareSchema = z.strictObject({
  enabled: z.boolean().default(false),
  /** Accelerator ids (catalog or inventory); empty means every candidate. */
  candidates: z.array(idSchema).max(1000).default([]),
  /** Which workloads share a candidate (absent: each workload on its own). */
  grouping: z.enum(COMPARE_GROUPINGS).optional(),
  /** Candidates pinned for the side-by-side view (2–4). */
  pinned: z.array(idSchema).max(4).optional(),
  /** Prices the planner typed for candidates the catalog has no price for, by id. */
  prices: z.record(idSchema, priceSchema).optional(),
  /** The planner's availability entries; they win over the catalog's. */
  availability: z.array(availabilityOverrideSchema).max(10_000).optional()
})

export const planDocumentSchema = z
  .strictObject({
    format: z.literal(PLAN_FORMAT),
    version: z.literal(PLAN_VERSION),
    name: z.string().max(200),
    workloads: z.array(workloadSchema).max(1000),
    settings: settingsSchema.prefault({}),
    constraints: constraintsSchema.prefault({}),
    compare: compareSchema.prefault({}),
    inventory: z.array(inventoryEntrySchema).max(10_000).optional(),
    assumptionOverrides: assumptionOverridesSchema.optional(),
    /** Prices for network, storage and facility parts (see core/cluster/prices.ts). */
    priceBook: z.array(priceBookEntrySchema).max(10_000).optional(),
    /** The Quote step's edits (extra lines, overrides, language); see schema/quote.ts. */
    quote: quoteEditsSchema.optional(),
    /** Calibration profiles applied to matching workloads (schema/calibration.ts). */
    calibrations: z.array(calibrationProfileSchema).max(100).optional()
  })
  .superRefine((plan, ctx) => {
    const seen = new Map<string, number>()
    plan.workloads.forEach((w, i) => {
      if (seen.has(w.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['workloads', i, 'id'],
          message: 'duplicateId',
          params: { key: 'duplicateId', id: w.id }
        })
      }
      seen.set(w.id, i)
      checkWorkloadForms(w, i, ctx)
    })
    const inventoryIds = new Set<string>()
    plan.inventory?.forEach((entry, i) => {
      if (inventoryIds.has(entry.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['inventory', i, 'id'],
          message: 'duplicateId',
          params: { key: 'duplicateId', id: entry.id }
        })
      }
      inventoryIds.add(entry.id)
    })
  })
export type PlanDocument = z.infer<typeof planDocumentSchema>
/** What a plan looks like before defaults are applied (what a user may write). */
export type PlanDocumentInput = z.input<typeof planDocumentSchema>

type RefineContext = Parameters<Parameters<z.ZodType['superRefine']>[0]>[1]

function need(ctx: RefineContext, path: (string | number)[], key: string, fields: string): void {
  ctx.addIssue({ code: 'custom', path, message: key, params: { key, fields } })
}

/** Rules that span fields: "one of tokens or corpus", "accelerators or targetDays", … */
function checkWorkloadForms(w: Workload, i: number, ctx: RefineContext): void {
  const at = (field: string) => ['workloads', i, field]
  const oneOf = (a: string, b: string, has: [boolean, boolean], required = true) => {
    if (has[0] && has[1]) need(ctx, at(b), 'notBoth', `${a}, ${b}`)
    else if (required && !has[0] && !has[1]) need(ctx, at(a), 'oneOfRequired', `${a}, ${b}`)
  }
  switch (w.kind) {
    case 'llm-training':
      oneOf('tokens', 'corpus', [w.tokens !== undefined, w.corpus !== undefined])
      oneOf('accelerators', 'targetDays', [
        w.accelerators !== undefined,
        w.targetDays !== undefined
      ])
      break
    case 'vision-training': {
      const portfolio = w.cardsPerRun !== undefined || w.daysPerRun !== undefined
      const firstPrinciples = w.model !== undefined || w.images !== undefined
      if (portfolio && firstPrinciples) need(ctx, at('model'), 'notBoth', 'model, cardsPerRun')
      else if (portfolio) {
        if (w.cardsPerRun === undefined) need(ctx, at('cardsPerRun'), 'required', 'cardsPerRun')
        if (w.daysPerRun === undefined) need(ctx, at('daysPerRun'), 'required', 'daysPerRun')
        oneOf(
          'accelerators',
          'targetDays',
          [w.accelerators !== undefined, w.targetDays !== undefined],
          false
        )
      } else {
        for (const field of ['model', 'images', 'epochs'] as const) {
          if (w[field] === undefined) need(ctx, at(field), 'required', field)
        }
        oneOf('accelerators', 'targetDays', [
          w.accelerators !== undefined,
          w.targetDays !== undefined
        ])
      }
      break
    }
    case 'video-analytics':
      oneOf('topsPerStream', 'model', [w.topsPerStream !== undefined, w.model !== undefined])
      break
    case 'llm-finetuning':
      for (const field of ['samples', 'tokensPerSample'] as const) {
        if (w[field] === undefined) need(ctx, at(field), 'required', field)
      }
      oneOf(
        'accelerators',
        'targetDays',
        [w.accelerators !== undefined, w.targetDays !== undefined],
        false
      )
      break
    case 'custom':
      if (w.targetPflops !== undefined) {
        for (const field of [
          'totalFlops',
          'acceleratorHours',
          'accelerators',
          'targetDays'
        ] as const)
          if (w[field] !== undefined) need(ctx, at(field), 'notBoth', `targetPflops, ${field}`)
        break
      }
      oneOf('totalFlops', 'acceleratorHours', [
        w.totalFlops !== undefined,
        w.acceleratorHours !== undefined
      ])
      oneOf('accelerators', 'targetDays', [
        w.accelerators !== undefined,
        w.targetDays !== undefined
      ])
      break
    default:
      break
  }
}

// ---------------------------------------------------------------------------------------
// Parsing with located, translatable issues
// ---------------------------------------------------------------------------------------

export type ValidationKey = keyof typeof en.validation

/** One problem with the input, located by JSON path (`workloads[1].tokens`). */
export interface PlanIssue {
  /** JSON path; '' means the whole document. */
  path: string
  /** i18n key under `core.validation` (e.g. `core.validation.mustBeGreaterThan`). */
  messageKey: string
  params: Record<string, string | number>
  /** English text, ready for the CLI: "must be > 0". */
  message: string
}

export { formatJsonPath }

export type ParsePlanResult = { ok: true; plan: PlanDocument } | { ok: false; issues: PlanIssue[] }

export function makeIssue(
  path: readonly PropertyKey[] | string,
  key: ValidationKey,
  params: Record<string, string | number> = {}
): PlanIssue {
  const template: string = en.validation[key]
  // The English text names fields by their labels too ("has no FP16 figure").
  const shown = localizeFieldParams(messages.en as unknown as MessageTree, params)
  const message = template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in shown ? String(shown[name]) : whole
  )
  return {
    path: typeof path === 'string' ? path : formatJsonPath(path),
    messageKey: `core.validation.${key}`,
    params,
    message
  }
}

/** "workloads[1].tokens: must be > 0" */
export function formatIssue(issue: PlanIssue): string {
  return `${issue.path || '(document)'}: ${issue.message}`
}

type ZodIssue = z.core.$ZodIssue

function describeReceived(value: unknown): string {
  if (value === undefined) return 'undefined'
  if (typeof value === 'number' && !Number.isFinite(value)) return 'nan'
  return 'other'
}

/** One zod issue as located, translatable issues (also used for calibration profile files). */
export function fromZodIssue(issue: ZodIssue, input: unknown): PlanIssue[] {
  const path = issue.path
  switch (issue.code) {
    case 'too_small': {
      const limit = String(issue.minimum)
      if (issue.origin === 'array' || issue.origin === 'string')
        return [makeIssue(path, 'required')]
      return [makeIssue(path, issue.inclusive ? 'mustBeAtLeast' : 'mustBeGreaterThan', { limit })]
    }
    case 'too_big': {
      const limit = String(issue.maximum)
      if (issue.origin === 'array' || issue.origin === 'string')
        return [makeIssue(path, 'tooLong', { limit })]
      return [makeIssue(path, issue.inclusive ? 'mustBeAtMost' : 'mustBeLessThan', { limit })]
    }
    case 'invalid_type': {
      const received = describeReceived(valueAt(input, path))
      if (received === 'undefined') return [makeIssue(path, 'required')]
      if (received === 'nan') return [makeIssue(path, 'mustBeFinite')]
      if (issue.expected === 'int') return [makeIssue(path, 'mustBeInteger')]
      return [makeIssue(path, 'wrongType', { expected: String(issue.expected) })]
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => makeIssue([...path, key], 'unknownField', { name: key }))
    case 'invalid_value': {
      if (path.length === 1 && path[0] === 'version') {
        const got = valueAt(input, path)
        if (typeof got === 'number' && got > PLAN_VERSION)
          return [makeIssue(path, 'newerVersion', { version: got, supported: PLAN_VERSION })]
      }
      const options = issue.values.map((v) => JSON.stringify(v)).join(', ')
      if (valueAt(input, path) === undefined) return [makeIssue(path, 'required')]
      return [makeIssue(path, 'mustBeOneOf', { options })]
    }
    case 'invalid_union': {
      const withDiscriminator = issue as ZodIssue & { options?: unknown[]; note?: string }
      if (withDiscriminator.options) {
        const options = withDiscriminator.options.map((v) => JSON.stringify(v)).join(', ')
        if (valueAt(input, path) === undefined) return [makeIssue(path, 'required')]
        return [makeIssue(path, 'mustBeOneOf', { options })]
      }
      // A value that is neither an id nor an inline object (or not a number / range):
      // report the most specific branch when it was an object, else a type message.
      const value = valueAt(input, path)
      if (value === undefined) return [makeIssue(path, 'required')]
      if (typeof value === 'object' && value !== null && issue.errors.length > 0) {
        const objectBranch = issue.errors.find((branch) =>
          branch.every((sub) => sub.code !== 'invalid_type' || sub.path.length > 0)
        )
        if (objectBranch)
          return objectBranch.flatMap((sub) =>
            fromZodIssue({ ...sub, path: [...path, ...sub.path] } as ZodIssue, input)
          )
      }
      if (typeof value === 'number' && !Number.isFinite(value))
        return [makeIssue(path, 'mustBeFinite')]
      return [makeIssue(path, 'wrongType', { expected: 'id or object' })]
    }
    case 'invalid_format':
      return [makeIssue(path, 'badId')]
    case 'custom': {
      const params = (issue.params ?? {}) as Record<string, string | number>
      const key = (params.key ?? issue.message) as ValidationKey
      if (key in en.validation) return [makeIssue(path, key, params)]
      return [makeIssue(path, 'invalid', { detail: issue.message })]
    }
    default:
      return [makeIssue(path, 'invalid', { detail: issue.message })]
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = input
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<PropertyKey, unknown>)[part]
  }
  return node
}

/**
 * Validates a plan document (a parsed JSON value or JSON text). Never throws: every problem
 * comes back as an issue with its JSON path.
 */
export function parsePlan(json: unknown): ParsePlanResult {
  let input = json
  if (typeof json === 'string') {
    try {
      input = JSON.parse(json)
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error)
      return { ok: false, issues: [makeIssue('', 'notJson', { detail })] }
    }
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, issues: [makeIssue('', 'notAPlan')] }
  }
  const result = planDocumentSchema.safeParse(input)
  if (result.success) return { ok: true, plan: result.data }
  const issues = result.error.issues.flatMap((issue) => fromZodIssue(issue, input))
  return { ok: false, issues: dedupe(issues) }
}

function dedupe(issues: PlanIssue[]): PlanIssue[] {
  const seen = new Set<string>()
  return issues.filter((issue) => {
    const key = `${issue.path}|${issue.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
