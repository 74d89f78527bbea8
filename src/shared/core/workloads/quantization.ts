/**
 * Weight formats: stored bytes per weight and the precision the matrix multiplies run in.
 * Weight-only formats (GPTQ/AWQ int4, GGUF, int8 weight-only) dequantise to 16-bit for the
 * multiply; W8A8 (SmoothQuant-style, as Ascend engines use) and FP8 compute in 8-bit.
 */
import type { Precision, QuantizationFormat, WeightPrecision } from '../../schema/plan'

export interface QuantizationInfo {
  /** The `weightPrecision` class the format belongs to (checked against the workload). */
  storageClass: WeightPrecision
  /** Bits per weight, or 'grouped' for GPTQ/AWQ (4 bits + group scale/zero ÷ group size). */
  bitsPerWeight: number | 'grouped'
  compute: Precision
  /**
   * Which tensors the format leaves in 16 bits: 'embeddings' = the token embedding table and
   * the LM head (one matrix when the model ties them); 'none' = the bits per weight already
   * average over every tensor of the file (GGUF mixes, where embeddings are quantised too).
   */
  sixteenBitTensors: 'embeddings' | 'none'
  source: string
}

/** Why GPTQ, AWQ, FP8, int8 weight-only and W8A8 checkpoints keep embeddings and head in 16 bits. */
export const SIXTEEN_BIT_EMBEDDINGS_SOURCE =
  'only the Linear layers inside the decoder blocks are quantised; the token embedding and the LM head stay 16-bit (AutoGPTQ / GPTQ-for-LLaMa quantise `model.layers` only; AutoAWQ `modules_to_not_convert` and the Hugging Face quantizers skip `lm_head`; FP8 checkpoints such as neuralmagic Meta-Llama-3.1-8B-Instruct-FP8, 9.08 GB, keep embed and head in bf16)'

export const QUANTIZATION: Record<QuantizationFormat, QuantizationInfo> = {
  'gptq-int4': {
    storageClass: 'int4',
    bitsPerWeight: 'grouped',
    compute: 'fp16',
    sixteenBitTensors: 'embeddings',
    source: 'GPTQ (arXiv 2210.17323): 4-bit weights, one fp16 scale (+ packed zero) per group'
  },
  'awq-int4': {
    storageClass: 'int4',
    bitsPerWeight: 'grouped',
    compute: 'fp16',
    sixteenBitTensors: 'embeddings',
    source: 'AWQ (arXiv 2306.00978): 4-bit weights, group size 128, fp16 scales and zeros'
  },
  'gguf-q4_k_m': {
    storageClass: 'int4',
    bitsPerWeight: 4.84,
    compute: 'fp16',
    sixteenBitTensors: 'none',
    source: 'llama.cpp tools/quantize README: Q4_K_M 4.84 bits per weight (Llama-2-7B)'
  },
  'gguf-q5_k_m': {
    storageClass: 'int4',
    bitsPerWeight: 5.68,
    compute: 'fp16',
    sixteenBitTensors: 'none',
    source: 'llama.cpp tools/quantize README: Q5_K_M 5.68 bits per weight (Llama-2-7B)'
  },
  'gguf-q8_0': {
    storageClass: 'int8',
    bitsPerWeight: 8.5,
    compute: 'fp16',
    sixteenBitTensors: 'none',
    source: 'ggml Q8_0 block: 32 int8 weights + one fp16 scale = 34 bytes per 32 weights (8.5 bits)'
  },
  'int8-weight-only': {
    storageClass: 'int8',
    bitsPerWeight: 8,
    compute: 'fp16',
    sixteenBitTensors: 'embeddings',
    source: 'Weight-only INT8 (per-channel scales, negligible): multiplies run in 16-bit'
  },
  'w8a8-int8': {
    storageClass: 'int8',
    bitsPerWeight: 8,
    compute: 'int8',
    sixteenBitTensors: 'embeddings',
    source:
      'W8A8 (SmoothQuant, arXiv 2211.10438; Ascend msModelSlim W8A8 for MindIE): INT8 weights and activations, INT8 matrix units'
  },
  fp8: {
    storageClass: 'fp8',
    bitsPerWeight: 8,
    compute: 'fp8',
    sixteenBitTensors: 'embeddings',
    source: 'FP8 (E4M3) weights and activations on FP8 tensor cores (Hopper and later)'
  }
}

/** Without a named format: weight-only for int8/int4, native for the rest. */
export const PLAIN_COMPUTE: Record<WeightPrecision, Precision> = {
  fp32: 'fp32',
  fp16: 'fp16',
  bf16: 'bf16',
  fp8: 'fp8',
  int8: 'fp16',
  int4: 'fp16'
}

/**
 * A named format keeps its 16-bit tensors. Without one, every weight is counted at the
 * precision's width: the generic "params × bytes" arithmetic (as the Llama 3.1 release blog
 * tabulates FP8 and INT4). The seed's 4-bit LLaMA table is GPTQ-for-LLaMa files: 3.5 / 6.5 /
 * 15.8 / 31.2 GiB for 7 / 13 / 30 / 65B is exactly per-channel 4-bit decoder layers plus
 * fp16 embed_tokens and lm_head — name `gptq-int4` to count them that way.
 */
export function sixteenBitTensorsOf(format: QuantizationInfo | undefined): 'embeddings' | 'none' {
  return format ? format.sixteenBitTensors : 'none'
}
