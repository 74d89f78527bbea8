/** Starting points for a new workload of each kind: valid at once, every value editable. */
import type { Workload, WorkloadKind } from '@shared/schema/plan'

const PREFIX: Record<WorkloadKind, string> = {
  'llm-inference': 'serve',
  'llm-training': 'train',
  'llm-finetuning': 'finetune',
  'vision-training': 'vision',
  'video-analytics': 'video',
  custom: 'custom'
}

export function nextWorkloadId(kind: WorkloadKind, taken: Iterable<string>): string {
  const used = new Set(taken)
  for (let n = 1; ; n++) {
    const id = `${PREFIX[kind]}-${n}`
    if (!used.has(id)) return id
  }
}

export function newWorkload(kind: WorkloadKind, id: string): Workload {
  switch (kind) {
    case 'llm-inference':
      return {
        id,
        kind,
        accelerator: 'nvidia-a100-sxm4-80gb',
        model: 'llama-3.1-8b',
        weightPrecision: 'bf16',
        contextTokens: 4096,
        concurrency: 8
      }
    case 'llm-training':
      return {
        id,
        kind,
        accelerator: 'nvidia-a100-sxm4-80gb',
        model: 'llama-2-7b',
        tokens: 2e12,
        precision: 'bf16',
        targetDays: 30
      }
    case 'llm-finetuning':
      return {
        id,
        kind,
        accelerator: 'nvidia-a100-sxm4-80gb',
        model: 'llama-3.1-8b',
        method: 'lora',
        samples: 50_000,
        tokensPerSample: 1024,
        epochs: 3
      }
    case 'vision-training':
      return {
        id,
        kind,
        accelerator: 'nvidia-a100-sxm4-40gb',
        model: 'resnet50',
        images: 1_281_167,
        epochs: 90,
        runs: 1,
        precision: 'fp16',
        accelerators: 8
      }
    case 'video-analytics':
      return {
        id,
        kind,
        accelerator: 'huawei-atlas-300i-pro',
        streams: 100,
        resolution: '1080p',
        fps: 25,
        topsPerStream: 5.5,
        precision: 'int8'
      }
    case 'custom':
      return {
        id,
        kind,
        accelerator: 'nvidia-a100-sxm4-80gb',
        totalFlops: 1e21,
        precision: 'bf16',
        targetDays: 7
      }
  }
}

/** A display name: the user's name, else the kind and id. */
export function workloadTitle(w: { id: string; name?: string }): string {
  return w.name?.trim() || w.id
}
