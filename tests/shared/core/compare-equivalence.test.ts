/**
 * Compare mode shares work between groups (the candidate list, each card's market standing)
 * to stay fast with many workloads × every catalog card (issue 14 benchmark). Sharing must
 * never change an answer: a group of a plan compared per workload (or per kind) must be
 * exactly — deep-equal, every field and note — the compare of a plan holding only that
 * group's workloads, which shares nothing.
 */
import { describe, expect, it } from 'vitest'
import { estimatePlan, type CompareGroup } from '../../../src/shared/core'
import { plan } from './helpers'

/** A varied plan: every workload kind, targets that pass and fail, cards that fail. */
const workloads = [
  {
    id: 'chat',
    kind: 'llm-inference',
    accelerator: 'huawei-ascend-910b',
    model: 'llama-3.1-70b',
    weightPrecision: 'int8',
    contextTokens: 4096,
    concurrency: 32,
    target: {
      requestsPerSecond: 8,
      inputTokens: 1000,
      outputTokens: 300,
      maxTimeToFirstTokenMs: 1000,
      maxTimePerOutputTokenMs: 100
    }
  },
  {
    id: 'small-chat',
    name: '客服',
    kind: 'llm-inference',
    accelerator: 'nvidia-h20-96gb',
    model: 'qwen2.5-14b',
    weightPrecision: 'fp16',
    contextTokens: 8192,
    concurrency: 8
  },
  {
    id: 'pretrain',
    kind: 'llm-training',
    accelerator: 'nvidia-h100-sxm5-80gb',
    model: 'llama-3.1-8b',
    tokens: 5e11,
    targetDays: 30,
    schedule: { mode: 'runsPerYear', runsPerYear: 2 }
  },
  {
    id: 'vision',
    kind: 'vision-training',
    accelerator: 'nvidia-a100-sxm4-80gb',
    model: 'resnet50',
    images: 1_281_167,
    epochs: 90,
    targetDays: 2,
    schedule: { mode: 'hoursPerMonth', hoursPerMonth: 20 }
  },
  {
    id: 'video',
    kind: 'video-analytics',
    accelerator: 'huawei-atlas-300i-pro',
    streams: 800,
    fps: 25,
    model: 'yolov5s-detection',
    schedule: { mode: 'always', offPeakFraction: 0.5 }
  },
  {
    id: 'batch',
    kind: 'custom',
    accelerator: 'nvidia-h100-sxm5-80gb',
    totalFlops: 3e22,
    targetDays: 20
  }
]

const extra = {
  settings: { currency: 'CNY', market: 'mainland-china' },
  constraints: { deadlineDays: 40, budget: 4e8, powerCapKW: 3000 },
  inventory: [
    {
      id: 'own-910b',
      name: 'Our 910B',
      vendor: 'Huawei',
      catalogId: 'huawei-ascend-910b',
      quantityOnHand: 16
    }
  ]
}

function compareGroups(subset: typeof workloads, grouping: string): CompareGroup[] {
  const result = estimatePlan(
    plan(subset, { ...extra, compare: { enabled: true, candidates: [], grouping } })
  )
  if (!result.compare) throw new Error(JSON.stringify(result.issues))
  return result.compare.groups
}

/** A group without the id that names it within its plan. */
function content(group: CompareGroup) {
  const { id: _id, candidates, ...rest } = group
  return { ...rest, candidates: candidates.map(({ groupId: _groupId, ...row }) => row) }
}

describe('compare mode: shared work never changes an answer', () => {
  it('each per-workload group equals the compare of that workload alone', () => {
    const groups = compareGroups(workloads, 'workload')
    expect(groups.map((g) => g.workloadIds)).toEqual(workloads.map((w) => [w.id]))
    // Every catalog card and the planner's own, with evaluable and refused rows both present.
    const rows = groups[0].candidates
    expect(rows.length).toBeGreaterThan(40)
    expect(rows.some((c) => c.origin === 'inventory')).toBe(true)
    expect(groups.flatMap((g) => g.candidates).some((c) => !c.evaluable)).toBe(true)
    expect(groups.flatMap((g) => g.candidates).some((c) => c.feasible)).toBe(true)
    workloads.forEach((w, i) => {
      const [alone] = compareGroups([w], 'plan')
      expect(content(groups[i])).toEqual(content(alone))
    })
  })

  it('each per-kind group equals the compare of that kind’s workloads alone', () => {
    const groups = compareGroups(workloads, 'kind')
    for (const group of groups) {
      const subset = workloads.filter((w) => group.workloadIds.includes(w.id))
      const [alone] = compareGroups(subset, 'plan')
      expect(content(group)).toEqual(content(alone))
    }
  })
})
