/**
 * LLM inference: memory to hold one replica (weights + KV cache + activations + runtime),
 * cards per replica (tensor parallel), prefill (compute-bound) and decode
 * (memory-bandwidth-bound) speed, replicas for a request rate, and host RAM to load.
 */
import type { LlmInferenceWorkload, Precision, WeightPrecision } from '../../schema/plan'
import { STANDARD_MEMORY_SIZES_GB, BYTES_PER_ELEMENT } from '../units'
import { LlmLookups, resolveLlm } from '../models'
import { Calc, type Outcome, type WorkloadContext } from './context'
import { requiredDefault } from '../workload-defaults'
import { chooseServer } from '../rollup'

const KIND = 'llm-inference'

export interface LlmInferenceResult {
  model: string
  memory: {
    weightsGB: number
    kvCacheGB: number
    activationsGB: number
    overheadGB: number
    totalGB: number
    kvCacheGiB: number
    totalGiB: number
  }
  kvCacheBytesPerToken: number
  acceleratorsPerReplica: number
  replicas: number
  accelerators: number
  prefillTokensPerSecond: number
  decodeTokensPerSecondPerSequence: number
  outputTokensPerSecond: number
  timeToFirstTokenMs: number
  timePerOutputTokenMs: number
  requestsPerSecondPerReplica: number | null
  meetsLatencyTargets: boolean | null
  hostMemoryGB: number
  smallestFittingMemoryGB: number | null
}

/** Weight-only quantisation (GPTQ/AWQ int4, int8) computes in 16-bit; fp8 can use fp8 units. */
const COMPUTE_PRECISION: Record<WeightPrecision, Precision> = {
  fp32: 'fp32',
  fp16: 'fp16',
  bf16: 'bf16',
  fp8: 'fp8',
  int8: 'fp16',
  int4: 'fp16'
}

const PRECISION_SOURCE =
  'Bytes per element at this precision (fp32 4, fp16/bf16 2, fp8/int8 1, int4 0.5)'

export function computeLlmInference(
  w: LlmInferenceWorkload,
  ctx: WorkloadContext
): Outcome<LlmInferenceResult> {
  const calc = new Calc(ctx, { kind: 'llm-inference', precision: w.weightPrecision })
  const model = resolveLlm(calc, ctx.catalog, w.model)
  const arch = new LlmLookups(calc, model)
  const kvPrecision = w.kvPrecision ?? requiredDefault<WeightPrecision>(KIND, 'kvPrecision')
  if (w.kvPrecision === undefined) calc.noteDefault('kvPrecision', kvPrecision)

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
  calc.inputOrDefault(
    'concurrency',
    w.concurrency,
    requiredDefault<number>(KIND, 'concurrency'),
    'sequences'
  )
  if (w.target) {
    calc.input('requestsPerSecond', w.target.requestsPerSecond, 'requests/s')
    calc.input('inputTokens', w.target.inputTokens, 'tokens')
    calc.input('outputTokens', w.target.outputTokens, 'tokens')
  }

  // ---- architecture
  arch.params()
  arch.activeParams()
  const why = 'KV cache and activations'
  arch.required('layers', why)
  arch.required('hiddenSize', why)
  arch.required('attentionHeads', why)
  arch.headDim()
  arch.ffnSize()
  const attention =
    model.spec.attention ?? (model.spec.kvLoraRank !== undefined ? 'mla' : undefined)

  // ---- weights
  if (w.weightPrecision === 'int4') {
    calc.use('quantGroupSize')
    calc.use('quantScaleBits')
    calc.use('quantZeroBits')
    calc.f(
      'weightBytesPerParam',
      '(4 + (quantScaleBits + quantZeroBits) / quantGroupSize) / 8',
      'bytes/param',
      '(4 bits + group scale and zero bits ÷ group size) ÷ 8'
    )
  } else {
    calc.lookup(
      'weightBytesPerParam',
      BYTES_PER_ELEMENT[w.weightPrecision],
      'bytes/param',
      PRECISION_SOURCE
    )
  }
  calc.f('weightsGB', 'params * weightBytesPerParam / 1e9', 'GB')
  calc.field('memory.weightsGB', 'weightsGB')

  // ---- KV cache
  calc.lookup('kvBytesPerElement', BYTES_PER_ELEMENT[kvPrecision], 'bytes', PRECISION_SOURCE)
  if (attention === 'mla') {
    arch.mla()
    calc.f(
      'kvCacheBytesPerToken',
      'layers * (kvLoraRank + qkRopeHeadDim) * kvBytesPerElement',
      'bytes/token',
      'layers × (latent rank + decoupled RoPE dims) × bytes (MLA caches one compressed latent per token)'
    )
  } else {
    arch.kvHeads()
    calc.f(
      'kvCacheBytesPerToken',
      '2 * layers * kvHeads * headDim * kvBytesPerElement',
      'bytes/token',
      '2 (K and V) × layers × KV heads × head dim × bytes'
    )
  }
  calc.field('kvCacheBytesPerToken', 'kvCacheBytesPerToken')
  calc.f('kvCacheGB', 'kvCacheBytesPerToken * contextTokens * concurrency / 1e9', 'GB')
  calc.f('kvCacheGiB', 'kvCacheBytesPerToken * contextTokens * concurrency / 2^30', 'GiB')
  calc.field('memory.kvCacheGB', 'kvCacheGB')
  calc.field('memory.kvCacheGiB', 'kvCacheGiB')

  // ---- activations (peak per-layer working set while prefilling)
  calc.use('prefillChunkTokens')
  calc.use('activationTensorsLive')
  calc.lookup(
    'activationBytesPerElement',
    w.weightPrecision === 'fp32' ? 4 : 2,
    'bytes',
    'Activations are kept in 16-bit (32-bit for fp32 models)'
  )
  calc.f('prefillTokensInFlight', 'min(contextTokens * concurrency, prefillChunkTokens)', 'tokens')
  calc.f(
    'activationsGB',
    'prefillTokensInFlight * (hiddenSize + ffnSize) * activationTensorsLive * activationBytesPerElement / 1e9',
    'GB'
  )
  calc.field('memory.activationsGB', 'activationsGB')

  // ---- cards per replica
  calc.spec('memoryGB', 'acceleratorMemoryGB', 'GB')
  calc.use('usableMemoryFraction')
  calc.use('runtimeOverheadGB')
  calc.f('shardableMemoryGB', 'weightsGB + kvCacheGB + activationsGB', 'GB')
  const perCard = calc.f(
    'usableMemoryPerAcceleratorGB',
    'acceleratorMemoryGB * usableMemoryFraction - runtimeOverheadGB',
    'GB'
  )
  if (perCard <= 0)
    calc.fail(['accelerator'], 'acceleratorTooSmall', { accelerator: ctx.accelerator.spec.name })
  const minimum = calc.f(
    'minimumAcceleratorsForMemory',
    'ceil(shardableMemoryGB / usableMemoryPerAcceleratorGB)',
    'accelerators'
  )
  const perReplica = nextPowerOfTwo(minimum)
  calc.lookup(
    'acceleratorsPerReplica',
    perReplica,
    'accelerators',
    'Tensor-parallel sizes are powers of two (1, 2, 4, 8, …) so attention heads split evenly',
    `next power of two ≥ ${minimum}`
  )
  calc.field('acceleratorsPerReplica', 'acceleratorsPerReplica')
  // Tensor parallelism runs over the scale-up domain (NVLink, HCCS) of one server; beyond it
  // the tensorParallelEfficiency assumption no longer holds.
  const server = chooseServer(ctx.catalog, ctx.settings, ctx.accelerator)
  if (perReplica > server.acceleratorsPerServer) {
    trustworthy = false
    calc.warnSanity('replicaExceedsScaleUp', {
      field: 'acceleratorsPerReplica',
      accelerators: perReplica,
      domain: server.acceleratorsPerServer,
      server: server.name
    })
  }
  calc.f('overheadGB', 'runtimeOverheadGB * acceleratorsPerReplica', 'GB')
  calc.field('memory.overheadGB', 'overheadGB')
  const totalGB = calc.f('totalGB', 'weightsGB + kvCacheGB + activationsGB + overheadGB', 'GB')
  calc.f('totalGiB', 'totalGB * 1e9 / 2^30', 'GiB')
  calc.field('memory.totalGB', 'totalGB')
  calc.field('memory.totalGiB', 'totalGiB')
  const standard = STANDARD_MEMORY_SIZES_GB.find((size) => size >= totalGB) ?? null
  if (standard !== null) {
    calc.lookup(
      'smallestFittingMemoryGB',
      standard,
      'GB',
      `Smallest of the standard card sizes (${STANDARD_MEMORY_SIZES_GB.join(', ')} GB) ≥ total`,
      `smallest standard size ≥ ${totalGB.toFixed(2)} GB`
    )
    calc.field('smallestFittingMemoryGB', 'smallestFittingMemoryGB')
  }

  // ---- speed
  calc.spec('memoryBandwidthGBs', 'memoryBandwidthGBs', 'GB/s')
  calc.peak(COMPUTE_PRECISION[w.weightPrecision])
  calc.use('decodeBandwidthEfficiency')
  calc.use('prefillMfu')
  calc.use('tensorParallelEfficiency')
  calc.f('parallelSpeedup', '1 + (acceleratorsPerReplica - 1) * tensorParallelEfficiency', 'x')
  if (w.target) {
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
  calc.f(
    'prefillFlopsPerToken',
    '2 * activeParams + 2 * layers * promptTokens * attentionHeads * headDim',
    'FLOP/token',
    '2 × active params + attention (2 × layers × prompt length × heads × head dim)'
  )
  calc.f(
    'prefillTokensPerSecond',
    'peakTflops * 1e12 * prefillMfu * parallelSpeedup / prefillFlopsPerToken',
    'tokens/s'
  )
  calc.field('prefillTokensPerSecond', 'prefillTokensPerSecond')

  calc.f(
    'weightsReadPerStepGB',
    'weightsGB * min(1, concurrency * activeParams / params)',
    'GB',
    'weights read each decode step (MoE: only the experts the batch touches)'
  )
  calc.f('kvReadPerStepGB', 'kvCacheBytesPerToken * decodeContextTokens * concurrency / 1e9', 'GB')
  calc.f(
    'decodeStepsPerSecondMemory',
    'memoryBandwidthGBs * decodeBandwidthEfficiency * parallelSpeedup / (weightsReadPerStepGB + kvReadPerStepGB)',
    'steps/s',
    'effective bandwidth ÷ bytes read per decode step'
  )
  calc.f(
    'decodeFlopsPerToken',
    '2 * activeParams + 4 * layers * decodeContextTokens * attentionHeads * headDim',
    'FLOP/token'
  )
  calc.f(
    'decodeStepsPerSecondCompute',
    'peakTflops * 1e12 * prefillMfu * parallelSpeedup / (decodeFlopsPerToken * concurrency)',
    'steps/s'
  )
  const perSequence = calc.f(
    'decodeTokensPerSecondPerSequence',
    'min(decodeStepsPerSecondMemory, decodeStepsPerSecondCompute)',
    'tokens/s'
  )
  calc.field('decodeTokensPerSecondPerSequence', 'decodeTokensPerSecondPerSequence')
  if (calc.d.value('decodeStepsPerSecondCompute') < calc.d.value('decodeStepsPerSecondMemory'))
    calc.warn('decodeComputeBound')
  const output = calc.f(
    'outputTokensPerSecond',
    'decodeTokensPerSecondPerSequence * concurrency',
    'tokens/s'
  )
  calc.field('outputTokensPerSecond', 'outputTokensPerSecond')
  const ttft = calc.f('timeToFirstTokenMs', 'promptTokens / prefillTokensPerSecond * 1000', 'ms')
  const tpot = calc.f('timePerOutputTokenMs', '1000 / decodeTokensPerSecondPerSequence', 'ms')
  calc.field('timeToFirstTokenMs', 'timeToFirstTokenMs')
  calc.field('timePerOutputTokenMs', 'timePerOutputTokenMs')

  // ---- replicas for a request rate
  let requestsPerReplica: number | null = null
  let meetsLatency: boolean | null = null
  if (w.target) {
    requestsPerReplica = calc.f(
      'requestsPerSecondPerReplica',
      '1 / (inputTokens / prefillTokensPerSecond + outputTokens / outputTokensPerSecond)',
      'requests/s',
      '1 ÷ (prefill time + decode time per request at this concurrency)'
    )
    calc.field('requestsPerSecondPerReplica', 'requestsPerSecondPerReplica')
    calc.f('replicas', 'ceil(requestsPerSecond / requestsPerSecondPerReplica)', 'replicas')
    meetsLatency = true
    if (w.target.maxTimeToFirstTokenMs !== undefined && ttft > w.target.maxTimeToFirstTokenMs) {
      meetsLatency = false
      calc.warn('ttftNotMet', { value: round(ttft), target: w.target.maxTimeToFirstTokenMs })
    }
    if (w.target.maxTimePerOutputTokenMs !== undefined && tpot > w.target.maxTimePerOutputTokenMs) {
      meetsLatency = false
      calc.warn('tpotNotMet', { value: round(tpot), target: w.target.maxTimePerOutputTokenMs })
    }
  } else {
    calc.lookup(
      'replicas',
      1,
      'replicas',
      'No request-rate target: one replica',
      '1 (no target given)'
    )
  }
  calc.field('replicas', 'replicas')
  const accelerators = calc.f('accelerators', 'replicas * acceleratorsPerReplica', 'accelerators')
  calc.field('accelerators', 'accelerators')
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
  return calc.outcome<LlmInferenceResult>(
    {
      model: model.id ?? model.name,
      memory: {
        weightsGB: v('weightsGB'),
        kvCacheGB: v('kvCacheGB'),
        activationsGB: v('activationsGB'),
        overheadGB: v('overheadGB'),
        totalGB,
        kvCacheGiB: v('kvCacheGiB'),
        totalGiB: v('totalGiB')
      },
      kvCacheBytesPerToken: v('kvCacheBytesPerToken'),
      acceleratorsPerReplica: perReplica,
      replicas: v('replicas'),
      accelerators,
      prefillTokensPerSecond: v('prefillTokensPerSecond'),
      decodeTokensPerSecondPerSequence: perSequence,
      outputTokensPerSecond: output,
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
      totalGB
    }
  )
}

function nextPowerOfTwo(n: number): number {
  let p = 1
  while (p < n) p *= 2
  return p
}

function round(x: number): number {
  return Math.round(x * 10) / 10
}
