/**
 * Held-out published measurements (issue 16, "Honest ranges"): cases the planner's constants
 * were NOT fitted on. Each row says where the figure was published and when; the planner is
 * judged on them through its default assumptions and its own low–high range
 * (tests/shared/core/holdout-calibration.test.ts, docs/methodology.md § Validation).
 *
 * Sources (retrieved December 2026):
 * - GPTFAST: pytorch-labs/gpt-fast README.md at 32971d3 (2024-09-15), tables "Benchmarks",
 *   "Tensor Parallelism", "Tensor Parallelism + Quantization" (8× A100-80GB SXM at 330 W,
 *   batch 1, 5-token prompt, 200 new tokens) and mixtral-moe/README.md "Benchmarks". The
 *   in-sample set (inference-calibration.test.ts) used an earlier edition of the same README;
 *   the rows here are the later models and the re-measured tensor-parallel figures.
 * - QWEN25: QwenLM/Qwen2.5 docs/source/benchmark/speed_benchmark.rst at 010c37c
 *   (2024-11-06), "Qwen2.5 Speed Benchmark": A100 80GB, batch 1, 2048 generated tokens,
 *   vLLM 0.6.3 (gpu_memory_utilization 0.9) for speed; Hugging Face Transformers 4.46 for
 *   "GPU Memory(GB)" = torch.cuda.max_memory_allocated / 2^30 (GiB, no CUDA context).
 * - QWEN3: QwenLM/Qwen2.5 docs/source/getting_started/speed_benchmark.md at f4d356c
 *   (2025-05-20), "Qwen3 Speed Benchmark": H20 96GB, SGLang 0.4.6, batch 1, input length 1,
 *   2048 generated tokens. GPTQ-INT4 rows are left out: the page itself says that path is
 *   not yet optimised in SGLang (Marlin fallback), i.e. not a serving speed a planner
 *   would budget on.
 * - DLE: NVIDIA/DeepLearningExamples at 729963d (2024-04-04), ResNet-50 v1.5 READMEs,
 *   "Training performance results" tables (PyTorch/Classification/ConvNets/resnet50v1.5,
 *   MxNet/Classification/RN50v1.5, PaddlePaddle/Classification/RN50v1.5).
 * - LLAMA31: Hugging Face blog "Llama 3.1 - 405B, 70B & 8B with multilinguality and long
 *   context" (2024-07-23), "Inference Memory Requirements" tables (weights at FP16/FP8/INT4,
 *   KV cache at 128k tokens, fp16).
 */

export interface InferenceSpeedCase {
  name: string
  source: 'GPTFAST' | 'QWEN25' | 'QWEN3'
  accelerator: string
  workload: Record<string, unknown>
  /** Published decode tokens per second for one sequence (batch 1). */
  tokensPerSecond: number
}

const A100 = 'nvidia-a100-sxm4-80gb'
const H20 = 'nvidia-h20-96gb'
const gptFastContext = 205 // 5-token prompt + 200 new tokens (generate.py default)
const qwenContext = 2049 // input length 1 + 2048 generated tokens

function gptFast(
  name: string,
  model: string,
  tokensPerSecond: number,
  extra: Record<string, unknown> = {}
): InferenceSpeedCase {
  return {
    name: `gpt-fast ${name}`,
    source: 'GPTFAST',
    accelerator: A100,
    workload: { model, weightPrecision: 'bf16', contextTokens: gptFastContext, ...extra },
    tokensPerSecond
  }
}
const int8 = { weightPrecision: 'int8', quantization: 'int8-weight-only' }
const int4g32 = {
  weightPrecision: 'int4',
  quantization: 'gptq-int4',
  assumptions: { quantGroupSize: 32 }
}
const tp = (tensor: number) => ({ parallel: { tensor, pipeline: 1 } })

const QWEN25_FORMATS: Record<string, Record<string, unknown>> = {
  BF16: { weightPrecision: 'bf16' },
  'GPTQ-Int8': { weightPrecision: 'int8', quantization: 'int8-weight-only' },
  'GPTQ-Int4': { weightPrecision: 'int4', quantization: 'gptq-int4' },
  AWQ: { weightPrecision: 'int4', quantization: 'awq-int4' }
}
/** [model id, input length, format, GPUs, tokens/s] from the vLLM tables. */
const QWEN25_VLLM: [string, number, string, number, number][] = [
  ['qwen2.5-1.5b', 1, 'BF16', 1, 183.33],
  ['qwen2.5-1.5b', 1, 'GPTQ-Int8', 1, 201.67],
  ['qwen2.5-1.5b', 1, 'GPTQ-Int4', 1, 217.03],
  ['qwen2.5-1.5b', 1, 'AWQ', 1, 213.74],
  ['qwen2.5-3b', 1, 'BF16', 1, 127.61],
  ['qwen2.5-3b', 1, 'GPTQ-Int8', 1, 150.02],
  ['qwen2.5-3b', 1, 'GPTQ-Int4', 1, 168.2],
  ['qwen2.5-3b', 1, 'AWQ', 1, 165.5],
  ['qwen2.5-7b', 1, 'BF16', 1, 84.28],
  ['qwen2.5-7b', 1, 'GPTQ-Int8', 1, 122.01],
  ['qwen2.5-7b', 1, 'GPTQ-Int4', 1, 154.05],
  ['qwen2.5-7b', 1, 'AWQ', 1, 148.1],
  ['qwen2.5-7b', 6144, 'BF16', 1, 80.7],
  ['qwen2.5-7b', 30720, 'BF16', 1, 70.33],
  ['qwen2.5-14b', 1, 'BF16', 1, 46.3],
  ['qwen2.5-14b', 1, 'GPTQ-Int8', 1, 70.4],
  ['qwen2.5-14b', 1, 'GPTQ-Int4', 1, 98.02],
  ['qwen2.5-14b', 1, 'AWQ', 1, 92.66],
  ['qwen2.5-14b', 6144, 'BF16', 1, 43.83],
  ['qwen2.5-14b', 30720, 'BF16', 1, 37.18],
  ['qwen2.5-32b', 1, 'BF16', 1, 22.13],
  ['qwen2.5-32b', 1, 'GPTQ-Int8', 1, 37.57],
  ['qwen2.5-32b', 1, 'GPTQ-Int4', 1, 55.83],
  ['qwen2.5-32b', 1, 'AWQ', 1, 51.92],
  ['qwen2.5-32b', 6144, 'GPTQ-Int4', 1, 49.96],
  ['qwen2.5-72b', 1, 'BF16', 4, 31.37],
  ['qwen2.5-72b', 1, 'GPTQ-Int8', 2, 31.4],
  ['qwen2.5-72b', 1, 'GPTQ-Int4', 1, 16.47],
  ['qwen2.5-72b', 1, 'AWQ', 2, 44.3],
  ['qwen2.5-72b', 6144, 'BF16', 4, 29.9]
]

const QWEN3_FORMATS: Record<string, Record<string, unknown>> = {
  BF16: { weightPrecision: 'bf16' },
  FP8: { weightPrecision: 'fp8', quantization: 'fp8' },
  'AWQ-INT4': { weightPrecision: 'int4', quantization: 'awq-int4' }
}
/** [model id, format, GPUs, tokens/s] from the SGLang tables at input length 1. */
const QWEN3_SGLANG: [string, string, number, number][] = [
  ['qwen3-4b', 'BF16', 1, 133.13],
  ['qwen3-4b', 'FP8', 1, 200.61],
  ['qwen3-4b', 'AWQ-INT4', 1, 199.71],
  ['qwen3-8b', 'BF16', 1, 81.73],
  ['qwen3-8b', 'FP8', 1, 150.25],
  ['qwen3-8b', 'AWQ-INT4', 1, 144.11],
  ['qwen3-14b', 'BF16', 1, 47.1],
  ['qwen3-14b', 'FP8', 1, 97.11],
  ['qwen3-14b', 'AWQ-INT4', 1, 96.49],
  ['qwen3-32b', 'BF16', 1, 20.72],
  ['qwen3-32b', 'FP8', 1, 46.17],
  ['qwen3-32b', 'AWQ-INT4', 1, 47.67],
  ['qwen3-30b-a3b', 'BF16', 1, 137.18],
  ['qwen3-30b-a3b', 'FP8', 1, 155.55],
  ['qwen3-235b-a22b', 'BF16', 8, 74.5],
  ['qwen3-235b-a22b', 'FP8', 4, 71.65]
]

export const INFERENCE_SPEED_CASES: InferenceSpeedCase[] = [
  gptFast('Llama-3.1-8B bf16', 'llama-3.1-8b', 93.89),
  gptFast('Llama-3.1-8B int8', 'llama-3.1-8b', 137.64, int8),
  gptFast('Llama-3.1-70B int8', 'llama-3.1-70b', 18.04, int8),
  gptFast('Llama-2-7B bf16 TP2', 'llama-2-7b', 168.84, tp(2)),
  gptFast('Llama-2-7B bf16 TP4', 'llama-2-7b', 254.02, tp(4)),
  gptFast('Llama-2-7B bf16 TP8', 'llama-2-7b', 328.43, tp(8)),
  gptFast('Llama-2-70B bf16 TP2', 'llama-2-70b', 21.32, tp(2)),
  gptFast('Llama-2-70B bf16 TP4', 'llama-2-70b', 38.01, tp(4)),
  gptFast('Llama-2-70B bf16 TP8', 'llama-2-70b', 62.5, tp(8)),
  gptFast('Llama-3.1-8B bf16 TP2', 'llama-3.1-8b', 149.1, tp(2)),
  gptFast('Llama-3.1-8B bf16 TP4', 'llama-3.1-8b', 217.21, tp(4)),
  gptFast('Llama-3.1-8B bf16 TP8', 'llama-3.1-8b', 276.01, tp(8)),
  gptFast('Llama-3.1-70B bf16 TP2', 'llama-3.1-70b', 16.03, tp(2)),
  gptFast('Llama-3.1-70B bf16 TP4', 'llama-3.1-70b', 37.45, tp(4)),
  gptFast('Llama-3.1-70B bf16 TP8', 'llama-3.1-70b', 58.78, tp(8)),
  gptFast('Llama-2-70B int8 TP8', 'llama-2-70b', 80.44, { ...int8, ...tp(8) }),
  gptFast('Llama-2-70B int4 g32 TP8', 'llama-2-70b', 90.77, { ...int4g32, ...tp(8) }),
  gptFast('Llama-3.1-70B int8 TP8', 'llama-3.1-70b', 75.58, { ...int8, ...tp(8) }),
  gptFast('Llama-3.1-405B int8 TP8', 'llama-3.1-405b', 15.6, { ...int8, ...tp(8) }),
  gptFast('Mixtral-8x7B int8', 'mixtral-8x7b', 97.92, { ...int8, ...tp(1) }),
  gptFast('Mixtral-8x7B bf16 TP2', 'mixtral-8x7b', 96.67, tp(2)),
  gptFast('Mixtral-8x7B bf16 TP4', 'mixtral-8x7b', 155.35, tp(4)),
  gptFast('Mixtral-8x7B bf16 TP8', 'mixtral-8x7b', 227.82, tp(8)),
  gptFast('Mixtral-8x7B int8 TP8', 'mixtral-8x7b', 279.35, { ...int8, ...tp(8) }),
  ...QWEN25_VLLM.map(([model, input, format, gpus, tokensPerSecond]) => ({
    name: `Qwen2.5 vLLM ${model} ${format} in=${input} ×${gpus}`,
    source: 'QWEN25' as const,
    accelerator: A100,
    workload: {
      model,
      framework: 'vllm',
      contextTokens: input + 2048,
      ...QWEN25_FORMATS[format],
      ...tp(gpus)
    },
    tokensPerSecond
  })),
  ...QWEN3_SGLANG.map(([model, format, gpus, tokensPerSecond]) => ({
    name: `Qwen3 SGLang H20 ${model} ${format} ×${gpus}`,
    source: 'QWEN3' as const,
    accelerator: H20,
    workload: { model, contextTokens: qwenContext, ...QWEN3_FORMATS[format], ...tp(gpus) },
    tokensPerSecond
  }))
]

export interface MemoryCase {
  name: string
  source: 'QWEN25' | 'LLAMA31'
  accelerator: string
  workload: Record<string, unknown>
  /**
   * Which planner figure the published one is: the replica's tensor memory (a range; the
   * published figures count allocated tensors, no CUDA context), or
   * exact arithmetic with no assumption in it (weights, KV cache: a point figure).
   */
  measure: 'allocatedGiB' | 'weightsGB' | 'kvCacheGiB'
  published: number
}

/** [model id, input length, format, GPUs, GiB] from the Transformers tables (batch 1). */
const QWEN25_MEMORY: [string, number, string, number, number][] = [
  ['qwen2.5-0.5b', 1, 'BF16', 1, 0.97],
  ['qwen2.5-1.5b', 1, 'BF16', 1, 2.95],
  ['qwen2.5-3b', 1, 'BF16', 1, 5.95],
  ['qwen2.5-7b', 1, 'BF16', 1, 14.38],
  ['qwen2.5-7b', 1, 'GPTQ-Int8', 1, 8.42],
  ['qwen2.5-7b', 1, 'GPTQ-Int4', 1, 5.52],
  ['qwen2.5-7b', 1, 'AWQ', 1, 5.39],
  ['qwen2.5-7b', 6144, 'BF16', 1, 15.38],
  ['qwen2.5-7b', 30720, 'BF16', 1, 19.97],
  ['qwen2.5-14b', 1, 'BF16', 1, 28.08],
  ['qwen2.5-14b', 1, 'GPTQ-Int4', 1, 9.94],
  ['qwen2.5-14b', 30720, 'BF16', 1, 36.85],
  ['qwen2.5-32b', 1, 'BF16', 1, 61.58],
  ['qwen2.5-32b', 1, 'GPTQ-Int8', 1, 33.56],
  ['qwen2.5-32b', 1, 'GPTQ-Int4', 1, 18.94],
  ['qwen2.5-32b', 30720, 'BF16', 1, 74.47],
  ['qwen2.5-72b', 1, 'BF16', 2, 136.2],
  ['qwen2.5-72b', 1, 'GPTQ-Int4', 1, 39.91],
  ['qwen2.5-72b', 1, 'AWQ', 1, 39.44],
  ['qwen2.5-72b', 6144, 'GPTQ-Int4', 1, 42.5]
]

export const MEMORY_CASES: MemoryCase[] = [
  ...QWEN25_MEMORY.map(([model, input, format, gpus, published]) => ({
    name: `Qwen2.5 Transformers ${model} ${format} in=${input} ×${gpus}`,
    source: 'QWEN25' as const,
    accelerator: A100,
    workload: {
      model,
      contextTokens: input + 2048,
      ...QWEN25_FORMATS[format],
      ...tp(gpus)
    },
    // torch.cuda.max_memory_allocated: tensors only, compared with the planner's tensor memory.
    measure: 'allocatedGiB' as const,
    published
  })),
  ...(
    [
      ['llama-3.1-8b', 'bf16', 16],
      ['llama-3.1-8b', 'fp8', 8],
      ['llama-3.1-8b', 'int4', 4],
      ['llama-3.1-70b', 'bf16', 140],
      ['llama-3.1-70b', 'fp8', 70],
      ['llama-3.1-70b', 'int4', 35],
      ['llama-3.1-405b', 'bf16', 810],
      ['llama-3.1-405b', 'fp8', 405],
      ['llama-3.1-405b', 'int4', 203]
    ] as const
  ).map(([model, precision, published]) => ({
    name: `Llama 3.1 blog ${model} weights ${precision}`,
    source: 'LLAMA31' as const,
    accelerator: 'nvidia-h200-sxm-141gb',
    // The blog names a precision, not a checkpoint format, and tabulates params × bytes: the
    // planner's plain precision (no `quantization`) is the same arithmetic. A named format
    // (AWQ, FP8 checkpoints) adds the embedding and LM head it keeps at 16 bits.
    workload: { model, weightPrecision: precision, contextTokens: 2048 },
    measure: 'weightsGB' as const,
    published
  })),
  // The blog's 405B figure (123.05 GB at 128k) is left out: Llama-3.1-405B's own config
  // (126 layers, 8 KV heads, head dim 128) gives 516,096 B/token = 61.5 GiB at 128,000 tokens,
  // half the printed figure, which corresponds to 16 KV heads. The 8B row is validation M4.
  ...([['llama-3.1-70b', 39.06]] as const).map(([model, published]) => ({
    name: `Llama 3.1 blog ${model} KV cache 128k tokens fp16`,
    source: 'LLAMA31' as const,
    accelerator: 'nvidia-h200-sxm-141gb',
    workload: { model, weightPrecision: 'fp8', quantization: 'fp8', contextTokens: 128_000 },
    measure: 'kvCacheGiB' as const,
    published
  }))
]

export interface VisionCase {
  name: string
  source: 'DLE'
  accelerator: string
  workload: Record<string, unknown>
  /** Published training throughput of the whole run, images per second. */
  imagesPerSecond: number
}

function dle(
  name: string,
  accelerator: string,
  precision: string,
  accelerators: number,
  imagesPerSecond: number
): VisionCase {
  return {
    name: `DLE ResNet-50 ${name}`,
    source: 'DLE',
    accelerator,
    workload: {
      model: 'resnet50',
      images: 1_281_167,
      epochs: 90,
      precision,
      accelerators
    },
    imagesPerSecond
  }
}

const A100_80 = 'nvidia-a100-sxm4-80gb'
const V100_16 = 'nvidia-v100-sxm2-32gb' // DGX-1 16 GB: same chip, clocks and bandwidth
const V100_32 = 'nvidia-v100-sxm2-32gb'
export const VISION_CASES: VisionCase[] = [
  dle('PyTorch A100 AMP ×8', A100_80, 'fp16', 8, 16621),
  dle('PyTorch A100 TF32 ×8', A100_80, 'tf32', 8, 7248),
  dle('PyTorch A100 AMP ×1', A100_80, 'fp16', 1, 2470),
  dle('PyTorch A100 TF32 ×1', A100_80, 'tf32', 1, 938),
  dle('PyTorch V100-16GB AMP ×8', V100_16, 'fp16', 8, 8322),
  dle('PyTorch V100-16GB FP32 ×8', V100_16, 'fp32', 8, 2855),
  dle('PyTorch V100-32GB AMP ×8', V100_32, 'fp16', 8, 8056),
  dle('PyTorch V100-32GB FP32 ×8', V100_32, 'fp32', 8, 2766),
  dle('MXNet A100 AMP ×8', A100_80, 'fp16', 8, 26673.72),
  dle('MXNet A100 TF32 ×8', A100_80, 'tf32', 8, 8247.44),
  dle('MXNet V100-16GB AMP ×8', V100_16, 'fp16', 8, 10723),
  dle('MXNet V100-16GB FP32 ×8', V100_16, 'fp32', 8, 3005),
  dle('MXNet V100-32GB AMP ×16 (DGX-2)', V100_32, 'fp16', 16, 21484),
  dle('MXNet V100-32GB FP32 ×16 (DGX-2)', V100_32, 'fp32', 16, 6338),
  dle('PaddlePaddle A100 AMP ×8', A100_80, 'fp16', 8, 23874),
  dle('PaddlePaddle A100 TF32 ×8', A100_80, 'tf32', 8, 8013)
]

/**
 * Serving throughput at a large static batch (TRTLLM: NVIDIA/TensorRT-LLM
 * docs/source/performance.md at 138f96d, "Peak Throughput" tables, data "updated for v0.6.1"
 * (December 2023): gptSessionBenchmark, batch and TP as printed; H100 rows FP8 weights and
 * FP8 KV cache, A100 rows FP16). Published as output tokens/s per GPU (the A100 table's header
 * omits "/GPU"; its TP1 rows are per GPU either way, and its TP2/TP4/TP8 rows are read as per
 * GPU like the H100 table's). gptSessionBenchmark times the whole `generate` call, context
 * phase included (benchmarks/cpp/gptSessionBenchmark.cpp, same repository).
 *
 * In-sample vs held-out (issue 16): the Llama-2 rows (`fitted: true`) are the ones the
 * TensorRT-LLM preset's decode bandwidth efficiency and fixed per-layer time were fitted on
 * (src/shared/core/frameworks.ts); the GPT-J 6B and Falcon-180B rows of the same tables and
 * the L40S table (TensorRT-LLM v0.5, FP8, "Throughput (out tok/s)", TP1) were only evaluated.
 * The prefill MFU comes from the same page's batch-1 "Low Latency" table, not from these rows.
 * "LLaMA 7B/70B" are the Llama-2 checkpoints of the benchmark scripts.
 */
export interface ServingThroughputCase {
  name: string
  source: 'TRTLLM'
  /** True: the TensorRT-LLM preset was fitted on this row (in-sample); false: held-out. */
  fitted: boolean
  accelerator: string
  workload: Record<string, unknown>
  batch: number
  tensorParallel: number
  inputTokens: number
  outputTokens: number
  /** Published output tokens per second per GPU at that batch. */
  tokensPerSecondPerGpu: number
}

/**
 * Models of the TensorRT-LLM tables that the catalog does not carry, from their configs.
 * GPT-J 6B: EleutherAI/gpt-j-6b config.json (n_layer 28, n_embd 4096, n_head 16, n_inner
 * 4 × n_embd, vocab 50400, untied head) and model card (6,053,381,344 parameters). Falcon-180B:
 * the ckpt_config.json TensorRT-LLM's performance page builds it from (80 layers, 232 heads,
 * 8 KV heads, hidden 14848, vocab 65024, share_embedding_table false, GELU MLP 4 × hidden);
 * parameters from those dimensions: 80 × (14848 × 248 × 64 + 14848² + 2 × 14848 × 59392) +
 * 2 × 65024 × 14848 = 179.5 B.
 */
const GPT_J_6B = {
  name: 'GPT-J 6B',
  params: 6_053_381_344,
  layers: 28,
  hiddenSize: 4096,
  attentionHeads: 16,
  kvHeads: 16,
  headDim: 256,
  ffnSize: 16384,
  vocabSize: 50400,
  maxContext: 2048,
  attention: 'mha'
}
const FALCON_180B = {
  name: 'Falcon-180B',
  params: 80 * (14848 * 248 * 64 + 14848 ** 2 + 2 * 14848 * 59392) + 2 * 65024 * 14848,
  layers: 80,
  hiddenSize: 14848,
  attentionHeads: 232,
  kvHeads: 8,
  headDim: 64,
  ffnSize: 59392,
  vocabSize: 65024,
  maxContext: 2048,
  attention: 'gqa'
}
const INLINE_MODELS: Record<string, Record<string, unknown>> = {
  'gpt-j-6b': GPT_J_6B,
  'falcon-180b': FALCON_180B
}

const H100_SXM = 'nvidia-h100-sxm5-80gb'
const L40S = 'nvidia-l40s-48gb'
/** [card, model, batch, TP, input, output, tokens/s/GPU] */
const TRTLLM_ROWS: [string, string, number, number, number, number, number][] = [
  [H100_SXM, 'llama-2-7b', 768, 1, 128, 128, 19694],
  [H100_SXM, 'llama-2-7b', 112, 1, 128, 2048, 6818],
  [H100_SXM, 'llama-2-7b', 80, 1, 2048, 128, 2244],
  [H100_SXM, 'llama-2-7b', 48, 1, 2048, 2048, 2740],
  [H100_SXM, 'llama-2-70b', 1024, 2, 128, 128, 2657],
  [H100_SXM, 'llama-2-70b', 480, 4, 128, 2048, 1486],
  [H100_SXM, 'llama-2-70b', 96, 2, 2048, 128, 306],
  [H100_SXM, 'llama-2-70b', 64, 2, 2048, 2048, 547],
  [A100, 'llama-2-7b', 384, 1, 128, 128, 5586],
  [A100, 'llama-2-7b', 60, 1, 128, 2048, 1928],
  [A100, 'llama-2-7b', 52, 1, 2048, 128, 591],
  [A100, 'llama-2-7b', 64, 2, 2048, 2048, 782],
  [A100, 'llama-2-70b', 1280, 4, 128, 128, 670],
  [A100, 'llama-2-70b', 240, 4, 128, 2048, 525],
  [A100, 'llama-2-70b', 120, 4, 2048, 128, 79],
  // held-out: other models of the same tables
  [H100_SXM, 'gpt-j-6b', 1024, 1, 128, 128, 26150],
  [H100_SXM, 'gpt-j-6b', 120, 1, 128, 2048, 8011],
  [H100_SXM, 'gpt-j-6b', 64, 1, 2048, 128, 2551],
  [H100_SXM, 'gpt-j-6b', 64, 1, 2048, 2048, 3327],
  [H100_SXM, 'falcon-180b', 1024, 4, 128, 128, 987],
  [H100_SXM, 'falcon-180b', 1024, 8, 128, 2048, 724],
  [H100_SXM, 'falcon-180b', 64, 4, 2048, 128, 112],
  [H100_SXM, 'falcon-180b', 64, 4, 2048, 2048, 264],
  [A100, 'gpt-j-6b', 512, 1, 128, 128, 6374],
  [A100, 'gpt-j-6b', 120, 2, 128, 2048, 2192],
  [A100, 'gpt-j-6b', 60, 1, 2048, 128, 670],
  [A100, 'gpt-j-6b', 64, 2, 2048, 2048, 903],
  [A100, 'falcon-180b', 1024, 8, 128, 128, 232],
  [A100, 'falcon-180b', 128, 8, 128, 2048, 180],
  // held-out: the L40S table (TensorRT-LLM v0.5, FP8, TP1)
  [L40S, 'gpt-j-6b', 64, 1, 128, 128, 3630],
  [L40S, 'gpt-j-6b', 64, 1, 128, 2048, 1859],
  [L40S, 'gpt-j-6b', 32, 1, 2048, 128, 616],
  [L40S, 'gpt-j-6b', 32, 1, 2048, 2048, 757],
  [L40S, 'llama-2-7b', 64, 1, 128, 128, 3240],
  [L40S, 'llama-2-7b', 64, 1, 128, 2048, 1622],
  [L40S, 'llama-2-7b', 32, 1, 2048, 128, 581],
  [L40S, 'llama-2-7b', 16, 1, 2048, 2048, 531]
]

const FITTED_ON = (accelerator: string, model: string) =>
  accelerator !== L40S && model.startsWith('llama-2-')

export const SERVING_THROUGHPUT_CASES: ServingThroughputCase[] = TRTLLM_ROWS.map(
  ([accelerator, model, batch, tensor, inputTokens, outputTokens, tokensPerSecondPerGpu]) => {
    const fp8 = accelerator !== A100
    const card = { [H100_SXM]: 'H100', [A100]: 'A100', [L40S]: 'L40S' }[accelerator]
    return {
      name: `TensorRT-LLM ${card} ${fp8 ? 'FP8' : 'FP16'} ${model} batch ${batch} TP${tensor} ${inputTokens}/${outputTokens}`,
      source: 'TRTLLM' as const,
      fitted: FITTED_ON(accelerator, model),
      accelerator,
      workload: {
        model: INLINE_MODELS[model] ?? model,
        framework: 'tensorrt-llm',
        ...(fp8
          ? { weightPrecision: 'fp8', quantization: 'fp8', kvPrecision: 'fp8' }
          : { weightPrecision: 'fp16' }),
        contextTokens: inputTokens + outputTokens,
        ...tp(tensor)
      },
      batch,
      tensorParallel: tensor,
      inputTokens,
      outputTokens,
      tokensPerSecondPerGpu
    }
  }
)

/**
 * Fine-tuning memory per card (LLAMAFACTORY: hiyouga/LLaMA-Factory README, "Hardware
 * Requirement", 2025 editions; the table is marked "*estimated*" by its authors, so it is a
 * published rule of thumb, not a measurement). Rows: Full (bf16/fp16 mixed precision, 32-bit
 * optimizer), LoRA (16-bit base), QLoRA (4-bit base) for 7B / 14B / 30B / 70B. The planner
 * runs one card, 1,024-token samples, micro-batch 1, gradient checkpointing (its defaults).
 * The fine-tuning memory figure has no assumption band yet, so these are point comparisons.
 */
export interface FinetuningMemoryCase {
  name: string
  source: 'LLAMAFACTORY'
  workload: Record<string, unknown>
  /** Published GB per card. */
  published: number
}

const FT_MODELS: [string, string][] = [
  ['7B', 'llama-2-7b'],
  ['14B', 'qwen2.5-14b'],
  ['30B', 'llama-33b'],
  ['70B', 'llama-2-70b']
]
const FT_PUBLISHED: Record<'full' | 'lora' | 'qlora', number[]> = {
  full: [120, 240, 600, 1200],
  lora: [16, 32, 64, 160],
  qlora: [6, 12, 24, 48]
}

export const FINETUNING_MEMORY_CASES: FinetuningMemoryCase[] = (
  ['full', 'lora', 'qlora'] as const
).flatMap((method) =>
  FT_MODELS.map(([label, model], i) => ({
    name: `LLaMA-Factory ${method} ${label} (${model})`,
    source: 'LLAMAFACTORY' as const,
    workload: { model, method, samples: 1000, tokensPerSample: 1024, accelerators: 1 },
    published: FT_PUBLISHED[method][i]
  }))
)
