// 议题 16“诚实的范围”：量化检查点中保留 16 位的张量、分组查询注意力的解码读取量、微调显存区间。
// 键与 ../en/honestRanges.ts 保持一致。
import type en from '../en/honestRanges'
import type { Messages } from '../types'

const zh: Messages<typeof en> = {
  steps: {
    allocatedGB: '张量显存（权重、缓存、激活）',
    sixteenBitHeadGB: '保留 16 位的输出头',
    embeddingMatrices: '嵌入矩阵数（输入嵌入表与输出头）',
    sixteenBitParams: '该格式保留为 16 位的参数量',
    embeddingTableParams: '输入嵌入表参数量',
    embeddingTableGB: '输入嵌入表',
    queryHeadsPerKvHead: '每个 KV 头对应的查询头数',
    kvReadFactor: '每字节缓存的 KV 读取字节数',
    decodeLinearFlopsPerToken: '每个生成 token 的矩阵乘 FLOPs'
  },
  assumptions: {
    finetuningLogitsShare: '同时保留的 fp32 logits 比例（微调）',
    finetuningCheckpointGpuShare: '梯度检查点各层输入留在卡上的比例',
    kvGroupReadShare: '注意力内核承担的分组查询 KV 重复读取比例',
    finetuningMemoryOverheadFraction: '微调框架与分配器开销'
  },
  formulas: {
    tiedEmbeddingParams: '输入嵌入与输出头共用一个矩阵（共享），QLoRA 下保持 16 位',
    allocatedTensors: '仅张量（框架统计的已分配显存）：不含运行时上下文与分配器预留',
    sixteenBitHead: '量化检查点保留为 16 位的输出头：每步按原样读取',
    sixteenBitEmbeddings:
      '嵌入层与输出头保留 16 位：只量化解码层内的线性层，词嵌入与输出头保持 16 位（常见 4 位、8 位量化工具与 fp8 检查点的默认做法）',
    tiedEmbedding: '{model} 的词嵌入与输出头共用一个矩阵',
    untiedEmbedding: '词嵌入 + 输出头（不共享）',
    noVocabSixteenBit: '未给出词表大小：所有权重按该格式的字节数计',
    noSixteenBit:
      '所有权重字节数相同（16/32 位模型，或 GGUF 混合格式，其每权重位数已对全部张量取平均）',
    quantisedWeights: '量化权重 + 该格式保留为 16 位的张量（2 字节）',
    embeddingTable: '词表大小 × 隐藏维度：输入嵌入表，与输出头分开',
    embeddingTableTied: '与输出头共享（每步作为输出头读取），或未给出词表大小',
    embeddingTableNotRead: '解码每步每个 token 只取一行嵌入，不整表读取',
    mlaReadOnce: 'MLA：每个 token 一个潜向量，只读一次',
    headsPerKvHead: '注意力头数 ÷ KV 头数',
    kvReadFactor:
      '解码每步每字节缓存读取的 KV 字节数：每个 KV 头读一次，加上按查询头逐个读取的内核的重复读取',
    decodeLinearFlops: '一个生成 token 的矩阵乘；缓存上的注意力受带宽限制，按读取量计时',
    weightsReadPerStep: '单卡每个解码步读取的权重，不含输入嵌入表（MoE：只算本批次用到的专家）',
    finetuningBand: '状态、激活与 logits ×（1 + 框架与分配器开销）：已公布单卡数据的范围'
  }
}

export default zh
