/**
 * Issue 19, "Chinese all the way through": what a message says in place of a field's schema id
 * (`{field}` in "has no {field} figure"), and what an estimate needs a model figure for
 * (`{why}`). Field labels come from the forms' own catalogues (see field-labels.ts); this file
 * holds the purposes and the few ids no form labels.
 */
export default {
  /** Between the labels of a list of fields ("give only one of A, B"). */
  separator: ', ',
  fields: {
    outputTokensPerSecond: 'output tokens per second',
    tokensPerSecondPerAccelerator: 'tokens per second per accelerator',
    memoryUsedGB: 'memory used',
    throughput: 'throughput',
    kind: 'workload kind',
    corpus: 'Corpus size',
    targetPflops: 'Target dense compute'
  },
  purposes: {
    communication: 'communication',
    activations: 'activation-memory',
    attentionFlops: 'attention FLOPs',
    finetuning: 'fine-tuning',
    mla: 'MLA',
    kvCacheAndActivations: 'KV cache and activations'
  }
}
