// Training parallelism costs (issue 16), merged into the 'core' namespace.
export default {
  steps: {
    globalBatchSequences: 'Global batch (sequences per optimizer step)',
    microBatchesPerPipeline: 'Micro-batches per pipeline and step',
    computeTflopsPerAccelerator: 'Compute speed per accelerator (before communication)',
    mfuLayoutEfficiency: 'Parallel efficiency already inside the MFU model',
    computeSecondsPerMicroBatch: 'Compute time per micro-batch',
    commBytesPerElement: 'Bytes per communicated element',
    dataParallelBandwidthGBs: 'Data-parallel link bandwidth',
    dataParallelLatencyUs: 'Data-parallel collective latency',
    tensorParallelAllReducesPerLayer: 'Tensor-parallel all-reduces per layer',
    tensorParallelSecondsPerMicroBatch: 'Tensor-parallel communication per micro-batch',
    pipelineCommSecondsPerMicroBatch: 'Pipeline sends per micro-batch',
    microBatchSeconds: 'Time per micro-batch on one stage',
    pipelineBubbleFraction: 'Pipeline bubble (idle share of a step)',
    pipelineStepSeconds: 'Pipeline time per step',
    gradientBytesPerAccelerator: 'Gradient bytes per accelerator',
    dataParallelAllReduceSeconds: 'Gradient all-reduce per step',
    dataParallelExposedSeconds: 'Gradient all-reduce not hidden by compute',
    stepSeconds: 'Time per optimizer step',
    parallelEfficiency: 'Parallel efficiency of the layout'
  },
  inputs: {
    globalBatchSequences: 'Global batch (sequences)'
  },
  assumptions: {
    globalBatchTokens: 'Global batch (tokens per optimizer step)',
    dataParallelOverlap: 'Share of the gradient all-reduce hidden by compute'
  }
}
