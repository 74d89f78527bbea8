// LLM inference messages (split, per-card memory, links), merged into the 'core' namespace.
export default {
  steps: {
    weightReadEfficiency: 'Share of the bandwidth left after on-the-fly dequantisation',
    acceleratorMemoryAsShipped: 'Accelerator memory as the vendor publishes it',
    scaleUpDomainAccelerators: 'Cards in one scale-up domain',
    scaleUpBandwidthGBs: 'Card-to-card bandwidth in the scale-up domain (one direction)',
    tensorParallel: 'Tensor-parallel degree',
    pipelineParallel: 'Pipeline-parallel degree',
    expertParallel: 'Expert-parallel degree',
    layersPerStage: 'Layers per pipeline stage',
    kvHeadsPerAccelerator: 'KV heads held by one card',
    kvCacheBytesPerTokenPerAccelerator: 'KV cache bytes per token on one card',
    kvCachePerSequencePerAcceleratorGB: 'KV cache per sequence on one card',
    maxBatchPerReplica: 'Largest batch one replica holds',
    replicasForConcurrency: 'Replicas for the concurrent sequences',
    batchPerReplica: 'Sequences per replica',
    kvCachePerAcceleratorGB: 'KV cache per accelerator',
    kvCacheHeldGB: 'KV cache held by the replica (replicated heads included)',
    tensorParallelBandwidthGBs: 'Tensor-parallel link bandwidth',
    tensorParallelLatencyUs: 'Tensor-parallel collective latency',
    pipelineBandwidthGBs: 'Pipeline link bandwidth',
    pipelineLatencyUs: 'Pipeline hand-off latency',
    prefillCommMs: 'Communication time during prefill',
    decodeMemoryMs: 'Decode step, memory-read time',
    decodeWeightsMs: 'Decode step, weight-read time (linear layers)',
    decodeKvMs: 'Decode step, cache-read time (attention)',
    decodeComputeMs: 'Decode step, compute time',
    decodeCommMs: 'Decode step, communication time',
    concurrencyWholePlan: 'Concurrent sequences, whole plan',
    outputTokensPerSecondWholePlan: 'Output tokens per second, whole plan'
  },
  warnings: {
    batchCappedByMemory:
      'The {given} sequences set per replica do not fit; one replica holds at most {max}.'
  },
  validation: {
    quantizationMismatch:
      'the format {format} stores {precision} weights; set weightPrecision to {precision}',
    tensorBeyondScaleUp:
      'tensor parallel {tensor} exceeds the {domain}-card scale-up domain of {server}; use pipeline parallelism across servers, or allow multi-node tensor parallelism',
    expertParallelInvalid:
      'expert parallel {expert} must divide the {experts} experts and be at most the {accelerators} cards of a replica',
    modelDoesNotFit:
      'the model does not fit on {accelerator}: even split {split} needs {need} GB per card for one sequence, {usable} GB usable'
  },
  assumptions: {
    collectiveHopLatencyUs: 'Latency per ring all-reduce step',
    weightOnlyDecodeEfficiency: 'Bandwidth share weight-only kernels keep (dequantisation)',
    decodeLayerOverheadUs: 'Fixed time per layer and decode step',
    pcieBandwidthGBs: 'PCIe bandwidth between cards (one direction)',
    scaleOutBandwidthGBs: 'Network bandwidth per card between servers',
    fabricCollectiveLatencyUs: 'Collective latency on the scale-up fabric',
    hostCollectiveLatencyUs: 'Collective latency over PCIe or the network',
    maxSequencesPerReplica: 'Scheduler cap on sequences per replica'
  }
}
