/**
 * The public calibration set of the training MFU model (src/shared/core/trainingMfu.ts):
 * published LLM pre-training runs with the card, card count, tokens and the figure the
 * source publishes — MFU, accelerator-hours or wall-clock days — and where it comes from.
 * docs/methodology.md lists the same runs with their residuals. Inputs are what a planner
 * would type; the published figure is never an input.
 *
 * `recompute: 'full'` only where the source (or its public training config) uses full
 * activation checkpointing; otherwise the planner's default (selective) applies.
 * MFU-only runs give no model dimensions (their MFU already counts attention) and an
 * arbitrary token count: they are compared as accelerator-hours = 6·N·D ÷ (peak × MFU).
 */
export type Published = { mfu: number } | { acceleratorHours: number } | { days: number }

export interface CalibrationRun {
  name: string
  accelerator: string | Record<string, unknown>
  model: Record<string, unknown>
  tokens: number
  accelerators?: number
  precision?: 'bf16' | 'fp16' | 'fp8'
  recompute?: 'full' | 'selective'
  sequenceLength?: number
  published: Published
  source: string
}

const A100 = 'nvidia-a100-sxm4-80gb'
const A100_40 = 'nvidia-a100-sxm4-40gb'
const H100 = 'nvidia-h100-sxm5-80gb'
const H800 = 'nvidia-h800-sxm5-80gb'
const V100 = 'nvidia-v100-sxm2-32gb'
const TPU_V4 = 'google-tpu-v4'
const ASCEND = 'huawei-ascend-910b'
/** Gopher ran on TPU v3 (123 TFLOPS bf16 per chip; Google Cloud TPU v3 documentation). */
const TPU_V3 = {
  vendor: 'Google',
  name: 'TPU v3 (per chip)',
  architecture: 'tpu',
  bf16Tflops: 123,
  memoryGB: 16
}

const dense = (params: number, layers?: number, hiddenSize?: number, heads?: number) => ({
  params,
  ...(layers === undefined ? {} : { layers, hiddenSize, attentionHeads: heads })
})
const moe = (params: number, activeParams: number, extra: Record<string, unknown> = {}) => ({
  params,
  activeParams,
  ...extra
})

export const TRAINING_RUNS: CalibrationRun[] = [
  // ---------------------------------------------------------------- A100 class
  {
    name: 'LLaMA-7B',
    accelerator: A100,
    model: dense(6.74e9, 32, 4096, 32),
    tokens: 1.0e12,
    sequenceLength: 2048,
    published: { acceleratorHours: 82_432 },
    source: 'LLaMA, arXiv 2302.13971 Table 15'
  },
  {
    name: 'LLaMA-13B',
    accelerator: A100,
    model: dense(13.0e9, 40, 5120, 40),
    tokens: 1.0e12,
    sequenceLength: 2048,
    published: { acceleratorHours: 135_168 },
    source: 'LLaMA, arXiv 2302.13971 Table 15'
  },
  {
    name: 'LLaMA-33B',
    accelerator: A100,
    model: dense(32.5e9, 60, 6656, 52),
    tokens: 1.4e12,
    sequenceLength: 2048,
    published: { acceleratorHours: 530_432 },
    source: 'LLaMA, arXiv 2302.13971 Table 15'
  },
  {
    name: 'LLaMA-65B',
    accelerator: A100,
    model: dense(65.2e9, 80, 8192, 64),
    tokens: 1.4e12,
    accelerators: 2048,
    sequenceLength: 2048,
    published: { acceleratorHours: 1_022_362 },
    source: 'LLaMA, arXiv 2302.13971 §2.4 and Table 15'
  },
  {
    name: 'Llama-2-7B',
    accelerator: A100,
    model: dense(6.74e9, 32, 4096, 32),
    tokens: 2.0e12,
    sequenceLength: 4096,
    published: { acceleratorHours: 184_320 },
    source: 'Llama 2 model card; arXiv 2307.09288 Table 2'
  },
  {
    name: 'Llama-2-13B',
    accelerator: A100,
    model: dense(13.02e9, 40, 5120, 40),
    tokens: 2.0e12,
    sequenceLength: 4096,
    published: { acceleratorHours: 368_640 },
    source: 'Llama 2 model card; arXiv 2307.09288 Table 2'
  },
  {
    name: 'Llama-2-34B',
    accelerator: A100,
    model: dense(33.7e9, 48, 8192, 64),
    tokens: 2.0e12,
    sequenceLength: 4096,
    published: { acceleratorHours: 1_038_336 },
    source: 'Llama 2, arXiv 2307.09288 Table 2'
  },
  {
    name: 'Llama-2-70B',
    accelerator: A100,
    model: dense(68.98e9, 80, 8192, 64),
    tokens: 2.0e12,
    sequenceLength: 4096,
    published: { acceleratorHours: 1_720_320 },
    source: 'Llama 2 model card; arXiv 2307.09288 Table 2'
  },
  {
    name: 'BLOOM-176B',
    accelerator: A100,
    model: dense(176e9, 70, 14336, 112),
    tokens: 366e9,
    accelerators: 384,
    sequenceLength: 2048,
    recompute: 'full',
    published: { acceleratorHours: 1_082_990 },
    source:
      'BLOOM, arXiv 2211.05100 §3.5 (1,082,990 A100-hours; Megatron-DeepSpeed with activation checkpointing)'
  },
  {
    name: 'OPT-175B',
    accelerator: A100,
    model: dense(175e9),
    tokens: 1e12,
    accelerators: 992,
    recompute: 'full',
    published: { mfu: 147 / 312 },
    source: 'OPT, arXiv 2205.01068 §2.4: 147 TFLOP/s per GPU on 992 A100-80GB'
  },
  {
    name: 'MPT-7B',
    accelerator: A100_40,
    model: dense(6.7e9, 32, 4096, 32),
    tokens: 1.0e12,
    accelerators: 440,
    sequenceLength: 2048,
    published: { days: 9.5 },
    source: 'MosaicML MPT-7B announcement and model card: 440 A100-40GB, 9.5 days'
  },
  {
    name: 'Falcon-180B',
    accelerator: A100_40,
    model: dense(180e9, 80, 14848, 232),
    tokens: 3.5e12,
    accelerators: 4096,
    sequenceLength: 2048,
    published: { acceleratorHours: 7.0e6 },
    source: 'Hugging Face "Falcon 180B" blog: ~7,000,000 GPU-hours, 3.5T tokens, up to 4,096 A100'
  },
  {
    name: 'BloombergGPT-50B',
    accelerator: A100_40,
    model: dense(50.6e9, 70, 7680, 40),
    tokens: 569e9,
    accelerators: 512,
    sequenceLength: 2048,
    recompute: 'full',
    published: { days: 53 },
    source:
      'BloombergGPT, arXiv 2303.17564 §3: 64 × 8 A100-40GB, ~53 days, activation checkpointing'
  },
  {
    name: 'Pythia-1B',
    accelerator: A100_40,
    model: dense(1.01e9, 16, 2048, 8),
    tokens: 300e9,
    precision: 'fp16',
    sequenceLength: 2048,
    recompute: 'full',
    published: { acceleratorHours: 4_830 },
    source: 'Pythia, arXiv 2304.01373 appendix (GPU-hours); GPT-NeoX configs checkpoint activations'
  },
  {
    name: 'Pythia-2.8B',
    accelerator: A100_40,
    model: dense(2.78e9, 32, 2560, 32),
    tokens: 300e9,
    precision: 'fp16',
    sequenceLength: 2048,
    recompute: 'full',
    published: { acceleratorHours: 14_240 },
    source: 'Pythia, arXiv 2304.01373 appendix'
  },
  {
    name: 'Pythia-6.9B',
    accelerator: A100_40,
    model: dense(6.86e9, 32, 4096, 32),
    tokens: 300e9,
    precision: 'fp16',
    sequenceLength: 2048,
    recompute: 'full',
    published: { acceleratorHours: 33_500 },
    source: 'Pythia, arXiv 2304.01373 appendix'
  },
  {
    name: 'Pythia-12B',
    accelerator: A100_40,
    model: dense(11.8e9, 36, 5120, 40),
    tokens: 300e9,
    accelerators: 256,
    precision: 'fp16',
    sequenceLength: 2048,
    recompute: 'full',
    published: { acceleratorHours: 72_300 },
    source: 'Pythia, arXiv 2304.01373 appendix'
  },
  {
    name: 'Megatron GPT 18B',
    accelerator: A100,
    model: dense(18.4e9),
    tokens: 1e12,
    accelerators: 256,
    recompute: 'full',
    published: { mfu: (135 / 312) * 0.75 },
    source:
      'Narayanan et al., arXiv 2104.04473 Table 1: 135 TFLOP/s with full recompute (MFU = ¾ of it)'
  },
  {
    name: 'Megatron GPT 76B',
    accelerator: A100,
    model: dense(76.1e9),
    tokens: 1e12,
    accelerators: 1024,
    recompute: 'full',
    published: { mfu: (140 / 312) * 0.75 },
    source: 'Narayanan et al., arXiv 2104.04473 Table 1: 140 TFLOP/s'
  },
  {
    name: 'Megatron GPT 175B',
    accelerator: A100,
    model: dense(174.6e9),
    tokens: 1e12,
    accelerators: 1536,
    recompute: 'full',
    published: { mfu: (153 / 312) * 0.75 },
    source: 'Narayanan et al., arXiv 2104.04473 Table 1: 153 TFLOP/s'
  },
  {
    name: 'Megatron GPT 530B',
    accelerator: A100,
    model: dense(529.6e9),
    tokens: 1e12,
    accelerators: 2520,
    recompute: 'full',
    published: { mfu: (163 / 312) * 0.75 },
    source: 'Narayanan et al., arXiv 2104.04473 Table 1: 163 TFLOP/s'
  },
  {
    name: 'Megatron GPT 1T',
    accelerator: A100,
    model: dense(1008e9),
    tokens: 1e12,
    accelerators: 3072,
    recompute: 'full',
    published: { mfu: (163 / 312) * 0.75 },
    source: 'Narayanan et al., arXiv 2104.04473 Table 1: 163 TFLOP/s'
  },
  {
    name: 'MT-NLG 530B',
    accelerator: A100,
    model: dense(530e9),
    tokens: 1e12,
    accelerators: 2240,
    recompute: 'full',
    published: { mfu: 0.297 },
    source: 'PaLM, arXiv 2204.02311 Table 3'
  },
  {
    name: 'MegaScale 175B',
    accelerator: A100,
    model: dense(175e9),
    tokens: 1e12,
    accelerators: 12_288,
    published: { mfu: 0.552 },
    source: 'MegaScale, arXiv 2402.15627 (NSDI 2024) abstract: 55.2 % MFU on 12,288 GPUs'
  },
  {
    name: 'Megatron-LM 175B at 12,288 GPUs',
    accelerator: A100,
    model: dense(175e9),
    tokens: 1e12,
    accelerators: 12_288,
    published: { mfu: 0.552 / 1.34 },
    source: 'MegaScale, arXiv 2402.15627: 1.34 × the MFU of Megatron-LM at the same scale'
  },
  // ---------------------------------------------------------------- H100 / H800 class
  {
    name: 'Llama-3-8B',
    accelerator: H100,
    model: dense(8.03e9, 32, 4096, 32),
    tokens: 15e12,
    sequenceLength: 8192,
    published: { acceleratorHours: 1.3e6 },
    source: 'Meta Llama 3 model card'
  },
  {
    name: 'Llama-3-70B',
    accelerator: H100,
    model: dense(70.6e9, 80, 8192, 64),
    tokens: 15e12,
    sequenceLength: 8192,
    published: { acceleratorHours: 6.4e6 },
    source: 'Meta Llama 3 model card'
  },
  {
    name: 'Llama-3.1-8B',
    accelerator: H100,
    model: dense(8.03e9, 32, 4096, 32),
    tokens: 15e12,
    sequenceLength: 8192,
    published: { acceleratorHours: 1.46e6 },
    source: 'Meta Llama 3.1 model card'
  },
  {
    name: 'Llama-3.1-70B',
    accelerator: H100,
    model: dense(70.6e9, 80, 8192, 64),
    tokens: 15e12,
    sequenceLength: 8192,
    published: { acceleratorHours: 7.0e6 },
    source: 'Meta Llama 3.1 model card'
  },
  {
    name: 'Llama-3.1-405B',
    accelerator: H100,
    model: dense(405e9, 126, 16384, 128),
    tokens: 15.6e12,
    accelerators: 16_384,
    sequenceLength: 8192,
    published: { acceleratorHours: 30.84e6 },
    source: 'Meta Llama 3.1 model card; arXiv 2407.21783'
  },
  {
    name: 'Llama 3 405B, 8,192 GPUs',
    accelerator: H100,
    model: dense(405e9),
    tokens: 1e12,
    accelerators: 8192,
    published: { mfu: 0.43 },
    source: 'Llama 3, arXiv 2407.21783 Table 4'
  },
  {
    name: 'Llama 3 405B, 16,384 GPUs',
    accelerator: H100,
    model: dense(405e9),
    tokens: 1e12,
    accelerators: 16_384,
    published: { mfu: 0.41 },
    source: 'Llama 3, arXiv 2407.21783 Table 4'
  },
  {
    name: 'Nemotron-4 340B',
    accelerator: H100,
    model: dense(340e9),
    tokens: 1e12,
    accelerators: 6144,
    published: { mfu: 0.41 },
    source: 'Nemotron-4 340B technical report (arXiv 2406.11704) Table 2: 41-42 % MFU'
  },
  {
    name: 'Nemotron-4 15B',
    accelerator: H100,
    model: dense(15e9, 32, 6144, 48),
    tokens: 8e12,
    accelerators: 3072,
    sequenceLength: 4096,
    published: { days: 13 },
    source: 'Nemotron-4 15B, arXiv 2402.16819 §3: 3,072 H100, ~13 calendar days'
  },
  {
    name: 'DeepSeek LLM 67B',
    accelerator: H800,
    model: dense(67e9, 95, 8192, 64),
    tokens: 1e12,
    sequenceLength: 4096,
    published: { acceleratorHours: 300_600 },
    source: 'DeepSeek-V2, arXiv 2405.04434 §3.2.3: 300.6K H800-hours per trillion tokens'
  },
  {
    name: 'DeepSeek-V2',
    accelerator: H800,
    model: moe(236e9, 21e9, { layers: 60, hiddenSize: 5120, attentionHeads: 128, headDim: 160 }),
    tokens: 1e12,
    sequenceLength: 4096,
    published: { acceleratorHours: 172_800 },
    source:
      'DeepSeek-V2, arXiv 2405.04434 §3.2.3: 172.8K H800-hours per trillion tokens (MLA: 128 heads × (192 + 128) / 2)'
  },
  {
    name: 'DeepSeek-V3',
    accelerator: H800,
    model: moe(671e9, 37e9, { layers: 61, hiddenSize: 7168, attentionHeads: 128, headDim: 160 }),
    tokens: 14.8e12,
    accelerators: 2048,
    precision: 'fp8',
    sequenceLength: 4096,
    published: { acceleratorHours: 2.664e6 },
    source: 'DeepSeek-V3, arXiv 2412.19437 Table 1: 2,664K H800-hours of pre-training, FP8'
  },
  {
    name: 'Llama 4 Behemoth',
    accelerator: H100,
    model: moe(2000e9, 288e9),
    tokens: 1e12,
    accelerators: 32_000,
    precision: 'fp8',
    published: { mfu: 390 / 1978.9 },
    source: 'Meta "The Llama 4 herd" blog: FP8 on 32K GPUs at 390 TFLOPs per GPU'
  },
  // ---------------------------------------------------------------- V100
  {
    name: 'GPT-3 175B',
    accelerator: V100,
    model: dense(174.6e9),
    tokens: 1e12,
    precision: 'fp16',
    published: { mfu: 0.213 },
    source: 'PaLM, arXiv 2204.02311 Table 3'
  },
  {
    name: 'Megatron-LM 8.3B',
    accelerator: V100,
    model: dense(8.3e9),
    tokens: 1e12,
    accelerators: 512,
    precision: 'fp16',
    recompute: 'full',
    published: { mfu: (15.1e3 / 512 / 125) * 0.75 },
    source:
      'Megatron-LM, arXiv 1909.08053 §5.1: 15.1 PFLOP/s sustained on 512 V100 (FLOPs counted with recomputation)'
  },
  // ---------------------------------------------------------------- TPU and Ascend NPUs
  {
    name: 'PaLM 540B',
    accelerator: TPU_V4,
    model: dense(540e9),
    tokens: 1e12,
    accelerators: 6144,
    published: { mfu: 0.462 },
    source: 'PaLM, arXiv 2204.02311 Table 3'
  },
  {
    name: 'Gopher 280B',
    accelerator: TPU_V3,
    model: dense(280e9),
    tokens: 1e12,
    accelerators: 4096,
    published: { mfu: 0.325 },
    source: 'PaLM, arXiv 2204.02311 Table 3'
  },
  {
    name: 'Pangu Ultra 135B',
    accelerator: ASCEND,
    model: dense(135e9),
    tokens: 1e12,
    accelerators: 8192,
    published: { mfu: 0.5 },
    source: 'Pangu Ultra, arXiv 2504.07866 §5 (system): MFU above 50 % on 8,192 Ascend NPUs'
  },
  {
    name: 'Pangu Ultra MoE 718B',
    accelerator: ASCEND,
    model: moe(718e9, 39e9),
    tokens: 1e12,
    accelerators: 6000,
    published: { mfu: 0.3 },
    source: 'Pangu Ultra MoE, arXiv 2505.04519 abstract: 30.0 % MFU on 6K Ascend NPUs'
  }
]
