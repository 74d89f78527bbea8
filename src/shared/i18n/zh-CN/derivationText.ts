// Messages for the 'derivationText' area (see ../en/derivationText.ts). Keep keys in step.
// Names of products, models, precisions and units stay as written (GPU, KV, MLA, fp16, GB…);
// author names of papers are left out, the arXiv number stays as the citation.
import video from './video'
import sizing from './sizing'
import honestRanges from './honestRanges'

export default {
  formulas: {
    ...video.formulas,
    ...sizing.formulas,
    ...honestRanges.formulas,
    memoryGiB: '按出厂 GiB × 2^30 ÷ 10^9（厂商按二进制容量标称）',
    memoryDecimal: '按十进制 GB 公布',
    kvWidth: '键/值投影宽度',
    attentionWidth: '查询/输出投影宽度',
    mlpMatrices: '门控 MLP（gate、up、down）为 3，普通 MLP 为 2：由每层参数量推出',
    embeddingParams: '输入嵌入 + 输出头（不共享），QLoRA 下保持 16 位',
    fullTrainable: '全参数微调训练所有参数',
    loraTrainable:
      'LoRA 作用于 {targets}：层数 × 秩 × Σ（输入维 + 输出维），仅计目标矩阵（arXiv 2106.09685 第 4 节）',
    finetuneForward: '2 × 参数量 + 注意力分数 4 × 层数 × 宽度 × 序列长度',
    fullFlops: '前向 + 反向（2 倍前向），启用梯度检查点时再加一次前向',
    loraFlops:
      '冻结基座：前向 + 仅输入梯度（2 倍前向，无权重梯度），启用梯度检查点时再加一次前向，另加 6 × 适配器参数量',
    qloraBaseWeights: '线性层为 NF4，嵌入和输出头为 16 位',
    trainableStates: '梯度 ÷ 梯度分片数 + 优化器状态 ÷ 优化器分片数',
    finetuneActivations:
      '启用梯度检查点：每层输入每 token·隐藏维 2 字节（留在卡上的比例），外加一层的 34 字节（重计算）；不启用：每层 34 字节（arXiv 2205.05198，使用 flash attention 时无 s² 项）',
    logits: 'fp32 logits 及其梯度（每 token × 词表 4 + 4 字节）',
    finetuneMinimum: '模型状态分布在 ZeRO-3 各分片上，激活和 logits 在每张卡上',
    groupedInt4: '（4 位 + 分组缩放与零点位数 ÷ 分组大小）÷ 8',
    mlaKv: '层数 ×（潜变量秩 + 解耦 RoPE 维度）× 字节数（MLA 每 token 缓存一个压缩潜变量）',
    gqaKv: '2（K 和 V）× 层数 × KV 头数 × 头维度 × 字节数',
    decodeContext: '上下文 token 数 ÷ 2（生成时的平均位置）',
    prefillFlops: '2 × 激活参数量 + 注意力（2 × 层数 × 提示长度 × 头数 × 头维度）',
    mlaKvPerCard: 'MLA 潜变量在每个张量并行分片上各存一份：本级层数 × 潜变量维度 × 字节数',
    kvHeadsPerCard: 'KV 头在张量并行分片间切分，每个分片至少一个完整的头（超过 KV 头数时复制）',
    maxBatch: '每张卡上除权重外还能放下完整上下文缓存的序列数（不超过调度器上限）',
    replicasForConcurrency: '全方案并发序列数 ÷ 单个副本可容纳的最大批量',
    kvHeld: '一个副本所有卡上的缓存，含复制的 KV 头',
    prefillComm: '每层在张量并行组内做两次环形全归约 + 流水级之间的传递',
    weightsRead: '每个解码步单卡读取的权重（MoE：仅本批次用到的专家）',
    decodeMemory: '每步单卡读取的字节数 ÷ 有效带宽，各流水级依次执行',
    decodeWeights: '每步单卡读取的权重字节数 ÷ 有效带宽，各流水级依次执行',
    decodeKv: '每步单卡读取的 KV 缓存字节数（注意力）÷ 有效带宽',
    decodeStep: '线性层（权重读取与其计算量取较慢者）+ 注意力的缓存读取 + 每层固定耗时 + 集合通信',
    requestsPerReplica: '1 ÷（该批量下每个请求的预填充时间 + 解码时间）',
    littlesLaw: '利特尔法则：请求速率 × 每个请求在途的时间',
    smallestSize: '能容纳 {gb} GB 的最小标准容量',
    hostMemory: '检查点大小（fp16，或更大的权重）+ 运行时',
    pcieFabric: '无纵向扩展互联：卡间经 PCIe 通信',
    denseActive: '参数量（稠密模型：全部参数都参与计算）',
    trainingFlops: '6 × 激活参数量 × token 数',
    fullRecompute: '8 ÷ 6：完全重计算再做一次前向',
    measuredTflops: '实测硬件 TFLOP/s ÷ 重计算倍数 = 有效（模型）TFLOP/s',
    modelFlopsShare:
      '6N ÷（6N + 每 token 注意力 FLOPs）：MFU 计入注意力（PaLM 附录 B），6·N·D 不计入',
    deadlineCards: '卡时 ÷（目标天数 × 24 × 有效训练时间占比）：工期按日历时间计',
    wholeReplicas: '按完整模型副本：向上取整到张量并行 × 流水线并行的整数倍',
    computeDays: '有效训练时间：卡时 ÷ 卡数 ÷ 24',
    wallClockDays: '日历天数 = 有效训练天数 ÷ 有效训练时间占比（故障、重启、检查点停顿）',
    selectiveActivation: '34 + 5 × 头数 × 序列长度 ÷ 隐藏维（arXiv 2205.05198 式 1）',
    trainingActivations:
      '层数 × 序列长度 × 微批量 × 隐藏维 × 字节数 ÷ 张量并行度（第一流水级每级各有一个在途微批量）',
    trainingEnergy: '卡数 × TDP × 平均负载 × 小时数 × PUE（设施能耗，仅加速卡）',
    attentionFlops: '12 × 层数 × 注意力宽度 × 序列长度（PaLM 附录 B）',
    layoutTensorComm:
      '每层全归约次数 × 每级层数 ×（延迟 + 2 (t − 1)/t × 微批 × 序列长度 × 隐藏维度 × 字节数 ÷ 带宽），不与计算重叠（Megatron-LM，arXiv 2104.04473 §3.3）',
    layoutPipelineComm:
      '每个微批前向、反向各传输一次：微批 × 序列长度 × 隐藏维度 × 字节数 ÷ t（分散/聚合优化，Megatron-LM，arXiv 2104.04473 §4.1）',
    layoutBubble:
      '(p − 1) ÷ (m + p − 1)：一前一后交替调度的流水线每步空闲占比（Megatron-LM，arXiv 2104.04473 §2.2.1）',
    layoutGradientBytes: '每卡持有的参数量 × 每参数梯度字节数',
    layoutGradientAllReduce: '梯度环形全归约：延迟 + 2 (d − 1)/d × 梯度字节数 ÷ 带宽',
    layoutExposed: '未被反向计算掩盖的全归约部分',
    layoutEfficiency: '模型计算时间 ÷ 每步时间（含通信与流水线气泡）',
    layoutComputeSpeed: '峰值 × MFU × 6N 占比 ÷ MFU 模型中已包含的并行效率',
    layoutEffective: '计算速度 × 并行方案的并行效率',
    weightOnlyDequant: '仅权重量化内核在读取时即时反量化',
    computeBound: '向下取整（单卡 TOPS ÷ 每路所需 TOPS）',
    decodeBound: '解码能力（1080p30 路数）按像素率换算',
    tightestBound: '算力、解码、显存三项上限中最紧的一项',
    topsPerStream: '每次乘加 2 次运算 ×（检测模型 + 目标数 × 单目标模型）× 每秒分析帧数 ÷ 利用率',
    pixelScaling: '卷积计算量与像素数成正比',
    visionFlopsPerImage: '3（前向 + 反向）× 每次乘加 2 FLOPs × 乘加次数',
    waves: '并行训练的批次数 × 每次训练天数（一个任务）',
    cardDays: '每年卡·天数 ÷ 365（卡全年满负荷）',
    provisionedFlops: '按卡时折算的峰值 FLOPs（组合测算不给出模型 FLOPs）',
    fewestSpinesPerPlane:
      '不少于“每个平面上行所需脊交换机”的最少脊交换机数，使平面内每台叶交换机到每台脊交换机的链路数相同（向上取整），且每台脊交换机与每台叶交换机的端口都够用',
    fewestSpines:
      '不少于“上行所需脊交换机”的最少脊交换机数，使每台叶交换机到每台脊交换机的链路数相同（向上取整），且每台脊交换机与每台叶交换机的端口都够用',
    allCheckpoints: '各训练负载检查点大小之和',
    quoteHardware: '报价：硬件行合计',
    quoteServices: '报价：服务行合计'
  },
  notes: {
    calibrationSource:
      '校准配置“{name}”：由 {scope} 上的 {count} 条实测拟合（低–高：各条实测的离散范围）',
    calibrationSourceOne:
      '校准配置“{name}”：由 {scope} 上的 1 条实测拟合（低–高：各条实测的离散范围）',
    vocabMissing: '未给出：不计嵌入和 logits',
    checkpointing: '梯度检查点：1 表示每层只保留输入，反向时重算前向',
    noDequant: '基座未量化：无反量化开销',
    noCheckpointOffload: '未启用梯度检查点：无可卸载的输入',
    baseWeights: '{precision} 权重',
    precisionBytes: '该精度下每个元素的字节数（fp32 4，fp16/bf16 2，fp8/int8 1，int4 0.5）',
    activations16: '激活保持 16 位（fp32 模型为 32 位）',
    setOnWorkload: '在本工作负载中设定',
    setForPlan: '为整个方案设定',
    autoSplit:
      '自动：全方案用卡最少、放得下且满足指标的切分方式；张量并行先占满一台服务器的高速互联域，之后才跨服务器做流水线并行（vLLM 分布式推理文档：张量并行数 = 每节点卡数，流水线并行数 = 节点数；昇腾 MindIE 2.3 文档：张量并行在节点内，多机推理每个实例最多 4 台服务器共 32 卡）',
    expertsSpread: '专家整体分布在张量并行组内（vLLM 专家并行）',
    denseNoExperts: '稠密模型：无专家',
    concurrencySet: '按副本设定的并发数，不超过每副本最大批量',
    largestBatch: '每 token 输出时间满足指标的最大批量（不超过每副本最大批量）',
    insideScaleUp: '在纵向扩展域内',
    acrossServers: '跨服务器（横向扩展网络）',
    standardSizes:
      '标准显存容量（{sizes}，按出厂标称）中，可用部分能在一张卡上放下一个副本的最小值',
    noRecompute: '不重计算：硬件 FLOPs = 模型 FLOPs',
    activationsUnknown: '未估算：模型缺少层数 / 隐藏维 / 注意力头数',
    attentionUncounted: '未计入：模型缺少层数 / 注意力头数',
    attentionWidth: '注意力头数 × 头维度',
    layoutDeadlineReplicas: '不计通信时满足期限所需卡数 ÷ 模型并行卡数',
    weightsAsStored: '按存储格式读取权重，无需即时反量化',
    noPerTarget: '此预设没有单目标模型',
    fastestFrontPort: '所连节点中最快的前端端口',
    plannerSetting: '规划人员设定',
    checkpointSum: '各训练负载的 参数量 × 每参数字节数 / 1e9 之和',
    userEntry: '用户输入'
  },
  functions: {
    ceil: '向上取整',
    floor: '向下取整',
    min: '最小值',
    max: '最大值',
    round: '四舍五入'
  },
  unitWords: {
    weeks: '周',
    months: '个月',
    matrices: '个矩阵',
    flag: '开关',
    's-days': '秒·天',
    server: '服务器',
    rack: '机柜',
    FLOP: 'FLOP',
    frame: '帧',
    image: '张图像',
    hidden: '隐藏维',
    token: 'token'
  }
}
