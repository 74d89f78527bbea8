/**
 * lib/plan-paths.ts at run time: the two builders write a field's path the way the core locates
 * its issues, so a field (usePlanField compares `issue.path === path`) shows exactly its own
 * issues. The compile-time half (a stale path does not compile) is types/plan-paths.type-test.ts.
 */
import { describe, expect, it } from 'vitest'
import { modelFieldPath, workloadPath } from '@renderer/lib/plan-paths'
import { createBlankPlan } from '@renderer/stores/plan'
import { newWorkload } from '@renderer/lib/workloads'
import { parsePlan, type PlanDocument, type Workload } from '@shared/schema/plan'

/** The paths of the issues parsePlan reports for `workloads` (the plan must not parse). */
function issuePaths(workloads: unknown[]): string[] {
  const parsed = parsePlan({ ...createBlankPlan(), workloads } as PlanDocument)
  if (parsed.ok) throw new Error('expected the plan to fail to parse')
  return parsed.issues.map((issue) => issue.path)
}

describe('workloadPath', () => {
  it('puts the index in brackets and the field after a dot, nested fields as given', () => {
    expect(workloadPath<'llm-inference'>(0, 'concurrency')).toBe('workloads[0].concurrency')
    expect(workloadPath<'llm-inference'>(3, 'target.inputTokens')).toBe(
      'workloads[3].target.inputTokens'
    )
    expect(workloadPath<'llm-training'>(12, 'parallelism.pipeline')).toBe(
      'workloads[12].parallelism.pipeline'
    )
  })

  it('names the same path the core reports for a bad field of the workload at that index', () => {
    // Workload 1 asks for 0 input tokens (must be > 0); workload 0 is fine, so the only issue
    // is at workloads[1].target.inputTokens, not at index 0.
    const serving = {
      ...newWorkload('llm-inference', 'i'),
      target: { requestsPerSecond: 5, inputTokens: 0, outputTokens: 256 }
    } as Workload
    expect(issuePaths([newWorkload('custom', 'c'), serving])).toEqual([
      workloadPath<'llm-inference'>(1, 'target.inputTokens')
    ])
  })

  it('a top-level field of a training workload is located the same way', () => {
    // 2.5 micro-batches is not a whole number.
    const training = { ...newWorkload('llm-training', 't'), microBatchSize: 2.5 } as Workload
    expect(issuePaths([training])).toEqual([workloadPath<'llm-training'>(0, 'microBatchSize')])
  })
})

describe('modelFieldPath', () => {
  it('appends the model field to the model path', () => {
    expect(modelFieldPath('workloads[0].model', 'layers')).toBe('workloads[0].model.layers')
    expect(modelFieldPath('workloads[7].model', 'gmacs')).toBe('workloads[7].model.gmacs')
  })

  it('names the path the core reports for a bad field of an inline model', () => {
    // An inline LLM with 0 layers (must be > 0) in workload 2.
    const inline = {
      ...newWorkload('llm-inference', 'i'),
      model: { params: 8e9, layers: 0 }
    } as Workload
    const paths = issuePaths([newWorkload('custom', 'a'), newWorkload('custom', 'b'), inline])
    expect(paths).toEqual([modelFieldPath('workloads[2].model', 'layers')])
  })
})
