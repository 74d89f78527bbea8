/** Dispatch by workload kind. */
import type { Workload } from '../../schema/plan'
import type { Outcome, WorkloadContext } from './context'
import { computeCustom, type CustomResult } from './custom'
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
  }
}

/** Workload fields that are really assumption overrides (video efficiency, custom utilisation). */
export function fieldOverrides(w: Workload): Record<string, number> {
  const out: Record<string, number> = {}
  if (w.kind === 'video-analytics') {
    if (w.efficiency !== undefined) out.clusterParallelEfficiency = w.efficiency
    if (w.headroom !== undefined) out.videoHeadroom = w.headroom
  }
  if (w.kind === 'custom' && w.utilization !== undefined) out.customUtilization = w.utilization
  return out
}

export type {
  CustomResult,
  LlmInferenceResult,
  LlmTrainingResult,
  VideoAnalyticsResult,
  VisionTrainingResult
}
