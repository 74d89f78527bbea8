// Messages for the 'derivationText' area: the human-readable formula descriptions and the
// explanatory notes the calculation core writes into its derivation steps, the names of the
// expression functions, and unit words the wizard catalogue does not have. The core records
// the English text; `localizeStepText` (../derivation-text.ts) finds it here by value and
// shows the zh-CN entry of the same key, so a description added to the core without an entry
// here fails tests/shared/zh-derivation-text.test.ts. Keep keys in step with
// ../zh-CN/derivationText.ts. `{name}` parts match any text (a number, a list of names).
import video from './video'
import sizing from './sizing'
import honestRanges from './honestRanges'

export default {
  formulas: {
    ...video.formulas,
    ...sizing.formulas,
    ...honestRanges.formulas,
    memoryGiB: 'GiB as shipped × 2^30 ÷ 10^9 (vendors sell binary capacities)',
    memoryDecimal: 'published in decimal GB',
    kvWidth: 'key/value projection width',
    attentionWidth: 'query/output projection width',
    mlpMatrices:
      'gated MLP (gate, up, down) = 3, plain MLP = 2: read off the parameter count per layer',
    embeddingParams: 'input embedding + output head (untied), kept 16-bit under QLoRA',
    fullTrainable: 'full fine-tuning trains every parameter',
    loraTrainable:
      'LoRA on {targets}: layers × rank × Σ (d_in + d_out) of the targeted matrices (Hu et al., arXiv 2106.09685 §4)',
    finetuneForward: '2 × params + attention scores 4 × layers × width × sequence',
    fullFlops: 'forward + backward (2× forward), plus one forward when checkpointing',
    loraFlops:
      'frozen base: forward + input gradients only (2× forward, no weight gradients), plus one forward when checkpointing, plus 6 × adapter params',
    qloraBaseWeights: 'linear layers in NF4, embeddings and head in 16 bits',
    trainableStates: 'gradients ÷ gradient shards + optimizer states ÷ optimizer shards',
    finetuneActivations:
      'checkpointing: 2 bytes of each layer’s input per token·hidden (the share kept on the card) plus one layer’s 34 (recomputed); without: 34 per layer (Korthikanti et al., arXiv 2205.05198, with flash attention: no s² term)',
    logits: 'fp32 logits and their gradient (4 + 4 bytes per token × vocabulary)',
    finetuneMinimum: 'model states spread over ZeRO-3 shards, activations and logits on every card',
    groupedInt4: '(4 bits + group scale and zero bits ÷ group size) ÷ 8',
    mlaKv:
      'layers × (latent rank + decoupled RoPE dims) × bytes (MLA caches one compressed latent per token)',
    gqaKv: '2 (K and V) × layers × KV heads × head dim × bytes',
    decodeContext: 'contextTokens ÷ 2 (average position while generating)',
    prefillFlops: '2 × active params + attention (2 × layers × prompt length × heads × head dim)',
    mlaKvPerCard:
      'MLA latent replicated on every tensor-parallel rank: layers of this stage × latent dims × bytes',
    kvHeadsPerCard:
      'KV heads split across tensor-parallel ranks, at least one whole head per rank (replicated beyond the KV-head count)',
    maxBatch:
      'sequences whose full-context cache fits beside the weights on every card (capped by the scheduler)',
    replicasForConcurrency: 'whole-plan concurrent sequences ÷ largest batch one replica holds',
    kvHeld: 'cache held by all cards of a replica, replicated KV heads included',
    prefillComm:
      'two ring all-reduces per layer over the tensor-parallel group + stage-to-stage hand-offs',
    weightsRead:
      'weights one card reads each decode step (MoE: only the experts the batch touches)',
    decodeMemory: 'bytes each card reads per step ÷ effective bandwidth, stages one after another',
    decodeWeights:
      'weight bytes each card reads per step ÷ effective bandwidth, stages one after another',
    decodeKv: 'cache bytes each card reads per step (attention) ÷ effective bandwidth',
    decodeStep:
      'linear layers (weight reads or their FLOPs, the slower) + attention cache reads + fixed per-layer time + collectives',
    requestsPerReplica: '1 ÷ (prefill time + decode time per request at this batch)',
    littlesLaw: "Little's law: request rate × time each request is in flight",
    smallestSize: 'smallest standard size holding {gb} GB',
    hostMemory: 'checkpoint size (fp16, or larger weights) + runtime',
    pcieFabric: 'no scale-up fabric: cards talk over PCIe',
    denseActive: 'params (dense model: every parameter is active)',
    trainingFlops: '6 × active params × tokens',
    fullRecompute: '8 ÷ 6: full recomputation repeats the forward pass',
    measuredTflops: 'measured hardware TFLOP/s ÷ recompute multiplier = useful (model) TFLOP/s',
    modelFlopsShare:
      '6N ÷ (6N + attention FLOPs per token): MFU counts attention (PaLM appendix B), 6·N·D does not',
    deadlineCards:
      'accelerator-hours ÷ (target days × 24 × goodput): the deadline is wall-clock time',
    wholeReplicas: 'whole model replicas: rounded up to a multiple of tensor × pipeline parallel',
    computeDays: 'productive training time: accelerator-hours ÷ accelerators ÷ 24',
    wallClockDays:
      'wall-clock days = productive days ÷ goodput (failures, restarts, checkpoint stalls)',
    selectiveActivation: '34 + 5 × heads × sequence ÷ hidden (Korthikanti et al. eq. 1)',
    trainingActivations:
      'layers × sequence × micro-batch × hidden × bytes ÷ tensor parallel (the first pipeline stage holds one micro-batch per stage in flight)',
    trainingEnergy: 'cards × TDP × average load × hours × PUE (facility energy, accelerators only)',
    attentionFlops: '12 × layers × attention width × sequence (PaLM appendix B)',
    layoutTensorComm:
      'all-reduces per layer × layers per stage × (latency + 2 (t − 1)/t × micro-batch × sequence × hidden × bytes ÷ bandwidth), not overlapped (Megatron-LM, arXiv 2104.04473 §3.3)',
    layoutPipelineComm:
      'one send forward and one backward per micro-batch: micro-batch × sequence × hidden × bytes ÷ t (scatter/gather, Megatron-LM, arXiv 2104.04473 §4.1)',
    layoutBubble:
      '(p − 1) ÷ (m + p − 1): idle share of a 1F1B pipeline step (Megatron-LM, arXiv 2104.04473 §2.2.1)',
    layoutGradientBytes: 'parameters held per card × gradient bytes per parameter',
    layoutGradientAllReduce:
      'ring all-reduce of the gradients: latency + 2 (d − 1)/d × gradient bytes ÷ bandwidth',
    layoutExposed: 'the share of the all-reduce not hidden behind the backward pass',
    layoutEfficiency: 'model compute time ÷ step time (communication and pipeline bubble included)',
    layoutComputeSpeed:
      'peak × MFU × 6N share ÷ the parallel efficiency the MFU model already holds',
    layoutEffective: 'compute speed × parallel efficiency of the layout',
    weightOnlyDequant: 'weight-only kernels dequantise on the fly',
    computeBound: 'floor(card TOPS ÷ TOPS per stream)',
    decodeBound: 'decoder capacity in 1080p30 streams scaled by pixel rate',
    tightestBound: 'the tightest of the compute, decode and memory bounds',
    topsPerStream:
      '2 ops per MAC × (detector + targets × per-target model) × analysed frames per second ÷ utilisation',
    pixelScaling: 'convolution cost scales with pixel count',
    visionFlopsPerImage: '3 (forward + backward) × 2 FLOPs per MAC × MACs',
    waves: 'waves of side-by-side runs × days per run (one task)',
    cardDays: 'card-days per year ÷ 365 (cards busy all year)',
    provisionedFlops:
      'provisioned peak FLOPs over the card-hours (the portfolio form gives no model FLOPs)',
    fewestSpinesPerPlane:
      'fewest spines ≥ minimumSpinesPerPlane with leavesPerPlane × ceil(leafUplinks ÷ spines) ≤ switchPorts and spines × ceil(leafUplinks ÷ spines) ≤ leafFreePorts',
    fewestSpines:
      'fewest spines ≥ minimumSpines with leaves × ceil(leafUplinks ÷ spines) ≤ switchPorts and spines × ceil(leafUplinks ÷ spines) ≤ leafFreePorts',
    allCheckpoints: 'Σ checkpointGB over training workloads',
    quoteHardware: 'quote: Σ hardware lines',
    quoteServices: 'quote: Σ service lines'
  },
  notes: {
    calibrationSource:
      'Calibration profile "{name}": fitted to {count} measurements on {scope} (low–high: the measurements\' spread)',
    calibrationSourceOne:
      'Calibration profile "{name}": fitted to 1 measurement on {scope} (low–high: the measurements\' spread)',
    vocabMissing: 'Not given: embeddings and logits not counted',
    checkpointing:
      'gradient checkpointing: 1 keeps only each layer’s input and recomputes the forward pass',
    noDequant: 'No quantised base: no dequantisation',
    noCheckpointOffload: 'No checkpointing: nothing to offload',
    baseWeights: '{precision} weights',
    precisionBytes:
      'Bytes per element at this precision (fp32 4, fp16/bf16 2, fp8/int8 1, int4 0.5)',
    activations16: 'Activations are kept in 16-bit (32-bit for fp32 models)',
    setOnWorkload: 'Set on this workload',
    setForPlan: 'Set for the whole plan',
    autoSplit:
      "auto: the split with the fewest cards in the whole plan that fits and meets the targets; tensor parallel inside one server's scale-up domain first, pipeline stages across servers only once it is full (vLLM Distributed Inference and Serving: tensor parallel size = GPUs per node, pipeline parallel size = nodes; MindIE 2.3 Tensor Parallelism and Multi-Node Inference: local tensor parallelism within a node, at most 4 Atlas 800I A2 nodes / 32 cards per instance)",
    expertsSpread:
      'experts spread whole over the tensor-parallel group (vLLM --enable-expert-parallel)',
    denseNoExperts: 'dense model: no experts',
    concurrencySet: 'concurrency set per replica, at most maxBatchPerReplica',
    largestBatch: 'largest batch ≤ maxBatchPerReplica whose time per output token meets the target',
    insideScaleUp: 'inside the scale-up domain',
    acrossServers: 'across servers (scale-out network)',
    standardSizes:
      'Smallest of the standard card sizes ({sizes}, as shipped) whose usable memory holds one replica on one card',
    noRecompute: 'No recomputation: hardware FLOPs = model FLOPs',
    activationsUnknown: 'Not estimated: the model has no layers / hiddenSize / attentionHeads',
    attentionUncounted: 'Not counted: the model has no layers / attentionHeads',
    attentionWidth: 'attention heads × head dimension',
    layoutDeadlineReplicas: 'cards the deadline needs before communication ÷ model-parallel cards',
    weightsAsStored: 'weights read as stored, no on-the-fly dequantisation',
    noPerTarget: 'No per-target model in this preset',
    fastestFrontPort: 'fastest front-end port among the connected nodes',
    plannerSetting: 'planner setting',
    checkpointSum: 'Σ over training workloads of params × bytes/param / 1e9',
    userEntry: 'user entry'
  },
  functions: {
    ceil: 'round up',
    floor: 'round down',
    min: 'min',
    max: 'max',
    round: 'round'
  },
  unitWords: {
    weeks: 'weeks',
    months: 'months',
    matrices: 'matrices',
    flag: 'flag',
    's-days': 's-days',
    server: 'server',
    rack: 'rack',
    FLOP: 'FLOP',
    frame: 'frame',
    image: 'image',
    hidden: 'hidden',
    token: 'token'
  }
}
