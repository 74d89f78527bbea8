// The LLM training form's global batch field (issue 16, parallelism costs). Keep keys in step
// with ../zh-CN/trainingBatch.ts (typecheck enforces the shape).
export default {
  label: 'Global batch (sequences per optimizer step)',
  help: 'Sets how many micro-batches each pipeline runs per step, and so the pipeline bubble. Blank: the assumption “Global batch (tokens per optimizer step)”, {tokens} tokens ÷ the sequence length (editable under Assumptions). Source: {source}',
  helpNoLayout:
    'Used when tensor, pipeline or data parallelism is given: it sets the micro-batches per pipeline and so the pipeline bubble. Blank: the assumption “Global batch (tokens per optimizer step)” ÷ the sequence length.'
}
