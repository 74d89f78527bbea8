/** Which result fields each workload kind shows on its Results card, with their units. */
import type { WorkloadKind } from '@shared/schema/plan'

export interface Figure {
  /** Result field path (the core's names), e.g. `memory.totalGB`. */
  field: string
  unit: string
  /** Headline figures are shown large. */
  headline?: boolean
  /** Key in `result.ranges` when it differs from the field name. */
  range?: string
}

export const FIGURES: Record<WorkloadKind, Figure[]> = {
  'llm-inference': [
    { field: 'accelerators', unit: 'accelerators', headline: true },
    {
      field: 'memoryPerAccelerator.totalGB',
      unit: 'GB',
      headline: true,
      range: 'memoryPerAcceleratorGB'
    },
    { field: 'outputTokensPerSecondWholePlan', unit: 'tokens/s', headline: true },
    { field: 'acceleratorsPerReplica', unit: 'accelerators' },
    { field: 'replicas', unit: 'replicas' },
    { field: 'maxBatchPerReplica', unit: 'sequences' },
    { field: 'batchPerReplica', unit: 'sequences' },
    { field: 'concurrencyWholePlan', unit: 'sequences' },
    { field: 'memoryPerAccelerator.weightsGB', unit: 'GB' },
    { field: 'memoryPerAccelerator.kvCacheGB', unit: 'GB' },
    { field: 'memoryPerAccelerator.usableGB', unit: 'GB' },
    { field: 'memory.totalGB', unit: 'GB', range: 'totalGB' },
    { field: 'memory.weightsGB', unit: 'GB' },
    { field: 'memory.kvCacheGB', unit: 'GB' },
    { field: 'memory.activationsGB', unit: 'GB' },
    { field: 'memory.overheadGB', unit: 'GB' },
    { field: 'memory.totalGiB', unit: 'GiB' },
    { field: 'kvCacheBytesPerToken', unit: 'bytes/token' },
    { field: 'kvCacheBytesPerTokenPerAccelerator', unit: 'bytes/token' },
    { field: 'outputTokensPerSecond', unit: 'tokens/s' },
    { field: 'prefillTokensPerSecond', unit: 'tokens/s' },
    { field: 'decodeTokensPerSecondPerSequence', unit: 'tokens/s' },
    { field: 'timeToFirstTokenMs', unit: 'ms' },
    { field: 'timePerOutputTokenMs', unit: 'ms' },
    { field: 'requestsPerSecondPerReplica', unit: 'requests/s' },
    { field: 'hostMemoryGB', unit: 'GB' },
    { field: 'smallestFittingMemoryGB', unit: 'GiB' }
  ],
  'llm-training': [
    { field: 'days', unit: 'days', headline: true },
    { field: 'accelerators', unit: 'accelerators', headline: true },
    { field: 'acceleratorHours', unit: 'accelerator-hours', headline: true },
    { field: 'computeDays', unit: 'days' },
    { field: 'tokens', unit: 'tokens' },
    { field: 'totalFlops', unit: 'FLOP' },
    { field: 'hardwareFlops', unit: 'FLOP' },
    { field: 'pfDays', unit: 'PF/s-days' },
    { field: 'achievedMfu', unit: 'fraction' },
    { field: 'memoryPerAcceleratorGB.total', unit: 'GB' },
    { field: 'memoryPerAcceleratorGB.modelStates', unit: 'GB' },
    { field: 'minimumModelParallel', unit: 'accelerators' },
    { field: 'energyMWh', unit: 'MWh' }
  ],
  'llm-finetuning': [
    {
      field: 'memoryPerAcceleratorGB.total',
      unit: 'GB',
      headline: true,
      range: 'memoryPerAcceleratorGB'
    },
    { field: 'days', unit: 'days', headline: true },
    { field: 'accelerators', unit: 'accelerators', headline: true },
    { field: 'trainableParams', unit: 'params' },
    { field: 'trainableFraction', unit: 'fraction' },
    { field: 'memoryPerAcceleratorGB.baseWeights', unit: 'GB' },
    { field: 'memoryPerAcceleratorGB.trainableStates', unit: 'GB' },
    { field: 'memoryPerAcceleratorGB.activations', unit: 'GB' },
    { field: 'memoryPerAcceleratorGB.logits', unit: 'GB' },
    { field: 'minimumAccelerators', unit: 'accelerators' },
    { field: 'tokens', unit: 'tokens' },
    { field: 'acceleratorHours', unit: 'accelerator-hours' }
  ],
  'vision-training': [
    { field: 'provisionedPflops', unit: 'PFLOPS', headline: true },
    { field: 'accelerators', unit: 'accelerators', headline: true },
    { field: 'days', unit: 'days', headline: true },
    { field: 'provisionedTflops', unit: 'TFLOPS' },
    { field: 'acceleratorHours', unit: 'accelerator-hours' },
    { field: 'totalFlops', unit: 'FLOP' },
    { field: 'imagesPerSecond', unit: 'images/s' }
  ],
  'video-analytics': [
    { field: 'accelerators', unit: 'accelerators', headline: true },
    { field: 'streamsPerAccelerator', unit: 'streams', headline: true },
    { field: 'acceleratorsBeforeEfficiency', unit: 'accelerators', headline: true },
    { field: 'topsPerStream', unit: 'TOPS' },
    { field: 'computeBound', unit: 'streams' },
    { field: 'decodeCapacity', unit: 'streams' },
    { field: 'decodeBound', unit: 'streams' },
    { field: 'memoryBound', unit: 'streams' }
  ],
  custom: [
    { field: 'accelerators', unit: 'accelerators', headline: true },
    { field: 'days', unit: 'days', headline: true },
    { field: 'acceleratorHours', unit: 'accelerator-hours', headline: true },
    { field: 'deliveredPflops', unit: 'PFLOP/s' },
    { field: 'totalFlops', unit: 'FLOP' }
  ]
}

/**
 * The message key of a figure's label: inference figures that must say "per replica",
 * "per card" or "whole plan" live in the `inferenceUi` namespace, the rest in `wizard`.
 */
export function figureLabelKey(kind: WorkloadKind, field: string): string {
  const name = field.replace(/\./g, '_')
  return kind === 'llm-inference' && INFERENCE_LABELS.has(name)
    ? `inferenceUi.figures.${name}`
    : `wizard.figures.${name}`
}

const INFERENCE_LABELS = new Set([
  'accelerators',
  'memory_weightsGB',
  'memory_kvCacheGB',
  'memory_activationsGB',
  'memory_overheadGB',
  'memory_totalGiB',
  'kvCacheBytesPerToken',
  'prefillTokensPerSecond',
  'smallestFittingMemoryGB',
  'outputTokensPerSecond',
  'outputTokensPerSecondWholePlan',
  'memory_totalGB',
  'memoryPerAccelerator_totalGB',
  'memoryPerAccelerator_weightsGB',
  'memoryPerAccelerator_kvCacheGB',
  'memoryPerAccelerator_usableGB',
  'maxBatchPerReplica',
  'batchPerReplica',
  'concurrencyWholePlan',
  'kvCacheBytesPerTokenPerAccelerator',
  'requestsPerSecondPerReplica'
])
