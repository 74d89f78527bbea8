/**
 * The assumption registry: every default the core uses, with a typical value, an
 * optimistic–pessimistic range and a citation. Defaults are chosen by workload kind,
 * precision and hardware generation where the physics differs (an A100 reaches a very
 * different utilisation on a 70B LLM than on ResNet-50). Every one is overridable per plan
 * (`assumptionOverrides`) and per workload (`assumptions`).
 */
import type { AssumptionOverrides, WorkloadKind } from '../schema/plan'

export type Better = 'higher' | 'lower'
export type Scenario = 'typical' | 'optimistic' | 'pessimistic'
export const SCENARIOS: readonly Scenario[] = ['typical', 'optimistic', 'pessimistic']

export interface AssumptionContext {
  kind?: WorkloadKind
  /** Accelerator architecture (ampere, hopper, davinci…); undefined for inline cards. */
  architecture?: string
  precision?: string
  language?: string
  /** Memory technology of the card (hbm, gddr, unified): selects decode efficiency. */
  memoryClass?: MemoryClass
}

export type MemoryClass = 'hbm' | 'gddr' | 'unified'

/** HBM, GDDR or unified/LPDDR memory, from a card's free-text `memoryType`. */
export function memoryClassOf(memoryType: string | undefined): MemoryClass | undefined {
  if (memoryType === undefined) return undefined
  if (/hbm/i.test(memoryType)) return 'hbm'
  if (/gddr/i.test(memoryType)) return 'gddr'
  if (/lpddr|ddr|unified|shared/i.test(memoryType)) return 'unified'
  return undefined
}

interface Variant {
  when?: {
    architectures?: readonly string[]
    precisions?: readonly string[]
    languages?: readonly string[]
    memoryClasses?: readonly MemoryClass[]
  }
  typical: number
  low: number
  high: number
  source: string
}

export interface AssumptionDefinition {
  id: string
  unit: string
  /** Which direction gives the optimistic result (fewer cards, fewer days, more tokens/s). */
  better: Better
  /** Accepted override range (inclusive). */
  min: number
  max: number
  /** First matching variant wins; the last has no `when` and is the general default. */
  variants: readonly Variant[]
  /** Assumptions with no default (e.g. a measured throughput) are only used when given. */
  optional?: boolean
}

export const AMPERE_CLASS = ['ampere', 'ada'] as const
export const HOPPER_CLASS = ['hopper', 'blackwell'] as const
export const VOLTA_CLASS = ['volta', 'turing'] as const
const GPU_ARCHITECTURES = [
  ...VOLTA_CLASS,
  ...AMPERE_CLASS,
  ...HOPPER_CLASS,
  'cdna2',
  'cdna3'
] as const

const def = (d: AssumptionDefinition) => d

export const ASSUMPTIONS = [
  // ---------------------------------------------------------------- LLM training
  def({
    id: 'mfu',
    unit: 'fraction',
    better: 'higher',
    min: 0.001,
    max: 1,
    variants: [
      {
        // LLM training no longer reads these variants: its default comes from the MFU model
        // (trainingMfu.ts) of generation, size, MoE, precision, recompute and cluster size.
        // They remain the registry's summary (a 70B dense model at ≤ 4,096 cards).
        when: { architectures: HOPPER_CLASS, precisions: ['fp8'] },
        typical: 0.28,
        low: 0.18,
        high: 0.38,
        source:
          'FP8 training reaches ~1.3-1.5x BF16 speed, not 2x (NVIDIA Transformer Engine / NeMo Llama 2 benchmarks); DeepSeek-V3 report (arXiv 2412.19437): 2.788M H800-hours for 14.8T tokens at 37B active ≈ 0.17 of FP8 peak'
      },
      {
        when: { architectures: HOPPER_CLASS },
        typical: 0.38,
        low: 0.25,
        high: 0.45,
        source:
          'Llama 3 paper (arXiv 2407.21783) Table 4: 38-43 % BF16 MFU on 8K-16K H100; Llama 3.1 model card GPU-hours imply ~0.3-0.35'
      },
      {
        when: { architectures: AMPERE_CLASS },
        typical: 0.42,
        low: 0.33,
        high: 0.5,
        source:
          'LLaMA paper (arXiv 2302.13971) §2.4: 380 tokens/s/GPU for 65B on A100-80GB ≈ 0.48; Llama 2 model card GPU-hours ≈ 0.38-0.43; seed article GPT-3 rows ≈ 0.34-0.45; Megatron-LM (arXiv 2104.04473) 44-52 % HFU'
      },
      {
        when: { architectures: VOLTA_CLASS },
        typical: 0.3,
        low: 0.2,
        high: 0.4,
        source:
          'Megatron-LM (arXiv 1909.08053): 39 TFLOP/s per V100 for 1.2B single-GPU, 30 % of peak at 512 GPUs'
      },
      {
        typical: 0.3,
        low: 0.15,
        high: 0.45,
        source:
          'Estimate for NPUs and other accelerators without a published LLM MFU at scale (Ascend, AMD, Intel, Cambricon, TPU): PanGu-α and MLPerf Training results suggest 0.2-0.45'
      }
    ]
  }),
  def({
    id: 'achievedTflopsPerAccelerator',
    unit: 'TFLOP/s',
    better: 'higher',
    min: 1e-6,
    max: 1e6,
    optional: true,
    variants: [
      {
        typical: 0,
        low: 0,
        high: 0,
        source: 'User-supplied measured throughput (hardware FLOPs, counting recomputation)'
      }
    ]
  }),
  def({
    id: 'tokensPerSecondPerAccelerator',
    unit: 'tokens/s',
    better: 'higher',
    min: 1e-9,
    max: 1e12,
    optional: true,
    variants: [
      { typical: 0, low: 0, high: 0, source: 'User-supplied measured training throughput' }
    ]
  }),
  def({
    id: 'selectiveRecomputeOverhead',
    unit: 'fraction',
    better: 'lower',
    min: 0,
    max: 1,
    variants: [
      {
        typical: 0.03,
        low: 0.01,
        high: 0.05,
        source:
          'Korthikanti et al., "Reducing Activation Recomputation in Large Transformer Models" (arXiv 2205.05198) Table 4: selective recompute adds 1.6-4 % FLOPs'
      }
    ]
  }),
  def({
    id: 'trainingGoodput',
    unit: 'fraction',
    better: 'higher',
    min: 0.05,
    max: 1,
    variants: [
      {
        typical: 0.9,
        low: 0.75,
        high: 0.97,
        source:
          'Share of wall-clock time spent on productive training steps (failures, restarts, lost work since the last checkpoint, checkpoint stalls): Llama 3 (arXiv 2407.21783 §3.3.4) > 90 % effective training time over 54 days on 16K H100 with 466 interruptions; MegaScale (arXiv 2402.15627) > 90 %; MPT-7B trained 9.5 days with no human intervention (≈ 0.97); OPT-175B logbook (arXiv 2205.01068 §2.5) and BLOOM (arXiv 2211.05100) report dozens of restarts (≈ 0.75-0.85). Applied to days, not to accelerator-hours'
      }
    ]
  }),
  def({
    id: 'globalBatchTokens',
    unit: 'tokens',
    // A larger global batch gives each pipeline more micro-batches: a smaller bubble.
    better: 'higher',
    min: 1,
    max: 1e9,
    variants: [
      {
        typical: 4e6,
        low: 1e6,
        high: 16e6,
        source:
          'Tokens per optimizer step (global batch) when the plan gives none: Llama 2 4M tokens (arXiv 2307.09288 §2.2), GPT-3 175B 3.2M (arXiv 2005.14165 Table 2.1), Llama 3 405B 4M rising to 16M (arXiv 2407.21783 §3.4.1); models of a few billion parameters use 0.5-2M (GPT-3 Table 2.1, Pythia)'
      }
    ]
  }),
  def({
    id: 'dataParallelOverlap',
    unit: 'fraction',
    better: 'higher',
    min: 0,
    max: 1,
    variants: [
      {
        typical: 0.7,
        low: 0.4,
        high: 0.95,
        source:
          "Share of the data-parallel gradient all-reduce hidden behind backward compute (planning assumption): PyTorch DDP buckets gradients and overlaps their all-reduce with the backward pass (Li et al., VLDB 2020, arXiv 2006.15704); Megatron-LM overlaps it with the backward pass (--overlap-grad-reduce), but with pipelining only the last micro-batch's backward is left to hide it (Narayanan et al., arXiv 2104.04473 §3.3), and the first bucket can never overlap"
      }
    ]
  }),
  def({
    id: 'corpusBytesPerToken',
    unit: 'bytes/token',
    // More bytes per token → fewer tokens from the same corpus → less compute (issue 13: this
    // pointed the other way, so the optimistic scenario cancelled the MFU range).
    better: 'higher',
    min: 0.1,
    max: 100,
    variants: [
      {
        when: { languages: ['zh'] },
        typical: 4.5,
        low: 3,
        high: 6,
        source:
          'Seed article §1: 1 token ≈ 1.5 Chinese characters; a CJK character is 3 bytes in UTF-8, so ≈ 4.5 bytes/token (tokenizer dependent)'
      },
      {
        when: { languages: ['code'] },
        typical: 3.5,
        low: 2.5,
        high: 4.5,
        source:
          'BPE tokenizers on source code: ~3-4 characters per token (StarCoder / Codex tokenizer statistics)'
      },
      {
        when: { languages: ['en'] },
        typical: 4,
        low: 3.5,
        high: 4.5,
        source:
          'Seed article §1: 1 token ≈ 0.75 English words; GPT-2/LLaMA BPE averages ~4 bytes of English text per token'
      },
      {
        typical: 4,
        low: 3,
        high: 5,
        source: 'Mixed corpus: between the English (4) and Chinese (4.5) figures'
      }
    ]
  }),
  // ---------------------------------------------------------------- LLM fine-tuning
  def({
    id: 'finetuningUtilization',
    unit: 'fraction',
    better: 'higher',
    min: 0.001,
    max: 1,
    variants: [
      {
        typical: 0.35,
        low: 0.2,
        high: 0.5,
        source:
          'Share of dense peak on the FLOPs a fine-tune executes (recomputation included): single-node fine-tunes run short, often padded sequences at small batch, below pre-training MFU (the training MFU model gives 0.4-0.47 for A100 at scale); NVIDIA NeMo / Megatron-Bridge SFT and LoRA recipes and Hugging Face TRL benchmarks land around 30-45 % with flash attention and packing (estimate)'
      }
    ]
  }),
  def({
    id: 'qloraDequantOverhead',
    unit: 'fraction',
    better: 'lower',
    min: 0,
    max: 10,
    variants: [
      {
        typical: 0.3,
        low: 0.15,
        high: 0.6,
        source:
          'Extra time for dequantising NF4 weights in every forward and backward pass: QLoRA (arXiv 2305.14314) trades speed for memory; bitsandbytes 4-bit matmuls run ~1.2-1.6x slower than 16-bit LoRA in Hugging Face PEFT/TRL benchmarks (estimate)'
      }
    ]
  }),
  def({
    id: 'finetuningLogitsShare',
    unit: 'fraction',
    better: 'lower',
    min: 0,
    max: 1,
    variants: [
      {
        typical: 1,
        low: 0.05,
        high: 1,
        source:
          'Share of the fp32 logits and their gradient (8 bytes per token × vocabulary) a fine-tune holds at once: the Hugging Face Transformers loss materialises all of them (typical, high); fused linear cross-entropy (Liger Kernel, arXiv 2410.10989, as LLaMA-Factory `enable_liger_kernel` and Unsloth use) keeps one chunk of next_pow2(tokens ÷ ceil(vocabulary ÷ hidden)) tokens, i.e. hidden ÷ vocabulary to twice that of the logits (linkedin/Liger-Kernel fused_linear_cross_entropy.py): 1/8 for a 32k vocabulary at hidden 4096, 1/16-1/32 for 150k vocabularies, the low end'
      }
    ]
  }),
  def({
    id: 'finetuningCheckpointGpuShare',
    unit: 'fraction',
    better: 'lower',
    min: 0,
    max: 1,
    variants: [
      {
        typical: 1,
        low: 0,
        high: 1,
        source:
          'Share of the per-layer inputs that gradient checkpointing keeps on the card: PyTorch / Hugging Face checkpointing keeps them all (typical, high); Unsloth gradient checkpointing copies each to host memory asynchronously and back for the recomputation (Unsloth blog "4x longer context windows & 1.7x larger batch sizes", April 2024; LLaMA-Factory `use_unsloth_gc`, "no need to install unsloth"), leaving only the recomputed layer on the card, the low end'
      }
    ]
  }),
  def({
    id: 'finetuningMemoryOverheadFraction',
    unit: 'fraction',
    better: 'lower',
    min: 0,
    max: 2,
    variants: [
      {
        typical: 0,
        low: 0,
        high: 0.3,
        source:
          'PyTorch caching-allocator fragmentation and framework buffers on top of the tensors a fine-tune allocates (PyTorch docs, "CUDA semantics: memory management": reserved memory exceeds allocated, `expandable_segments` to reduce fragmentation); typical 0: the per-card figures the QLoRA paper (arXiv 2305.14314: 33B on 24 GB, 65B on 48 GB) and the LoRA paper (arXiv 2106.09685: GPT-3 175B in 350 GB) publish are met by the tensors alone; up to 0.3 without expandable segments'
      }
    ]
  }),
  def({
    id: 'adapterBytesPerParam',
    unit: 'bytes/param',
    better: 'lower',
    min: 1,
    max: 64,
    variants: [
      {
        typical: 12,
        low: 6,
        high: 16,
        source:
          'Per trainable LoRA parameter: 16-bit weight (2) + gradient (2) + fp32 Adam momentum and variance (8) as in the QLoRA paper (arXiv 2305.14314, bf16 adapters); 16 when PEFT keeps adapters in fp32 (4 + 4 + 8; LLaMA-Factory casts trainable parameters to fp32 unless pure_bf16); 6 with an 8-bit optimizer (bitsandbytes AdamW8bit / paged_adamw_8bit: momentum and variance in 1 byte each, Dettmers et al., "8-bit Optimizers via Block-wise Quantization", arXiv 2110.02861), the low end'
      }
    ]
  }),
  // ---------------------------------------------------------------- LLM inference
  def({
    id: 'decodeBandwidthEfficiency',
    unit: 'fraction',
    better: 'higher',
    min: 0.01,
    max: 1,
    variants: [
      {
        when: { memoryClasses: ['unified'] },
        typical: 0.55,
        low: 0.35,
        high: 0.75,
        source:
          'Unified / LPDDR memory (Apple M-series, Jetson, Atlas 300I): llama.cpp Apple Silicon table (ggml-org/llama.cpp discussion #4167): 7B F16 on M2 Ultra 800 GB/s ≈ 39 tokens/s × 13.5 GB ≈ 0.66, Q4_0 ≈ 0.45'
      },
      {
        when: { architectures: GPU_ARCHITECTURES, memoryClasses: ['gddr'] },
        typical: 0.65,
        low: 0.45,
        high: 0.85,
        source:
          'GDDR cards: llama.cpp CUDA results (ggml-org/llama.cpp discussion #15013) for 7B Q4_0 on RTX 4090 (1008 GB/s) ≈ 0.5-0.6 of peak; exllamav2/TensorRT-LLM batch-1 decode ≈ 0.7-0.8'
      },
      {
        when: { architectures: GPU_ARCHITECTURES },
        typical: 0.8,
        low: 0.4,
        high: 0.92,
        source:
          'HBM GPUs, share of peak bandwidth while streaming weights and cache (the fixed per-layer time, decodeLayerOverheadUs, is counted apart): pytorch-labs/gpt-fast README, Llama-2-7B bf16 batch 1 on A100-80GB achieves 1397 of 2039 GB/s (0.69) over the whole step, of which 32 layers × ~50 µs is fixed time, leaving ~0.8 while streaming; NVIDIA nccl/STREAM-style copy kernels reach 0.85-0.92 of HBM peak. Low end from the residual spread of the held-out set (docs/methodology.md § Validation): the Qwen3 speed benchmark (SGLang 0.4.6 on H20 96GB, batch 1) reaches only ~1.3-1.5 of 4.0 TB/s (0.33-0.38)'
      },
      {
        typical: 0.55,
        low: 0.35,
        high: 0.75,
        source:
          'Estimate for NPUs and LPDDR cards, whose decode kernels reach a lower share of peak bandwidth'
      }
    ]
  }),
  def({
    id: 'prefillMfu',
    unit: 'fraction',
    better: 'higher',
    min: 0.01,
    max: 1,
    variants: [
      {
        when: { architectures: GPU_ARCHITECTURES, precisions: ['fp8', 'int8', 'fp4'] },
        typical: 0.45,
        low: 0.3,
        high: 0.6,
        source:
          'GPU matrix multiplies in 8 bits (FP8, W8A8) against the 8-bit peak, twice the 16-bit one: attention, normalisation and activation scaling stay in 16 bits, so the share of the 8-bit peak is lower. NVIDIA/TensorRT-LLM docs/source/performance.md at 138f96d, v0.5 "Low Latency" table (H100 FP8, batch 1): the time a 2,048-token prompt adds over a 128-token one (the fixed per-request time cancels) gives 0.47 of 1,979 TFLOP/s for Llama-2-7B (7 → 36 ms) and 0.41 for Llama-2-70B TP4 (26 → 109 ms); FP8 training runs 1.3-1.5× BF16, not 2× (the training MFU source)'
      },
      {
        when: { architectures: GPU_ARCHITECTURES },
        typical: 0.7,
        low: 0.45,
        high: 0.8,
        source:
          'GPU prefill and large-batch decode matrix multiplies in 16 bits. NVIDIA/TensorRT-LLM docs/source/performance.md at 138f96d, v0.5 "Low Latency" table (A100 FP16, batch 1): the time a 2,048-token prompt adds over a 128-token one gives 0.74 of 312 TFLOP/s for Llama-2-7B (16 → 133 ms) and 0.66 for Llama-2-70B TP4 (47 → 377 ms, all-reduces included); chunked prefill in vLLM / Sarathi-Serve (arXiv 2403.02310) 0.45-0.6, the low end'
      },
      {
        typical: 0.5,
        low: 0.3,
        high: 0.7,
        source:
          'Prefill is compute-bound; vLLM / TensorRT-LLM prefill benchmarks on A100/H100 typically reach 40-60 % of dense peak (e.g. Sarathi-Serve, arXiv 2403.02310)'
      }
    ]
  }),
  def({
    id: 'decodeLayerOverheadUs',
    unit: 'µs',
    better: 'lower',
    min: 0,
    max: 10000,
    variants: [
      {
        typical: 50,
        low: 15,
        high: 70,
        source:
          'Fixed time per layer and decode step (kernel launches, synchronisation) that does not shrink with the bytes read: fitted to pytorch-labs/gpt-fast README (A100-80GB): Llama-2-7B and -70B int8 at 155.6 and 19.1 tokens/s imply ~50 µs per layer with ~0.7 of peak bandwidth; CUDA graphs / TensorRT-LLM reach the low end'
      }
    ]
  }),
  def({
    id: 'pcieBandwidthGBs',
    unit: 'GB/s',
    better: 'higher',
    min: 0.1,
    max: 1000,
    variants: [
      {
        typical: 25,
        low: 12,
        high: 50,
        source:
          'Achieved per-direction PCIe bandwidth between cards with no scale-up fabric: Gen4 x16 is 32 GB/s raw (~25 achieved in nccl-tests over PCIe), Gen3 16 (~12), Gen5 64 (~50) (PCI-SIG base specifications)'
      }
    ]
  }),
  def({
    id: 'scaleOutBandwidthGBs',
    unit: 'GB/s',
    better: 'higher',
    min: 0.1,
    max: 1000,
    variants: [
      {
        typical: 25,
        low: 12.5,
        high: 50,
        source:
          'Per-card network bandwidth between servers: one 200 Gb/s NIC per card (25 GB/s), 100 Gb/s (12.5) to 400 Gb/s (50) (ConnectX-6/7, RoCE/InfiniBand rail-optimised designs)'
      }
    ]
  }),
  def({
    id: 'fabricCollectiveLatencyUs',
    unit: 'µs',
    better: 'lower',
    min: 0,
    max: 10000,
    variants: [
      {
        typical: 8,
        low: 3,
        high: 50,
        source:
          'Small-message all-reduce latency on NVLink/NVSwitch/HCCS within a server, call overhead included, before the per-hop term (collectiveHopLatencyUs): one-shot custom all-reduce kernels (vLLM, SGLang, TensorRT-LLM) take ~5-15 µs at 8-64 KB; the September 2024 pytorch-labs/gpt-fast tensor-parallel table (Llama-2/3.1 7-70B on 2-8 A100) implies ~7-9 µs per all-reduce at TP8; NCCL ring through torch.distributed (the late-2023 edition of the same table) ~30-50 µs, the high end'
      }
    ]
  }),
  def({
    id: 'collectiveHopLatencyUs',
    unit: 'µs',
    better: 'lower',
    min: 0,
    max: 1000,
    variants: [
      {
        typical: 0.5,
        low: 0.25,
        high: 4,
        source:
          'Per-step latency of a ring all-reduce: a ring over n ranks takes 2 (n − 1) steps, each paying one link latency (α-β model, Thakur, Rabenseifner and Gropp, "Optimization of Collective Communication Operations in MPICH", IJHPCA 2005: 2 (p − 1) α + 2 (p − 1)/p n β); NVLink/NVSwitch hop latency ~1-3 µs with synchronisation in NCCL rings (nccl-tests small-message scaling from 2 to 8 GPUs, the high end), ~0.5 µs in one-shot custom all-reduce kernels whose ranks write peers directly (typical: fitted with fabricCollectiveLatencyUs to the 2024 gpt-fast tensor-parallel table)'
      }
    ]
  }),
  def({
    id: 'weightOnlyDecodeEfficiency',
    unit: 'fraction',
    better: 'higher',
    min: 0.05,
    max: 1,
    variants: [
      {
        when: { precisions: ['int4'] },
        typical: 0.7,
        low: 0.5,
        high: 0.95,
        source:
          'Share of the decode bandwidth efficiency that 4-bit weight-only kernels (GPTQ, AWQ, GGUF Q4/Q5) keep while unpacking and dequantising every weight on the fly: pytorch-labs/gpt-fast README reaches 863 GB/s at int4 against 1397 GB/s at bf16 on A100 (batch 1); Marlin kernels (Frantar et al., arXiv 2408.11743) come close to the ideal 4× at batch 1-16, generic GPTQ/AWQ kernels well below it'
      },
      {
        typical: 0.85,
        low: 0.7,
        high: 1,
        source:
          'Share of the decode bandwidth efficiency that int8 weight-only kernels keep (weights converted to 16-bit as they are read): pytorch-labs/gpt-fast README, Llama-2-7B int8 at 155.6 tokens/s reads ~1050 GB/s against 1397 GB/s at bf16 on A100 (batch 1); W8A8 (int8 compute) does not dequantise and skips this'
      }
    ]
  }),
  def({
    id: 'kvGroupReadShare',
    unit: 'fraction',
    better: 'lower',
    min: 0,
    max: 1,
    variants: [
      {
        typical: 0.5,
        low: 0,
        high: 1,
        source:
          'Decode attention with grouped-query KV (GQA/MQA): how much of the group’s extra reads the kernel pays. Each KV head is read once per step by group-aware kernels (FlashAttention / FlashInfer decode, TensorRT-LLM XQA: 0, the low end) and once per query head by per-head kernels that rely on the L2 cache for reuse (vLLM PagedAttention V1/V2, TensorRT-LLM masked MHA before XQA: up to 1, the high end). KV bytes read = cache × (1 + share × (heads ÷ KV heads − 1)). Typical 0.5, from the held-out set (docs/methodology.md § Validation): the TensorRT-LLM v0.6.1 peak-throughput table (Llama-2-70B, 8 query heads per KV head, batch 64-480 at 2k contexts) runs between half and all of the per-head reads, the Qwen2.5 speed benchmark (vLLM 0.6.3, A100, 7 query heads per KV head) at 30k-token contexts about half'
      }
    ]
  }),
  def({
    id: 'hostCollectiveLatencyUs',
    unit: 'µs',
    better: 'lower',
    min: 0,
    max: 10000,
    variants: [
      {
        typical: 40,
        low: 20,
        high: 80,
        source:
          'Small-message all-reduce / send latency over PCIe (through the host) or the network between servers, call overhead included: ~20-80 µs (nccl-tests on PCIe-only and RoCE clusters)'
      }
    ]
  }),
  def({
    id: 'maxSequencesPerReplica',
    unit: 'sequences',
    better: 'higher',
    min: 1,
    max: 1e6,
    variants: [
      {
        typical: 256,
        low: 256,
        high: 256,
        source:
          'Scheduler cap on sequences batched together: vLLM EngineArgs max_num_seqs default 256 (docs.vllm.ai, engine arguments)'
      }
    ]
  }),
  def({
    id: 'runtimeOverheadGB',
    unit: 'GB',
    better: 'lower',
    min: 0,
    max: 1000,
    variants: [
      {
        typical: 0.5,
        low: 0.1,
        high: 1,
        source:
          'CUDA/CANN context and allocator reserve per card: ~0.3-0.5 GB for the CUDA context on Ampere/Hopper (NVIDIA CUDA docs, PyTorch memory notes), ~0.1 GB at the low end. Footprints published as allocated tensors only (torch.cuda.max_memory_allocated in the Qwen2.5 speed benchmark, vLLM\'s "model weights take … GiB") compare with the tensor memory (allocatedGB), which leaves this out'
      }
    ]
  }),
  def({
    id: 'activationTensorsLive',
    unit: 'tensors',
    better: 'lower',
    min: 0,
    max: 100,
    variants: [
      {
        typical: 2,
        low: 1,
        high: 6,
        source:
          'Inference keeps no activations across layers; the peak per-layer working set is about two (hidden + FFN)-wide tensors per token in flight with fused kernels (vLLM, TensorRT-LLM). Eager Hugging Face Transformers holds gate, up, act(gate) and their product (four FFN-wide tensors) plus fp32 norm upcasts at the MLP, the high end: the Qwen2.5 speed benchmark (Transformers 4.46, A100) allocates 0.2-0.5 GiB beyond weights and cache for 14B-32B at a 2k context'
      }
    ]
  }),
  def({
    id: 'prefillChunkTokens',
    unit: 'tokens',
    better: 'lower',
    min: 1,
    max: 1e8,
    variants: [
      {
        typical: 2048,
        low: 512,
        high: 32768,
        source:
          'vLLM max_num_batched_tokens (2048 by default for chunked prefill in recent releases); engines without chunked prefill (Hugging Face Transformers, early vLLM with max_num_batched_tokens = max_model_len) run a whole prompt at once, the high end (Qwen2.5 speed benchmark, Transformers 4.46 on A100: 7B at a 30,720-token prompt peaks 4.6 GiB above the same model at 6,144)'
      }
    ]
  }),
  def({
    id: 'usableMemoryFraction',
    unit: 'fraction',
    better: 'higher',
    min: 0.1,
    max: 1,
    variants: [
      {
        typical: 0.95,
        low: 0.9,
        high: 0.98,
        source:
          'Allocator fragmentation and framework reserve on top of the capacity as shipped (GiB): vLLM gpu_memory_utilization defaults to 0.9; llama.cpp / HF transformers use all but the runtime context (~0.98)'
      }
    ]
  }),
  def({
    id: 'quantGroupSize',
    unit: 'weights/group',
    better: 'higher',
    min: 1,
    max: 1e6,
    variants: [
      {
        typical: 128,
        low: 64,
        high: 128,
        source: 'GPTQ (arXiv 2210.17323) / AutoGPTQ default group size 128'
      }
    ]
  }),
  def({
    id: 'quantScaleBits',
    unit: 'bits/group',
    better: 'lower',
    min: 0,
    max: 64,
    variants: [{ typical: 16, low: 16, high: 16, source: 'GPTQ stores one fp16 scale per group' }]
  }),
  def({
    id: 'quantZeroBits',
    unit: 'bits/group',
    better: 'lower',
    min: 0,
    max: 64,
    variants: [
      {
        typical: 4,
        low: 0,
        high: 16,
        source: 'AutoGPTQ packs one 4-bit zero point per group (0 for symmetric, 16 for fp16 zeros)'
      }
    ]
  }),
  def({
    id: 'hostRuntimeOverheadGB',
    unit: 'GB',
    better: 'lower',
    min: 0,
    max: 10000,
    variants: [
      {
        typical: 2,
        low: 1,
        high: 4,
        source: 'Python, PyTorch and CUDA libraries resident in host RAM while loading (~1-4 GB)'
      }
    ]
  }),
  def({
    id: 'hostCheckpointBytesPerParam',
    unit: 'bytes/param',
    better: 'lower',
    min: 0.1,
    max: 16,
    variants: [
      {
        typical: 2,
        low: 2,
        high: 2,
        source:
          'Seed article §2: RAM to load tracks the fp16 checkpoint (16/32/64/128 GB for LLaMA 7B/13B/30B/65B)'
      }
    ]
  }),
  // ---------------------------------------------------------------- vision training
  def({
    id: 'dataLoaderImagesPerSecondPerNode',
    unit: 'images/s',
    better: 'higher',
    min: 1,
    max: 1e7,
    variants: [
      {
        typical: 30000,
        low: 8000,
        high: 60000,
        source:
          "Images per second one server's input pipeline decodes and augments for training (planning assumption, editable): NVIDIA's published ResNet-50 results (DeepLearningExamples, MLPerf Training) are fed by DALI with GPU JPEG decoding at ~16,000-28,000 images/s per 8-GPU server, so such a pipeline delivers at least that; CPU decoding with PIL/torchvision manages ~100-150 images/s per core (NVIDIA DALI documentation), ~8,000 on a 64-core server"
      }
    ]
  }),
  def({
    id: 'visionMfu',
    unit: 'fraction',
    better: 'higher',
    min: 0.001,
    max: 1,
    variants: [
      {
        when: { precisions: ['fp32'] },
        typical: 0.58,
        low: 0.45,
        high: 0.7,
        source:
          'Plain FP32 (CUDA cores, no tensor cores) keeps a CNN far busier than tensor-core peaks do: NVIDIA DeepLearningExamples ResNet-50 v1.5 FP32 on V100 (PyTorch 2,766-2,855 img/s on 8 GPUs, MXNet 3,005 on 8 and 6,338 on 16) = 0.55-0.63 of 15.7 TFLOPS at 24.8 GFLOP per image; TensorFlow with XLA fusion reaches 412-432 img/s on one V100 (0.65-0.68, the high end)'
      },
      {
        when: { precisions: ['tf32'], architectures: AMPERE_CLASS },
        typical: 0.15,
        low: 0.12,
        high: 0.2,
        source:
          'TF32 on A100 (tensor cores at 156 TFLOPS): NVIDIA DeepLearningExamples ResNet-50 v1.5 runs at 0.14-0.16 of peak: 7,000-8,247 img/s on 8 GPUs (TensorFlow+XLA, PyTorch, PaddlePaddle, MXNet) and 909-938 on one (TensorFlow, PyTorch)'
      },
      {
        when: { architectures: HOPPER_CLASS },
        typical: 0.1,
        low: 0.06,
        high: 0.15,
        source:
          'NVIDIA DeepLearningExamples / MLPerf ResNet-50 on H100: ~3,000-3,500 img/s per GPU × 24.5 GFLOP ≈ 8-9 % of dense FP16 peak'
      },
      {
        when: { architectures: AMPERE_CLASS },
        typical: 0.17,
        low: 0.12,
        high: 0.28,
        source:
          "NVIDIA DeepLearningExamples TensorFlow ResNet-50 v1.5: 16,400 img/s on 8× A100 (mixed precision) = 2,050 img/s × 24.5 GFLOP ≈ 16 % of 312 TFLOPS; the same repository's PyTorch (16,621), PaddlePaddle (23,874) and MXNet (26,674 img/s, 0.265) tables set the high end; TF32 runs (7,248-8,247 img/s) sit at 0.14-0.16 of 156 TFLOPS"
      },
      {
        when: { architectures: VOLTA_CLASS },
        typical: 0.25,
        low: 0.15,
        high: 0.35,
        source:
          'NVIDIA DeepLearningExamples ResNet-50 v1.5 on V100 (mixed precision): ~1,200-1,400 img/s × 24.5 GFLOP ≈ 24-27 % of 125 TFLOPS'
      },
      {
        typical: 0.15,
        low: 0.08,
        high: 0.25,
        source:
          'Estimate: CNN training is memory-bound (low arithmetic intensity), far below LLM MFU'
      }
    ]
  }),
  // ---------------------------------------------------------------- video analytics
  def({
    id: 'clusterParallelEfficiency',
    unit: 'fraction',
    better: 'higher',
    min: 0.01,
    max: 1,
    variants: [
      {
        typical: 0.9,
        low: 0.8,
        high: 0.95,
        source: 'Seed article §8: cluster parallel efficiency is typically ~90 %'
      }
    ]
  }),
  def({
    id: 'videoHeadroom',
    unit: 'fraction',
    better: 'lower',
    min: 0,
    max: 10,
    variants: [
      {
        typical: 0,
        low: 0,
        high: 0.2,
        source:
          'Spare capacity on top of the efficiency allowance; the seed article uses none beyond 90 % efficiency'
      }
    ]
  }),
  def({
    id: 'videoInferenceUtilization',
    unit: 'fraction',
    better: 'higher',
    min: 0.001,
    max: 1,
    variants: [
      {
        typical: 0.3,
        low: 0.2,
        high: 0.5,
        source:
          'Share of INT8 peak a small detector reaches in a streaming pipeline (batching limits, pre/post-processing); estimate from MLPerf Inference edge results'
      }
    ]
  }),
  def({
    id: 'videoH265DecodeRatio',
    unit: 'ratio',
    better: 'higher',
    min: 0.1,
    max: 10,
    variants: [
      {
        typical: 1,
        low: 1,
        high: 1.5,
        source:
          'H.265 ÷ H.264 decode streams for a card that publishes one codec only. Huawei gives one full-HD channel count for both codecs (Ascend 910 launch spec, CANN VDEC spec); NVIDIA DeepStream 7.0 decodes more H.265 than H.264 (T4 45 vs 31, A30 ~150 vs 98): 1.0 is the conservative reading'
      }
    ]
  }),
  def({
    id: 'videoMeasuredTransfer',
    unit: 'ratio',
    better: 'higher',
    min: 0.05,
    max: 20,
    variants: [
      {
        typical: 1,
        low: 0.7,
        high: 1.45,
        source:
          'How a measured TOPS-per-stream figure carries to another card: streams scale with the INT8 peak only within this factor (batching, memory bandwidth, clocks under the power cap). NVIDIA DeepStream 7.0 Performance, PeopleNet-ResNet34 960×544 INT8 end to end on 1080p H.265: frames/s per dense INT8 TOPS T4 7.0 (912), L4 6.9 (1674), Jetson AGX Orin 7.1 (970), A30 9.9 (3273): 0.98-1.41 of the median; low end mirrored in log space'
      }
    ]
  }),
  def({
    id: 'videoDecodeSmallFrameGain',
    unit: 'ratio',
    better: 'higher',
    min: 1,
    max: 10,
    variants: [
      {
        typical: 2,
        low: 2,
        high: 2.25,
        source:
          'Most frames per second a decoder gains over its 1080p rate on smaller frames. Huawei CANN VDEC specifications give ≤720p at exactly twice the 1080p rate, not the 2.25× pixel ratio (Ascend 310: 960 vs 480 FPS, CANN 8.0.0; Ascend 310P: 5760 vs 2880 FPS, Atlas 300V: 4800 vs 2400 FPS, CANN 8.5.0), while 4K is exactly a quarter (120 and 720 FPS): per-frame work caps the gain. High end: the 720p pixel ratio (pure pixel-rate scaling)'
      }
    ]
  }),
  def({
    id: 'videoDecodePipelineShare',
    unit: 'ratio',
    better: 'higher',
    min: 0.05,
    max: 2,
    variants: [
      {
        typical: 1,
        low: 0.8,
        high: 1.05,
        source:
          'Share of the published decoder capacity a full analytics pipeline sustains (scaling, colour conversion and tracking share the engines and memory; stream bitrate and GOP differ from the vendor test). NVIDIA T4: 38 full-HD H.264 streams decoded by datasheet, 31 in the DeepStream 7.0 full pipeline (0.82, docs.nvidia.com/metropolis/deepstream/7.0 DS_Performance). Typical 1: most catalog figures are already pipeline or vendor-table figures. High end: a lighter pipeline than the one a figure was measured with decodes a little more (H100 in DeepStream 7.0: 229 streams with detector, two classifiers and tracker; 230.7 with PeopleNet alone)'
      }
    ]
  }),
  def({
    id: 'videoMemoryPerStreamGB',
    unit: 'GB',
    better: 'lower',
    min: 0.001,
    max: 100,
    variants: [
      {
        typical: 0.1,
        low: 0.05,
        high: 0.25,
        source:
          'Decoded 1080p NV12 surfaces (~3 MB each, 10-20 buffered) plus per-stream tracker state; estimate scaled by pixels for other resolutions'
      }
    ]
  }),
  def({
    id: 'videoModelMemoryGB',
    unit: 'GB',
    better: 'lower',
    min: 0,
    max: 1000,
    variants: [
      {
        typical: 1,
        low: 0.5,
        high: 2,
        source: 'Models, runtime and workspace resident once per card (estimate)'
      }
    ]
  }),
  // ---------------------------------------------------------------- custom
  def({
    id: 'customUtilization',
    unit: 'fraction',
    better: 'higher',
    min: 0.001,
    max: 1,
    variants: [
      {
        typical: 0.4,
        low: 0.25,
        high: 0.55,
        source: 'Generic dense-compute utilisation between the CNN and LLM figures (estimate)'
      }
    ]
  }),
  // ---------------------------------------------------------------- power and cost
  def({
    id: 'averagePowerFraction',
    unit: 'fraction',
    better: 'lower',
    min: 0.01,
    max: 1.5,
    variants: [
      {
        typical: 0.8,
        low: 0.6,
        high: 1,
        source:
          'Average draw of a busy accelerator as a share of TDP (Patel et al., "Characterizing Power Management Opportunities for LLMs in the Cloud", ASPLOS 2024: training near TDP, inference 60-80 %)'
      }
    ]
  }),
  def({
    id: 'maintenanceFractionPerYear',
    unit: 'fraction/year',
    better: 'lower',
    min: 0,
    max: 1,
    variants: [
      {
        typical: 0.05,
        low: 0.03,
        high: 0.1,
        source:
          'Annual hardware support contracts are typically 5-10 % of hardware price (rule of thumb)'
      }
    ]
  })
] as const satisfies readonly AssumptionDefinition[]

export type AssumptionId = (typeof ASSUMPTIONS)[number]['id']

const BY_ID = new Map<string, AssumptionDefinition>(ASSUMPTIONS.map((a) => [a.id, a]))
/** `core.assumptions.<id>`, built once: resolveAssumption runs ~10^4 times per compare. */
const LABEL_KEYS = new Map<string, string>(
  ASSUMPTIONS.map((a) => [a.id, `core.assumptions.${a.id}`])
)

export function assumptionDefinition(id: string): AssumptionDefinition | undefined {
  return BY_ID.get(id)
}

export function isAssumptionId(id: string): id is AssumptionId {
  return BY_ID.has(id)
}

/** A named set of defaults (typical, range, source per assumption id) that replaces the built-ins. */
export type AssumptionPreset = Partial<
  Record<string, { typical: number; low: number; high: number; source: string }>
>

export interface ResolvedAssumption {
  id: string
  labelKey: string
  unit: string
  /** The value used in this scenario. */
  value: number
  typical: number
  low: number
  high: number
  source: string
  origin: 'default' | 'plan' | 'workload'
  /**
   * When the value is set on the plan or the workload: the default it replaces, with its
   * range and citation (so the source of the default is never lost, and a cleared field can
   * fall back to it).
   */
  defaultRange?: { typical: number; low: number; high: number; source: string }
}

function matches(variant: Variant, context: AssumptionContext): boolean {
  const when = variant.when
  if (!when) return true
  if (when.architectures && !when.architectures.includes(context.architecture ?? '')) return false
  if (when.precisions && !when.precisions.includes(context.precision ?? '')) return false
  if (when.languages && !when.languages.includes(context.language ?? '')) return false
  if (when.memoryClasses && !when.memoryClasses.includes(context.memoryClass ?? 'hbm')) return false
  return true
}

type OverrideValue = AssumptionOverrides[string]

/**
 * A number collapses the range to itself; in `{ typical, low?, high? }` a missing end is the
 * typical value. (estimatePlan rejects low > typical or high < typical with a located issue
 * before any calculation; the min/max here only keeps direct callers safe.)
 */
function normalizeOverride(value: OverrideValue): { typical: number; low: number; high: number } {
  if (typeof value === 'number') return { typical: value, low: value, high: value }
  const low = value.low ?? value.typical
  const high = value.high ?? value.typical
  return { typical: value.typical, low: Math.min(low, high), high: Math.max(low, high) }
}

export function pickScenarioValue(
  range: { typical: number; low: number; high: number },
  better: Better,
  scenario: Scenario
): number {
  if (scenario === 'typical') return range.typical
  const optimistic = scenario === 'optimistic'
  return (better === 'higher') === optimistic ? range.high : range.low
}

/**
 * A default computed by a model from the workload's own features (e.g. the training MFU
 * model), taking the place of the registry's variants; overrides still win over it.
 */
export interface ModelledDefault {
  typical: number
  low: number
  high: number
  source: string
}

/** Where an assumption's value can come from, besides the registry's own variants. */
export interface AssumptionSources {
  plan?: AssumptionOverrides
  workload?: AssumptionOverrides
  preset?: AssumptionPreset
  calibration?: AssumptionPreset
}

/**
 * The default in force when the planner set nothing: a calibration profile (the planner's
 * own measurements) outranks a named preset (e.g. a serving framework), which outranks a
 * modelled default (e.g. the training MFU model), which replaces the registry's variants.
 */
function defaultVariant(
  definition: AssumptionDefinition,
  context: AssumptionContext,
  sources: AssumptionSources,
  modelled: ModelledDefault | undefined
): { typical: number; low: number; high: number; source: string } | undefined {
  return (
    sources.calibration?.[definition.id] ??
    sources.preset?.[definition.id] ??
    modelled ??
    (definition.optional ? undefined : definition.variants.find((v) => matches(v, context)))
  )
}

/** Resolves one assumption for a context; undefined for an optional one nobody supplied. */
export function resolveAssumption(
  id: AssumptionId,
  context: AssumptionContext,
  overrides: AssumptionSources,
  scenario: Scenario,
  modelled?: ModelledDefault
): ResolvedAssumption | undefined {
  const definition = BY_ID.get(id)
  if (!definition) throw new Error(`unknown assumption ${id}`)
  const workloadValue = overrides.workload?.[id]
  const planValue = overrides.plan?.[id]
  const labelKey = LABEL_KEYS.get(id) ?? `core.assumptions.${id}`
  const variant = defaultVariant(definition, context, overrides, modelled)
  if (workloadValue !== undefined || planValue !== undefined) {
    const origin = workloadValue !== undefined ? 'workload' : 'plan'
    const range = normalizeOverride((workloadValue ?? planValue) as OverrideValue)
    const resolved: ResolvedAssumption = {
      id,
      labelKey,
      unit: definition.unit,
      value: pickScenarioValue(range, definition.better, scenario),
      ...range,
      source: origin === 'workload' ? 'Set on this workload' : 'Set for the whole plan',
      origin
    }
    if (variant)
      resolved.defaultRange = {
        typical: variant.typical,
        low: variant.low,
        high: variant.high,
        source: variant.source
      }
    return resolved
  }
  if (!variant && definition.optional) return undefined
  if (!variant) throw new Error(`assumption ${id} has no default`)
  return {
    id,
    labelKey,
    unit: definition.unit,
    value: pickScenarioValue(variant, definition.better, scenario),
    typical: variant.typical,
    low: variant.low,
    high: variant.high,
    source: variant.source,
    origin: 'default'
  }
}

/**
 * resolveAssumption's value alone, without building the resolved record (its source, range
 * and default): what a calculation that records no steps needs — scenario re-runs and compare
 * mode, ~10^4 assumptions per compare. Same precedence, so the same number.
 */
export function assumptionValue(
  id: AssumptionId,
  context: AssumptionContext,
  overrides: AssumptionSources,
  scenario: Scenario,
  modelled?: ModelledDefault
): number | undefined {
  const definition = BY_ID.get(id)
  if (!definition) throw new Error(`unknown assumption ${id}`)
  const given = overrides.workload?.[id] ?? overrides.plan?.[id]
  if (given !== undefined)
    return pickScenarioValue(normalizeOverride(given), definition.better, scenario)
  const variant = defaultVariant(definition, context, overrides, modelled)
  if (!variant && definition.optional) return undefined
  if (!variant) throw new Error(`assumption ${id} has no default`)
  return pickScenarioValue(variant, definition.better, scenario)
}
