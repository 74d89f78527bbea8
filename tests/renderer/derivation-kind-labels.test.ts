/**
 * A derivation step is labelled for the kind of workload it belongs to: a zh-CN walkthrough
 * saw an inference workload's memory step read 训练时每卡显存 ("memory per card during
 * training"), because the step id `memoryPerAcceleratorGB` is shared by training,
 * fine-tuning and inference and its label named training.
 */
import { describe, expect, it } from 'vitest'
import { derivationLabelKey } from '@renderer/lib/explain'
import { createAppI18n } from '@renderer/i18n'
import { estimatePlan } from '@shared/core'
import { PLAN_FORMAT, PLAN_VERSION } from '@shared/schema/plan'

function inferenceSteps() {
  const result = estimatePlan({
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    name: 'serve',
    workloads: [
      {
        id: 'serve',
        kind: 'llm-inference',
        accelerator: 'huawei-ascend-910b',
        model: 'qwen2.5-72b',
        weightPrecision: 'bf16',
        contextTokens: 4096,
        concurrency: 8
      }
    ]
  })
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result.workloads[0].result.steps
}

describe('an inference workload’s steps never speak of training', () => {
  it.each([
    ['en', /train/i],
    ['zh-CN', /训练/]
  ] as const)('%s', (locale, training) => {
    const i18n = createAppI18n(locale)
    const { t, te } = i18n.global
    const labels = inferenceSteps().flatMap((step) => {
      const label = derivationLabelKey(step.id, (key) => te(key))
      return label ? [`${step.id}: ${t(label.key, label.params ?? {})}`] : []
    })
    expect(labels.some((label) => label.startsWith('memoryPerAcceleratorGB:'))).toBe(true)
    expect(labels.filter((label) => training.test(label))).toEqual([])
  })
})
