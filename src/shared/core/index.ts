/**
 * The calculation core's public API. Pure TypeScript: no electron, node or DOM imports, so
 * the same code runs in the main process, the CLI, a worker, the renderer and the tests.
 */
export { estimatePlan } from './estimate'
export type { EstimateOptions, EstimateResult, WorkloadEstimate } from './estimate'
export type { WorkloadResult, Explained } from './evaluate'
export type {
  CustomResult,
  LlmInferenceResult,
  LlmTrainingResult,
  LlmFinetuningResult,
  VideoAnalyticsResult,
  VisionTrainingResult
} from './workloads'
export type { DefaultApplied, Note, Range } from './workloads/context'
export type { AcceleratorGroup, PlanTotals } from './rollup'
export type {
  CompareCandidate,
  CompareGroup,
  CompareResult,
  CandidateWorkload,
  ParallelSplit
} from './compare'
export { availabilityOf, defaultAvailability, excludes, type Availability } from './availability'
export type { Step, StepInput } from './derivation'
export { exprIdentifiers, parseExpr, EXPR_FUNCTIONS, ExprError } from './expr'
export { evaluateExpr } from './expr-program'
export type { ExprNode } from './expr'
export { ASSUMPTIONS, assumptionDefinition, resolveAssumption } from './assumptions'
export type {
  AssumptionDefinition,
  AssumptionId,
  ResolvedAssumption,
  Scenario
} from './assumptions'
export { buildCatalog, defaultCatalog, localizeCatalogNames } from './catalog'
export type {
  Catalog,
  CatalogAccelerator,
  CatalogLlm,
  CatalogVisionModel,
  ServerSpec,
  VideoPreset
} from './catalog'
export { choosePeak } from './peaks'
export {
  BYTES_PER_ELEMENT,
  BYTES_PER_GB,
  BYTES_PER_GIB,
  RESOLUTION_PIXELS,
  STANDARD_MEMORY_SIZES_GB,
  gbToGiB
} from './units'
export { parsePlan, formatIssue } from '../schema/plan'
