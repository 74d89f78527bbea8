// 消息中字段名与用途的中文（#19）。键与 ../en/fieldNames.ts 保持一致。
import type en from '../en/fieldNames'
import type { Messages } from '../types'

const zh: Messages<typeof en> = {
  separator: '、',
  fields: {
    outputTokensPerSecond: '每秒输出 token 数',
    tokensPerSecondPerAccelerator: '每卡每秒 token 数',
    memoryUsedGB: '显存占用',
    throughput: '吞吐量',
    kind: '负载类型',
    corpus: '语料规模',
    targetPflops: '目标稠密算力'
  },
  purposes: {
    communication: '通信',
    activations: '激活显存',
    attentionFlops: '注意力计算量',
    finetuning: '微调',
    mla: 'MLA',
    kvCacheAndActivations: 'KV 缓存与激活'
  }
}

export default zh
