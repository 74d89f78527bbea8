// LLM inference messages (split, per-card memory, links), merged into the 'core' namespace.
import type en from '../en/inference'
import type { Messages } from '../types'

const zh: Messages<typeof en> = {
  steps: {
    weightReadEfficiency: '即时反量化后保留的带宽比例',
    acceleratorMemoryAsShipped: '厂商标称显存容量',
    scaleUpDomainAccelerators: '单个高速互联域内的卡数',
    scaleUpBandwidthGBs: '互联域内卡间带宽（单向）',
    tensorParallel: '张量并行度',
    pipelineParallel: '流水线并行度',
    expertParallel: '专家并行度',
    layersPerStage: '每个流水线阶段的层数',
    kvHeadsPerAccelerator: '单卡保存的 KV 头数',
    kvCacheBytesPerTokenPerAccelerator: '单卡每 token 的 KV 缓存字节数',
    kvCachePerSequencePerAcceleratorGB: '单卡每条序列的 KV 缓存',
    maxBatchPerReplica: '单副本可容纳的最大批量',
    replicasForConcurrency: '承载并发序列所需副本数',
    batchPerReplica: '每副本序列数',
    kvCachePerAcceleratorGB: '单卡 KV 缓存',
    kvCacheHeldGB: '副本实际保存的 KV 缓存（含复制的头）',
    tensorParallelBandwidthGBs: '张量并行链路带宽',
    tensorParallelLatencyUs: '张量并行集合通信延迟',
    pipelineBandwidthGBs: '流水线并行链路带宽',
    pipelineLatencyUs: '流水线阶段间传递延迟',
    prefillCommMs: '预填充阶段通信时间',
    decodeMemoryMs: '解码单步显存读取时间',
    decodeWeightsMs: '解码单步权重读取时间（线性层）',
    decodeKvMs: '解码单步 KV 缓存读取时间（注意力）',
    decodeComputeMs: '解码单步计算时间',
    decodeCommMs: '解码单步通信时间',
    concurrencyWholePlan: '整个方案的并发序列数',
    outputTokensPerSecondWholePlan: '整个方案每秒输出 token 数'
  },
  warnings: {
    batchCappedByMemory: '每副本设定的 {given} 条序列放不下；单副本最多容纳 {max} 条。'
  },
  validation: {
    quantizationMismatch: '格式 {format} 的权重为 {precision}，请将权重精度设为 {precision}',
    tensorBeyondScaleUp:
      '张量并行 {tensor} 超出 {server} 的 {domain} 卡高速互联域；跨服务器请用流水线并行，或明确允许跨节点张量并行',
    expertParallelInvalid:
      '专家并行度 {expert} 必须整除专家数 {experts}，且不超过单副本的 {accelerators} 张卡',
    modelDoesNotFit:
      '模型放不进 {accelerator}：即使按 {split} 切分，单条序列每卡也需 {need} GB，可用 {usable} GB'
  },
  assumptions: {
    collectiveHopLatencyUs: '环形全归约每步延迟',
    weightOnlyDecodeEfficiency: '仅权重量化内核保留的带宽比例（反量化）',
    decodeLayerOverheadUs: '每层每个解码步的固定开销',
    pcieBandwidthGBs: '卡间 PCIe 带宽（单向）',
    scaleOutBandwidthGBs: '服务器间每卡网络带宽',
    fabricCollectiveLatencyUs: '高速互联集合通信延迟',
    hostCollectiveLatencyUs: 'PCIe 或网络集合通信延迟',
    maxSequencesPerReplica: '调度器每副本序列上限'
  }
}

export default zh
