/**
 * LLM fine-tuning — full, LoRA and QLoRA: trainable parameters, memory per card (base
 * weights, trainable states, activations with or without checkpointing, logits) and time
 * for a dataset of samples × tokens.
 *
 * - LoRA (Hu et al., arXiv 2106.09685) adds rank × (d_in + d_out) parameters to each
 *   targeted linear layer; the base is frozen, so the backward pass computes input gradients
 *   only (2·N per token instead of 4·N) and no weight gradients or optimizer states for N.
 * - QLoRA (Dettmers et al., arXiv 2305.14314) stores the frozen base in NF4 with double
 *   quantisation: 4 + 0.127 bits per parameter (§3); embeddings and the output head stay
 *   16-bit (bitsandbytes quantises linear layers only); dequantising costs time.
 */
import type { LlmFinetuningWorkload } from '../../schema/plan'
import { LlmLookups, resolveLlm } from '../models'
import { Calc, type Outcome, type WorkloadContext } from './context'
import { requiredDefault } from '../workload-defaults'

const KIND = 'llm-finetuning'

export interface LlmFinetuningResult {
  model: string
  method: 'full' | 'lora' | 'qlora'
  tokens: number
  trainableParams: number
  trainableFraction: number
  flopsPerToken: number
  totalFlops: number
  acceleratorHours: number
  days: number
  accelerators: number
  memoryPerAcceleratorGB: {
    baseWeights: number
    trainableStates: number
    activations: number
    logits: number
    total: number
  }
  fitsInMemory: boolean
  minimumAccelerators: number
}

const QLORA_SOURCE =
  'QLoRA (Dettmers et al., arXiv 2305.14314) §3: NF4 4 bits + double-quantised constants 0.127 bits per parameter'
const BASE_BYTES = { fp32: 4, bf16: 2, fp16: 2 } as const

export function computeLlmFinetuning(
  w: LlmFinetuningWorkload,
  ctx: WorkloadContext
): Outcome<LlmFinetuningResult> {
  const precision =
    w.precision ??
    requiredDefault<NonNullable<LlmFinetuningWorkload['precision']>>(KIND, 'precision')
  const method =
    w.method ?? requiredDefault<NonNullable<LlmFinetuningWorkload['method']>>(KIND, 'method')
  const calc = new Calc(ctx, { kind: 'llm-finetuning', precision })
  if (w.method === undefined) calc.noteDefault('method', method)
  if (w.precision === undefined) calc.noteDefault('precision', precision)
  const model = resolveLlm(calc, ctx.catalog, w.model)
  const arch = new LlmLookups(calc, model)
  const spec = model.spec

  // ---- architecture
  arch.params()
  arch.required('layers', 'finetuning')
  arch.required('hiddenSize', 'finetuning')
  arch.required('attentionHeads', 'finetuning')
  arch.kvHeads()
  arch.headDim()
  arch.ffnSize()
  calc.f('kvWidth', 'kvHeads * headDim', 'dims', 'key/value projection width')
  calc.f('attentionWidth', 'attentionHeads * headDim', 'dims', 'query/output projection width')
  calc.f(
    'mlpMatrices',
    'min(3, max(2, round((params / layers - 2 * hiddenSize * attentionWidth - 2 * hiddenSize * kvWidth) / (hiddenSize * ffnSize))))',
    'matrices',
    'gated MLP (gate, up, down) = 3, plain MLP = 2: read off the parameter count per layer'
  )
  if (spec.vocabSize !== undefined) {
    calc.lookup('vocabSize', spec.vocabSize, 'tokens', `${model.name} vocabSize: ${model.source}`)
  } else {
    calc.lookup('vocabSize', 0, 'tokens', 'Not given: embeddings and logits not counted')
    calc.warn('finetuningNoVocab', { model: model.name })
  }
  if (spec.tiedEmbeddings === true)
    calc.f(
      'embeddingParams',
      'vocabSize * hiddenSize',
      'params',
      'one matrix serves as input embedding and output head (tied), kept 16-bit under QLoRA'
    )
  else
    calc.f(
      'embeddingParams',
      '2 * vocabSize * hiddenSize',
      'params',
      'input embedding + output head (untied), kept 16-bit under QLoRA'
    )

  // ---- data
  calc.input('samples', w.samples ?? 0, 'samples')
  calc.input('tokensPerSample', w.tokensPerSample ?? 0, 'tokens')
  calc.inputOrDefault('epochs', w.epochs, requiredDefault<number>(KIND, 'epochs'), 'epochs')
  calc.f('tokens', 'samples * tokensPerSample * epochs', 'tokens')
  calc.field('tokens', 'tokens')
  const sequenceDefault = requiredDefault<number>(KIND, 'sequenceLength', { workload: w })
  calc.inputOrDefault('sequenceLength', w.sequenceLength, sequenceDefault, 'tokens')
  calc.inputOrDefault(
    'microBatchSize',
    w.microBatchSize,
    requiredDefault<number>(KIND, 'microBatchSize'),
    'sequences'
  )
  const checkpointingDefault = requiredDefault<string>(KIND, 'gradientCheckpointing')
  const checkpointing = w.gradientCheckpointing ?? checkpointingDefault === 'true'
  if (w.gradientCheckpointing === undefined)
    calc.noteDefault('gradientCheckpointing', checkpointingDefault)
  calc.lookup(
    'checkpointing',
    checkpointing ? 1 : 0,
    'flag',
    'gradient checkpointing: 1 keeps only each layer’s input and recomputes the forward pass'
  )

  // ---- trainable parameters
  if (method === 'full') {
    calc.f('trainableParams', 'params', 'params', 'full fine-tuning trains every parameter')
  } else {
    calc.inputOrDefault(
      'loraRank',
      w.loraRank,
      requiredDefault<number>(KIND, 'loraRank', { workload: { method } }),
      'rank'
    )
    const targets =
      w.loraTargets ??
      requiredDefault<NonNullable<LlmFinetuningWorkload['loraTargets']>>(KIND, 'loraTargets', {
        workload: { method }
      })
    if (w.loraTargets === undefined) calc.noteDefault('loraTargets', targets)
    const perLayer = {
      qv: '(hiddenSize + attentionWidth) + (hiddenSize + kvWidth)',
      attention: '2 * (hiddenSize + attentionWidth) + 2 * (hiddenSize + kvWidth)',
      'all-linear':
        '2 * (hiddenSize + attentionWidth) + 2 * (hiddenSize + kvWidth) + mlpMatrices * (hiddenSize + ffnSize)'
    }[targets]
    calc.f(
      'trainableParams',
      `layers * loraRank * (${perLayer})`,
      'params',
      `LoRA on ${targets}: layers × rank × Σ (d_in + d_out) of the targeted matrices (Hu et al., arXiv 2106.09685 §4)`
    )
  }
  calc.f('trainableFraction', 'trainableParams / params', 'fraction')
  calc.field('trainableParams', 'trainableParams')
  calc.field('trainableFraction', 'trainableFraction')

  // ---- compute
  calc.f(
    'forwardFlopsPerToken',
    '2 * params + 4 * layers * attentionWidth * sequenceLength',
    'FLOP/token',
    '2 × params + attention scores 4 × layers × width × sequence'
  )
  if (method === 'full') {
    calc.f(
      'flopsPerToken',
      '(3 + checkpointing) * forwardFlopsPerToken',
      'FLOP/token',
      'forward + backward (2× forward), plus one forward when checkpointing'
    )
  } else {
    calc.f(
      'flopsPerToken',
      '(2 + checkpointing) * forwardFlopsPerToken + 6 * trainableParams',
      'FLOP/token',
      'frozen base: forward + input gradients only (2× forward, no weight gradients), plus one forward when checkpointing, plus 6 × adapter params'
    )
  }
  calc.field('flopsPerToken', 'flopsPerToken')
  calc.f('totalFlops', 'flopsPerToken * tokens', 'FLOP')
  calc.field('totalFlops', 'totalFlops')
  calc.peak(precision)
  calc.use('finetuningUtilization')
  if (method === 'qlora') calc.use('qloraDequantOverhead')
  else calc.lookup('qloraDequantOverhead', 0, 'fraction', 'No quantised base: no dequantisation')
  calc.f(
    'acceleratorHours',
    'totalFlops / (peakTflops * 1e12 * finetuningUtilization) * (1 + qloraDequantOverhead) / 3600',
    'accelerator-hours'
  )
  calc.field('acceleratorHours', 'acceleratorHours')

  // ---- memory per card
  if (w.accelerators !== undefined) {
    calc.input('acceleratorsGiven', w.accelerators, 'accelerators')
    calc.f('dataParallel', 'acceleratorsGiven', 'accelerators')
  } else if (w.targetDays !== undefined) {
    calc.input('targetDays', w.targetDays, 'days')
    calc.f('dataParallel', 'ceil(acceleratorHours / (targetDays * 24))', 'accelerators')
  } else {
    const single = requiredDefault<number>(KIND, 'accelerators', { workload: w })
    calc.noteDefault('accelerators', single)
    calc.input('dataParallel', single, 'accelerators')
  }
  calc.inputOrDefault('zeroStage', w.zeroStage, requiredDefault<number>(KIND, 'zeroStage'), 'stage')
  calc.f('optimizerShards', '1 + (dataParallel - 1) * max(0, min(1, zeroStage))', 'shards')
  calc.f('gradientShards', '1 + (dataParallel - 1) * max(0, min(1, zeroStage - 1))', 'shards')
  calc.f('weightShards', '1 + (dataParallel - 1) * max(0, min(1, zeroStage - 2))', 'shards')
  if (method === 'qlora') {
    calc.lookup('nf4BitsPerParam', 4.127, 'bits/param', QLORA_SOURCE)
    calc.f(
      'baseWeightsGB',
      '((params - embeddingParams) * nf4BitsPerParam / 8 + embeddingParams * 2) / weightShards / 1e9',
      'GB',
      'linear layers in NF4, embeddings and head in 16 bits'
    )
  } else {
    calc.lookup('baseBytesPerParam', BASE_BYTES[precision], 'bytes/param', `${precision} weights`)
    calc.f('baseWeightsGB', 'params * baseBytesPerParam / weightShards / 1e9', 'GB')
  }
  if (method === 'full') {
    calc.lookup(
      'trainableBytesPerParam',
      2 + 12,
      'bytes/param',
      'ZeRO paper (arXiv 1910.02054) §3.1: 16-bit gradients (2) + fp32 master weights, momentum and variance (12)'
    )
    calc.f(
      'trainableStatesGB',
      'params * (2 / gradientShards + 12 / optimizerShards) / 1e9',
      'GB',
      'gradients ÷ gradient shards + optimizer states ÷ optimizer shards'
    )
  } else {
    calc.use('adapterBytesPerParam')
    calc.f('trainableStatesGB', 'trainableParams * adapterBytesPerParam / 1e9', 'GB')
  }
  if (checkpointing) calc.use('finetuningCheckpointGpuShare')
  else
    calc.lookup(
      'finetuningCheckpointGpuShare',
      1,
      'fraction',
      'No checkpointing: nothing to offload'
    )
  calc.f(
    'activationsGB',
    'microBatchSize * sequenceLength * hiddenSize * (checkpointing * (2 * layers * finetuningCheckpointGpuShare + 34) + (1 - checkpointing) * 34 * layers) / 1e9',
    'GB',
    'checkpointing: 2 bytes of each layer’s input per token·hidden (the share kept on the card) plus one layer’s 34 (recomputed); without: 34 per layer (Korthikanti et al., arXiv 2205.05198, with flash attention: no s² term)'
  )
  calc.f(
    'logitsGB',
    'microBatchSize * sequenceLength * vocabSize * 8 / 1e9',
    'GB',
    'fp32 logits and their gradient (4 + 4 bytes per token × vocabulary)'
  )
  calc.use('finetuningLogitsShare')
  calc.use('finetuningMemoryOverheadFraction')
  const total = calc.f(
    'memoryPerAcceleratorGB',
    '(baseWeightsGB + trainableStatesGB + activationsGB + logitsGB * finetuningLogitsShare) * (1 + finetuningMemoryOverheadFraction)',
    'GB',
    'states, activations and logits × (1 + framework and allocator overhead): the range of the published per-card figures'
  )
  calc.field('memoryPerAcceleratorGB.baseWeights', 'baseWeightsGB')
  calc.field('memoryPerAcceleratorGB.trainableStates', 'trainableStatesGB')
  calc.field('memoryPerAcceleratorGB.activations', 'activationsGB')
  calc.field('memoryPerAcceleratorGB.logits', 'logitsGB')
  calc.field('memoryPerAcceleratorGB.total', 'memoryPerAcceleratorGB')
  calc.spec('memoryGB', 'acceleratorMemoryGB', 'GB')
  calc.use('usableMemoryFraction')
  calc.use('runtimeOverheadGB')
  calc.f(
    'usableMemoryPerAcceleratorGB',
    'acceleratorMemoryGB * usableMemoryFraction - runtimeOverheadGB',
    'GB'
  )
  const fits = total <= calc.d.value('usableMemoryPerAcceleratorGB')
  // Cards needed when weights, gradients and optimizer states are all sharded (ZeRO-3).
  calc.f(
    'minimumAccelerators',
    'max(1, ceil((baseWeightsGB * weightShards + trainableStatesGB * optimizerShards) / max(1e-9, usableMemoryPerAcceleratorGB - activationsGB - logitsGB)))',
    'accelerators',
    'model states spread over ZeRO-3 shards, activations and logits on every card'
  )
  calc.field('minimumAccelerators', 'minimumAccelerators')
  if (!fits)
    calc.warn('finetuningDoesNotFit', {
      total: Math.round(total * 10) / 10,
      minimum: calc.d.value('minimumAccelerators')
    })

  calc.f('accelerators', 'dataParallel', 'accelerators')
  calc.field('accelerators', 'accelerators')
  calc.f('days', 'acceleratorHours / accelerators / 24', 'days')
  calc.field('days', 'days')

  const v = (id: string) => calc.d.value(id)
  return calc.outcome<LlmFinetuningResult>(
    {
      model: model.id ?? model.name,
      method,
      tokens: v('tokens'),
      trainableParams: v('trainableParams'),
      trainableFraction: v('trainableFraction'),
      flopsPerToken: v('flopsPerToken'),
      totalFlops: v('totalFlops'),
      acceleratorHours: v('acceleratorHours'),
      days: v('days'),
      accelerators: v('accelerators'),
      memoryPerAcceleratorGB: {
        baseWeights: v('baseWeightsGB'),
        trainableStates: v('trainableStatesGB'),
        activations: v('activationsGB'),
        logits: v('logitsGB'),
        total
      },
      fitsInMemory: fits,
      minimumAccelerators: v('minimumAccelerators')
    },
    {
      accelerators: v('accelerators'),
      days: v('days'),
      acceleratorHours: v('acceleratorHours'),
      memoryPerAcceleratorGB: total
    }
  )
}
