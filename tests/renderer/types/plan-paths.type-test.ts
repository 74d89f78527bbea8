/**
 * Type-level test, checked by `vue-tsc -b` (tsconfig.web.json includes tests/renderer): a
 * path that names no plan field must not compile. Each `@ts-expect-error` fails the type
 * check if the line below it ever compiles, so a stale path cannot slip through unnoticed.
 */
import {
  modelFieldPath,
  workloadPath,
  type ModelPath,
  type PlanPath,
  type WorkloadField
} from '@renderer/lib/plan-paths'
import {
  numberCell,
  precisionCell,
  selectCell,
  zeroStageCell,
  type FieldCell
} from '@renderer/components/workloads/field-cells'

export const valid: PlanPath[] = [
  'name',
  'settings.rackPowerLimitKW',
  'settings.exchangeRates.USD',
  'workloads[0].concurrency',
  'workloads[3].target.inputTokens',
  'workloads[0].model.layers',
  'workloads[2].assumptions.mfu',
  'inventory[4].price.amount',
  workloadPath<'llm-inference'>(0, 'target.maxTimeToFirstTokenMs'),
  workloadPath<'llm-training'>(1, 'parallelism.pipeline'),
  modelFieldPath('workloads[0].model', 'kvLoraRank')
]

// @ts-expect-error a renamed or misspelt plan field is a compile error
export const misspelt: PlanPath = 'workloads[0].concurency'
// @ts-expect-error a field of another part of the plan is not a settings field
export const wrongParent: PlanPath = 'settings.concurrency'
// @ts-expect-error the index is a number, not a name
export const namedIndex: PlanPath = 'workloads[first].concurrency'
// @ts-expect-error a field below a number does not exist
export const belowLeaf: PlanPath = 'settings.pue.value'

// A field belongs to its own workload kind only.
export const inferenceField: WorkloadField<'llm-inference'> = 'contextTokens'
// @ts-expect-error concurrency is an inference field, not a training one
export const trainingField: WorkloadField<'llm-training'> = 'concurrency'
// @ts-expect-error stale nested field
export const staleTarget = workloadPath<'llm-inference'>(0, 'target.ttftMs')

export const model: ModelPath = 'workloads[1].model'
// @ts-expect-error a model has no concurrency
export const modelField = modelFieldPath(model, 'concurrency')

// A workload form's cells (components/workloads/field-cells.ts) name typed fields too: a stale
// field in a kind's cell list does not compile.
export const inferenceCells: FieldCell<'llm-inference'>[] = [
  numberCell('concurrency', 12),
  numberCell('target.inputTokens', 8),
  selectCell('kvPrecision', 6, ['fp8'])
]
export const trainingCells: FieldCell<'llm-training'>[] = [
  precisionCell(6, ['bf16']),
  zeroStageCell(8),
  numberCell('parallelism.pipeline', 8)
]
// @ts-expect-error a renamed inference field in a form's cell list
export const staleCell: FieldCell<'llm-inference'> = numberCell('concurency', 12)
// @ts-expect-error a training field in an inference form
export const foreignCell: FieldCell<'llm-inference'> = selectCell('optimizer', 8, ['adamw'])
// @ts-expect-error inference has no ZeRO stage
export const noZeroStage: FieldCell<'llm-inference'> = zeroStageCell(8)
// @ts-expect-error inference has weight and KV precisions, not one compute precision
export const noPrecision: FieldCell<'llm-inference'> = precisionCell(6, ['fp16'])
