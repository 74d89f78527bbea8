// LLM 推理界面文案：结果标签（每副本 / 每卡 / 整个方案）、切分摘要与表单选项。
import type en from '../en/inferenceUi'
import type { Messages } from '../types'

const zh: Messages<typeof en> = {
  figures: {
    accelerators: '整个方案加速卡',
    memory_weightsGB: '每副本权重',
    memory_kvCacheGB: '每副本 KV 缓存',
    memory_activationsGB: '每副本激活值',
    memory_overheadGB: '每副本运行时开销',
    memory_totalGiB: '每副本显存（GiB）',
    kvCacheBytesPerToken: '整个模型每 token 的 KV 缓存',
    prefillTokensPerSecond: '每副本预填充速度',
    smallestFittingMemoryGB: '单卡容纳一个副本的最小规格',
    outputTokensPerSecond: '每副本每秒输出 token',
    outputTokensPerSecondWholePlan: '整个方案每秒输出 token',
    memory_totalGB: '每副本显存',
    memoryPerAccelerator_totalGB: '每卡显存占用',
    memoryPerAccelerator_weightsGB: '每卡权重',
    memoryPerAccelerator_kvCacheGB: '每卡 KV 缓存',
    memoryPerAccelerator_usableGB: '每卡可用显存',
    maxBatchPerReplica: '单副本最大批量',
    batchPerReplica: '每副本序列数',
    concurrencyWholePlan: '整个方案并发序列数',
    kvCacheBytesPerTokenPerAccelerator: '每卡每 token 的 KV 缓存',
    requestsPerSecondPerReplica: '每副本每秒请求数'
  },
  split: {
    label: '切分（张量 × 流水线 × 专家）',
    value: '{tensor} × {pipeline} × {expert}',
    auto: '自动选择',
    given: '按设定',
    card: '厂商标称显存',
    cardValue: '{shipped} {unit} = {decimal} GB',
    scaleUp: '高速互联域',
    scaleUpValue: '{accelerators} 卡，{fabric}',
    fabrics: {
      nvlink: 'NVLink',
      nvswitch: 'NVSwitch',
      hccs: 'HCCS',
      'infinity-fabric': 'Infinity Fabric',
      'mlu-link': 'MLU-Link',
      'xpu-link': 'XPU Link',
      ici: 'ICI',
      pcie: 'PCIe（无高速互联）'
    }
  },
  form: {
    quantization: '权重格式',
    quantizationNone: '不量化格式（按权重精度）',
    quantizations: {
      'gptq-int4': 'GPTQ int4（分组）',
      'awq-int4': 'AWQ int4（分组）',
      'gguf-q4_k_m': 'GGUF Q4_K_M（4.84 位）',
      'gguf-q5_k_m': 'GGUF Q5_K_M（5.68 位）',
      'gguf-q8_0': 'GGUF Q8_0（8.5 位）',
      'int8-weight-only': 'INT8 仅权重量化',
      'w8a8-int8': 'W8A8（INT8 计算）',
      fp8: 'FP8 权重与计算'
    },
    framework: '推理框架',
    frameworkNone: '通用默认值',
    frameworks: {
      vllm: 'vLLM',
      'tensorrt-llm': 'TensorRT-LLM',
      'llama.cpp': 'llama.cpp',
      mindie: 'MindIE（昇腾）'
    },
    parallel: '每副本并行方式',
    tensor: '张量并行',
    pipeline: '流水线并行',
    expert: '专家并行（仅 MoE）',
    auto: '自动',
    multiNodeTensor: '允许跨服务器张量并行（较慢）',
    parallelHint:
      '留空则自动选择：在每卡显存放得下且满足时延目标的前提下，整个方案用卡最少的切分。张量并行组默认限定在一台服务器内。',
    concurrencyHint:
      '未设请求速率时：整个方案的并发序列数。设了请求速率时：每副本的序列数（留空则按时延目标推算）。'
  }
}

export default zh
