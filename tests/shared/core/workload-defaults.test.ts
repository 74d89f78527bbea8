/**
 * Issue 13: one registry of defaults. Every default the core reports (`defaultsApplied`) is
 * the registry's value for that field, and every registry entry is one the core really
 * applies: the forms take their placeholders from the registry, so they cannot drift.
 */
import { describe, expect, it } from 'vitest'
import { defaultCatalog, estimatePlan } from '../../../src/shared/core'
import { WORKLOAD_DEFAULTS, workloadDefault } from '../../../src/shared/core/workload-defaults'
import { WORKLOAD_KINDS, type WorkloadKind } from '../../../src/shared/schema/plan'
import { plan } from './helpers'

/** Workloads that leave every optional field empty, with the model the default may depend on. */
const MINIMAL: { workload: Record<string, unknown>; model?: string; perTarget?: boolean }[] = [
  {
    workload: {
      kind: 'llm-inference',
      accelerator: 'nvidia-h100-sxm5-80gb',
      model: 'llama-2-70b',
      weightPrecision: 'fp16',
      contextTokens: 4096
    }
  },
  {
    workload: {
      kind: 'llm-training',
      accelerator: 'nvidia-h100-sxm5-80gb',
      model: 'llama-3.1-8b',
      tokens: 1e12,
      accelerators: 64
    },
    model: 'llama-3.1-8b'
  },
  {
    workload: {
      kind: 'llm-training',
      accelerator: 'nvidia-a100-sxm4-80gb',
      model: 'llama-2-7b',
      tokens: 1e12,
      accelerators: 64,
      precision: 'fp32'
    },
    model: 'llama-2-7b'
  },
  {
    workload: {
      kind: 'vision-training',
      accelerator: 'nvidia-a100-sxm4-80gb',
      model: 'resnet50',
      images: 1.28e6,
      epochs: 90,
      accelerators: 8
    },
    model: 'resnet50'
  },
  {
    workload: {
      kind: 'vision-training',
      accelerator: 'nvidia-a100-sxm4-80gb',
      cardsPerRun: 8,
      daysPerRun: 7,
      runs: 4
    }
  },
  {
    workload: {
      kind: 'video-analytics',
      accelerator: 'huawei-atlas-300i-pro',
      streams: 100,
      model: 'yolov5s'
    },
    perTarget: false
  },
  {
    workload: {
      kind: 'custom',
      accelerator: 'nvidia-a100-sxm4-80gb',
      totalFlops: 1e21,
      accelerators: 8
    }
  },
  {
    workload: {
      kind: 'llm-finetuning',
      accelerator: 'nvidia-a100-sxm4-80gb',
      model: 'llama-2-7b',
      samples: 10_000,
      tokensPerSample: 512
    },
    model: 'llama-2-7b'
  },
  {
    workload: {
      kind: 'llm-finetuning',
      accelerator: 'nvidia-a100-sxm4-80gb',
      model: 'llama-2-7b',
      method: 'qlora',
      samples: 10_000,
      tokensPerSample: 512,
      targetDays: 1
    },
    model: 'llama-2-7b'
  }
]

function modelSpec(id: string | undefined) {
  if (!id) return undefined
  const catalog = defaultCatalog()
  return catalog.llms.get(id) ?? catalog.vision.get(id)
}

describe('one registry of defaults', () => {
  const seen = new Map<WorkloadKind, Set<string>>()

  it.each(MINIMAL.map((c) => [`${c.workload.kind} ${c.model ?? ''}`, c] as const))(
    '%s: every default the core applies is the registry value',
    (_name, c) => {
      const result = estimatePlan(plan([{ id: 'w', ...c.workload }]))
      expect(result.issues).toEqual([])
      const kind = c.workload.kind as WorkloadKind
      const applied = result.workloads[0].result.defaultsApplied
      expect(applied.length).toBeGreaterThan(0)
      for (const entry of applied) {
        // Figures of an inline model derived from its others (headDim = hidden / heads) are
        // the model form's business, not a workload field's default.
        if (entry.field.startsWith('model.')) continue
        const expected = workloadDefault(kind, entry.field, {
          workload: c.workload,
          model: modelSpec(c.model),
          hasPerTargetModel: c.perTarget
        })
        expect(expected, `${kind}.${entry.field}`).toBe(entry.value)
        const fields = seen.get(kind) ?? new Set()
        fields.add(entry.field)
        seen.set(kind, fields)
      }
    }
  )

  it('every registry entry is a default the core applies', () => {
    for (const kind of WORKLOAD_KINDS)
      for (const field of Object.keys(WORKLOAD_DEFAULTS[kind]))
        expect(seen.get(kind)?.has(field), `${kind}.${field}`).toBe(true)
  })
})
