/**
 * More held-out vision-training throughputs (issue 16), kept apart from holdout-cases.ts so the
 * LLM and vision sets can grow without touching each other. Same workload as the DLE rows
 * there (ResNet-50 v1.5, ImageNet-1k, 90 epochs), another framework:
 *
 * - DLE-TF: NVIDIA/DeepLearningExamples TensorFlow/Classification/ConvNets/resnet50v1.5/README.md
 *   at 1d4211f, "Training performance results" (TensorFlow 20.06-tf1-py3 NGC container, XLA on,
 *   images/s averaged over an epoch): DGX A100 (8× A100 40GB, batch 256 per GPU, TF32 and mixed
 *   precision), DGX-1 (8× V100 16GB, batch 128 FP32 / 256 AMP), DGX-2 (16× V100 32GB, same
 *   batches); one GPU and the whole box.
 */
import type { VisionCase } from './holdout-cases'

const A100_40 = 'nvidia-a100-sxm4-40gb'
const V100 = 'nvidia-v100-sxm2-32gb' // DGX-1's 16 GB part: same chip, clocks and bandwidth

function tf(
  name: string,
  accelerator: string,
  precision: string,
  accelerators: number,
  imagesPerSecond: number
): VisionCase {
  return {
    name: `DLE ResNet-50 TensorFlow+XLA ${name}`,
    source: 'DLE',
    accelerator,
    workload: { model: 'resnet50', images: 1_281_167, epochs: 90, precision, accelerators },
    imagesPerSecond
  }
}

export const TF_VISION_CASES: VisionCase[] = [
  tf('A100-40GB TF32 ×1', A100_40, 'tf32', 1, 909),
  tf('A100-40GB AMP ×1', A100_40, 'fp16', 1, 2375),
  tf('A100-40GB TF32 ×8', A100_40, 'tf32', 8, 7000),
  tf('A100-40GB AMP ×8', A100_40, 'fp16', 8, 17400),
  tf('V100-16GB FP32 ×1', V100, 'fp32', 1, 412),
  tf('V100-16GB AMP ×1', V100, 'fp16', 1, 1270),
  tf('V100-16GB FP32 ×8', V100, 'fp32', 8, 3170),
  tf('V100-16GB AMP ×8', V100, 'fp16', 8, 9510),
  tf('V100-32GB FP32 ×1 (DGX-2)', V100, 'fp32', 1, 432),
  tf('V100-32GB AMP ×1 (DGX-2)', V100, 'fp16', 1, 1300),
  tf('V100-32GB FP32 ×16 (DGX-2)', V100, 'fp32', 16, 6500),
  tf('V100-32GB AMP ×16 (DGX-2)', V100, 'fp16', 16, 17250)
]
