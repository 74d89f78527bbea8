// Messages for the 'assumptionSources' area (see ../en/assumptionSources.ts): each default's
// source and rationale in Chinese. Keys in step with the English file. Names of products,
// software, papers' titles (in quotes), arXiv numbers, addresses and configuration keys stay
// as written; authors' names are left out where the arXiv number cites the paper.
export default {
  registry: {
    videoDecodePipelineShare: {
      default:
        '完整分析流水线能维持的标称解码能力的比例（缩放、色彩转换和跟踪共用引擎与内存；码率和图像组结构与厂商测试不同）。NVIDIA T4：按数据手册可解码 38 路全高清 H.264，在 DeepStream 7.0 完整流水线中为 31 路（0.82，docs.nvidia.com/metropolis/deepstream/7.0 DS_Performance）。典型值 1：目录中的多数数字本身就是流水线或厂商表格的数字。高端：比测得该数字时更轻的流水线能多解码一些（H100 在 DeepStream 7.0 中：带检测器、两个分类器和跟踪器时 229 路；仅 PeopleNet 时 230.7 路）'
    },
    videoDecodeSmallFrameGain: {
      default:
        '解码器处理较小画面时，每秒帧数相对其 1080p 帧率最多提高的倍数。华为 CANN VDEC 规格给出 ≤720p 恰为 1080p 帧率的两倍，而非 2.25 倍的像素比（Ascend 310：960 对 480 FPS，CANN 8.0.0；Ascend 310P：5760 对 2880 FPS，Atlas 300V：4800 对 2400 FPS，CANN 8.5.0），而 4K 恰为四分之一（120 与 720 FPS）：每帧的固定工作量限制了增益。高端：720p 的像素比（纯按像素率缩放）'
    },
    videoMeasuredTransfer: {
      default:
        '把实测的每路 TOPS 换算到另一张卡：路数仅在此系数范围内随 INT8 峰值缩放（批处理、显存带宽、功耗上限下的频率）。NVIDIA DeepStream 7.0“Performance”页，PeopleNet-ResNet34 960×544 INT8 端到端处理 1080p H.265：每 TOPS（稠密 INT8）的帧率 T4 7.0（912）、L4 6.9（1674）、Jetson AGX Orin 7.1（970）、A30 9.9（3273）：为中位数的 0.98–1.41；低端按对数空间对称取'
    },
    finetuningCheckpointGpuShare: {
      default:
        '梯度检查点保留在卡上的每层输入的比例：PyTorch / Hugging Face 的检查点全部保留在卡上（典型值，高端）；Unsloth 的梯度检查点把每层输入异步复制到主机内存、重计算时再取回（Unsloth 博客“4x longer context windows & 1.7x larger batch sizes”，2024 年 4 月；LLaMA-Factory `use_unsloth_gc`，“no need to install unsloth”），卡上只留正在重计算的一层，为低端'
    },
    mfu: {
      hopperFp8:
        'FP8 训练速度约为 BF16 的 1.3–1.5 倍，而非 2 倍（NVIDIA Transformer Engine / NeMo Llama 2 基准测试）；DeepSeek-V3 技术报告（arXiv 2412.19437）：14.8T token、37B 激活参数用 278.8 万 H800 卡时，约为 FP8 峰值的 0.17',
      hopper:
        'Llama 3 论文（arXiv 2407.21783）表 4：8K–16K 张 H100 上 BF16 MFU 为 38–43 %；Llama 3.1 模型卡公布的 GPU 卡时折合约 0.3–0.35',
      ampere:
        'LLaMA 论文（arXiv 2302.13971）第 2.4 节：65B 在 A100-80GB 上每卡每秒 380 token，约 0.48；Llama 2 模型卡公布的 GPU 卡时约 0.38–0.43；种子文章中 GPT-3 各行约 0.34–0.45；Megatron-LM（arXiv 2104.04473）硬件算力利用率（HFU）44–52 %',
      volta:
        'Megatron-LM（arXiv 1909.08053）：1.2B 模型单卡每张 V100 达 39 TFLOP/s，512 张 GPU 时为峰值的 30 %',
      default:
        '估计值，适用于尚无大规模大模型训练 MFU 公开数据的 NPU 及其他加速卡（昇腾、AMD、Intel、寒武纪、TPU）：盘古-α 与 MLPerf Training 结果表明在 0.2–0.45 之间'
    },
    achievedTflopsPerAccelerator: {
      default: '用户提供的实测吞吐（硬件 FLOPs，含重计算）'
    },
    tokensPerSecondPerAccelerator: {
      default: '用户提供的实测训练吞吐'
    },
    selectiveRecomputeOverhead: {
      default:
        '“Reducing Activation Recomputation in Large Transformer Models”（arXiv 2205.05198）表 4：选择性重计算增加 1.6–4 % 的 FLOPs'
    },
    trainingGoodput: {
      default:
        '日历时间中用于有效训练步的比例（扣除故障、重启、自上次检查点以来丢失的工作和检查点停顿）：Llama 3（arXiv 2407.21783 第 3.3.4 节）在 16K 张 H100 上训练 54 天、中断 466 次，有效训练时间 > 90 %；MegaScale（arXiv 2402.15627）> 90 %；MPT-7B 训练 9.5 天无人工干预（约 0.97）；OPT-175B 训练日志（arXiv 2205.01068 第 2.5 节）与 BLOOM（arXiv 2211.05100）报告数十次重启（约 0.75–0.85）。作用于天数，不作用于卡时'
    },
    globalBatchTokens: {
      default:
        '方案未给出时每个优化器步的 token 数（全局批量）：Llama 2 为 4M token（arXiv 2307.09288 第 2.2 节），GPT-3 175B 为 3.2M（arXiv 2005.14165 表 2.1），Llama 3 405B 由 4M 增至 16M（arXiv 2407.21783 第 3.4.1 节）；数十亿参数的模型用 0.5–2M（GPT-3 表 2.1，Pythia）'
    },
    dataParallelOverlap: {
      default:
        '数据并行梯度全归约中被反向计算掩盖的比例（规划假设）：PyTorch DDP 将梯度分桶，并使其全归约与反向传播重叠（VLDB 2020，arXiv 2006.15704）；Megatron-LM 也将其与反向传播重叠（--overlap-grad-reduce），但在流水线并行下只剩最后一个微批次的反向传播可用来掩盖（arXiv 2104.04473 第 3.3 节），且第一个桶永远无法重叠'
    },
    corpusBytesPerToken: {
      zh: '种子文章第 1 节：1 个 token 约 1.5 个汉字；UTF-8 中一个汉字占 3 字节，故约 4.5 字节/token（随分词器而异）',
      code: '源代码上的 BPE 分词器：每 token 约 3–4 个字符（StarCoder / Codex 分词器统计）',
      en: '种子文章第 1 节：1 个 token 约 0.75 个英文单词；GPT-2/LLaMA 的 BPE 平均每 token 约 4 字节英文文本',
      default: '混合语料：介于英文（4）与中文（4.5）数值之间'
    },
    finetuningUtilization: {
      default:
        '微调实际执行的 FLOPs（含重计算）占稠密峰值的比例：单机微调的序列较短、常有填充、批量较小，低于预训练 MFU（训练 MFU 模型对大规模 A100 给出 0.4–0.47）；NVIDIA NeMo / Megatron-Bridge 的 SFT 与 LoRA 配方以及 Hugging Face TRL 基准测试在使用 FlashAttention 和序列打包时约为 30–45 %（估计值）'
    },
    qloraDequantOverhead: {
      default:
        '每次前向和反向传播中反量化 NF4 权重的额外时间：QLoRA（arXiv 2305.14314）以速度换显存；在 Hugging Face PEFT/TRL 基准测试中，bitsandbytes 4 位矩阵乘比 16 位 LoRA 慢约 1.2–1.6 倍（估计值）'
    },
    finetuningLogitsShare: {
      default:
        '微调同时持有的 fp32 logits 及其梯度（每 token × 词表 8 字节）的比例：Hugging Face Transformers 的损失函数会全部物化（典型值，高端）；融合线性交叉熵（Liger Kernel，arXiv 2410.10989，LLaMA-Factory 的 `enable_liger_kernel` 与 Unsloth 均采用）每次只保留 `next_pow2(tokens ÷ ceil(vocabulary ÷ hidden))` 个 token 的一块，即 logits 的（隐藏维度 ÷ 词表大小）到其两倍（linkedin/Liger-Kernel fused_linear_cross_entropy.py）：词表 32k、隐藏维度 4096 时为 1/8，150k 词表时为 1/16–1/32，为低端'
    },
    finetuningMemoryOverheadFraction: {
      default:
        '在微调分配的张量之外，PyTorch 缓存分配器的碎片和框架缓冲区（PyTorch 文档“CUDA semantics: memory management”：预留显存大于已分配显存，可用 `expandable_segments` 减少碎片）；典型值 0：QLoRA 论文（arXiv 2305.14314：33B 用 24 GB、65B 用 48 GB）与 LoRA 论文（arXiv 2106.09685：GPT-3 175B 用 350 GB）公布的单卡数字仅靠张量即可吻合；不启用可扩展段时最多 0.3'
    },
    adapterBytesPerParam: {
      default:
        '每个可训练 LoRA 参数：16 位权重（2）+ 梯度（2）+ fp32 Adam 一阶矩与二阶矩（8），与 QLoRA 论文一致（arXiv 2305.14314，bf16 适配器）；PEFT 把适配器保持为 fp32 时为 16（4 + 4 + 8；LLaMA-Factory 除 pure_bf16 外会把可训练参数转为 fp32）；使用 8 位优化器时为 6（bitsandbytes `AdamW8bit` / `paged_adamw_8bit`：一阶矩与二阶矩各 1 字节，“8-bit Optimizers via Block-wise Quantization”，arXiv 2110.02861），为低端'
    },
    decodeBandwidthEfficiency: {
      unified:
        '统一内存 / LPDDR（Apple M 系列、Jetson、Atlas 300I）：llama.cpp 的 Apple Silicon 测试表（ggml-org/llama.cpp 讨论 #4167）：7B F16 在 M2 Ultra（800 GB/s）上约 39 token/s × 13.5 GB ≈ 0.66，Q4_0 约 0.45',
      gpuGddr:
        'GDDR 显存的卡：llama.cpp CUDA 测试结果（ggml-org/llama.cpp 讨论 #15013）中 7B Q4_0 在 RTX 4090（1008 GB/s）上约为峰值的 0.5–0.6；exllamav2/TensorRT-LLM 批量 1 解码约 0.7–0.8',
      gpu: 'HBM GPU 在流式读取权重和缓存时达到的峰值带宽比例（每层固定时间 decodeLayerOverheadUs 另计）：pytorch-labs/gpt-fast 的 README 中，Llama-2-7B bf16 批量 1 在 A100-80GB 上整步达到 2039 GB/s 中的 1397（0.69），其中 32 层 × 约 50 µs 为固定时间，流式读取时约 0.8；NVIDIA nccl/类“STREAM”的拷贝内核可达 HBM 峰值的 0.85–0.92。下限来自留出验证集的残差分布（docs/methodology.md 的“Validation”一节）：Qwen3 速度基准（SGLang 0.4.6，H20 96GB，批量 1）仅达到 4.0 TB/s 中的约 1.3–1.5（0.33–0.38）',
      default: '估计值，适用于 NPU 和 LPDDR 卡，其解码内核达到的峰值带宽比例较低'
    },
    prefillMfu: {
      default:
        '预填充受算力限制；vLLM / TensorRT-LLM 在 A100/H100 上的预填充基准测试通常达到稠密峰值的 40–60 %（例如 Sarathi-Serve，arXiv 2403.02310）',
      gpu8: 'GPU 以 8 位（FP8、W8A8）做矩阵乘，按 8 位峰值（16 位峰值的两倍）计：注意力、归一化和激活缩放仍为 16 位，因此占 8 位峰值的比例更低。NVIDIA/TensorRT-LLM docs/source/performance.md（提交 `138f96d`），v0.5“Low Latency”表（H100 FP8，批大小 1）：2,048 token 提示比 128 token 提示多出的时间（每请求的固定时间相互抵消）对应 Llama-2-7B 为 1,979 TFLOP/s 的 0.47（7 → 36 ms），Llama-2-70B 4 卡张量并行为 0.41（26 → 109 ms）；FP8 训练速度为 BF16 的 1.3–1.5 倍，而非 2 倍（见训练 MFU 的出处）',
      gpu16:
        'GPU 以 16 位做预填充和大批量解码的矩阵乘。NVIDIA/TensorRT-LLM docs/source/performance.md（提交 `138f96d`），v0.5“Low Latency”表（A100 FP16，批大小 1）：2,048 token 提示比 128 token 提示多出的时间对应 Llama-2-7B 为 312 TFLOP/s 的 0.74（16 → 133 ms），Llama-2-70B 4 卡张量并行为 0.66（47 → 377 ms，含全归约通信）；vLLM / Sarathi-Serve 的分块预填充（arXiv 2403.02310）为 0.45–0.6，为低端'
    },
    decodeLayerOverheadUs: {
      default:
        '每层每个解码步不随读取字节数减少的固定时间（内核启动、同步）：按 pytorch-labs/gpt-fast 的 README（A100-80GB）拟合：Llama-2-7B 与 -70B int8 分别为每秒 155.6 和 19.1 token，意味着每层约 50 µs、带宽约为峰值的 0.7；CUDA 图 / TensorRT-LLM 可达下限'
    },
    pcieBandwidthGBs: {
      default:
        '无纵向扩展互联时卡间单向实际 PCIe 带宽：Gen4 x16 原始带宽 32 GB/s（nccl-tests 经 PCIe 实测约 25），Gen3 为 16（约 12），Gen5 为 64（约 50）（PCI-SIG 基础规范）'
    },
    scaleOutBandwidthGBs: {
      default:
        '服务器之间每卡网络带宽：每卡一块 200 Gb/s 网卡（25 GB/s），100 Gb/s（12.5）到 400 Gb/s（50）（ConnectX-6/7，RoCE/InfiniBand 多轨优化组网）'
    },
    fabricCollectiveLatencyUs: {
      default:
        '服务器内 NVLink/NVSwitch/HCCS 上小消息全归约的延迟（含调用开销，不含逐跳项 collectiveHopLatencyUs）：一次性自定义全归约内核（vLLM、SGLang、TensorRT-LLM）在 8–64 KB 时约 5–15 µs；2024 年 9 月版 pytorch-labs/gpt-fast 张量并行表（Llama-2/3.1 7–70B，2–8 张 A100）意味着张量并行 8 卡时每次全归约约 7–9 µs；经 torch.distributed 的 NCCL 环（同一表格 2023 年末版）约 30–50 µs，即上限'
    },
    collectiveHopLatencyUs: {
      default:
        '环形全归约每一步的延迟：n 个进程组成的环需要 2 (n − 1) 步，每步付出一次链路延迟（α-β 模型，“Optimization of Collective Communication Operations in MPICH”，IJHPCA 2005：2 (p − 1) α + 2 (p − 1)/p n β）；NCCL 环中含同步的 NVLink/NVSwitch 每跳延迟约 1–3 µs（nccl-tests 小消息从 2 张到 8 张 GPU 的扩展，即上限），各进程直接写对端的一次性自定义全归约内核约 0.5 µs（典型值：与 fabricCollectiveLatencyUs 一起按 2024 年 gpt-fast 张量并行表拟合）'
    },
    weightOnlyDecodeEfficiency: {
      int4: '4 位仅权重量化内核（GPTQ、AWQ、GGUF Q4/Q5）在实时解包并反量化每个权重时保留的解码带宽效率比例：pytorch-labs/gpt-fast 的 README 中 A100 上 int4 达 863 GB/s，bf16 为 1397 GB/s（批量 1）；Marlin 内核（arXiv 2408.11743）在批量 1–16 时接近理想的 4 倍，通用 GPTQ/AWQ 内核远低于此',
      default:
        'int8 仅权重量化内核保留的解码带宽效率比例（权重读取时转换为 16 位）：pytorch-labs/gpt-fast 的 README 中，Llama-2-7B int8 每秒 155.6 token，读取约 1050 GB/s，A100 上 bf16 为 1397 GB/s（批量 1）；W8A8（int8 计算）不做反量化，不受此影响'
    },
    kvGroupReadShare: {
      default:
        '分组查询 KV（GQA/MQA）的解码注意力：内核为组内额外读取付出的比例。感知分组的内核每步只读每个 KV 头一次（FlashAttention / FlashInfer 解码、TensorRT-LLM XQA：0，即下限），逐头内核依赖 L2 缓存复用、每个查询头读一次（vLLM PagedAttention V1/V2、XQA 之前的 TensorRT-LLM masked MHA：最多 1，即上限）。读取的 KV 字节 = 缓存 ×（1 + 比例 ×（头数 ÷ KV 头数 − 1））。典型值 0.5，来自留出验证集（docs/methodology.md 的“Validation”一节）：TensorRT-LLM v0.6.1 峰值吞吐表（Llama-2-70B，每个 KV 头 8 个查询头，2k 上下文下批量 64–480）介于逐头读取量的一半与全部之间，Qwen2.5 速度基准（vLLM 0.6.3，A100，每个 KV 头 7 个查询头）在 30k token 上下文时约为一半'
    },
    hostCollectiveLatencyUs: {
      default:
        '经 PCIe（通过主机）或服务器之间网络的小消息全归约 / 发送延迟（含调用开销）：约 20–80 µs（nccl-tests 在仅 PCIe 与 RoCE 集群上的结果）'
    },
    maxSequencesPerReplica: {
      default:
        '调度器一起批处理的序列数上限：vLLM EngineArgs 的 max_num_seqs 默认 256（docs.vllm.ai，引擎参数）'
    },
    runtimeOverheadGB: {
      default:
        '每卡 CUDA/CANN 上下文与分配器预留：Ampere/Hopper 上 CUDA 上下文约 0.3–0.5 GB（NVIDIA CUDA 文档、PyTorch 显存说明），下限约 0.1 GB。只按已分配张量公布的占用（Qwen2.5 速度基准中的 torch.cuda.max_memory_allocated，vLLM 的“model weights take … GiB”）应与不含此项的张量显存（allocatedGB）比较'
    },
    activationTensorsLive: {
      default:
        '推理不跨层保留激活；使用融合内核时（vLLM、TensorRT-LLM），每层工作集峰值约为每个在途 token 两个（隐藏维 + FFN）宽的张量。即时执行的 Hugging Face Transformers 在 MLP 处同时持有 gate、up、act(gate) 及其乘积（四个 FFN 宽张量）以及 fp32 归一化上转，即上限：Qwen2.5 速度基准（Transformers 4.46，A100）中 14B–32B 在 2k 上下文下除权重和缓存外还分配 0.2–0.5 GiB'
    },
    prefillChunkTokens: {
      default:
        'vLLM 的 max_num_batched_tokens（近期版本启用分块预填充时默认 2048）；不分块预填充的引擎（Hugging Face Transformers，max_num_batched_tokens = max_model_len 的早期 vLLM）一次处理整段提示，即上限（Qwen2.5 速度基准，A100 上 Transformers 4.46：7B 在 30,720 token 提示时的峰值比 6,144 token 时高 4.6 GiB）'
    },
    usableMemoryFraction: {
      default:
        '在出厂容量（GiB）之外的分配器碎片与框架预留：vLLM 的 gpu_memory_utilization 默认 0.9；llama.cpp / Hugging Face Transformers 除运行时上下文外全部使用（约 0.98）'
    },
    quantGroupSize: {
      default: 'GPTQ（arXiv 2210.17323）/ AutoGPTQ 默认分组大小 128'
    },
    quantScaleBits: {
      default: 'GPTQ 每组保存一个 fp16 缩放系数'
    },
    quantZeroBits: {
      default: 'AutoGPTQ 每组打包一个 4 位零点（对称量化为 0，fp16 零点为 16）'
    },
    hostRuntimeOverheadGB: {
      default: '加载时常驻主机内存的 Python、PyTorch 与 CUDA 库（约 1–4 GB）'
    },
    hostCheckpointBytesPerParam: {
      default:
        '种子文章第 2 节：加载所需内存与 fp16 检查点相当（LLaMA 7B/13B/30B/65B 为 16/32/64/128 GB）'
    },
    dataLoaderImagesPerSecondPerNode: {
      default:
        '一台服务器的输入管线每秒为训练解码并增强的图像数（规划假设，可修改）：NVIDIA 公布的 ResNet-50 结果（DeepLearningExamples、MLPerf Training）由 DALI 以 GPU JPEG 解码供数，每台 8 卡服务器约 16,000–28,000 张/秒，这样的管线至少能提供这一速度；用 PIL/torchvision 在 CPU 上解码每核约 100–150 张/秒（NVIDIA DALI 文档），64 核服务器约 8,000 张/秒'
    },
    visionMfu: {
      fp32: '纯 FP32（CUDA 核心，不用张量核心）时 CNN 的利用率远高于按张量核心峰值计算的值：NVIDIA DeepLearningExamples 的 ResNet-50 v1.5 在 V100 上以 FP32 运行（PyTorch 8 卡 2,766–2,855 张/秒，MXNet 8 卡 3,005、16 卡 6,338 张/秒）= 每张图 24.8 GFLOP 时为 15.7 TFLOPS 的 0.55–0.63；TensorFlow 加 XLA 融合在单张 V100 上达 412–432 张/秒（0.65–0.68，为高端）',
      hopper:
        'NVIDIA DeepLearningExamples / MLPerf 的 ResNet-50 在 H100 上：每卡约 3,000–3,500 张/秒 × 24.5 GFLOP，约为 FP16 稠密峰值的 8–9 %',
      ampere:
        'NVIDIA DeepLearningExamples 的 TensorFlow ResNet-50 v1.5：8 张 A100（混合精度）16,400 张/秒 = 每卡 2,050 张/秒 × 24.5 GFLOP，约为 312 TFLOPS 的 16 %；同一仓库中 PyTorch（16,621）、PaddlePaddle（23,874）与 MXNet（26,674 张/秒，0.265）的表格给出上限；TF32 运行（7,248–8,247 张/秒）为 156 TFLOPS 的 0.14–0.16',
      volta:
        'NVIDIA DeepLearningExamples 的 ResNet-50 v1.5 在 V100 上（混合精度）：约 1,200–1,400 张/秒 × 24.5 GFLOP，约为 125 TFLOPS 的 24–27 %',
      default: '估计值：CNN 训练受访存限制（算术强度低），远低于大模型训练的 MFU',
      tf32Ampere:
        'A100 上的 TF32（张量核心 156 TFLOPS）：NVIDIA DeepLearningExamples 的 ResNet-50 v1.5 达到峰值的 0.14–0.16：8 卡 7,000–8,247 张/秒（TensorFlow+XLA、PyTorch、PaddlePaddle、MXNet），单卡 909–938 张/秒（TensorFlow、PyTorch）'
    },
    clusterParallelEfficiency: {
      default: '种子文章第 8 节：集群并行效率通常约为 90 %'
    },
    videoHeadroom: {
      default: '在效率折算之外再预留的余量；种子文章在 90 % 效率之外不再预留'
    },
    videoInferenceUtilization: {
      default:
        '小型检测模型在流式管线中达到的 INT8 峰值比例（受批处理限制与前后处理影响）；根据 MLPerf Inference 边缘场景结果估计'
    },
    videoH265DecodeRatio: {
      default:
        '只公布一种编码路数的卡，其 H.265 与 H.264 解码路数之比。华为对两种编码给出同一个全高清路数（Ascend 910 发布规格、CANN VDEC 规格）；NVIDIA DeepStream 7.0 解码 H.265 的路数多于 H.264（T4 为 45 对 31，A30 约 150 对 98）：取 1.0 是保守的读法'
    },
    videoMemoryPerStreamGB: {
      default:
        '解码后的 1080p NV12 帧缓冲（每帧约 3 MB，缓存 10–20 帧）加每路跟踪器状态；估计值，其他分辨率按像素数缩放'
    },
    videoModelMemoryGB: {
      default: '每卡常驻一份的模型、运行时与工作区（估计值）'
    },
    customUtilization: {
      default: '通用稠密计算利用率，介于 CNN 与大模型的数值之间（估计值）'
    },
    averagePowerFraction: {
      default:
        '繁忙加速卡的平均功耗占 TDP 的比例（“Characterizing Power Management Opportunities for LLMs in the Cloud”，ASPLOS 2024：训练接近 TDP，推理为 60–80 %）'
    },
    maintenanceFractionPerYear: {
      default: '年度硬件维保合同通常为硬件价格的 5–10 %（经验值）'
    }
  },
  presets: {
    vllm: {
      usableMemoryFraction:
        'vLLM 预设：gpu_memory_utilization 默认占用卡上显存的 0.9（docs.vllm.ai，引擎参数）',
      maxSequencesPerReplica: 'vLLM 预设：max_num_seqs 默认 256（docs.vllm.ai，引擎参数）',
      prefillChunkTokens:
        'vLLM 预设：启用分块预填充时 max_num_batched_tokens 为 2048（docs.vllm.ai，优化与调优）',
      weightOnlyDecodeEfficiency:
        'vLLM 预设：GPTQ 与 AWQ 检查点（4 位和 8 位）在 Marlin 混合精度内核上运行（vLLM gptq_marlin / awq_marlin，自 0.5 起在 Ampere 及更新架构上默认启用），小批量时接近按权重字节数计算的理想加速（“MARLIN”，arXiv 2408.11743）',
      decodeLayerOverheadUs:
        'vLLM 预设：每层每个解码步的固定时间，含引擎循环（调度、采样、CUDA 图重放），按 Qwen2.5 速度基准拟合（QwenLM/Qwen2.5 文档，vLLM 0.6.3，A100 80GB，批量 1）：1.5B–72B 模型每步解码比按默认 HBM 效率由字节数推算的时间慢 1–2.5 ms'
    },
    tensorrtLlm: {
      usableMemoryFraction:
        'TensorRT-LLM 预设：KvCacheConfig 的 free_gpu_memory_fraction 为权重和激活之外剩余显存的 0.9（nvidia.github.io/TensorRT-LLM，“How to change KV cache behavior”）',
      decodeBandwidthEfficiency:
        'TensorRT-LLM 预设：融合解码内核和 CUDA 图 达到的带宽比例高于通用默认值。按 NVIDIA/TensorRT-LLM docs/source/performance.md（提交 `138f96d`，v0.6.1 峰值吞吐，gptSessionBenchmark，静态批处理）中的 Llama-2 各行拟合（样本内）：Llama-2-7B 批大小 112、输入 128 / 输出 2,048 时在 H100 上每 16.4 ms 一步读取约 40 GB 权重和 FP8 缓存（不计任何固定时间也 ≥ 3.35 TB/s 的 0.74）；批大小 48、2,048 / 2,048 时 ≥ 0.77；类“STREAM”的拷贝可达 HBM 峰值的 0.85–0.92（为高端）',
      maxSequencesPerReplica:
        'TensorRT-LLM 预设：LLM API / trtllm-serve 中 max_batch_size 默认 2048（TensorRT-LLM 构建与运行时选项）',
      decodeLayerOverheadUs:
        'TensorRT-LLM 预设：每步一个编译好的引擎（融合注意力插件、矩阵乘与激活融合、CUDA 图），每层几乎没有固定时间；通用默认值（50 µs）按 PyTorch gpt-fast 拟合，其低端（15）在出处中已归于 CUDA 图 引擎；50 µs 为高端'
    },
    llamaCpp: {
      usableMemoryFraction:
        'llama.cpp 预设：权重和固定大小的 KV 缓存（n_ctx × n_parallel）预先分配；额外的只有 CUDA/Metal 上下文与计算缓冲区（ggml-org/llama.cpp，tools/server 的 README）',
      decodeBandwidthEfficiency:
        'llama.cpp 预设：ggml-org/llama.cpp 讨论 #15013（CUDA）与 #4167（Apple Silicon）中的 token 生成（tg128）达到峰值带宽的约 0.45–0.7',
      prefillMfu:
        'llama.cpp 预设：ggml-org/llama.cpp 讨论 #15013 中的提示处理（pp512）约达到稠密 fp16 峰值的三分之一',
      maxSequencesPerReplica:
        'llama.cpp 预设：llama-server 的 --parallel（槽位数）很小（旧版本默认 1，近期版本自动设置时为 4）；每个槽位分得 n_ctx / n_parallel'
    },
    mindie: {
      usableMemoryFraction:
        'MindIE 预设：npuMemSize 为 -1 时按加载权重后剩余的 NPU 显存自动确定 KV 缓存大小（hiascend.com MindIE LLM 的 config.json 参考，版本说明 1.0.RC3）；与 vLLM-Ascend 一样预留约 10 %',
      decodeBandwidthEfficiency:
        'MindIE 预设：昇腾解码内核达到的 HBM 带宽比例低于 CUDA 内核（与 NPU 默认值一致的估计值）',
      maxSequencesPerReplica:
        'MindIE 预设：随附 config.json 中 maxBatchSize 为 200（hiascend.com MindIE Server 配置参考）'
    }
  },
  cluster: {
    checkpointsKept:
      '规划默认值：保留最近三个完整检查点（可越过一次损坏的保存回退）；请按您的保留策略修改',
    checkpointWriteSeconds:
      '规划默认值：5 分钟内写完一个完整检查点，这样每小时保存一次所占训练时间不到 10 %；请按您的目标修改',
    readGBpsPerServer:
      '规划默认值：每台 8 卡服务器 4 GB/s；NVIDIA DGX SuperPOD 存储指南按负载列出每节点读取目标，从几 GB/s 到 40 GB/s 不等；请按您的情况修改',
    managementNodes:
      '规划默认值：集群多于一台服务器时配一对高可用管理节点（调度、部署、监控）；DGX SuperPOD H100 参考架构为 4 个 SU 配 5 台管理服务器',
    loginNodes: '规划默认值：方案包含训练时配一个登录节点（用户在此提交作业）',
    liquidCooling:
      'ASHRAE TC 9.9 与厂商指南：风冷配合后门或列间空调每机柜约可达 30–40 kW；密度更高的机柜需要直接液冷'
  },
  model: {
    trainingMfu:
      '按 44 次公开训练拟合的 MFU 模型（docs/methodology.md，“Training MFU model”）：{generation}基准 {base} × 规模 {size} × MoE {moe} × FP8 {fp8} × 完全重计算 {recompute} × 集群规模 {cluster}；区间 ×{bandLow}–×{bandHigh} 覆盖 ≥ 90 % 的校准训练'
  },
  generations: {
    ampere: 'Ampere 级',
    hopper: 'Hopper 级',
    volta: 'Volta 级',
    other: '其他架构'
  }
}
