/**
 * The one registry of what a workload field means when the planner leaves it empty. The
 * calculation core reads its defaults from here, and the forms show the same values as their
 * grey placeholders, so a placeholder can never promise what the core does not do (issue 13:
 * the training form said recompute "none", ZeRO 0 and 2048 tokens while the core used
 * selective, ZeRO-1 and 4096). A default that depends on the model or another field is a
 * function of them. Fields that are assumption overrides (video efficiency, headroom, custom
 * utilisation) take the assumption's typical value (see `field-assumptions.ts`).
 */
import type {
  LlmTrainingWorkload,
  TRAINING_PRECISIONS,
  VideoCodec,
  WeightPrecision,
  WorkloadKind
} from '../schema/plan'

type TrainingPrecision = (typeof TRAINING_PRECISIONS)[number]

export type DefaultValue = number | string

/** What a default may depend on: the workload's other fields and its model's figures. */
export interface DefaultInputs {
  workload?: Record<string, unknown>
  /** The resolved model: LLM `maxContext`, vision `inputResolution`. */
  model?: { maxContext?: number; inputResolution?: number }
  /** Video: whether the preset has a per-target model (targets per frame then matter). */
  hasPerTargetModel?: boolean
}

type Rule = DefaultValue | ((inputs: DefaultInputs) => DefaultValue | undefined)

/** Sequence length for activation memory when none is given: the model's context, at most 4096. */
export const TRAINING_SEQUENCE_CAP = 4096
export const TRAINING_SEQUENCE_FALLBACK = 2048

export function defaultOptimizer(
  precision: TrainingPrecision
): NonNullable<LlmTrainingWorkload['optimizer']> {
  return precision === 'fp32' || precision === 'tf32' ? 'adam-fp32' : 'adam-mixed'
}

const TRAINING_PRECISION: TrainingPrecision = 'bf16'

export const WORKLOAD_DEFAULTS: Record<WorkloadKind, Record<string, Rule>> = {
  'llm-finetuning': {
    method: 'lora',
    precision: TRAINING_PRECISION,
    epochs: 1,
    microBatchSize: 1,
    zeroStage: 0,
    sequenceLength: ({ workload }) =>
      Math.max(1, Math.round(Number(workload?.tokensPerSample ?? 1) || 1)),
    loraRank: ({ workload }) => (workload?.method === 'qlora' ? 64 : 16),
    loraTargets: ({ workload }) => (workload?.method === 'qlora' ? 'all-linear' : 'qv'),
    /** A switch in the form; the registry speaks in text like every other default. */
    gradientCheckpointing: 'true',
    /** Neither cards nor a deadline: one card, the question "does it fit on my card". */
    accelerators: ({ workload }) => (workload?.targetDays === undefined ? 1 : undefined)
  },
  'llm-inference': {
    kvPrecision: 'fp16' satisfies WeightPrecision,
    concurrency: 1
  },
  'llm-training': {
    precision: TRAINING_PRECISION,
    recompute: 'selective',
    optimizer: ({ workload }) =>
      defaultOptimizer(
        (workload?.precision as TrainingPrecision | undefined) ?? TRAINING_PRECISION
      ),
    zeroStage: 1,
    'parallelism.tensor': 1,
    'parallelism.pipeline': 1,
    sequenceLength: ({ model }) =>
      Math.min(model?.maxContext ?? TRAINING_SEQUENCE_FALLBACK, TRAINING_SEQUENCE_CAP),
    microBatchSize: 1
  },
  'vision-training': {
    precision: 'fp16' satisfies TrainingPrecision,
    inputResolution: ({ model }) => model?.inputResolution,
    runs: 1,
    parallelRuns: ({ workload }) => (workload?.runs as number | undefined) ?? 1
  },
  'video-analytics': {
    precision: 'int8',
    resolution: '1080p',
    fps: 25,
    codec: 'h264' satisfies VideoCodec,
    /** Every captured frame is analysed unless the planner says fewer. */
    analysisFps: ({ workload }) => (workload?.fps as number | undefined) ?? 25,
    targetsPerFrame: ({ hasPerTargetModel }) => (hasPerTargetModel === false ? 0 : 5)
  },
  custom: {
    precision: 'fp16'
  }
}

/** The value the core uses for `field` of a `kind` workload left empty; undefined if none. */
export function workloadDefault(
  kind: WorkloadKind,
  field: string,
  inputs: DefaultInputs = {}
): DefaultValue | undefined {
  const rule = WORKLOAD_DEFAULTS[kind][field]
  return typeof rule === 'function' ? rule(inputs) : rule
}

/** Like workloadDefault, for a field the registry must know (the core's own reads). */
export function requiredDefault<T extends DefaultValue>(
  kind: WorkloadKind,
  field: string,
  inputs: DefaultInputs = {}
): T {
  const value = workloadDefault(kind, field, inputs)
  if (value === undefined) throw new Error(`no default for ${kind}.${field}`)
  return value as T
}
