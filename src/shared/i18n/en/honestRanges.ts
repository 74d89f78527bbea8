// Issue 16, "Honest ranges": 16-bit tensors of quantised checkpoints, the decode reads of
// grouped-query attention, the fine-tuning memory band. Derivation steps, assumption names and
// formula descriptions, merged into 'core' and 'derivationText'. Keep keys in step with
// ../zh-CN/honestRanges.ts.
export default {
  steps: {
    allocatedGB: 'Tensor memory (weights, cache, activations)',
    sixteenBitHeadGB: 'LM head kept at 16 bits',
    embeddingMatrices: 'Embedding matrices (input table and LM head)',
    sixteenBitParams: 'Parameters the format keeps at 16 bits',
    embeddingTableParams: 'Input embedding table parameters',
    embeddingTableGB: 'Input embedding table',
    queryHeadsPerKvHead: 'Query heads per KV head',
    kvReadFactor: 'KV bytes read per cached byte',
    decodeLinearFlopsPerToken: 'Matrix-multiply FLOPs per generated token'
  },
  assumptions: {
    finetuningLogitsShare: 'Share of fp32 logits held at once (fine-tuning)',
    finetuningCheckpointGpuShare: 'Share of checkpointed layer inputs kept on the card',
    kvGroupReadShare: 'Share of grouped-query KV re-reads the attention kernel pays',
    finetuningMemoryOverheadFraction: 'Fine-tuning framework and allocator overhead'
  },
  formulas: {
    tiedEmbeddingParams:
      'one matrix serves as input embedding and output head (tied), kept 16-bit under QLoRA',
    allocatedTensors:
      'tensors only (what torch.cuda.max_memory_allocated counts): no runtime context or allocator reserve',
    sixteenBitHead:
      'the LM head a quantised checkpoint keeps at 16 bits: read every step as stored',
    sixteenBitEmbeddings:
      'embedding and LM head kept at 16 bits: only the Linear layers inside the decoder blocks are quantised; the token embedding and the LM head stay 16-bit (AutoGPTQ / GPTQ-for-LLaMa quantise `model.layers` only; AutoAWQ `modules_to_not_convert` and the Hugging Face quantizers skip `lm_head`; FP8 checkpoints such as neuralmagic Meta-Llama-3.1-8B-Instruct-FP8, 9.08 GB, keep embed and head in bf16)',
    tiedEmbedding: '{model} ties its token embedding and LM head (one matrix)',
    untiedEmbedding: 'token embedding + LM head (untied)',
    noVocabSixteenBit: 'vocabSize not given: every weight counted at the format’s bytes',
    noSixteenBit:
      'every weight at the same bytes (16/32-bit model, or a GGUF mix whose bits per weight average over all tensors)',
    quantisedWeights: 'quantised weights + the tensors the format keeps at 16 bits (2 bytes)',
    embeddingTable: 'vocabSize × hiddenSize: the input embedding table, separate from the LM head',
    embeddingTableTied:
      'tied with the LM head (read every step as the head) or vocabSize not given',
    embeddingTableNotRead:
      'a decode step gathers one embedding row per token and never streams the table',
    mlaReadOnce: 'MLA: one latent per token, read once',
    headsPerKvHead: 'attentionHeads ÷ kvHeads',
    kvReadFactor:
      'KV bytes read per cached byte each decode step: once per KV head, plus the re-reads of per-query-head kernels',
    decodeLinearFlops:
      'matrix multiplies of one generated token; attention over the cache is bandwidth-bound and timed by its reads',
    weightsReadPerStep:
      'weights one card reads each decode step, the input embedding table aside (MoE: only the experts the batch touches)',
    finetuningBand:
      'states, activations and logits × (1 + framework and allocator overhead): the range of the published per-card figures'
  }
}
