// Training parallelism costs (issue 16), merged into the 'core' namespace.
import type en from '../en/trainingParallel'
import type { Messages } from '../types'

const zh: Messages<typeof en> = {
  steps: {
    globalBatchSequences: '全局批大小（每个优化步的序列数）',
    microBatchesPerPipeline: '每条流水线每步的微批数',
    computeTflopsPerAccelerator: '每卡计算速度（不含通信）',
    mfuLayoutEfficiency: 'MFU 模型中已包含的并行效率',
    computeSecondsPerMicroBatch: '每个微批的计算时间',
    commBytesPerElement: '通信数据每元素字节数',
    dataParallelBandwidthGBs: '数据并行链路带宽',
    dataParallelLatencyUs: '数据并行集合通信延迟',
    tensorParallelAllReducesPerLayer: '每层张量并行全归约次数',
    tensorParallelSecondsPerMicroBatch: '每个微批的张量并行通信时间',
    pipelineCommSecondsPerMicroBatch: '每个微批的流水线级间传输时间',
    microBatchSeconds: '单级流水线处理一个微批的时间',
    pipelineBubbleFraction: '流水线气泡（每步空闲占比）',
    pipelineStepSeconds: '每步流水线时间',
    gradientBytesPerAccelerator: '每卡梯度字节数',
    dataParallelAllReduceSeconds: '每步梯度全归约时间',
    dataParallelExposedSeconds: '未被计算掩盖的梯度全归约时间',
    stepSeconds: '每个优化步的时间',
    parallelEfficiency: '并行方案的并行效率'
  },
  inputs: {
    globalBatchSequences: '全局批大小（序列数）'
  },
  assumptions: {
    globalBatchTokens: '全局批大小（每个优化步的 token 数）',
    dataParallelOverlap: '被计算掩盖的梯度全归约占比'
  }
}

export default zh
