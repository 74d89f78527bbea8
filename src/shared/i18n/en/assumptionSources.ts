/**
 * Issue 19, "Chinese all the way through": the source and rationale of every default the core
 * uses, as the registries write them — the assumption registry (core/assumptions.ts, one entry
 * per variant), the serving-framework presets (core/frameworks.ts), the cluster's planner
 * defaults (core/cluster/storage.ts, facility.ts) and the training MFU model's source
 * (core/trainingMfu.ts, with `{…}` parts). The core keeps writing English (the CLI's JSON, the
 * English workbook); `localizeText` finds a source here by its English text and returns the
 * same key in the reader's language. tests/shared/zh-assumption-sources.test.ts fails when a
 * registry text is missing here or reads in English under zh-CN.
 */
export default {
  registry: {
    videoDecodePipelineShare: {
      default:
        'Share of the published decoder capacity a full analytics pipeline sustains (scaling, colour conversion and tracking share the engines and memory; stream bitrate and GOP differ from the vendor test). NVIDIA T4: 38 full-HD H.264 streams decoded by datasheet, 31 in the DeepStream 7.0 full pipeline (0.82, docs.nvidia.com/metropolis/deepstream/7.0 DS_Performance). Typical 1: most catalog figures are already pipeline or vendor-table figures. High end: a lighter pipeline than the one a figure was measured with decodes a little more (H100 in DeepStream 7.0: 229 streams with detector, two classifiers and tracker; 230.7 with PeopleNet alone)'
    },
    videoDecodeSmallFrameGain: {
      default:
        'Most frames per second a decoder gains over its 1080p rate on smaller frames. Huawei CANN VDEC specifications give ≤720p at exactly twice the 1080p rate, not the 2.25× pixel ratio (Ascend 310: 960 vs 480 FPS, CANN 8.0.0; Ascend 310P: 5760 vs 2880 FPS, Atlas 300V: 4800 vs 2400 FPS, CANN 8.5.0), while 4K is exactly a quarter (120 and 720 FPS): per-frame work caps the gain. High end: the 720p pixel ratio (pure pixel-rate scaling)'
    },
    videoMeasuredTransfer: {
      default:
        'How a measured TOPS-per-stream figure carries to another card: streams scale with the INT8 peak only within this factor (batching, memory bandwidth, clocks under the power cap). NVIDIA DeepStream 7.0 Performance, PeopleNet-ResNet34 960×544 INT8 end to end on 1080p H.265: frames/s per dense INT8 TOPS T4 7.0 (912), L4 6.9 (1674), Jetson AGX Orin 7.1 (970), A30 9.9 (3273): 0.98-1.41 of the median; low end mirrored in log space'
    },
    finetuningCheckpointGpuShare: {
      default:
        'Share of the per-layer inputs that gradient checkpointing keeps on the card: PyTorch / Hugging Face checkpointing keeps them all (typical, high); Unsloth gradient checkpointing copies each to host memory asynchronously and back for the recomputation (Unsloth blog "4x longer context windows & 1.7x larger batch sizes", April 2024; LLaMA-Factory `use_unsloth_gc`, "no need to install unsloth"), leaving only the recomputed layer on the card, the low end'
    },
    mfu: {
      hopperFp8:
        'FP8 training reaches ~1.3-1.5x BF16 speed, not 2x (NVIDIA Transformer Engine / NeMo Llama 2 benchmarks); DeepSeek-V3 report (arXiv 2412.19437): 2.788M H800-hours for 14.8T tokens at 37B active ≈ 0.17 of FP8 peak',
      hopper:
        'Llama 3 paper (arXiv 2407.21783) Table 4: 38-43 % BF16 MFU on 8K-16K H100; Llama 3.1 model card GPU-hours imply ~0.3-0.35',
      ampere:
        'LLaMA paper (arXiv 2302.13971) §2.4: 380 tokens/s/GPU for 65B on A100-80GB ≈ 0.48; Llama 2 model card GPU-hours ≈ 0.38-0.43; seed article GPT-3 rows ≈ 0.34-0.45; Megatron-LM (arXiv 2104.04473) 44-52 % HFU',
      volta:
        'Megatron-LM (arXiv 1909.08053): 39 TFLOP/s per V100 for 1.2B single-GPU, 30 % of peak at 512 GPUs',
      default:
        'Estimate for NPUs and other accelerators without a published LLM MFU at scale (Ascend, AMD, Intel, Cambricon, TPU): PanGu-α and MLPerf Training results suggest 0.2-0.45'
    },
    achievedTflopsPerAccelerator: {
      default: 'User-supplied measured throughput (hardware FLOPs, counting recomputation)'
    },
    tokensPerSecondPerAccelerator: {
      default: 'User-supplied measured training throughput'
    },
    selectiveRecomputeOverhead: {
      default:
        'Korthikanti et al., "Reducing Activation Recomputation in Large Transformer Models" (arXiv 2205.05198) Table 4: selective recompute adds 1.6-4 % FLOPs'
    },
    trainingGoodput: {
      default:
        'Share of wall-clock time spent on productive training steps (failures, restarts, lost work since the last checkpoint, checkpoint stalls): Llama 3 (arXiv 2407.21783 §3.3.4) > 90 % effective training time over 54 days on 16K H100 with 466 interruptions; MegaScale (arXiv 2402.15627) > 90 %; MPT-7B trained 9.5 days with no human intervention (≈ 0.97); OPT-175B logbook (arXiv 2205.01068 §2.5) and BLOOM (arXiv 2211.05100) report dozens of restarts (≈ 0.75-0.85). Applied to days, not to accelerator-hours'
    },
    globalBatchTokens: {
      default:
        'Tokens per optimizer step (global batch) when the plan gives none: Llama 2 4M tokens (arXiv 2307.09288 §2.2), GPT-3 175B 3.2M (arXiv 2005.14165 Table 2.1), Llama 3 405B 4M rising to 16M (arXiv 2407.21783 §3.4.1); models of a few billion parameters use 0.5-2M (GPT-3 Table 2.1, Pythia)'
    },
    dataParallelOverlap: {
      default:
        "Share of the data-parallel gradient all-reduce hidden behind backward compute (planning assumption): PyTorch DDP buckets gradients and overlaps their all-reduce with the backward pass (Li et al., VLDB 2020, arXiv 2006.15704); Megatron-LM overlaps it with the backward pass (--overlap-grad-reduce), but with pipelining only the last micro-batch's backward is left to hide it (Narayanan et al., arXiv 2104.04473 §3.3), and the first bucket can never overlap"
    },
    corpusBytesPerToken: {
      zh: 'Seed article §1: 1 token ≈ 1.5 Chinese characters; a CJK character is 3 bytes in UTF-8, so ≈ 4.5 bytes/token (tokenizer dependent)',
      code: 'BPE tokenizers on source code: ~3-4 characters per token (StarCoder / Codex tokenizer statistics)',
      en: 'Seed article §1: 1 token ≈ 0.75 English words; GPT-2/LLaMA BPE averages ~4 bytes of English text per token',
      default: 'Mixed corpus: between the English (4) and Chinese (4.5) figures'
    },
    finetuningUtilization: {
      default:
        'Share of dense peak on the FLOPs a fine-tune executes (recomputation included): single-node fine-tunes run short, often padded sequences at small batch, below pre-training MFU (the training MFU model gives 0.4-0.47 for A100 at scale); NVIDIA NeMo / Megatron-Bridge SFT and LoRA recipes and Hugging Face TRL benchmarks land around 30-45 % with flash attention and packing (estimate)'
    },
    qloraDequantOverhead: {
      default:
        'Extra time for dequantising NF4 weights in every forward and backward pass: QLoRA (arXiv 2305.14314) trades speed for memory; bitsandbytes 4-bit matmuls run ~1.2-1.6x slower than 16-bit LoRA in Hugging Face PEFT/TRL benchmarks (estimate)'
    },
    finetuningLogitsShare: {
      default:
        'Share of the fp32 logits and their gradient (8 bytes per token × vocabulary) a fine-tune holds at once: the Hugging Face Transformers loss materialises all of them (typical, high); fused linear cross-entropy (Liger Kernel, arXiv 2410.10989, as LLaMA-Factory `enable_liger_kernel` and Unsloth use) keeps one chunk of next_pow2(tokens ÷ ceil(vocabulary ÷ hidden)) tokens, i.e. hidden ÷ vocabulary to twice that of the logits (linkedin/Liger-Kernel fused_linear_cross_entropy.py): 1/8 for a 32k vocabulary at hidden 4096, 1/16-1/32 for 150k vocabularies, the low end'
    },
    finetuningMemoryOverheadFraction: {
      default:
        'PyTorch caching-allocator fragmentation and framework buffers on top of the tensors a fine-tune allocates (PyTorch docs, "CUDA semantics: memory management": reserved memory exceeds allocated, `expandable_segments` to reduce fragmentation); typical 0: the per-card figures the QLoRA paper (arXiv 2305.14314: 33B on 24 GB, 65B on 48 GB) and the LoRA paper (arXiv 2106.09685: GPT-3 175B in 350 GB) publish are met by the tensors alone; up to 0.3 without expandable segments'
    },
    adapterBytesPerParam: {
      default:
        'Per trainable LoRA parameter: 16-bit weight (2) + gradient (2) + fp32 Adam momentum and variance (8) as in the QLoRA paper (arXiv 2305.14314, bf16 adapters); 16 when PEFT keeps adapters in fp32 (4 + 4 + 8; LLaMA-Factory casts trainable parameters to fp32 unless pure_bf16); 6 with an 8-bit optimizer (bitsandbytes AdamW8bit / paged_adamw_8bit: momentum and variance in 1 byte each, Dettmers et al., "8-bit Optimizers via Block-wise Quantization", arXiv 2110.02861), the low end'
    },
    decodeBandwidthEfficiency: {
      unified:
        'Unified / LPDDR memory (Apple M-series, Jetson, Atlas 300I): llama.cpp Apple Silicon table (ggml-org/llama.cpp discussion #4167): 7B F16 on M2 Ultra 800 GB/s ≈ 39 tokens/s × 13.5 GB ≈ 0.66, Q4_0 ≈ 0.45',
      gpuGddr:
        'GDDR cards: llama.cpp CUDA results (ggml-org/llama.cpp discussion #15013) for 7B Q4_0 on RTX 4090 (1008 GB/s) ≈ 0.5-0.6 of peak; exllamav2/TensorRT-LLM batch-1 decode ≈ 0.7-0.8',
      gpu: 'HBM GPUs, share of peak bandwidth while streaming weights and cache (the fixed per-layer time, decodeLayerOverheadUs, is counted apart): pytorch-labs/gpt-fast README, Llama-2-7B bf16 batch 1 on A100-80GB achieves 1397 of 2039 GB/s (0.69) over the whole step, of which 32 layers × ~50 µs is fixed time, leaving ~0.8 while streaming; NVIDIA nccl/STREAM-style copy kernels reach 0.85-0.92 of HBM peak. Low end from the residual spread of the held-out set (docs/methodology.md § Validation): the Qwen3 speed benchmark (SGLang 0.4.6 on H20 96GB, batch 1) reaches only ~1.3-1.5 of 4.0 TB/s (0.33-0.38)',
      default:
        'Estimate for NPUs and LPDDR cards, whose decode kernels reach a lower share of peak bandwidth'
    },
    prefillMfu: {
      default:
        'Prefill is compute-bound; vLLM / TensorRT-LLM prefill benchmarks on A100/H100 typically reach 40-60 % of dense peak (e.g. Sarathi-Serve, arXiv 2403.02310)',
      gpu8: 'GPU matrix multiplies in 8 bits (FP8, W8A8) against the 8-bit peak, twice the 16-bit one: attention, normalisation and activation scaling stay in 16 bits, so the share of the 8-bit peak is lower. NVIDIA/TensorRT-LLM docs/source/performance.md at 138f96d, v0.5 "Low Latency" table (H100 FP8, batch 1): the time a 2,048-token prompt adds over a 128-token one (the fixed per-request time cancels) gives 0.47 of 1,979 TFLOP/s for Llama-2-7B (7 → 36 ms) and 0.41 for Llama-2-70B TP4 (26 → 109 ms); FP8 training runs 1.3-1.5× BF16, not 2× (the training MFU source)',
      gpu16:
        'GPU prefill and large-batch decode matrix multiplies in 16 bits. NVIDIA/TensorRT-LLM docs/source/performance.md at 138f96d, v0.5 "Low Latency" table (A100 FP16, batch 1): the time a 2,048-token prompt adds over a 128-token one gives 0.74 of 312 TFLOP/s for Llama-2-7B (16 → 133 ms) and 0.66 for Llama-2-70B TP4 (47 → 377 ms, all-reduces included); chunked prefill in vLLM / Sarathi-Serve (arXiv 2403.02310) 0.45-0.6, the low end'
    },
    decodeLayerOverheadUs: {
      default:
        'Fixed time per layer and decode step (kernel launches, synchronisation) that does not shrink with the bytes read: fitted to pytorch-labs/gpt-fast README (A100-80GB): Llama-2-7B and -70B int8 at 155.6 and 19.1 tokens/s imply ~50 µs per layer with ~0.7 of peak bandwidth; CUDA graphs / TensorRT-LLM reach the low end'
    },
    pcieBandwidthGBs: {
      default:
        'Achieved per-direction PCIe bandwidth between cards with no scale-up fabric: Gen4 x16 is 32 GB/s raw (~25 achieved in nccl-tests over PCIe), Gen3 16 (~12), Gen5 64 (~50) (PCI-SIG base specifications)'
    },
    scaleOutBandwidthGBs: {
      default:
        'Per-card network bandwidth between servers: one 200 Gb/s NIC per card (25 GB/s), 100 Gb/s (12.5) to 400 Gb/s (50) (ConnectX-6/7, RoCE/InfiniBand rail-optimised designs)'
    },
    fabricCollectiveLatencyUs: {
      default:
        'Small-message all-reduce latency on NVLink/NVSwitch/HCCS within a server, call overhead included, before the per-hop term (collectiveHopLatencyUs): one-shot custom all-reduce kernels (vLLM, SGLang, TensorRT-LLM) take ~5-15 µs at 8-64 KB; the September 2024 pytorch-labs/gpt-fast tensor-parallel table (Llama-2/3.1 7-70B on 2-8 A100) implies ~7-9 µs per all-reduce at TP8; NCCL ring through torch.distributed (the late-2023 edition of the same table) ~30-50 µs, the high end'
    },
    collectiveHopLatencyUs: {
      default:
        'Per-step latency of a ring all-reduce: a ring over n ranks takes 2 (n − 1) steps, each paying one link latency (α-β model, Thakur, Rabenseifner and Gropp, "Optimization of Collective Communication Operations in MPICH", IJHPCA 2005: 2 (p − 1) α + 2 (p − 1)/p n β); NVLink/NVSwitch hop latency ~1-3 µs with synchronisation in NCCL rings (nccl-tests small-message scaling from 2 to 8 GPUs, the high end), ~0.5 µs in one-shot custom all-reduce kernels whose ranks write peers directly (typical: fitted with fabricCollectiveLatencyUs to the 2024 gpt-fast tensor-parallel table)'
    },
    weightOnlyDecodeEfficiency: {
      int4: 'Share of the decode bandwidth efficiency that 4-bit weight-only kernels (GPTQ, AWQ, GGUF Q4/Q5) keep while unpacking and dequantising every weight on the fly: pytorch-labs/gpt-fast README reaches 863 GB/s at int4 against 1397 GB/s at bf16 on A100 (batch 1); Marlin kernels (Frantar et al., arXiv 2408.11743) come close to the ideal 4× at batch 1-16, generic GPTQ/AWQ kernels well below it',
      default:
        'Share of the decode bandwidth efficiency that int8 weight-only kernels keep (weights converted to 16-bit as they are read): pytorch-labs/gpt-fast README, Llama-2-7B int8 at 155.6 tokens/s reads ~1050 GB/s against 1397 GB/s at bf16 on A100 (batch 1); W8A8 (int8 compute) does not dequantise and skips this'
    },
    kvGroupReadShare: {
      default:
        'Decode attention with grouped-query KV (GQA/MQA): how much of the group’s extra reads the kernel pays. Each KV head is read once per step by group-aware kernels (FlashAttention / FlashInfer decode, TensorRT-LLM XQA: 0, the low end) and once per query head by per-head kernels that rely on the L2 cache for reuse (vLLM PagedAttention V1/V2, TensorRT-LLM masked MHA before XQA: up to 1, the high end). KV bytes read = cache × (1 + share × (heads ÷ KV heads − 1)). Typical 0.5, from the held-out set (docs/methodology.md § Validation): the TensorRT-LLM v0.6.1 peak-throughput table (Llama-2-70B, 8 query heads per KV head, batch 64-480 at 2k contexts) runs between half and all of the per-head reads, the Qwen2.5 speed benchmark (vLLM 0.6.3, A100, 7 query heads per KV head) at 30k-token contexts about half'
    },
    hostCollectiveLatencyUs: {
      default:
        'Small-message all-reduce / send latency over PCIe (through the host) or the network between servers, call overhead included: ~20-80 µs (nccl-tests on PCIe-only and RoCE clusters)'
    },
    maxSequencesPerReplica: {
      default:
        'Scheduler cap on sequences batched together: vLLM EngineArgs max_num_seqs default 256 (docs.vllm.ai, engine arguments)'
    },
    runtimeOverheadGB: {
      default:
        'CUDA/CANN context and allocator reserve per card: ~0.3-0.5 GB for the CUDA context on Ampere/Hopper (NVIDIA CUDA docs, PyTorch memory notes), ~0.1 GB at the low end. Footprints published as allocated tensors only (torch.cuda.max_memory_allocated in the Qwen2.5 speed benchmark, vLLM\'s "model weights take … GiB") compare with the tensor memory (allocatedGB), which leaves this out'
    },
    activationTensorsLive: {
      default:
        'Inference keeps no activations across layers; the peak per-layer working set is about two (hidden + FFN)-wide tensors per token in flight with fused kernels (vLLM, TensorRT-LLM). Eager Hugging Face Transformers holds gate, up, act(gate) and their product (four FFN-wide tensors) plus fp32 norm upcasts at the MLP, the high end: the Qwen2.5 speed benchmark (Transformers 4.46, A100) allocates 0.2-0.5 GiB beyond weights and cache for 14B-32B at a 2k context'
    },
    prefillChunkTokens: {
      default:
        'vLLM max_num_batched_tokens (2048 by default for chunked prefill in recent releases); engines without chunked prefill (Hugging Face Transformers, early vLLM with max_num_batched_tokens = max_model_len) run a whole prompt at once, the high end (Qwen2.5 speed benchmark, Transformers 4.46 on A100: 7B at a 30,720-token prompt peaks 4.6 GiB above the same model at 6,144)'
    },
    usableMemoryFraction: {
      default:
        'Allocator fragmentation and framework reserve on top of the capacity as shipped (GiB): vLLM gpu_memory_utilization defaults to 0.9; llama.cpp / HF transformers use all but the runtime context (~0.98)'
    },
    quantGroupSize: {
      default: 'GPTQ (arXiv 2210.17323) / AutoGPTQ default group size 128'
    },
    quantScaleBits: {
      default: 'GPTQ stores one fp16 scale per group'
    },
    quantZeroBits: {
      default: 'AutoGPTQ packs one 4-bit zero point per group (0 for symmetric, 16 for fp16 zeros)'
    },
    hostRuntimeOverheadGB: {
      default: 'Python, PyTorch and CUDA libraries resident in host RAM while loading (~1-4 GB)'
    },
    hostCheckpointBytesPerParam: {
      default:
        'Seed article §2: RAM to load tracks the fp16 checkpoint (16/32/64/128 GB for LLaMA 7B/13B/30B/65B)'
    },
    dataLoaderImagesPerSecondPerNode: {
      default:
        "Images per second one server's input pipeline decodes and augments for training (planning assumption, editable): NVIDIA's published ResNet-50 results (DeepLearningExamples, MLPerf Training) are fed by DALI with GPU JPEG decoding at ~16,000-28,000 images/s per 8-GPU server, so such a pipeline delivers at least that; CPU decoding with PIL/torchvision manages ~100-150 images/s per core (NVIDIA DALI documentation), ~8,000 on a 64-core server"
    },
    visionMfu: {
      fp32: 'Plain FP32 (CUDA cores, no tensor cores) keeps a CNN far busier than tensor-core peaks do: NVIDIA DeepLearningExamples ResNet-50 v1.5 FP32 on V100 (PyTorch 2,766-2,855 img/s on 8 GPUs, MXNet 3,005 on 8 and 6,338 on 16) = 0.55-0.63 of 15.7 TFLOPS at 24.8 GFLOP per image; TensorFlow with XLA fusion reaches 412-432 img/s on one V100 (0.65-0.68, the high end)',
      hopper:
        'NVIDIA DeepLearningExamples / MLPerf ResNet-50 on H100: ~3,000-3,500 img/s per GPU × 24.5 GFLOP ≈ 8-9 % of dense FP16 peak',
      ampere:
        "NVIDIA DeepLearningExamples TensorFlow ResNet-50 v1.5: 16,400 img/s on 8× A100 (mixed precision) = 2,050 img/s × 24.5 GFLOP ≈ 16 % of 312 TFLOPS; the same repository's PyTorch (16,621), PaddlePaddle (23,874) and MXNet (26,674 img/s, 0.265) tables set the high end; TF32 runs (7,248-8,247 img/s) sit at 0.14-0.16 of 156 TFLOPS",
      volta:
        'NVIDIA DeepLearningExamples ResNet-50 v1.5 on V100 (mixed precision): ~1,200-1,400 img/s × 24.5 GFLOP ≈ 24-27 % of 125 TFLOPS',
      default:
        'Estimate: CNN training is memory-bound (low arithmetic intensity), far below LLM MFU',
      tf32Ampere:
        'TF32 on A100 (tensor cores at 156 TFLOPS): NVIDIA DeepLearningExamples ResNet-50 v1.5 runs at 0.14-0.16 of peak: 7,000-8,247 img/s on 8 GPUs (TensorFlow+XLA, PyTorch, PaddlePaddle, MXNet) and 909-938 on one (TensorFlow, PyTorch)'
    },
    clusterParallelEfficiency: {
      default: 'Seed article §8: cluster parallel efficiency is typically ~90 %'
    },
    videoHeadroom: {
      default:
        'Spare capacity on top of the efficiency allowance; the seed article uses none beyond 90 % efficiency'
    },
    videoInferenceUtilization: {
      default:
        'Share of INT8 peak a small detector reaches in a streaming pipeline (batching limits, pre/post-processing); estimate from MLPerf Inference edge results'
    },
    videoH265DecodeRatio: {
      default:
        'H.265 ÷ H.264 decode streams for a card that publishes one codec only. Huawei gives one full-HD channel count for both codecs (Ascend 910 launch spec, CANN VDEC spec); NVIDIA DeepStream 7.0 decodes more H.265 than H.264 (T4 45 vs 31, A30 ~150 vs 98): 1.0 is the conservative reading'
    },
    videoMemoryPerStreamGB: {
      default:
        'Decoded 1080p NV12 surfaces (~3 MB each, 10-20 buffered) plus per-stream tracker state; estimate scaled by pixels for other resolutions'
    },
    videoModelMemoryGB: {
      default: 'Models, runtime and workspace resident once per card (estimate)'
    },
    customUtilization: {
      default: 'Generic dense-compute utilisation between the CNN and LLM figures (estimate)'
    },
    averagePowerFraction: {
      default:
        'Average draw of a busy accelerator as a share of TDP (Patel et al., "Characterizing Power Management Opportunities for LLMs in the Cloud", ASPLOS 2024: training near TDP, inference 60-80 %)'
    },
    maintenanceFractionPerYear: {
      default:
        'Annual hardware support contracts are typically 5-10 % of hardware price (rule of thumb)'
    }
  },
  presets: {
    vllm: {
      usableMemoryFraction:
        'vLLM preset: gpu_memory_utilization defaults to 0.9 of the card (docs.vllm.ai, engine arguments)',
      maxSequencesPerReplica:
        'vLLM preset: max_num_seqs 256 by default (docs.vllm.ai, engine arguments)',
      prefillChunkTokens:
        'vLLM preset: max_num_batched_tokens 2048 with chunked prefill (docs.vllm.ai, optimization and tuning)',
      weightOnlyDecodeEfficiency:
        'vLLM preset: GPTQ and AWQ checkpoints (4- and 8-bit) run on the Marlin mixed-precision kernels (vLLM gptq_marlin / awq_marlin, the default on Ampere and later since 0.5), which stay close to the ideal weight-bytes speed-up at small batches (Frantar et al., "MARLIN", arXiv 2408.11743)',
      decodeLayerOverheadUs:
        'vLLM preset: fixed time per layer and decode step including the engine loop (scheduler, sampling, CUDA-graph replay), fitted to the Qwen2.5 speed benchmark (QwenLM/Qwen2.5 docs, vLLM 0.6.3 on A100 80GB, batch 1): 1.5B-72B models decode 1-2.5 ms per step slower than their bytes at the HBM default explain'
    },
    tensorrtLlm: {
      usableMemoryFraction:
        'TensorRT-LLM preset: KvCacheConfig free_gpu_memory_fraction 0.9 of the memory left after weights and activations (nvidia.github.io/TensorRT-LLM, "How to change KV cache behavior")',
      decodeBandwidthEfficiency:
        'TensorRT-LLM preset: fused decode kernels and CUDA graphs reach a higher share of bandwidth than the generic default. Fitted (in-sample) to the Llama-2 rows of NVIDIA/TensorRT-LLM docs/source/performance.md at 138f96d (v0.6.1 peak throughput, gptSessionBenchmark, static batch): Llama-2-7B batch 112, 128 in / 2,048 out on H100 reads ~40 GB of weights and FP8 cache per 16.4 ms step (≥ 0.74 of 3.35 TB/s with no fixed time at all); batch 48 at 2,048 / 2,048 ≥ 0.77; STREAM-style copies reach 0.85-0.92 of HBM peak (the high end)',
      maxSequencesPerReplica:
        'TensorRT-LLM preset: max_batch_size 2048 by default in the LLM API / trtllm-serve (TensorRT-LLM build and runtime options)',
      decodeLayerOverheadUs:
        'TensorRT-LLM preset: one compiled engine per step (fused attention plugin, GEMM + activation fusion, CUDA graphs) leaves little fixed time per layer; the generic default (50 µs) was fitted to PyTorch gpt-fast, whose low end (15) the source already attributes to CUDA-graph engines; 50 µs as the high end'
    },
    llamaCpp: {
      usableMemoryFraction:
        'llama.cpp preset: weights and a fixed-size KV cache (n_ctx × n_parallel) are allocated up front; only the CUDA/Metal context and compute buffers are extra (ggml-org/llama.cpp, tools/server README)',
      decodeBandwidthEfficiency:
        'llama.cpp preset: token generation (tg128) in ggml-org/llama.cpp discussion #15013 (CUDA) and #4167 (Apple Silicon) reaches ~0.45-0.7 of peak bandwidth',
      prefillMfu:
        'llama.cpp preset: prompt processing (pp512) in ggml-org/llama.cpp discussion #15013 reaches roughly a third of dense fp16 peak',
      maxSequencesPerReplica:
        'llama.cpp preset: llama-server --parallel (slots) is small (1 by default in older releases, 4 with auto in recent ones); each slot gets n_ctx / n_parallel'
    },
    mindie: {
      usableMemoryFraction:
        'MindIE preset: npuMemSize -1 sizes the KV cache automatically from the NPU memory left after weights (hiascend.com MindIE LLM config.json reference, release note 1.0.RC3); a ~10 % reserve as in vLLM-Ascend',
      decodeBandwidthEfficiency:
        'MindIE preset: Ascend decode kernels reach a lower share of HBM bandwidth than CUDA ones (estimate consistent with the NPU default)',
      maxSequencesPerReplica:
        'MindIE preset: maxBatchSize 200 in the shipped config.json (hiascend.com MindIE Server configuration reference)'
    }
  },
  cluster: {
    checkpointsKept:
      'Planner default: keep the last three full checkpoints (roll back past one corrupted save); edit to your retention policy',
    checkpointWriteSeconds:
      'Planner default: write a full checkpoint within 5 minutes so that saving every hour costs under 10 % of training time; edit to your target',
    readGBpsPerServer:
      'Planner default of 4 GB/s per 8-accelerator server; NVIDIA DGX SuperPOD storage guidance lists per-node read targets from a few GB/s up to 40 GB/s by workload; edit to yours',
    managementNodes:
      'Planner default: a highly available pair of head nodes (scheduler, provisioning, monitoring) when the cluster has more than one server; the DGX SuperPOD H100 RA uses 5 management servers for 4 SU',
    loginNodes: 'Planner default: one login node when the plan trains (users submit jobs there)',
    liquidCooling:
      'ASHRAE TC 9.9 and vendor guidance: air cooling with rear-door or in-row units reaches about 30–40 kW per rack; denser racks need direct liquid cooling'
  },
  model: {
    trainingMfu:
      'MFU model fitted to 44 published runs (docs/methodology.md, "Training MFU model"): {generation}-class base {base} × size {size} × MoE {moe} × FP8 {fp8} × full-recompute {recompute} × cluster {cluster}; band ×{bandLow}–×{bandHigh} holds ≥ 90 % of the calibration runs'
  },
  generations: {
    ampere: 'ampere',
    hopper: 'hopper',
    volta: 'volta',
    other: 'other'
  }
}
