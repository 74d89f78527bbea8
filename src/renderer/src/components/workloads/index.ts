/**
 * One form component per workload kind, mirroring src/shared/core/workloads/<kind>.ts. A new
 * kind is a new `<Kind>Fields.vue` here plus one entry in this map (the Record type makes a
 * missing entry a compile error).
 */
import type { Component } from 'vue'
import type { WorkloadKind } from '@shared/schema/plan'
import LlmInferenceFields from './LlmInferenceFields.vue'
import LlmTrainingFields from './LlmTrainingFields.vue'
import VisionTrainingFields from './VisionTrainingFields.vue'
import VideoAnalyticsFields from './VideoAnalyticsFields.vue'
import CustomFields from './CustomFields.vue'
import LlmFinetuningFields from './LlmFinetuningFields.vue'

export const WORKLOAD_FIELDS: Record<WorkloadKind, Component> = {
  'llm-inference': LlmInferenceFields,
  'llm-training': LlmTrainingFields,
  'vision-training': VisionTrainingFields,
  'video-analytics': VideoAnalyticsFields,
  custom: CustomFields,
  'llm-finetuning': LlmFinetuningFields
}
