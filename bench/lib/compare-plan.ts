/**
 * The compare benchmark's plan: 20 deterministic workloads of every kind (LLM serving with
 * latency targets, training, vision, video, custom) in the mainland-China market with a
 * deadline, budget and power cap. Shared by the benchmark and the profiling script.
 */
import { PLAN_FORMAT, PLAN_VERSION } from '../../src/shared/schema/plan'
import { seededRandom } from './harness'

export function twentyWorkloadPlan(): unknown {
  const random = seededRandom(20240601)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
  const llms = [
    'llama-2-7b',
    'llama-3.1-8b',
    'qwen2.5-14b',
    'llama-3.1-70b',
    'mixtral-8x7b',
    'glm-4-9b'
  ]
  const workloads: unknown[] = []
  for (let i = 0; i < 20; i++) {
    const id = `w${i}`
    switch (i % 5) {
      case 0:
        workloads.push({
          id,
          kind: 'llm-inference',
          accelerator: 'nvidia-h100-sxm5-80gb',
          model: pick(llms),
          weightPrecision: pick(['fp16', 'int8', 'int4'] as const),
          contextTokens: pick([2048, 4096, 8192]),
          concurrency: pick([1, 8, 32]),
          target: {
            requestsPerSecond: 1 + Math.floor(random() * 20),
            inputTokens: 1000,
            outputTokens: 300,
            maxTimeToFirstTokenMs: 1000,
            maxTimePerOutputTokenMs: 100
          }
        })
        break
      case 1:
        workloads.push({
          id,
          kind: 'llm-training',
          accelerator: 'nvidia-h100-sxm5-80gb',
          model: pick(llms),
          tokens: Math.round(1e11 + random() * 2e12),
          targetDays: 10 + Math.floor(random() * 50)
        })
        break
      case 2:
        workloads.push({
          id,
          kind: 'vision-training',
          accelerator: 'nvidia-a100-sxm4-80gb',
          model: pick(['resnet50', 'yolov8m', 'vit-b-16']),
          images: 1_281_167,
          epochs: 30 + Math.floor(random() * 60),
          targetDays: 2
        })
        break
      case 3:
        workloads.push({
          id,
          kind: 'video-analytics',
          accelerator: 'huawei-atlas-300i-pro',
          streams: 100 + Math.floor(random() * 3000),
          fps: 25,
          model: pick(['seed-video-structuring-1080p25', 'yolov5s-detection'])
        })
        break
      default:
        workloads.push({
          id,
          kind: 'custom',
          accelerator: 'nvidia-h100-sxm5-80gb',
          totalFlops: 1e21 * (1 + random() * 100),
          targetDays: 30
        })
    }
  }
  return {
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    name: 'bench: 20 workloads, compare all accelerators',
    workloads,
    settings: { currency: 'USD', market: 'mainland-china' },
    constraints: { deadlineDays: 60, budget: 5e8, powerCapKW: 20_000 },
    compare: { enabled: true, candidates: [] }
  }
}
