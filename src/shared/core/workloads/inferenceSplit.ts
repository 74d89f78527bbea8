/**
 * The replica split search for LLM inference: tensor × pipeline (× expert) parallel.
 *
 * Plain numbers, no derivation: the search tries every allowed split quickly (compare mode
 * runs it for every workload on every card), then llmInference.ts records the chosen split
 * as derivation steps through the same formulas (a test checks both agree).
 *
 * KV placement per card follows what inference engines do (vLLM, TensorRT-LLM, MindIE):
 * KV heads are split across tensor-parallel ranks up to the KV-head count and replicated
 * beyond it (each rank keeps at least one whole head); an MLA latent is replicated on every
 * tensor-parallel rank; pipeline stages each hold their own layers' cache.
 */

export interface SplitModel {
  params: number
  activeParams: number
  layers: number
  hiddenSize: number
  ffnSize: number
  attentionHeads: number
  /** For MHA/GQA/MQA; ignored with MLA. */
  kvHeads: number
  headDim: number
  /** MLA: latent rank + decoupled RoPE dims per layer and token; 0 for other attention. */
  mlaDims: number
  kvBytesPerElement: number
  /** KV cache bytes actually read per cached byte each decode step (GQA re-reads, ≥ 1). */
  kvReadFactor: number
  activationBytesPerElement: number
  weightsGB: number
  /** Weights a decode step never reads: the input embedding table when untied (a gather). */
  embeddingTableGB: number
  /** The 16-bit LM head of a quantised checkpoint: read as stored, no dequantisation. */
  sixteenBitHeadGB: number
  prefillFlopsPerToken: number
  /** Matrix-multiply FLOPs per generated token (2 × active params); attention is bandwidth-bound. */
  decodeLinearFlopsPerToken: number
}

export interface SplitHardware {
  usableMemoryPerAcceleratorGB: number
  memoryBandwidthGBs: number
  decodeBandwidthEfficiency: number
  /** Share of that efficiency left when weights are dequantised on the fly (int4: < 1). */
  weightReadEfficiency: number
  /** Fixed time per layer and decode step (kernel launches, synchronisation), µs. */
  decodeLayerOverheadUs: number
  /** Dense peak × 10^12 × prefill utilisation: FLOP/s one card sustains. */
  computeFlopsPerSecond: number
  scaleUpAccelerators: number
  /** Per-direction bandwidth inside the scale-up domain (fabric or PCIe). */
  scaleUpBandwidthGBs: number
  scaleUpLatencyUs: number
  scaleOutBandwidthGBs: number
  scaleOutLatencyUs: number
  /** Latency per ring step: an all-reduce over n ranks takes 2 (n − 1) of them. */
  collectiveHopLatencyUs: number
}

export interface SplitWorkload {
  contextTokens: number
  promptTokens: number
  decodeContextTokens: number
  prefillTokensInFlight: number
  activationTensorsLive: number
  maxSequencesPerReplica: number
}

export interface SplitCapacity {
  tensor: number
  pipeline: number
  accelerators: number
  layersPerStage: number
  kvHeadsPerCard: number
  kvBytesPerTokenPerCard: number
  weightsPerCardGB: number
  activationsPerCardGB: number
  kvPerSequencePerCardGB: number
  /** Sequences one replica holds at full context (KV capacity, capped by the scheduler). */
  maxBatch: number
  tensorBandwidthGBs: number
  tensorLatencyUs: number
  pipelineBandwidthGBs: number
  pipelineLatencyUs: number
}

export interface SplitTiming {
  timeToFirstTokenMs: number
  timePerOutputTokenMs: number
  decodeMemoryMs: number
  decodeComputeMs: number
}

/** Memory per card and the largest batch a replica of this split holds. */
export function splitCapacity(
  m: SplitModel,
  hw: SplitHardware,
  w: SplitWorkload,
  tensor: number,
  pipeline: number
): SplitCapacity {
  const accelerators = tensor * pipeline
  const layersPerStage = Math.ceil(m.layers / pipeline)
  const kvHeadsPerCard = Math.ceil(m.kvHeads / tensor)
  const kvBytesPerTokenPerCard =
    m.mlaDims > 0
      ? layersPerStage * m.mlaDims * m.kvBytesPerElement
      : 2 * layersPerStage * kvHeadsPerCard * m.headDim * m.kvBytesPerElement
  const weightsPerCardGB = m.weightsGB / accelerators
  const activationsPerCardGB =
    (w.prefillTokensInFlight *
      (m.hiddenSize + m.ffnSize / tensor) *
      w.activationTensorsLive *
      m.activationBytesPerElement) /
    1e9
  const kvPerSequencePerCardGB = (kvBytesPerTokenPerCard * w.contextTokens) / 1e9
  const free = hw.usableMemoryPerAcceleratorGB - weightsPerCardGB - activationsPerCardGB
  const maxBatch = Math.max(
    0,
    Math.min(w.maxSequencesPerReplica, Math.floor(free / kvPerSequencePerCardGB + 1e-9))
  )
  const tensorInDomain = tensor <= hw.scaleUpAccelerators
  const replicaInDomain = accelerators <= hw.scaleUpAccelerators
  return {
    tensor,
    pipeline,
    accelerators,
    layersPerStage,
    kvHeadsPerCard,
    kvBytesPerTokenPerCard,
    weightsPerCardGB,
    activationsPerCardGB,
    kvPerSequencePerCardGB,
    maxBatch,
    tensorBandwidthGBs: tensorInDomain ? hw.scaleUpBandwidthGBs : hw.scaleOutBandwidthGBs,
    tensorLatencyUs: tensorInDomain ? hw.scaleUpLatencyUs : hw.scaleOutLatencyUs,
    pipelineBandwidthGBs: replicaInDomain ? hw.scaleUpBandwidthGBs : hw.scaleOutBandwidthGBs,
    pipelineLatencyUs: replicaInDomain ? hw.scaleUpLatencyUs : hw.scaleOutLatencyUs
  }
}

/** Ring all-reduce after attention and after the MLP of every layer, for `tokens` tokens. */
export function tensorCommMs(
  m: SplitModel,
  c: SplitCapacity,
  tokens: number,
  hopLatencyUs: number
): number {
  if (c.tensor === 1) return 0
  const bytes = tokens * m.hiddenSize * m.activationBytesPerElement
  const perAllReduce =
    (c.tensorLatencyUs + 2 * (c.tensor - 1) * hopLatencyUs) / 1000 +
    ((((2 * (c.tensor - 1)) / c.tensor) * bytes) / (c.tensorBandwidthGBs * 1e9)) * 1000
  return 2 * m.layers * perAllReduce
}

/** Activations handed from stage to stage. */
export function pipelineCommMs(m: SplitModel, c: SplitCapacity, tokens: number): number {
  if (c.pipeline === 1) return 0
  const bytes = tokens * m.hiddenSize * m.activationBytesPerElement
  return (
    (c.pipeline - 1) *
    (c.pipelineLatencyUs / 1000 + (bytes / (c.pipelineBandwidthGBs * 1e9)) * 1000)
  )
}

/**
 * TTFT: one prompt through every stage on `tensor` cards (pipeline stages run one after
 * another for one request). TPOT at `batch` sequences: each stage reads its weights (MoE:
 * the experts the batch touches) and its share of the cache, or computes, whichever is
 * slower; stages run in sequence for a token; plus communication.
 */
export function splitTiming(
  m: SplitModel,
  hw: SplitHardware,
  w: SplitWorkload,
  c: SplitCapacity,
  batch: number
): SplitTiming {
  const prefillMs =
    ((w.promptTokens * m.prefillFlopsPerToken) / (c.tensor * hw.computeFlopsPerSecond)) * 1000 +
    tensorCommMs(m, c, w.promptTokens, hw.collectiveHopLatencyUs) +
    pipelineCommMs(m, c, w.promptTokens)
  const weightsRead =
    ((m.weightsGB - m.embeddingTableGB) / c.accelerators) *
    Math.min(1, (batch * m.activeParams) / m.params)
  const kvRead = (c.kvBytesPerTokenPerCard * w.decodeContextTokens * batch * m.kvReadFactor) / 1e9
  const headRead = m.sixteenBitHeadGB / c.accelerators
  const bandwidth = hw.memoryBandwidthGBs * hw.decodeBandwidthEfficiency
  const decodeWeightsMs =
    ((c.pipeline * ((weightsRead - headRead) / hw.weightReadEfficiency + headRead)) / bandwidth) *
    1000
  const decodeKvMs = ((c.pipeline * kvRead) / bandwidth) * 1000
  const decodeMemoryMs = decodeWeightsMs + decodeKvMs
  const decodeComputeMs =
    ((batch * m.decodeLinearFlopsPerToken) / (c.tensor * hw.computeFlopsPerSecond)) * 1000
  // Linear layers (the slower of weight reads and FLOPs), then attention's cache reads.
  const tpot =
    Math.max(decodeWeightsMs, decodeComputeMs) +
    decodeKvMs +
    (m.layers * hw.decodeLayerOverheadUs) / 1000 +
    tensorCommMs(m, c, batch, hw.collectiveHopLatencyUs) +
    pipelineCommMs(m, c, batch)
  return {
    timeToFirstTokenMs: prefillMs,
    timePerOutputTokenMs: tpot,
    decodeMemoryMs,
    decodeComputeMs
  }
}

export interface LatencyTargets {
  maxTimeToFirstTokenMs?: number
  maxTimePerOutputTokenMs?: number
}

/** The largest batch ≤ `limit` whose TPOT meets the target (TPOT grows with the batch). */
export function largestBatchMeetingTpot(
  m: SplitModel,
  hw: SplitHardware,
  w: SplitWorkload,
  c: SplitCapacity,
  limit: number,
  maxTpotMs: number | undefined
): number {
  if (limit < 1) return 0
  if (maxTpotMs === undefined) return limit
  if (splitTiming(m, hw, w, c, limit).timePerOutputTokenMs <= maxTpotMs) return limit
  let lo = 0
  let hi = limit
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2)
    if (splitTiming(m, hw, w, c, mid).timePerOutputTokenMs <= maxTpotMs) lo = mid
    else hi = mid
  }
  return lo
}

/** Powers of two up to `max` that split the attention heads (and KV heads) evenly. */
export function tensorDegrees(m: SplitModel, max: number): number[] {
  const out: number[] = []
  for (let tp = 1; tp <= max; tp *= 2) {
    if (m.attentionHeads % tp !== 0) continue
    if (m.mlaDims === 0 && m.kvHeads % tp !== 0 && tp % m.kvHeads !== 0) continue
    out.push(tp)
  }
  return out
}
