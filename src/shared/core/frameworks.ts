/**
 * Serving-framework presets: named assumption sets a workload can pick (`framework`).
 * A preset replaces the built-in defaults only; values the planner sets on the plan or the
 * workload still win. Each value carries the framework documentation it comes from.
 */
import type { InferenceFramework } from '../schema/plan'
import type { AssumptionPreset } from './assumptions'

export const FRAMEWORK_PRESETS: Record<InferenceFramework, AssumptionPreset> = {
  vllm: {
    usableMemoryFraction: {
      typical: 0.9,
      low: 0.85,
      high: 0.95,
      source:
        'vLLM preset: gpu_memory_utilization defaults to 0.9 of the card (docs.vllm.ai, engine arguments)'
    },
    maxSequencesPerReplica: {
      typical: 256,
      low: 256,
      high: 1024,
      source: 'vLLM preset: max_num_seqs 256 by default (docs.vllm.ai, engine arguments)'
    },
    prefillChunkTokens: {
      typical: 2048,
      low: 512,
      high: 8192,
      source:
        'vLLM preset: max_num_batched_tokens 2048 with chunked prefill (docs.vllm.ai, optimization and tuning)'
    },
    weightOnlyDecodeEfficiency: {
      typical: 0.9,
      low: 0.7,
      high: 1,
      source:
        'vLLM preset: GPTQ and AWQ checkpoints (4- and 8-bit) run on the Marlin mixed-precision kernels (vLLM gptq_marlin / awq_marlin, the default on Ampere and later since 0.5), which stay close to the ideal weight-bytes speed-up at small batches (Frantar et al., "MARLIN", arXiv 2408.11743)'
    },
    decodeLayerOverheadUs: {
      typical: 90,
      low: 40,
      high: 150,
      source:
        'vLLM preset: fixed time per layer and decode step including the engine loop (scheduler, sampling, CUDA-graph replay), fitted to the Qwen2.5 speed benchmark (QwenLM/Qwen2.5 docs, vLLM 0.6.3 on A100 80GB, batch 1): 1.5B-72B models decode 1-2.5 ms per step slower than their bytes at the HBM default explain'
    }
  },
  'tensorrt-llm': {
    usableMemoryFraction: {
      typical: 0.92,
      low: 0.88,
      high: 0.95,
      source:
        'TensorRT-LLM preset: KvCacheConfig free_gpu_memory_fraction 0.9 of the memory left after weights and activations (nvidia.github.io/TensorRT-LLM, "How to change KV cache behavior")'
    },
    decodeBandwidthEfficiency: {
      typical: 0.8,
      low: 0.65,
      high: 0.92,
      source:
        'TensorRT-LLM preset: fused decode kernels and CUDA graphs reach a higher share of bandwidth than the generic default. Fitted (in-sample) to the Llama-2 rows of NVIDIA/TensorRT-LLM docs/source/performance.md at 138f96d (v0.6.1 peak throughput, gptSessionBenchmark, static batch): Llama-2-7B batch 112, 128 in / 2,048 out on H100 reads ~40 GB of weights and FP8 cache per 16.4 ms step (≥ 0.74 of 3.35 TB/s with no fixed time at all); batch 48 at 2,048 / 2,048 ≥ 0.77; STREAM-style copies reach 0.85-0.92 of HBM peak (the high end)'
    },
    decodeLayerOverheadUs: {
      typical: 15,
      low: 5,
      high: 50,
      source:
        'TensorRT-LLM preset: one compiled engine per step (fused attention plugin, GEMM + activation fusion, CUDA graphs) leaves little fixed time per layer; the generic default (50 µs) was fitted to PyTorch gpt-fast, whose low end (15) the source already attributes to CUDA-graph engines; 50 µs as the high end'
    },
    maxSequencesPerReplica: {
      typical: 2048,
      low: 256,
      high: 2048,
      source:
        'TensorRT-LLM preset: max_batch_size 2048 by default in the LLM API / trtllm-serve (TensorRT-LLM build and runtime options)'
    }
  },
  'llama.cpp': {
    usableMemoryFraction: {
      typical: 0.98,
      low: 0.95,
      high: 0.99,
      source:
        'llama.cpp preset: weights and a fixed-size KV cache (n_ctx × n_parallel) are allocated up front; only the CUDA/Metal context and compute buffers are extra (ggml-org/llama.cpp, tools/server README)'
    },
    decodeBandwidthEfficiency: {
      typical: 0.55,
      low: 0.4,
      high: 0.7,
      source:
        'llama.cpp preset: token generation (tg128) in ggml-org/llama.cpp discussion #15013 (CUDA) and #4167 (Apple Silicon) reaches ~0.45-0.7 of peak bandwidth'
    },
    prefillMfu: {
      typical: 0.3,
      low: 0.15,
      high: 0.45,
      source:
        'llama.cpp preset: prompt processing (pp512) in ggml-org/llama.cpp discussion #15013 reaches roughly a third of dense fp16 peak'
    },
    maxSequencesPerReplica: {
      typical: 4,
      low: 1,
      high: 16,
      source:
        'llama.cpp preset: llama-server --parallel (slots) is small (1 by default in older releases, 4 with auto in recent ones); each slot gets n_ctx / n_parallel'
    }
  },
  mindie: {
    usableMemoryFraction: {
      typical: 0.9,
      low: 0.85,
      high: 0.95,
      source:
        'MindIE preset: npuMemSize -1 sizes the KV cache automatically from the NPU memory left after weights (hiascend.com MindIE LLM config.json reference, release note 1.0.RC3); a ~10 % reserve as in vLLM-Ascend'
    },
    decodeBandwidthEfficiency: {
      typical: 0.55,
      low: 0.4,
      high: 0.7,
      source:
        'MindIE preset: Ascend decode kernels reach a lower share of HBM bandwidth than CUDA ones (estimate consistent with the NPU default)'
    },
    maxSequencesPerReplica: {
      typical: 200,
      low: 50,
      high: 512,
      source:
        'MindIE preset: maxBatchSize 200 in the shipped config.json (hiascend.com MindIE Server configuration reference)'
    }
  }
}

export function frameworkPreset(framework: InferenceFramework | undefined): AssumptionPreset {
  return framework === undefined ? {} : FRAMEWORK_PRESETS[framework]
}
