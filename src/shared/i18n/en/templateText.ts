// Messages for the 'templateText' area: the plan and workload names of the ready plans in
// resources/templates, so a template opened in Chinese is named in Chinese. The English text
// is the name written in each template file (a test keeps them equal). Keep keys in step with
// ../zh-CN/templateText.ts.
export default {
  'gpt3-175b-training': {
    plan: 'GPT-3 175B training: 1024 vs 2048 A100',
    workloads: {
      'gpt3-1024': '1024 A100, 140 TFLOP/s per GPU achieved (Megatron-LM §5.1)',
      'gpt3-2048': '2048 A100, same per-GPU throughput (seed §3: 15 days)'
    }
  },
  'llama-65b-int4': {
    plan: 'Serve LLaMA-65B at 4-bit',
    workloads: {
      'llama-65b-int4':
        'GPTQ int4 (group 128), fp16 KV cache, 2048-token context, 1 sequence (seed §2)'
    }
  },
  'llm-finetuning-qlora-65b': {
    plan: 'Guanaco 65B: QLoRA on one 48 GB card (Dettmers et al., arXiv 2305.14314)',
    workloads: {}
  },
  'llm-serving-rate': {
    plan: 'LLM chat service: Llama-3.1-70B at 20 requests/s',
    workloads: {
      'chat-70b': 'Llama-3.1-70B bf16, 1,000 in / 250 out tokens, 2 s TTFT, 50 ms per token'
    }
  },
  'video-analytics-3000': {
    plan: '3000-stream video analytics',
    workloads: {
      'video-3000': '3000 streams, 1080p 25 fps, 5 targets per frame (seed §8)'
    }
  },
  'vision-training-platform': {
    plan: 'Vision training platform: 30 tasks a year',
    workloads: {
      'vision-platform':
        '8 runs side by side × 8 cards × 320 TFLOPS FP16, 10-day cycle, 30 tasks a year (seed §7)'
    }
  }
}
