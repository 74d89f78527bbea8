/**
 * The walkthrough's training plan (session 11): Llama-2-70B on Ascend 910B, 1T tokens in
 * 60 days, no layout stated. It does not fit on 64-GB cards at tensor = pipeline = 1 (368 GB
 * per card), and its deadline fixes the days, so the card count is what moves. Shared by the
 * layout, sensitivity and Results tests (core, renderer, e2e).
 */
export const ASCEND_70B_TRAINING = {
  id: 'train',
  kind: 'llm-training',
  accelerator: 'huawei-ascend-910b',
  model: 'llama-2-70b',
  tokens: 1e12,
  targetDays: 60
} as const

/** The plan document, optionally with a stated tensor × pipeline layout. */
export function ascend70bPlan(parallelism?: { tensor: number; pipeline: number }) {
  return {
    format: 'compute-planner/plan' as const,
    version: 1 as const,
    name: 'Ascend 70B',
    workloads: [{ ...ASCEND_70B_TRAINING, ...(parallelism ? { parallelism } : {}) }]
  }
}
