/**
 * LLM training: model FLOPs 6·N·D (active parameters for MoE), hardware FLOPs with
 * recomputation (full recompute adds a forward pass: 8·N·D), time from MFU or a measured
 * throughput, per-card memory under ZeRO / tensor / pipeline sharding, and energy.
 */
import type { LlmTrainingWorkload, RECOMPUTE_MODES, TRAINING_PRECISIONS } from '../../schema/plan'
import { defaultOptimizer, requiredDefault } from '../workload-defaults'
import { LlmLookups, resolveLlm } from '../models'
import type { LlmSpec } from '../../schema/plan'
import { predictTrainingMfu, type MfuPrediction } from '../trainingMfu'
import { Calc, type Outcome, type WorkloadContext } from './context'
import { suggestLayout } from './trainingLayout'
import {
  layoutGiven,
  MFU_LAYOUT_EFFICIENCY,
  MFU_LAYOUT_SOURCE,
  recordTrainingCommunication,
  type TrainingCommunication
} from './trainingParallel'

const KIND = 'llm-training'
type TrainingPrecision = (typeof TRAINING_PRECISIONS)[number]
type RecomputeMode = (typeof RECOMPUTE_MODES)[number]

export interface LlmTrainingResult {
  model: string
  tokens: number
  totalFlops: number
  hardwareFlops: number
  pfDays: number
  acceleratorHours: number
  /** Wall-clock days (productive days ÷ goodput). */
  days: number
  /** Productive training days: accelerator-hours ÷ accelerators ÷ 24. */
  computeDays: number
  accelerators: number
  achievedMfu: number
  memoryPerAcceleratorGB: {
    weights: number
    gradients: number
    optimizerStates: number
    modelStates: number
    activations: number | null
    total: number
  }
  fitsInMemory: boolean
  minimumModelParallel: number
  energyMWh: number | null
  /** The stated layout's step time and efficiency; null when no layout is given. */
  communication: TrainingCommunication | null
}

/** Bytes per parameter for weights, gradients and optimizer states (ZeRO paper §3.1). */
const OPTIMIZER_BYTES = {
  'adam-mixed': { weights: 2, gradients: 2, optimizer: 12 },
  'adam-fp32': { weights: 4, gradients: 4, optimizer: 8 },
  'sgd-mixed': { weights: 2, gradients: 2, optimizer: 8 }
} as const
const OPTIMIZER_SOURCE =
  'ZeRO paper (Rajbhandari et al., arXiv 1910.02054) §3.1: mixed-precision Adam keeps fp16 weights (2) and gradients (2) plus fp32 master weights, momentum and variance (12)'

/** Korthikanti et al. (arXiv 2205.05198) §4: activation bytes per layer per token ÷ hidden. */
const ACTIVATION_SOURCE =
  'Korthikanti et al., "Reducing Activation Recomputation in Large Transformer Models" (arXiv 2205.05198) eq. 1-2'

export function computeLlmTraining(
  w: LlmTrainingWorkload,
  ctx: WorkloadContext
): Outcome<LlmTrainingResult> {
  const precision = w.precision ?? requiredDefault<TrainingPrecision>(KIND, 'precision')
  const calc = new Calc(ctx, { kind: 'llm-training', precision, language: w.corpus?.language })
  if (w.precision === undefined) calc.noteDefault('precision', precision)
  const model = resolveLlm(calc, ctx.catalog, w.model)
  const arch = new LlmLookups(calc, model)

  // ---- tokens
  if (w.tokens !== undefined) {
    calc.input('tokensGiven', w.tokens, 'tokens')
    calc.f('tokens', 'tokensGiven', 'tokens')
  } else if (w.corpus) {
    calc.input('corpusGigabytes', w.corpus.gigabytes, 'GB')
    calc.use('corpusBytesPerToken')
    calc.f('tokens', 'corpusGigabytes * 1e9 / corpusBytesPerToken', 'tokens')
  }
  calc.field('tokens', 'tokens')

  // ---- compute
  arch.params()
  arch.activeParams()
  const totalFlops = calc.f(
    'totalFlops',
    '6 * activeParams * tokens',
    'FLOP',
    '6 × active params × tokens'
  )
  calc.field('totalFlops', 'totalFlops')
  const recompute = w.recompute ?? requiredDefault<RecomputeMode>(KIND, 'recompute')
  if (w.recompute === undefined) calc.noteDefault('recompute', recompute)
  if (recompute === 'full') {
    calc.f(
      'recomputeMultiplier',
      '8 / 6',
      'x',
      '8 ÷ 6: full recomputation repeats the forward pass'
    )
  } else if (recompute === 'selective') {
    calc.use('selectiveRecomputeOverhead')
    calc.f('recomputeMultiplier', '1 + selectiveRecomputeOverhead', 'x')
  } else {
    calc.lookup('recomputeMultiplier', 1, 'x', 'No recomputation: hardware FLOPs = model FLOPs')
  }
  calc.f('hardwareFlops', 'totalFlops * recomputeMultiplier', 'FLOP')
  calc.field('hardwareFlops', 'hardwareFlops')
  calc.f('pfDays', 'totalFlops / (1e15 * 86400)', 'PF/s-days')
  calc.field('pfDays', 'pfDays')

  // ---- layout and optimizer bytes (memory and communication both read them)
  const optimizer = w.optimizer ?? defaultOptimizer(precision)
  if (w.optimizer === undefined) calc.noteDefault('optimizer', optimizer)
  const bytes = OPTIMIZER_BYTES[optimizer]
  calc.lookup('weightBytesPerParam', bytes.weights, 'bytes/param', OPTIMIZER_SOURCE)
  calc.lookup('gradientBytesPerParam', bytes.gradients, 'bytes/param', OPTIMIZER_SOURCE)
  calc.lookup('optimizerBytesPerParam', bytes.optimizer, 'bytes/param', OPTIMIZER_SOURCE)
  calc.inputOrDefault(
    'tensorParallel',
    w.parallelism?.tensor,
    requiredDefault<number>(KIND, 'parallelism.tensor'),
    'accelerators',
    'parallelism.tensor'
  )
  calc.inputOrDefault(
    'pipelineParallel',
    w.parallelism?.pipeline,
    requiredDefault<number>(KIND, 'parallelism.pipeline'),
    'accelerators',
    'parallelism.pipeline'
  )
  calc.f('modelParallel', 'tensorParallel * pipelineParallel', 'accelerators')

  // ---- throughput per card (model FLOPs/s), from the most specific figure given
  calc.peak(precision)
  calc.use('trainingGoodput')
  let communication: TrainingCommunication | null = null
  const tokensPerSecond = calc.useOptional('tokensPerSecondPerAccelerator')
  const achieved =
    tokensPerSecond === undefined ? calc.useOptional('achievedTflopsPerAccelerator') : undefined
  if (tokensPerSecond !== undefined) {
    calc.f(
      'effectiveTflopsPerAccelerator',
      '6 * activeParams * tokensPerSecondPerAccelerator / 1e12',
      'TFLOP/s'
    )
  } else if (achieved !== undefined) {
    calc.f(
      'effectiveTflopsPerAccelerator',
      'achievedTflopsPerAccelerator / recomputeMultiplier',
      'TFLOP/s',
      'measured hardware TFLOP/s ÷ recompute multiplier = useful (model) TFLOP/s'
    )
  } else {
    attentionFlopsPerToken(calc, arch, model.spec, w.sequenceLength)
    calc.f(
      'modelFlopsShare',
      '6 * activeParams / (6 * activeParams + attentionFlopsPerToken)',
      'fraction',
      '6N ÷ (6N + attention FLOPs per token): MFU counts attention (PaLM appendix B), 6·N·D does not'
    )
    const prediction = predictMfu(calc, w, precision, recompute)
    calc.useModelled('mfu', prediction)
    if (layoutGiven(w) && hasLayerDimensions(model.spec)) {
      // A stated layout: its communication and pipeline bubble are timed from the links.
      calc.lookup('mfuLayoutEfficiency', MFU_LAYOUT_EFFICIENCY, 'fraction', MFU_LAYOUT_SOURCE)
      calc.f(
        'computeTflopsPerAccelerator',
        'peakTflops * mfu * modelFlopsShare / mfuLayoutEfficiency',
        'TFLOP/s',
        'peak × MFU × 6N share ÷ the parallel efficiency the MFU model already holds'
      )
      trainingSequenceLength(calc, model.spec, w.sequenceLength)
      if (!calc.d.has('layers')) arch.required('layers', 'communication')
      arch.required('hiddenSize', 'communication')
      recordMicroBatch(calc, w)
      recordCommDataParallel(calc, w)
      communication = recordTrainingCommunication(calc, w, precision, recompute)
      calc.f(
        'effectiveTflopsPerAccelerator',
        'computeTflopsPerAccelerator * parallelEfficiency',
        'TFLOP/s',
        'compute speed × parallel efficiency of the layout'
      )
    } else {
      calc.f('effectiveTflopsPerAccelerator', 'peakTflops * mfu * modelFlopsShare', 'TFLOP/s')
    }
  }
  calc.f('achievedMfu', 'effectiveTflopsPerAccelerator / peakTflops', 'fraction')
  calc.field('achievedMfu', 'achievedMfu')
  calc.f(
    'acceleratorHours',
    'totalFlops / (effectiveTflopsPerAccelerator * 1e12) / 3600',
    'accelerator-hours'
  )
  calc.field('acceleratorHours', 'acceleratorHours')
  if (w.accelerators !== undefined) {
    if (!calc.d.has('acceleratorsGiven'))
      calc.input('acceleratorsGiven', w.accelerators, 'accelerators')
    calc.f('accelerators', 'acceleratorsGiven', 'accelerators')
  } else {
    calc.input('targetDays', w.targetDays ?? 0, 'days')
    if (calc.d.value('modelParallel') > 1) {
      // A job runs on whole model replicas (data parallel × tensor × pipeline cards).
      calc.f(
        'acceleratorsForDeadline',
        'ceil(acceleratorHours / (targetDays * 24 * trainingGoodput))',
        'accelerators',
        'accelerator-hours ÷ (target days × 24 × goodput): the deadline is wall-clock time'
      )
      calc.f(
        'accelerators',
        'ceil(acceleratorsForDeadline / modelParallel) * modelParallel',
        'accelerators',
        'whole model replicas: rounded up to a multiple of tensor × pipeline parallel'
      )
    } else {
      calc.f(
        'accelerators',
        'ceil(acceleratorHours / (targetDays * 24 * trainingGoodput))',
        'accelerators',
        'accelerator-hours ÷ (target days × 24 × goodput): the deadline is wall-clock time'
      )
    }
  }
  calc.field('accelerators', 'accelerators')
  const computeDays = calc.f(
    'computeDays',
    'acceleratorHours / accelerators / 24',
    'days',
    'productive training time: accelerator-hours ÷ accelerators ÷ 24'
  )
  calc.field('computeDays', 'computeDays')
  const days = calc.f(
    'days',
    'computeDays / trainingGoodput',
    'days',
    'wall-clock days = productive days ÷ goodput (failures, restarts, checkpoint stalls)'
  )
  calc.field('days', 'days')

  // ---- memory per card
  calc.inputOrDefault('zeroStage', w.zeroStage, requiredDefault<number>(KIND, 'zeroStage'), 'stage')
  if (!calc.d.has('dataParallel')) {
    if (w.parallelism?.data !== undefined)
      calc.input('dataParallel', w.parallelism.data, 'replicas')
    else calc.f('dataParallel', 'max(1, floor(accelerators / modelParallel))', 'replicas')
  }
  // Stage s shards optimizer states (s ≥ 1), gradients (s ≥ 2) and weights (s = 3) across data-parallel ranks.
  calc.f('optimizerShards', '1 + (dataParallel - 1) * max(0, min(1, zeroStage))', 'shards')
  calc.f('gradientShards', '1 + (dataParallel - 1) * max(0, min(1, zeroStage - 1))', 'shards')
  calc.f('weightShards', '1 + (dataParallel - 1) * max(0, min(1, zeroStage - 2))', 'shards')
  const weights = calc.f(
    'weightsPerAcceleratorGB',
    'params * weightBytesPerParam / modelParallel / weightShards / 1e9',
    'GB'
  )
  const gradients = calc.f(
    'gradientsPerAcceleratorGB',
    'params * gradientBytesPerParam / modelParallel / gradientShards / 1e9',
    'GB'
  )
  const optimizerStates = calc.f(
    'optimizerStatesPerAcceleratorGB',
    'params * optimizerBytesPerParam / modelParallel / optimizerShards / 1e9',
    'GB'
  )
  const modelStates = calc.f(
    'modelStatesPerAcceleratorGB',
    'weightsPerAcceleratorGB + gradientsPerAcceleratorGB + optimizerStatesPerAcceleratorGB',
    'GB'
  )
  calc.field('memoryPerAcceleratorGB.weights', 'weightsPerAcceleratorGB')
  calc.field('memoryPerAcceleratorGB.gradients', 'gradientsPerAcceleratorGB')
  calc.field('memoryPerAcceleratorGB.optimizerStates', 'optimizerStatesPerAcceleratorGB')
  calc.field('memoryPerAcceleratorGB.modelStates', 'modelStatesPerAcceleratorGB')

  let activations: number | null = null
  const spec = model.spec
  if (
    spec.layers !== undefined &&
    spec.hiddenSize !== undefined &&
    spec.attentionHeads !== undefined
  ) {
    if (!calc.d.has('layers')) arch.required('layers', 'activations')
    if (!calc.d.has('hiddenSize')) arch.required('hiddenSize', 'activations')
    if (!calc.d.has('attentionHeads')) arch.required('attentionHeads', 'activations')
    trainingSequenceLength(calc, spec, w.sequenceLength)
    recordMicroBatch(calc, w)
    if (recompute === 'full') {
      calc.lookup(
        'activationBytesPerElement',
        2,
        'bytes/(token·hidden)',
        `${ACTIVATION_SOURCE}: full recompute keeps only each layer's input (2 bytes)`
      )
    } else if (recompute === 'selective') {
      calc.lookup(
        'activationBytesPerElement',
        34,
        'bytes/(token·hidden)',
        `${ACTIVATION_SOURCE}: selective recompute keeps 34 bytes`
      )
    } else {
      calc.f(
        'activationBytesPerElement',
        '34 + 5 * attentionHeads * sequenceLength / hiddenSize',
        'bytes/(token·hidden)',
        '34 + 5 × heads × sequence ÷ hidden (Korthikanti et al. eq. 1)'
      )
    }
    activations = calc.f(
      'activationsPerAcceleratorGB',
      'layers * sequenceLength * microBatchSize * hiddenSize * activationBytesPerElement / tensorParallel / 1e9',
      'GB',
      'layers × sequence × micro-batch × hidden × bytes ÷ tensor parallel (the first pipeline stage holds one micro-batch per stage in flight)'
    )
    calc.field('memoryPerAcceleratorGB.activations', 'activationsPerAcceleratorGB')
  } else {
    calc.lookup(
      'activationsPerAcceleratorGB',
      0,
      'GB',
      'Not estimated: the model has no layers / hiddenSize / attentionHeads'
    )
    calc.warn('activationsNotEstimated', { model: model.name })
  }
  const total = calc.f(
    'memoryPerAcceleratorGB',
    'modelStatesPerAcceleratorGB + activationsPerAcceleratorGB',
    'GB'
  )
  calc.field('memoryPerAcceleratorGB.total', 'memoryPerAcceleratorGB')

  calc.memoryCapacityGB()
  calc.use('usableMemoryFraction')
  calc.use('runtimeOverheadGB')
  calc.f(
    'usableMemoryPerAcceleratorGB',
    'acceleratorMemoryGB * usableMemoryFraction - runtimeOverheadGB',
    'GB'
  )
  const minimumModelParallel = calc.f(
    'minimumModelParallel',
    'max(1, ceil((modelStatesPerAcceleratorGB * modelParallel + activationsPerAcceleratorGB * tensorParallel) / usableMemoryPerAcceleratorGB))',
    'accelerators'
  )
  calc.field('minimumModelParallel', 'minimumModelParallel')
  const fits = total <= calc.d.value('usableMemoryPerAcceleratorGB')
  if (!fits) {
    const layout =
      w.parallelism?.tensor === undefined && w.parallelism?.pipeline === undefined
        ? suggestLayout({
            modelStatesGB: modelStates,
            activationsGB: activations ?? 0,
            tensorParallel: calc.d.value('tensorParallel'),
            pipelineParallel: calc.d.value('pipelineParallel'),
            usableGB: calc.d.value('usableMemoryPerAcceleratorGB'),
            layers: spec.layers,
            attentionHeads: spec.attentionHeads
          })
        : null
    const params = { total: Math.round(total * 10) / 10, minimum: minimumModelParallel }
    if (layout)
      calc.warn('trainingDoesNotFitLayout', {
        ...params,
        tensor: layout.tensor,
        pipeline: layout.pipeline,
        perAccelerator: Math.round(layout.perAcceleratorGB * 10) / 10
      })
    else calc.warn('trainingDoesNotFit', params)
  }

  // ---- energy
  let energy: number | null = null
  if (ctx.accelerator.spec.tdpW !== undefined) {
    calc.spec('tdpW', 'tdpW', 'W')
    calc.use('averagePowerFraction')
    calc.input('pue', ctx.settings.pue, 'ratio')
    energy = calc.f(
      'energyMWh',
      'accelerators * tdpW * averagePowerFraction * days * 24 * pue / 1e6',
      'MWh',
      'cards × TDP × average load × hours × PUE (facility energy, accelerators only)'
    )
    calc.field('energyMWh', 'energyMWh')
  } else {
    calc.warn('noTdp', { accelerator: ctx.accelerator.spec.name })
  }

  const v = (id: string) => calc.d.value(id)
  const accelerators = v('accelerators')
  return calc.outcome<LlmTrainingResult>(
    {
      model: model.id ?? model.name,
      tokens: v('tokens'),
      totalFlops,
      hardwareFlops: v('hardwareFlops'),
      pfDays: v('pfDays'),
      acceleratorHours: v('acceleratorHours'),
      days,
      computeDays,
      accelerators,
      achievedMfu: v('achievedMfu'),
      memoryPerAcceleratorGB: {
        weights,
        gradients,
        optimizerStates,
        modelStates,
        activations,
        total
      },
      fitsInMemory: fits,
      minimumModelParallel,
      energyMWh: energy,
      communication
    },
    { accelerators, days, acceleratorHours: v('acceleratorHours') }
  )
}

/** The micro-batch size, recorded once: given, or the documented default. */
function recordMicroBatch(calc: Calc, w: LlmTrainingWorkload): number {
  if (calc.d.has('microBatchSize')) return calc.d.value('microBatchSize')
  return calc.inputOrDefault(
    'microBatchSize',
    w.microBatchSize,
    requiredDefault<number>(KIND, 'microBatchSize'),
    'sequences'
  )
}

function hasLayerDimensions(spec: LlmSpec): boolean {
  return spec.layers !== undefined && spec.hiddenSize !== undefined
}

/**
 * Data-parallel replicas for the communication model, recorded once: given; or the
 * accelerators given ÷ model-parallel cards; or, with a deadline, from the card count the
 * deadline needs before communication (the only way to break the circle card count →
 * step time → card count; the layout's cost is then applied to that count).
 */
function recordCommDataParallel(calc: Calc, w: LlmTrainingWorkload): void {
  if (w.parallelism?.data !== undefined) {
    calc.input('dataParallel', w.parallelism.data, 'replicas')
  } else if (w.accelerators !== undefined) {
    calc.input('acceleratorsGiven', w.accelerators, 'accelerators')
    calc.f('dataParallel', 'max(1, floor(acceleratorsGiven / modelParallel))', 'replicas')
  } else {
    const v = (id: string) => calc.d.value(id)
    const hours = v('totalFlops') / (v('computeTflopsPerAccelerator') * 1e12) / 3600
    const days = w.targetDays ?? 0
    const cards = days > 0 ? Math.ceil(hours / (days * 24 * v('trainingGoodput'))) : 1
    calc.lookup(
      'dataParallel',
      Math.max(1, Math.floor(cards / v('modelParallel'))),
      'replicas',
      'cards the deadline needs before communication ÷ model-parallel cards'
    )
  }
}

/** The training sequence length, recorded once: given, or min(model context, 4096). */
function trainingSequenceLength(calc: Calc, spec: LlmSpec, given: number | undefined): number {
  if (calc.d.has('sequenceLength')) return calc.d.value('sequenceLength')
  const defaultSequence = requiredDefault<number>(KIND, 'sequenceLength', { model: spec })
  return calc.inputOrDefault('sequenceLength', given, defaultSequence, 'tokens')
}

/**
 * Attention-score FLOPs per token, forward + backward: 12 × layers × attention width ×
 * sequence (PaLM, arXiv 2204.02311 appendix B); 0 when the model lacks the dimensions.
 */
function attentionFlopsPerToken(
  calc: Calc,
  arch: LlmLookups,
  spec: LlmSpec,
  sequence: number | undefined
): void {
  if (spec.layers === undefined || spec.attentionHeads === undefined) {
    calc.lookup(
      'attentionFlopsPerToken',
      0,
      'FLOP/token',
      'Not counted: the model has no layers / attentionHeads'
    )
    return
  }
  trainingSequenceLength(calc, spec, sequence)
  arch.required('layers', 'attentionFlops')
  const headDim =
    spec.headDim ?? (spec.hiddenSize !== undefined ? spec.hiddenSize / spec.attentionHeads : 0)
  calc.lookup(
    'attentionWidth',
    spec.attentionHeads * headDim,
    'dims',
    'attention heads × head dimension'
  )
  calc.f(
    'attentionFlopsPerToken',
    '12 * layers * attentionWidth * sequenceLength',
    'FLOP/token',
    '12 × layers × attention width × sequence (PaLM appendix B)'
  )
}

/** The MFU model's default for this workload (trainingMfu.ts), with its cluster size. */
function predictMfu(
  calc: Calc,
  w: LlmTrainingWorkload,
  precision: string,
  recompute: 'full' | 'selective' | 'none'
): MfuPrediction {
  const activeParams = calc.d.value('activeParams')
  const features = {
    architecture: calc.ctx.accelerator.spec.architecture,
    activeParams,
    moe: calc.d.value('params') > 1.5 * activeParams,
    precision,
    recompute
  }
  if (w.accelerators !== undefined)
    return predictTrainingMfu({ ...features, accelerators: w.accelerators })
  // With a deadline the card count follows from the MFU: one refinement settles the
  // cluster-size term (it only moves above 4,096 cards).
  const first = predictTrainingMfu(features)
  const hours =
    calc.d.value('totalFlops') /
    (calc.d.value('peakTflops') * 1e12 * first.typical * calc.d.value('modelFlopsShare')) /
    3600
  const days = w.targetDays ?? 0
  if (!(days > 0)) return first
  const goodput = calc.d.value('trainingGoodput')
  return predictTrainingMfu({ ...features, accelerators: Math.ceil(hours / (days * 24 * goodput)) })
}
