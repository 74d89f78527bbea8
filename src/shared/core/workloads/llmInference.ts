/**
 * LLM inference: weights, KV cache and activations PER CARD for a replica split
 * (tensor × pipeline, expert parallel for MoE), the largest batch a replica holds, prefill
 * (compute-bound) and decode (bandwidth-bound) speed with the communication the split
 * costs, replicas for the concurrency or request rate, and host RAM to load.
 *
 * "Per replica" figures describe one copy of the model on `acceleratorsPerReplica` cards;
 * "whole plan" figures (accelerators, concurrencyWholePlan) multiply by `replicas`.
 */
import type { LlmInferenceWorkload, Precision } from '../../schema/plan'
import { BYTES_PER_ELEMENT, STANDARD_MEMORY_SIZES_GB, memoryUnitOf } from '../units'
import { LlmLookups, resolveLlm } from '../models'
import { frameworkPreset } from '../frameworks'
import { chooseServer } from '../rollup'
import { Calc, type Outcome, type WorkloadContext } from './context'
import { recordLinks } from './links'
import {
  largestBatchMeetingTpot,
  splitCapacity,
  splitTiming,
  tensorDegrees,
  type SplitCapacity,
  type SplitHardware,
  type SplitModel,
  type SplitWorkload
} from './inferenceSplit'
import {
  PLAIN_COMPUTE,
  QUANTIZATION,
  SIXTEEN_BIT_EMBEDDINGS_SOURCE,
  sixteenBitTensorsOf
} from './quantization'
import { requiredDefault } from '../workload-defaults'

const KIND = 'llm-inference'

export interface LlmInferenceResult {
  model: string
  /** Per replica (all its cards together) at `batchPerReplica` sequences. */
  memory: {
    weightsGB: number
    kvCacheGB: number
    activationsGB: number
    overheadGB: number
    totalGB: number
    kvCacheGiB: number
    totalGiB: number
  }
  /** One card of a replica at `batchPerReplica` sequences (what must fit). */
  memoryPerAccelerator: {
    weightsGB: number
    kvCacheGB: number
    activationsGB: number
    overheadGB: number
    totalGB: number
    /** The card's memory in decimal GB, and as the vendor publishes it. */
    capacityGB: number
    capacityAsShipped: number
    capacityUnit: 'GiB' | 'GB'
    usableGB: number
  }
  /** KV bytes per token for the whole model (all layers, all KV heads). */
  kvCacheBytesPerToken: number
  /** KV bytes per token held by ONE card (its layers; its KV heads, replicated beyond the count). */
  kvCacheBytesPerTokenPerAccelerator: number
  split: { tensor: number; pipeline: number; expert: number; chosen: 'auto' | 'given' }
  scaleUp: { fabric: string; accelerators: number; server: string }
  acceleratorsPerReplica: number
  /** Largest batch one replica holds at full context (KV capacity, scheduler cap). */
  maxBatchPerReplica: number
  /** Sequences one replica serves at once in this plan. */
  batchPerReplica: number
  /** Concurrent sequences across all replicas (given, or from Little's law). */
  concurrencyWholePlan: number
  replicas: number
  /** Whole plan. */
  accelerators: number
  /** Per replica. */
  prefillTokensPerSecond: number
  decodeTokensPerSecondPerSequence: number
  /** Per replica at `batchPerReplica`. */
  outputTokensPerSecond: number
  /** Whole plan. */
  outputTokensPerSecondWholePlan: number
  timeToFirstTokenMs: number
  timePerOutputTokenMs: number
  requestsPerSecondPerReplica: number | null
  meetsLatencyTargets: boolean | null
  hostMemoryGB: number
  /** Smallest standard card size (as shipped, GiB) on which ONE card holds one replica. */
  smallestFittingMemoryGB: number | null
}

const PRECISION_SOURCE =
  'Bytes per element at this precision (fp32 4, fp16/bf16 2, fp8/int8 1, int4 0.5)'

const SMALLEST_FITTING_SOURCE = `Smallest of the standard card sizes (${STANDARD_MEMORY_SIZES_GB.join(', ')}, as shipped) whose usable memory holds one replica on one card`

/** Largest pipeline degree tried (stages of at least one layer). */
const MAX_PIPELINE = 64

interface Candidate {
  capacity: SplitCapacity
  batch: number
  replicas: number
  totalCards: number
  tpot: number
  meetsLatency: boolean
  /** The batch is limited by KV capacity: more pipeline stages could hold more. */
  memoryBound: boolean
}

export function computeLlmInference(
  w: LlmInferenceWorkload,
  baseCtx: WorkloadContext
): Outcome<LlmInferenceResult> {
  // Object.assign, not spreads: V8 11 copies `{ ...object }` on a slow path, and compare mode
  // builds this context for every workload × candidate card (bench/core.bench.ts).
  const ctx: WorkloadContext = Object.assign({}, baseCtx, {
    overrides: Object.assign({}, baseCtx.overrides, { preset: frameworkPreset(w.framework) })
  })
  const format = w.quantization === undefined ? undefined : QUANTIZATION[w.quantization]
  const calc = new Calc(ctx, { kind: 'llm-inference', precision: w.weightPrecision })
  if (format && format.storageClass !== w.weightPrecision)
    calc.fail(['quantization'], 'quantizationMismatch', {
      format: w.quantization ?? '',
      precision: format.storageClass
    })
  const model = resolveLlm(calc, ctx.catalog, w.model)
  const arch = new LlmLookups(calc, model)
  const kvPrecision =
    w.kvPrecision ??
    requiredDefault<NonNullable<LlmInferenceWorkload['kvPrecision']>>(KIND, 'kvPrecision')
  if (w.kvPrecision === undefined) calc.noteDefault('kvPrecision', kvPrecision)
  const target = w.target

  // ---- inputs
  calc.input('contextTokens', w.contextTokens, 'tokens')
  // Figures computed past what the model can take are not figures to meet a target with.
  let trustworthy = true
  const maxContext = model.spec.maxContext
  if (maxContext !== undefined && w.contextTokens > maxContext) {
    trustworthy = false
    calc.warnSanity('contextExceedsModel', {
      field: 'contextTokens',
      value: w.contextTokens,
      maxContext,
      model: model.name
    })
  }
  const concurrencyGiven = w.concurrency
  calc.inputOrDefault(
    'concurrency',
    w.concurrency,
    requiredDefault<number>(KIND, 'concurrency'),
    'sequences'
  )
  if (target) {
    calc.input('requestsPerSecond', target.requestsPerSecond, 'requests/s')
    calc.input('inputTokens', target.inputTokens, 'tokens')
    calc.input('outputTokens', target.outputTokens, 'tokens')
  }

  // ---- architecture
  const params = arch.params()
  const activeParams = arch.activeParams()
  const why = 'kvCacheAndActivations'
  const layers = arch.required('layers', why)
  const hiddenSize = arch.required('hiddenSize', why)
  const attentionHeads = arch.required('attentionHeads', why)
  const headDim = arch.headDim()
  const ffnSize = arch.ffnSize()
  const attention =
    model.spec.attention ?? (model.spec.kvLoraRank !== undefined ? 'mla' : undefined)
  const experts = model.spec.experts ?? 1

  // ---- weights
  if (format?.bitsPerWeight === 'grouped' || (!format && w.weightPrecision === 'int4')) {
    calc.use('quantGroupSize')
    calc.use('quantScaleBits')
    calc.use('quantZeroBits')
    calc.f(
      'weightBytesPerParam',
      '(4 + (quantScaleBits + quantZeroBits) / quantGroupSize) / 8',
      'bytes/param',
      '(4 bits + group scale and zero bits ÷ group size) ÷ 8'
    )
  } else if (format && typeof format.bitsPerWeight === 'number') {
    calc.lookup('weightBytesPerParam', format.bitsPerWeight / 8, 'bytes/param', format.source)
  } else {
    calc.lookup(
      'weightBytesPerParam',
      BYTES_PER_ELEMENT[w.weightPrecision],
      'bytes/param',
      PRECISION_SOURCE
    )
  }
  const sixteenBit = sixteenBitTensorsOf(format)
  if (sixteenBit === 'embeddings' && model.spec.vocabSize !== undefined) {
    const tied = model.spec.tiedEmbeddings === true
    calc.lookup(
      'vocabSize',
      model.spec.vocabSize,
      'tokens',
      `${model.name} vocabSize: ${model.source}`
    )
    calc.lookup(
      'embeddingMatrices',
      tied ? 1 : 2,
      'matrices',
      tied
        ? `${model.name} ties its token embedding and LM head (one matrix)`
        : 'token embedding + LM head (untied)'
    )
    calc.f(
      'sixteenBitParams',
      'min(params, embeddingMatrices * vocabSize * hiddenSize)',
      'params',
      `embedding and LM head kept at 16 bits: ${SIXTEEN_BIT_EMBEDDINGS_SOURCE}`
    )
  } else {
    calc.lookup(
      'sixteenBitParams',
      0,
      'params',
      sixteenBit === 'embeddings'
        ? 'vocabSize not given: every weight counted at the format’s bytes'
        : 'every weight at the same bytes (16/32-bit model, or a GGUF mix whose bits per weight average over all tensors)'
    )
  }
  const weightsGB = calc.f(
    'weightsGB',
    '((params - sixteenBitParams) * weightBytesPerParam + sixteenBitParams * 2) / 1e9',
    'GB',
    'quantised weights + the tensors the format keeps at 16 bits (2 bytes)'
  )
  const untiedVocab =
    model.spec.vocabSize !== undefined && model.spec.tiedEmbeddings !== true
      ? model.spec.vocabSize
      : 0
  calc.lookup(
    'embeddingTableParams',
    untiedVocab * hiddenSize,
    'params',
    untiedVocab > 0
      ? 'vocabSize × hiddenSize: the input embedding table, separate from the LM head'
      : 'tied with the LM head (read every step as the head) or vocabSize not given'
  )
  calc.f(
    'embeddingTableGB',
    sixteenBit === 'embeddings' && untiedVocab > 0
      ? 'embeddingTableParams * 2 / 1e9'
      : 'embeddingTableParams * weightBytesPerParam / 1e9',
    'GB',
    'a decode step gathers one embedding row per token and never streams the table'
  )
  calc.f(
    'sixteenBitHeadGB',
    sixteenBit === 'embeddings' && untiedVocab > 0
      ? 'sixteenBitParams * 2 / 1e9 - embeddingTableGB'
      : 'sixteenBitParams * 2 / 1e9',
    'GB',
    'the LM head a quantised checkpoint keeps at 16 bits: read every step as stored'
  )

  // ---- KV cache (whole model, per token)
  const kvBytesPerElement = calc.lookup(
    'kvBytesPerElement',
    BYTES_PER_ELEMENT[kvPrecision],
    'bytes',
    PRECISION_SOURCE
  )
  let kvHeads = 0
  let mlaDims = 0
  if (attention === 'mla') {
    const mla = arch.mla()
    mlaDims = mla.kvLoraRank + mla.qkRopeHeadDim
    calc.f(
      'kvCacheBytesPerToken',
      'layers * (kvLoraRank + qkRopeHeadDim) * kvBytesPerElement',
      'bytes/token',
      'layers × (latent rank + decoupled RoPE dims) × bytes (MLA caches one compressed latent per token)'
    )
  } else {
    kvHeads = arch.kvHeads()
    calc.f(
      'kvCacheBytesPerToken',
      '2 * layers * kvHeads * headDim * kvBytesPerElement',
      'bytes/token',
      '2 (K and V) × layers × KV heads × head dim × bytes'
    )
  }
  calc.field('kvCacheBytesPerToken', 'kvCacheBytesPerToken')

  // ---- activations (peak per-layer working set while prefilling)
  calc.use('prefillChunkTokens')
  const activationTensorsLive = calc.use('activationTensorsLive')
  const activationBytesPerElement = calc.lookup(
    'activationBytesPerElement',
    w.weightPrecision === 'fp32' ? 4 : 2,
    'bytes',
    'Activations are kept in 16-bit (32-bit for fp32 models)'
  )
  const prefillTokensInFlight = calc.f(
    'prefillTokensInFlight',
    'min(contextTokens * concurrency, prefillChunkTokens)',
    'tokens'
  )

  // ---- one card
  const capacityGB = calc.memoryCapacityGB()
  calc.use('usableMemoryFraction')
  calc.use('runtimeOverheadGB')
  const usable = calc.f(
    'usableMemoryPerAcceleratorGB',
    'acceleratorMemoryGB * usableMemoryFraction - runtimeOverheadGB',
    'GB'
  )
  if (usable <= 0)
    calc.fail(['accelerator'], 'acceleratorTooSmall', { accelerator: ctx.accelerator.spec.name })
  const bandwidth = calc.spec('memoryBandwidthGBs', 'memoryBandwidthGBs', 'GB/s')
  const computePrecision: Precision = format ? format.compute : PLAIN_COMPUTE[w.weightPrecision]
  const peak = calc.peak(computePrecision).value
  const decodeEfficiency = calc.use('decodeBandwidthEfficiency')
  const decodeLayerOverhead = calc.use('decodeLayerOverheadUs')
  // Weight-only formats (int4, int8 with 16-bit compute) are unpacked and dequantised as they
  // are read: the kernels keep a smaller share of the bandwidth. 16-bit weights, FP8 and
  // W8A8 (int8 compute) stream as stored.
  const weightOnly =
    (w.weightPrecision === 'int4' || w.weightPrecision === 'int8') &&
    computePrecision !== w.weightPrecision
  const weightReadEfficiency = weightOnly
    ? (calc.use('weightOnlyDecodeEfficiency', { precision: w.weightPrecision }),
      calc.f(
        'weightReadEfficiency',
        'weightOnlyDecodeEfficiency',
        'fraction',
        'weight-only kernels dequantise on the fly'
      ))
    : calc.lookup(
        'weightReadEfficiency',
        1,
        'fraction',
        'weights read as stored, no on-the-fly dequantisation'
      )
  const prefillMfu = calc.use('prefillMfu', { precision: computePrecision })
  const maxSequences = calc.use('maxSequencesPerReplica')

  // ---- token counts for speed
  if (target) {
    calc.f('promptTokens', 'min(contextTokens, inputTokens)', 'tokens')
    calc.f('decodeContextTokens', 'min(contextTokens, inputTokens + outputTokens / 2)', 'tokens')
  } else {
    calc.f('promptTokens', 'contextTokens', 'tokens')
    calc.f(
      'decodeContextTokens',
      'contextTokens / 2',
      'tokens',
      'contextTokens ÷ 2 (average position while generating)'
    )
  }
  const prefillFlopsPerToken = calc.f(
    'prefillFlopsPerToken',
    '2 * activeParams + 2 * layers * promptTokens * attentionHeads * headDim',
    'FLOP/token',
    '2 × active params + attention (2 × layers × prompt length × heads × head dim)'
  )
  const decodeLinearFlopsPerToken = calc.f(
    'decodeLinearFlopsPerToken',
    '2 * activeParams',
    'FLOP/token',
    'matrix multiplies of one generated token; attention over the cache is bandwidth-bound and timed by its reads'
  )

  // ---- scale-up domain (from the server the card goes into) and link figures
  const spec = ctx.accelerator.spec
  const server = chooseServer(ctx.catalog, ctx.settings, ctx.accelerator)
  const links = recordLinks(calc)
  const fabric = links.fabric
  const domain = links.scaleUpAccelerators
  const scaleUpBandwidth = links.scaleUpBandwidthGBs
  const scaleUpLatency = links.scaleUpLatencyUs
  const scaleOutBandwidth = links.scaleOutBandwidthGBs
  const scaleOutLatency = links.scaleOutLatencyUs
  const hopLatency = calc.use('collectiveHopLatencyUs')

  // Grouped-query attention: query heads sharing a KV head may each re-read it.
  const groupSize = attention === 'mla' ? 1 : attentionHeads / Math.max(1, kvHeads)
  calc.lookup(
    'queryHeadsPerKvHead',
    groupSize,
    'heads',
    attention === 'mla' ? 'MLA: one latent per token, read once' : 'attentionHeads ÷ kvHeads'
  )
  calc.use('kvGroupReadShare')
  const kvReadFactor = calc.f(
    'kvReadFactor',
    '1 + kvGroupReadShare * (queryHeadsPerKvHead - 1)',
    '×',
    'KV bytes read per cached byte each decode step: once per KV head, plus the re-reads of per-query-head kernels'
  )
  const m: SplitModel = {
    params,
    activeParams,
    layers,
    hiddenSize,
    ffnSize,
    attentionHeads,
    kvHeads,
    headDim,
    mlaDims,
    kvBytesPerElement,
    kvReadFactor,
    activationBytesPerElement,
    weightsGB,
    embeddingTableGB: calc.d.value('embeddingTableGB'),
    sixteenBitHeadGB: calc.d.value('sixteenBitHeadGB'),
    prefillFlopsPerToken,
    decodeLinearFlopsPerToken
  }
  const hw: SplitHardware = {
    usableMemoryPerAcceleratorGB: usable,
    memoryBandwidthGBs: bandwidth,
    decodeBandwidthEfficiency: decodeEfficiency,
    weightReadEfficiency,
    decodeLayerOverheadUs: decodeLayerOverhead,
    computeFlopsPerSecond: peak * 1e12 * prefillMfu,
    scaleUpAccelerators: domain,
    scaleUpBandwidthGBs: scaleUpBandwidth,
    scaleUpLatencyUs: scaleUpLatency,
    scaleOutBandwidthGBs: scaleOutBandwidth,
    scaleOutLatencyUs: scaleOutLatency,
    collectiveHopLatencyUs: hopLatency
  }
  const sw: SplitWorkload = {
    contextTokens: w.contextTokens,
    promptTokens: calc.d.value('promptTokens'),
    decodeContextTokens: calc.d.value('decodeContextTokens'),
    prefillTokensInFlight,
    activationTensorsLive,
    maxSequencesPerReplica: maxSequences
  }

  // ---- the split search
  const forced = w.parallel ?? {}
  const multiNode = forced.multiNodeTensor === true
  if (forced.tensor !== undefined && forced.tensor > domain && !multiNode)
    calc.fail(['parallel', 'tensor'], 'tensorBeyondScaleUp', {
      tensor: forced.tensor,
      domain,
      server: server.name
    })
  const tensorOptions =
    forced.tensor !== undefined
      ? [forced.tensor]
      : tensorDegrees(m, multiNode ? Math.max(domain, 64) : domain)
  const pipelineOptions =
    forced.pipeline !== undefined
      ? [forced.pipeline]
      : Array.from({ length: Math.min(layers, MAX_PIPELINE) }, (_, i) => i + 1)
  // As engines deploy (vLLM, MindIE; docs/methodology.md "Inference split"): tensor parallel
  // across the cards of a server first, pipeline stages only once the tensor group is as wide
  // as the domain allows — never one-card stages inside a server. A planner's forced tensor
  // degree keeps every pipeline depth (their choice, e.g. for latency).
  const widestTensor = tensorOptions[tensorOptions.length - 1] ?? 1
  const pipelineAllowed = (tp: number, pp: number): boolean =>
    pp === 1 || forced.pipeline !== undefined || forced.tensor !== undefined || tp === widestTensor
  const totalConcurrency = concurrencyGiven ?? 1
  const evaluate = (capacity: SplitCapacity): Candidate | null => {
    if (capacity.maxBatch < 1) return null
    let batch: number
    let replicas: number
    let memoryBound: boolean
    if (target) {
      const limit =
        concurrencyGiven !== undefined
          ? Math.min(concurrencyGiven, capacity.maxBatch)
          : capacity.maxBatch
      batch =
        concurrencyGiven !== undefined
          ? limit
          : Math.max(
              1,
              largestBatchMeetingTpot(m, hw, sw, capacity, limit, target.maxTimePerOutputTokenMs)
            )
      const t = splitTiming(m, hw, sw, capacity, batch)
      const rps = replicaRequestRate(target, sw.promptTokens, t, batch)
      replicas = Math.ceil(target.requestsPerSecond / rps - 1e-9)
      memoryBound = batch === capacity.maxBatch && replicas > 1
    } else {
      replicas = Math.ceil(totalConcurrency / capacity.maxBatch)
      batch = Math.ceil(totalConcurrency / replicas)
      memoryBound = replicas > 1
    }
    const t = splitTiming(m, hw, sw, capacity, batch)
    const meetsLatency =
      (target?.maxTimeToFirstTokenMs === undefined ||
        t.timeToFirstTokenMs <= target.maxTimeToFirstTokenMs) &&
      (target?.maxTimePerOutputTokenMs === undefined ||
        t.timePerOutputTokenMs <= target.maxTimePerOutputTokenMs)
    return {
      capacity,
      batch,
      replicas,
      totalCards: replicas * capacity.accelerators,
      tpot: t.timePerOutputTokenMs,
      meetsLatency,
      memoryBound
    }
  }
  let best: Candidate | null = null
  const better = (a: Candidate, b: Candidate | null): boolean => {
    if (b === null) return true
    if (a.meetsLatency !== b.meetsLatency) return a.meetsLatency
    if (a.totalCards !== b.totalCards) return a.totalCards < b.totalCards
    if (a.capacity.accelerators !== b.capacity.accelerators)
      return a.capacity.accelerators < b.capacity.accelerators
    return a.tpot < b.tpot
  }
  for (const tp of tensorOptions) {
    for (const pp of pipelineOptions) {
      if (!pipelineAllowed(tp, pp)) break
      // A larger split cannot beat a plan that already needs fewer cards in total.
      if (best?.meetsLatency && tp * pp > best.totalCards) break
      const candidate = evaluate(splitCapacity(m, hw, sw, tp, pp))
      if (candidate && better(candidate, best)) best = candidate
      // More stages only add capacity (and hand-offs): once memory no longer binds, stop.
      if (candidate && !candidate.memoryBound) break
    }
  }
  const noSplitFits = (): never => {
    const widest = splitCapacity(
      m,
      hw,
      sw,
      tensorOptions[tensorOptions.length - 1] ?? 1,
      pipelineOptions[pipelineOptions.length - 1] ?? 1
    )
    return calc.fail(['accelerator'], 'modelDoesNotFit', {
      accelerator: spec.name,
      need: round(
        widest.weightsPerCardGB + widest.activationsPerCardGB + widest.kvPerSequencePerCardGB
      ),
      usable: round(usable),
      split: `${widest.tensor}×${widest.pipeline}`
    })
  }
  const winner: Candidate = best ?? noSplitFits()
  const chosen = winner.capacity
  const chosenBy = forced.tensor !== undefined && forced.pipeline !== undefined ? 'given' : 'auto'
  // The rule and its sources (docs/methodology.md "The split"), in the derivation itself.
  const autoNote =
    "auto: the split with the fewest cards in the whole plan that fits and meets the targets; tensor parallel inside one server's scale-up domain first, pipeline stages across servers only once it is full (vLLM Distributed Inference and Serving: tensor parallel size = GPUs per node, pipeline parallel size = nodes; MindIE 2.3 Tensor Parallelism and Multi-Node Inference: local tensor parallelism within a node, at most 4 Atlas 800I A2 nodes / 32 cards per instance)"
  calc.lookup(
    'tensorParallel',
    chosen.tensor,
    'accelerators',
    forced.tensor !== undefined ? 'Set on this workload' : autoNote
  )
  calc.lookup(
    'pipelineParallel',
    chosen.pipeline,
    'stages',
    forced.pipeline !== undefined ? 'Set on this workload' : autoNote
  )
  const expert = forced.expert ?? (experts > 1 ? chosen.tensor : 1)
  // A forced degree must split the experts (a dense model has one: only 1 is valid).
  if (expert > chosen.accelerators || experts % expert !== 0)
    calc.fail(['parallel', 'expert'], 'expertParallelInvalid', {
      expert,
      experts,
      accelerators: chosen.accelerators
    })
  calc.lookup(
    'expertParallel',
    expert,
    'accelerators',
    experts > 1
      ? forced.expert !== undefined
        ? 'Set on this workload'
        : 'experts spread whole over the tensor-parallel group (vLLM --enable-expert-parallel)'
      : 'dense model: no experts'
  )
  if (chosen.tensor > domain) {
    // Only when the planner allowed multi-node tensor parallelism: the figure rests on
    // scale-out collectives every layer, so the latency targets are not judged from it.
    trustworthy = false
    calc.warnSanity('replicaExceedsScaleUp', {
      field: 'parallel.tensor',
      accelerators: chosen.tensor,
      domain,
      server: server.name
    })
  }
  const perReplica = calc.f(
    'acceleratorsPerReplica',
    'tensorParallel * pipelineParallel',
    'accelerators'
  )
  calc.field('acceleratorsPerReplica', 'acceleratorsPerReplica')

  // ---- per card memory of the chosen split (the search's numbers, as formulas)
  calc.f('layersPerStage', 'ceil(layers / pipelineParallel)', 'layers')
  if (attention === 'mla') {
    calc.f(
      'kvCacheBytesPerTokenPerAccelerator',
      'layersPerStage * (kvLoraRank + qkRopeHeadDim) * kvBytesPerElement',
      'bytes/token',
      'MLA latent replicated on every tensor-parallel rank: layers of this stage × latent dims × bytes'
    )
  } else {
    calc.f(
      'kvHeadsPerAccelerator',
      'ceil(kvHeads / tensorParallel)',
      'heads',
      'KV heads split across tensor-parallel ranks, at least one whole head per rank (replicated beyond the KV-head count)'
    )
    calc.f(
      'kvCacheBytesPerTokenPerAccelerator',
      '2 * layersPerStage * kvHeadsPerAccelerator * headDim * kvBytesPerElement',
      'bytes/token'
    )
  }
  calc.field('kvCacheBytesPerTokenPerAccelerator', 'kvCacheBytesPerTokenPerAccelerator')
  calc.f('weightsPerAcceleratorGB', 'weightsGB / acceleratorsPerReplica', 'GB')
  calc.f(
    'activationsPerAcceleratorGB',
    'prefillTokensInFlight * (hiddenSize + ffnSize / tensorParallel) * activationTensorsLive * activationBytesPerElement / 1e9',
    'GB'
  )
  calc.f(
    'kvCachePerSequencePerAcceleratorGB',
    'kvCacheBytesPerTokenPerAccelerator * contextTokens / 1e9',
    'GB'
  )
  calc.f(
    'maxBatchPerReplica',
    'min(maxSequencesPerReplica, floor((usableMemoryPerAcceleratorGB - weightsPerAcceleratorGB - activationsPerAcceleratorGB) / kvCachePerSequencePerAcceleratorGB))',
    'sequences',
    'sequences whose full-context cache fits beside the weights on every card (capped by the scheduler)'
  )
  calc.field('maxBatchPerReplica', 'maxBatchPerReplica')

  // ---- batch, replicas, latency
  let requestsPerReplica: number | null = null
  let meetsLatency: boolean | null = null
  if (target) {
    if (concurrencyGiven !== undefined && concurrencyGiven > chosen.maxBatch)
      calc.warn('batchCappedByMemory', { given: concurrencyGiven, max: chosen.maxBatch })
    calc.lookup(
      'batchPerReplica',
      winner.batch,
      'sequences',
      concurrencyGiven !== undefined
        ? 'concurrency set per replica, at most maxBatchPerReplica'
        : 'largest batch ≤ maxBatchPerReplica whose time per output token meets the target'
    )
  } else {
    calc.f(
      'replicasForConcurrency',
      'ceil(concurrency / maxBatchPerReplica)',
      'replicas',
      'whole-plan concurrent sequences ÷ largest batch one replica holds'
    )
    calc.f('batchPerReplica', 'ceil(concurrency / replicasForConcurrency)', 'sequences')
  }
  calc.field('batchPerReplica', 'batchPerReplica')
  calc.f('kvCachePerAcceleratorGB', 'kvCachePerSequencePerAcceleratorGB * batchPerReplica', 'GB')
  calc.f(
    'memoryPerAcceleratorGB',
    'weightsPerAcceleratorGB + kvCachePerAcceleratorGB + activationsPerAcceleratorGB + runtimeOverheadGB',
    'GB'
  )
  calc.field('memoryPerAccelerator.totalGB', 'memoryPerAcceleratorGB')
  calc.field('memoryPerAccelerator.weightsGB', 'weightsPerAcceleratorGB')
  calc.field('memoryPerAccelerator.kvCacheGB', 'kvCachePerAcceleratorGB')
  calc.field('memoryPerAccelerator.activationsGB', 'activationsPerAcceleratorGB')
  calc.field('memoryPerAccelerator.usableGB', 'usableMemoryPerAcceleratorGB')
  calc.field('memoryPerAccelerator.capacityGB', 'acceleratorMemoryGB')

  // per replica totals
  calc.field('memory.weightsGB', 'weightsGB')
  calc.f('kvCacheGB', 'kvCacheBytesPerToken * contextTokens * batchPerReplica / 1e9', 'GB')
  calc.f('kvCacheGiB', 'kvCacheBytesPerToken * contextTokens * batchPerReplica / 2^30', 'GiB')
  calc.f(
    'kvCacheHeldGB',
    'kvCachePerAcceleratorGB * acceleratorsPerReplica',
    'GB',
    'cache held by all cards of a replica, replicated KV heads included'
  )
  calc.field('memory.kvCacheGB', 'kvCacheGB')
  calc.field('memory.kvCacheGiB', 'kvCacheGiB')
  calc.f('activationsGB', 'activationsPerAcceleratorGB * acceleratorsPerReplica', 'GB')
  calc.field('memory.activationsGB', 'activationsGB')
  calc.f('overheadGB', 'runtimeOverheadGB * acceleratorsPerReplica', 'GB')
  calc.field('memory.overheadGB', 'overheadGB')
  calc.f(
    'allocatedGB',
    'weightsGB + kvCacheHeldGB + activationsGB',
    'GB',
    'tensors only (what torch.cuda.max_memory_allocated counts): no runtime context or allocator reserve'
  )
  const totalGB = calc.f('totalGB', 'allocatedGB + overheadGB', 'GB')
  calc.f('totalGiB', 'totalGB * 1e9 / 2^30', 'GiB')
  calc.field('memory.totalGB', 'totalGB')
  calc.field('memory.totalGiB', 'totalGiB')

  // link figures of the chosen split
  calc.lookup(
    'tensorParallelBandwidthGBs',
    chosen.tensorBandwidthGBs,
    'GB/s',
    chosen.tensor <= domain ? 'inside the scale-up domain' : 'across servers (scale-out network)'
  )
  calc.lookup(
    'tensorParallelLatencyUs',
    chosen.tensorLatencyUs,
    'µs',
    chosen.tensor <= domain ? 'inside the scale-up domain' : 'across servers (scale-out network)'
  )
  calc.lookup(
    'pipelineBandwidthGBs',
    chosen.pipelineBandwidthGBs,
    'GB/s',
    chosen.accelerators <= domain
      ? 'inside the scale-up domain'
      : 'across servers (scale-out network)'
  )
  calc.lookup(
    'pipelineLatencyUs',
    chosen.pipelineLatencyUs,
    'µs',
    chosen.accelerators <= domain
      ? 'inside the scale-up domain'
      : 'across servers (scale-out network)'
  )
  const commFormula = (tokens: string) =>
    `2 * layers * ((tensorParallelLatencyUs + 2 * (tensorParallel - 1) * collectiveHopLatencyUs) / 1000 + 2 * (tensorParallel - 1) / tensorParallel * ${tokens} * hiddenSize * activationBytesPerElement / (tensorParallelBandwidthGBs * 1e9) * 1000) * min(1, tensorParallel - 1)`
  const ppFormula = (tokens: string) =>
    `(pipelineParallel - 1) * (pipelineLatencyUs / 1000 + ${tokens} * hiddenSize * activationBytesPerElement / (pipelineBandwidthGBs * 1e9) * 1000)`

  calc.f(
    'prefillCommMs',
    `${commFormula('promptTokens')} + ${ppFormula('promptTokens')}`,
    'ms',
    'two ring all-reduces per layer over the tensor-parallel group + stage-to-stage hand-offs'
  )
  const ttft = calc.f(
    'timeToFirstTokenMs',
    'promptTokens * prefillFlopsPerToken / (tensorParallel * peakTflops * 1e12 * prefillMfu) * 1000 + prefillCommMs',
    'ms'
  )
  calc.field('timeToFirstTokenMs', 'timeToFirstTokenMs')
  calc.f('prefillTokensPerSecond', 'promptTokens / timeToFirstTokenMs * 1000', 'tokens/s')
  calc.field('prefillTokensPerSecond', 'prefillTokensPerSecond')

  calc.f(
    'weightsReadPerStepGB',
    '(weightsGB - embeddingTableGB) / acceleratorsPerReplica * min(1, batchPerReplica * activeParams / params)',
    'GB',
    'weights one card reads each decode step, the input embedding table aside (MoE: only the experts the batch touches)'
  )
  calc.f(
    'kvReadPerStepGB',
    'kvCacheBytesPerTokenPerAccelerator * decodeContextTokens * batchPerReplica * kvReadFactor / 1e9',
    'GB'
  )
  // One decode step runs the linear layers (weights streamed once for the whole batch, their
  // FLOPs growing with it: the slower of the two) and then attention over each sequence's cache
  // (bandwidth-bound at every batch: no weight reuse across sequences). The two are separate
  // kernels, so their times add; a single roofline over all bytes hides the cache reads once
  // the batch makes the linear layers compute-bound (per-operator roofline: Yuan et al.,
  // "LLM Inference Unveiled", arXiv 2402.16363 §3; Splitwise, arXiv 2311.18677 §3).
  calc.f(
    'decodeWeightsMs',
    'pipelineParallel * ((weightsReadPerStepGB - sixteenBitHeadGB / acceleratorsPerReplica) / weightReadEfficiency + sixteenBitHeadGB / acceleratorsPerReplica) / (memoryBandwidthGBs * decodeBandwidthEfficiency) * 1000',
    'ms',
    'weight bytes each card reads per step ÷ effective bandwidth, stages one after another'
  )
  calc.f(
    'decodeKvMs',
    'pipelineParallel * kvReadPerStepGB / (memoryBandwidthGBs * decodeBandwidthEfficiency) * 1000',
    'ms',
    'cache bytes each card reads per step (attention) ÷ effective bandwidth'
  )
  calc.f(
    'decodeMemoryMs',
    'decodeWeightsMs + decodeKvMs',
    'ms',
    'bytes each card reads per step ÷ effective bandwidth, stages one after another'
  )
  calc.f(
    'decodeComputeMs',
    'batchPerReplica * decodeLinearFlopsPerToken / (tensorParallel * peakTflops * 1e12 * prefillMfu) * 1000',
    'ms'
  )
  calc.f(
    'decodeCommMs',
    `${commFormula('batchPerReplica')} + ${ppFormula('batchPerReplica')}`,
    'ms'
  )
  const tpot = calc.f(
    'timePerOutputTokenMs',
    'max(decodeWeightsMs, decodeComputeMs) + decodeKvMs + layers * decodeLayerOverheadUs / 1000 + decodeCommMs',
    'ms',
    'linear layers (weight reads or their FLOPs, the slower) + attention cache reads + fixed per-layer time + collectives'
  )
  calc.field('timePerOutputTokenMs', 'timePerOutputTokenMs')
  if (calc.d.value('decodeComputeMs') > calc.d.value('decodeWeightsMs'))
    calc.warn('decodeComputeBound')
  const perSequence = calc.f(
    'decodeTokensPerSecondPerSequence',
    '1000 / timePerOutputTokenMs',
    'tokens/s'
  )
  calc.field('decodeTokensPerSecondPerSequence', 'decodeTokensPerSecondPerSequence')
  const output = calc.f(
    'outputTokensPerSecond',
    'decodeTokensPerSecondPerSequence * batchPerReplica',
    'tokens/s'
  )
  calc.field('outputTokensPerSecond', 'outputTokensPerSecond')

  // ---- replicas
  if (target) {
    requestsPerReplica = calc.f(
      'requestsPerSecondPerReplica',
      '1 / (inputTokens / prefillTokensPerSecond + outputTokens / outputTokensPerSecond)',
      'requests/s',
      '1 ÷ (prefill time + decode time per request at this batch)'
    )
    calc.field('requestsPerSecondPerReplica', 'requestsPerSecondPerReplica')
    calc.f('replicas', 'ceil(requestsPerSecond / requestsPerSecondPerReplica)', 'replicas')
    calc.f(
      'concurrencyWholePlan',
      'requestsPerSecond * (timeToFirstTokenMs + outputTokens * timePerOutputTokenMs) / 1000',
      'sequences',
      "Little's law: request rate × time each request is in flight"
    )
    meetsLatency = true
    if (target.maxTimeToFirstTokenMs !== undefined && ttft > target.maxTimeToFirstTokenMs) {
      meetsLatency = false
      calc.warn('ttftNotMet', { value: round(ttft), target: target.maxTimeToFirstTokenMs })
    }
    if (target.maxTimePerOutputTokenMs !== undefined && tpot > target.maxTimePerOutputTokenMs) {
      meetsLatency = false
      calc.warn('tpotNotMet', { value: round(tpot), target: target.maxTimePerOutputTokenMs })
    }
  } else {
    calc.f('replicas', 'replicasForConcurrency', 'replicas')
    calc.f('concurrencyWholePlan', 'concurrency', 'sequences')
  }
  calc.field('replicas', 'replicas')
  calc.field('concurrencyWholePlan', 'concurrencyWholePlan')
  const accelerators = calc.f('accelerators', 'replicas * acceleratorsPerReplica', 'accelerators')
  calc.field('accelerators', 'accelerators')
  const outputWholePlan = calc.f(
    'outputTokensPerSecondWholePlan',
    'outputTokensPerSecond * replicas',
    'tokens/s'
  )
  calc.field('outputTokensPerSecondWholePlan', 'outputTokensPerSecondWholePlan')

  // ---- smallest standard card (GiB as shipped) on which one card holds the replica
  const oneCardNeed =
    weightsGB +
    calc.d.value('kvCacheGB') +
    (prefillTokensInFlight *
      (hiddenSize + ffnSize) *
      activationTensorsLive *
      activationBytesPerElement) /
      1e9
  const fraction = calc.d.value('usableMemoryFraction')
  const overhead = calc.d.value('runtimeOverheadGB')
  const standard =
    STANDARD_MEMORY_SIZES_GB.find(
      (size) => ((size * 2 ** 30) / 1e9) * fraction - overhead >= oneCardNeed
    ) ?? null
  if (standard !== null) {
    calc.lookup(
      'smallestFittingMemoryGB',
      standard,
      'GiB',
      SMALLEST_FITTING_SOURCE,
      `smallest standard size holding ${oneCardNeed.toFixed(2)} GB`
    )
    calc.field('smallestFittingMemoryGB', 'smallestFittingMemoryGB')
  }
  if (!calc.plausibleTotal(accelerators)) trustworthy = false
  // Never "targets met" from a figure that cannot be trusted: unknown instead.
  if (meetsLatency === true && !trustworthy) meetsLatency = null

  // ---- host RAM to load the checkpoint
  calc.use('hostCheckpointBytesPerParam')
  calc.use('hostRuntimeOverheadGB')
  calc.f(
    'hostMemoryGB',
    'params * max(hostCheckpointBytesPerParam, weightBytesPerParam) / 1e9 + hostRuntimeOverheadGB',
    'GB',
    'checkpoint size (fp16, or larger weights) + runtime'
  )
  calc.field('hostMemoryGB', 'hostMemoryGB')

  const v = (id: string) => calc.d.value(id)
  const perCardTotal = v('memoryPerAcceleratorGB')
  return calc.outcome<LlmInferenceResult>(
    {
      model: model.id ?? model.name,
      memory: {
        weightsGB,
        kvCacheGB: v('kvCacheGB'),
        activationsGB: v('activationsGB'),
        overheadGB: v('overheadGB'),
        totalGB,
        kvCacheGiB: v('kvCacheGiB'),
        totalGiB: v('totalGiB')
      },
      memoryPerAccelerator: {
        weightsGB: v('weightsPerAcceleratorGB'),
        kvCacheGB: v('kvCachePerAcceleratorGB'),
        activationsGB: v('activationsPerAcceleratorGB'),
        overheadGB: v('runtimeOverheadGB'),
        totalGB: perCardTotal,
        capacityGB,
        capacityAsShipped: v('acceleratorMemoryAsShipped'),
        capacityUnit: memoryUnitOf(spec),
        usableGB: usable
      },
      kvCacheBytesPerToken: v('kvCacheBytesPerToken'),
      kvCacheBytesPerTokenPerAccelerator: v('kvCacheBytesPerTokenPerAccelerator'),
      split: { tensor: chosen.tensor, pipeline: chosen.pipeline, expert, chosen: chosenBy },
      scaleUp: { fabric, accelerators: domain, server: server.id },
      acceleratorsPerReplica: perReplica,
      maxBatchPerReplica: v('maxBatchPerReplica'),
      batchPerReplica: v('batchPerReplica'),
      concurrencyWholePlan: v('concurrencyWholePlan'),
      replicas: v('replicas'),
      accelerators,
      prefillTokensPerSecond: v('prefillTokensPerSecond'),
      decodeTokensPerSecondPerSequence: perSequence,
      outputTokensPerSecond: output,
      outputTokensPerSecondWholePlan: outputWholePlan,
      timeToFirstTokenMs: ttft,
      timePerOutputTokenMs: tpot,
      requestsPerSecondPerReplica: requestsPerReplica,
      meetsLatencyTargets: meetsLatency,
      hostMemoryGB: v('hostMemoryGB'),
      smallestFittingMemoryGB: standard
    },
    {
      accelerators,
      outputTokensPerSecond: output,
      decodeTokensPerSecondPerSequence: perSequence,
      prefillTokensPerSecond: v('prefillTokensPerSecond'),
      timeToFirstTokenMs: ttft,
      timePerOutputTokenMs: tpot,
      totalGB,
      allocatedGB: v('allocatedGB'),
      memoryPerAcceleratorGB: perCardTotal,
      maxBatchPerReplica: v('maxBatchPerReplica'),
      replicas: v('replicas')
    }
  )
}

function replicaRequestRate(
  target: NonNullable<LlmInferenceWorkload['target']>,
  promptTokens: number,
  t: { timeToFirstTokenMs: number; timePerOutputTokenMs: number },
  batch: number
): number {
  const prefillTps = (promptTokens / t.timeToFirstTokenMs) * 1000
  const outputTps = (batch / t.timePerOutputTokenMs) * 1000
  return 1 / (target.inputTokens / prefillTps + target.outputTokens / outputTps)
}

function round(x: number): number {
  return Math.round(x * 10) / 10
}
