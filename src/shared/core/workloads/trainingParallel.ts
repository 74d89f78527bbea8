/**
 * Training parallelism costs (issue 16): when a plan gives its tensor / pipeline / data
 * layout, one optimizer step is timed from the catalog's link figures instead of a fixed
 * scaling efficiency:
 *
 * - tensor parallelism: all-reduces of the layer activations inside every layer, on the
 *   critical path (Narayanan et al., arXiv 2104.04473 §3.3: 2 in the forward and 2 in the
 *   backward pass per layer; full recomputation repeats the forward two);
 * - pipeline parallelism: a send of one micro-batch's activations per stage boundary and
 *   direction (scatter/gather: each tensor rank sends 1/t of it, §4.1), and the pipeline
 *   bubble (p − 1) / (m + p − 1) of the 1F1B schedule (§2.2.1);
 * - data parallelism: a ring all-reduce of the gradients per step, 2 (d − 1)/d × bytes ÷
 *   bandwidth (bandwidth-optimal ring: Patarasuk and Yuan 2009; NCCL), of which the
 *   `dataParallelOverlap` share hides behind the backward pass.
 *
 * The MFU model still sets the compute speed of one micro-batch; these steps add the time
 * the layout costs on top and report the resulting `parallelEfficiency`.
 */
import type { LlmTrainingWorkload } from '../../schema/plan'
import type { Calc } from './context'
import { recordLinks } from './links'

const NARAYANAN =
  'Narayanan et al., "Efficient Large-Scale Language Model Training on GPU Clusters Using Megatron-LM" (SC 2021, arXiv 2104.04473)'

/**
 * The MFU model is fitted on published end-to-end runs, whose MFU already pays for their own
 * layouts. When a layout is timed explicitly, the compute speed is the MFU divided by the
 * parallel efficiency this module computes for the published layouts of Narayanan et al.
 * Table 1 (ten GPT runs, 1.7B-1T, t ≤ 8, p ≤ 64, 32-3072 A100; their median), so the
 * communication is not counted twice. tests/shared/core/training-parallel-calibration.test.ts
 * re-derives it.
 */
export const MFU_LAYOUT_EFFICIENCY = 0.85
export const MFU_LAYOUT_SOURCE = `Parallel efficiency already inside the MFU model (fitted): the median step-time efficiency this model computes for the ten published layouts of ${NARAYANAN} Table 1, whose end-to-end MFU the MFU model reproduces`

export interface TrainingCommunication {
  /** Model-compute time ÷ step time: what the layout leaves of the compute speed. */
  parallelEfficiency: number
  pipelineBubbleFraction: number
  microBatchesPerPipeline: number
  globalBatchSequences: number
  /** Per optimizer step, seconds. */
  stepSeconds: number
  computeSeconds: number
  tensorParallelSeconds: number
  pipelineCommSeconds: number
  pipelineBubbleSeconds: number
  dataParallelExposedSeconds: number
}

/** True when the plan states a layout, so its communication is modelled. */
export function layoutGiven(w: LlmTrainingWorkload): boolean {
  const p = w.parallelism
  return (
    p !== undefined && (p.tensor !== undefined || p.pipeline !== undefined || p.data !== undefined)
  )
}

/**
 * Records the step-time derivation. Expects these steps already recorded: activeParams,
 * params, layers, hiddenSize, sequenceLength, microBatchSize, tensorParallel,
 * pipelineParallel, modelParallel, dataParallel, gradientBytesPerParam,
 * recomputeMultiplier and computeTflopsPerAccelerator.
 */
export function recordTrainingCommunication(
  calc: Calc,
  w: LlmTrainingWorkload,
  precision: string,
  recompute: 'full' | 'selective' | 'none'
): TrainingCommunication {
  const v = (id: string) => calc.d.value(id)
  // ---- the step: global batch, micro-batches per pipeline
  if (w.globalBatchSize !== undefined) {
    calc.input('globalBatchSequences', w.globalBatchSize, 'sequences')
  } else {
    calc.use('globalBatchTokens')
    calc.f('globalBatchSequences', 'max(1, round(globalBatchTokens / sequenceLength))', 'sequences')
  }
  calc.f(
    'microBatchesPerPipeline',
    'max(1, floor(globalBatchSequences / (microBatchSize * dataParallel)))',
    'count'
  )
  calc.f(
    'computeSecondsPerMicroBatch',
    '6 * activeParams * microBatchSize * sequenceLength / modelParallel / (computeTflopsPerAccelerator * 1e12)',
    's'
  )

  // ---- links
  const links = recordLinks(calc)
  calc.lookup(
    'commBytesPerElement',
    precision === 'fp32' || precision === 'tf32' ? 4 : 2,
    'bytes',
    'Activations and gradients travel in 16-bit (fp32 / tf32 runs: 32-bit); FP8 runs keep bf16 communication (NVIDIA Transformer Engine)'
  )
  const tpInside = v('tensorParallel') <= links.scaleUpAccelerators
  calc.f(
    'tensorParallelBandwidthGBs',
    tpInside ? 'scaleUpBandwidthGBs' : 'scaleOutBandwidthGBs',
    'GB/s',
    tpInside ? 'inside the scale-up domain' : 'across servers (scale-out network)'
  )
  calc.f(
    'tensorParallelLatencyUs',
    tpInside ? scaleUpLatencyId(calc) : 'hostCollectiveLatencyUs',
    'µs'
  )
  const ppInside = v('modelParallel') <= links.scaleUpAccelerators
  calc.f(
    'pipelineBandwidthGBs',
    ppInside ? 'scaleUpBandwidthGBs' : 'scaleOutBandwidthGBs',
    'GB/s',
    ppInside ? 'inside the scale-up domain' : 'across servers (scale-out network)'
  )
  calc.f('pipelineLatencyUs', ppInside ? scaleUpLatencyId(calc) : 'hostCollectiveLatencyUs', 'µs')
  const dpInside = v('modelParallel') * v('dataParallel') <= links.scaleUpAccelerators
  calc.f(
    'dataParallelBandwidthGBs',
    dpInside ? 'scaleUpBandwidthGBs' : 'scaleOutBandwidthGBs',
    'GB/s',
    dpInside ? 'inside the scale-up domain' : 'across servers (scale-out network)'
  )
  calc.f(
    'dataParallelLatencyUs',
    dpInside ? scaleUpLatencyId(calc) : 'hostCollectiveLatencyUs',
    'µs'
  )

  // ---- tensor parallelism: all-reduces inside every layer, not overlapped
  // A ring over n ranks takes 2 (n − 1) steps, each paying a hop latency (as in inference).
  calc.use('collectiveHopLatencyUs')
  calc.lookup(
    'tensorParallelAllReducesPerLayer',
    recompute === 'full' ? 6 : 4,
    'count',
    `${NARAYANAN} §3.3: 2 all-reduces in the forward and 2 in the backward pass per layer${recompute === 'full' ? '; full recomputation repeats the forward 2' : ''}`
  )
  calc.f('layersPerStage', 'ceil(layers / pipelineParallel)', 'layers')
  calc.f(
    'tensorParallelSecondsPerMicroBatch',
    'min(1, tensorParallel - 1) * tensorParallelAllReducesPerLayer * layersPerStage * ((tensorParallelLatencyUs + 2 * (tensorParallel - 1) * collectiveHopLatencyUs) / 1e6 + 2 * (tensorParallel - 1) / tensorParallel * microBatchSize * sequenceLength * hiddenSize * commBytesPerElement / (tensorParallelBandwidthGBs * 1e9))',
    's',
    'all-reduces per layer × layers per stage × (latency + 2 (t − 1)/t × micro-batch × sequence × hidden × bytes ÷ bandwidth), not overlapped (Megatron-LM, arXiv 2104.04473 §3.3)'
  )
  // ---- pipeline parallelism: sends between stages and the bubble
  calc.f(
    'pipelineCommSecondsPerMicroBatch',
    'min(1, pipelineParallel - 1) * 2 * (pipelineLatencyUs / 1e6 + microBatchSize * sequenceLength * hiddenSize * commBytesPerElement / tensorParallel / (pipelineBandwidthGBs * 1e9))',
    's',
    'one send forward and one backward per micro-batch: micro-batch × sequence × hidden × bytes ÷ t (scatter/gather, Megatron-LM, arXiv 2104.04473 §4.1)'
  )
  calc.f(
    'microBatchSeconds',
    'computeSecondsPerMicroBatch + tensorParallelSecondsPerMicroBatch + pipelineCommSecondsPerMicroBatch',
    's'
  )
  calc.f(
    'pipelineBubbleFraction',
    '(pipelineParallel - 1) / (microBatchesPerPipeline + pipelineParallel - 1)',
    'fraction',
    '(p − 1) ÷ (m + p − 1): idle share of a 1F1B pipeline step (Megatron-LM, arXiv 2104.04473 §2.2.1)'
  )
  calc.f(
    'pipelineStepSeconds',
    '(microBatchesPerPipeline + pipelineParallel - 1) * microBatchSeconds',
    's'
  )
  // ---- data parallelism: ring all-reduce of the gradients, partly hidden
  calc.f(
    'gradientBytesPerAccelerator',
    'params / modelParallel * gradientBytesPerParam',
    'bytes',
    'parameters held per card × gradient bytes per parameter'
  )
  calc.f(
    'dataParallelAllReduceSeconds',
    'min(1, dataParallel - 1) * ((dataParallelLatencyUs + 2 * (dataParallel - 1) * collectiveHopLatencyUs) / 1e6 + 2 * (dataParallel - 1) / dataParallel * gradientBytesPerAccelerator / (dataParallelBandwidthGBs * 1e9))',
    's',
    'ring all-reduce of the gradients: latency + 2 (d − 1)/d × gradient bytes ÷ bandwidth'
  )
  calc.use('dataParallelOverlap')
  calc.f(
    'dataParallelExposedSeconds',
    'dataParallelAllReduceSeconds * (1 - dataParallelOverlap)',
    's',
    'the share of the all-reduce not hidden behind the backward pass'
  )
  calc.f('stepSeconds', 'pipelineStepSeconds + dataParallelExposedSeconds', 's')
  calc.f(
    'parallelEfficiency',
    'microBatchesPerPipeline * computeSecondsPerMicroBatch / stepSeconds',
    'fraction',
    'model compute time ÷ step time (communication and pipeline bubble included)'
  )
  calc.field('communication.parallelEfficiency', 'parallelEfficiency')
  calc.field('communication.pipelineBubbleFraction', 'pipelineBubbleFraction')
  calc.field('communication.stepSeconds', 'stepSeconds')
  const m = v('microBatchesPerPipeline')
  const p = v('pipelineParallel')
  return {
    parallelEfficiency: v('parallelEfficiency'),
    pipelineBubbleFraction: v('pipelineBubbleFraction'),
    microBatchesPerPipeline: m,
    globalBatchSequences: v('globalBatchSequences'),
    stepSeconds: v('stepSeconds'),
    computeSeconds: m * v('computeSecondsPerMicroBatch'),
    tensorParallelSeconds: (m + p - 1) * v('tensorParallelSecondsPerMicroBatch'),
    pipelineCommSeconds: (m + p - 1) * v('pipelineCommSecondsPerMicroBatch'),
    pipelineBubbleSeconds: (p - 1) * v('microBatchSeconds'),
    dataParallelExposedSeconds: v('dataParallelExposedSeconds')
  }
}

/** The step id holding the scale-up / scale-out latency (recordLinks resolves both). */
function scaleUpLatencyId(calc: Calc): string {
  return calc.d.has('fabricCollectiveLatencyUs')
    ? 'fabricCollectiveLatencyUs'
    : 'hostCollectiveLatencyUs'
}
