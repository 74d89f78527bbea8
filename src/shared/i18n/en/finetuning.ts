// Messages for the LLM fine-tuning workload form (issue 16). Keep keys in step with
// ../zh-CN/finetuning.ts (typecheck enforces the shape).
export default {
  fields: {
    method: 'Method',
    loraRank: 'LoRA rank',
    loraTargets: 'LoRA on',
    precision: 'Base precision',
    samples: 'Samples',
    tokensPerSample: 'Tokens per sample',
    epochs: 'Epochs',
    gradientCheckpointing: 'Gradient checkpointing'
  },
  method: {
    full: 'Full fine-tuning',
    lora: 'LoRA',
    qlora: 'QLoRA (4-bit base)'
  },
  targets: {
    qv: 'q and v projections',
    attention: 'All attention projections',
    'all-linear': 'All linear layers'
  },
  help: {
    method:
      'Full trains every weight (gradients and Adam states for all of them); LoRA trains small adapters on a frozen 16-bit base; QLoRA keeps the frozen base in 4-bit NF4.',
    loraRank: 'Adapter rank r: each targeted matrix gains r × (inputs + outputs) parameters.',
    gradientCheckpointing:
      'Keeps only each layer’s input and recomputes the forward pass: far less activation memory for about a third more compute.',
    tokensPerSample: 'Average tokens per training example (prompt and answer).'
  },
  on: 'On',
  off: 'Off'
}
