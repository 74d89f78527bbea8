// LLM inference on screen: result labels (per replica / per card / whole plan), the split
// summary and the inference knobs of the workload form.
export default {
  figures: {
    accelerators: 'Accelerators, whole plan',
    memory_weightsGB: 'Weights per replica',
    memory_kvCacheGB: 'KV cache per replica',
    memory_activationsGB: 'Activations per replica',
    memory_overheadGB: 'Runtime overhead per replica',
    memory_totalGiB: 'Memory per replica (GiB)',
    kvCacheBytesPerToken: 'KV cache per token, whole model',
    prefillTokensPerSecond: 'Prefill speed per replica',
    smallestFittingMemoryGB: 'Smallest single card for a replica',
    outputTokensPerSecond: 'Output tokens/s per replica',
    outputTokensPerSecondWholePlan: 'Output tokens/s, whole plan',
    memory_totalGB: 'Memory per replica',
    memoryPerAccelerator_totalGB: 'Memory per card',
    memoryPerAccelerator_weightsGB: 'Weights per card',
    memoryPerAccelerator_kvCacheGB: 'KV cache per card',
    memoryPerAccelerator_usableGB: 'Usable memory per card',
    maxBatchPerReplica: 'Largest batch per replica',
    batchPerReplica: 'Sequences per replica',
    concurrencyWholePlan: 'Concurrent sequences, whole plan',
    kvCacheBytesPerTokenPerAccelerator: 'KV cache per token per card',
    requestsPerSecondPerReplica: 'Requests/s per replica'
  },
  split: {
    label: 'Split (tensor × pipeline × expert)',
    value: '{tensor} × {pipeline} × {expert}',
    auto: 'chosen automatically',
    given: 'as set',
    card: 'Card memory as shipped',
    cardValue: '{shipped} {unit} = {decimal} GB',
    scaleUp: 'Scale-up domain',
    scaleUpValue: '{accelerators} cards, {fabric}',
    fabrics: {
      nvlink: 'NVLink',
      nvswitch: 'NVSwitch',
      hccs: 'HCCS',
      'infinity-fabric': 'Infinity Fabric',
      'mlu-link': 'MLU-Link',
      'xpu-link': 'XPU Link',
      ici: 'ICI',
      pcie: 'PCIe (no fabric)'
    }
  },
  form: {
    quantization: 'Weight format',
    quantizationNone: 'Plain (as the weight precision)',
    quantizations: {
      'gptq-int4': 'GPTQ int4 (grouped)',
      'awq-int4': 'AWQ int4 (grouped)',
      'gguf-q4_k_m': 'GGUF Q4_K_M (4.84 bits)',
      'gguf-q5_k_m': 'GGUF Q5_K_M (5.68 bits)',
      'gguf-q8_0': 'GGUF Q8_0 (8.5 bits)',
      'int8-weight-only': 'INT8 weight-only',
      'w8a8-int8': 'W8A8 (INT8 compute)',
      fp8: 'FP8 weights and compute'
    },
    framework: 'Serving framework',
    frameworkNone: 'Generic defaults',
    frameworks: {
      vllm: 'vLLM',
      'tensorrt-llm': 'TensorRT-LLM',
      'llama.cpp': 'llama.cpp',
      mindie: 'MindIE (Ascend)'
    },
    parallel: 'Parallelism per replica',
    tensor: 'Tensor parallel',
    pipeline: 'Pipeline parallel',
    expert: 'Expert parallel (MoE only)',
    auto: 'auto',
    multiNodeTensor: 'Allow tensor parallelism across servers (slow)',
    parallelHint:
      'Leave blank to let the planner choose the split with the fewest cards that fits per card and meets the latency targets. A tensor-parallel group stays inside one server unless allowed.',
    concurrencyHint:
      'Without a request rate: concurrent sequences for the whole plan. With a request rate: sequences per replica (blank = from the latency targets).'
  }
}
