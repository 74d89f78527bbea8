/** Dispatch by workload kind. */
import type { Workload } from '../../schema/plan'
import type { Outcome, WorkloadContext } from './context'
import { computeCustom, type CustomResult } from './custom'
import { computeLlmFinetuning, type LlmFinetuningResult } from './llmFinetuning'
import { computeLlmInference, type LlmInferenceResult } from './llmInference'
import { computeLlmTraining, type LlmTrainingResult } from './llmTraining'
import { computeVideoAnalytics, type VideoAnalyticsResult } from './videoAnalytics'
import { computeVisionTraining, type VisionTrainingResult } from './visionTraining'

export type WorkloadResultFields =
  | LlmInferenceResult
  | LlmTrainingResult
  | VisionTrainingResult
  | VideoAnalyticsResult
  | CustomResult
  | LlmFinetuningResult

export function computeWorkload(w: Workload, ctx: WorkloadContext): Outcome<WorkloadResultFields> {
  switch (w.kind) {
    case 'llm-inference':
      return computeLlmInference(w, ctx)
    case 'llm-training':
      return computeLlmTraining(w, ctx)
    case 'vision-training':
      return computeVisionTraining(w, ctx)
    case 'video-analytics':
      return computeVideoAnalytics(w, ctx)
    case 'custom':
      return computeCustom(w, ctx)
    case 'llm-finetuning':
      return computeLlmFinetuning(w, ctx)
  }
}

export { fieldOverrides, workloadOverrides } from '../field-assumptions'

export type {
  CustomResult,
  LlmFinetuningResult,
  LlmInferenceResult,
  LlmTrainingResult,
  VideoAnalyticsResult,
  VisionTrainingResult
}
