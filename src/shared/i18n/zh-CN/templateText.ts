// Messages for the 'templateText' area (see ../en/templateText.ts). Keep keys in step.
export default {
  'gpt3-175b-training': {
    plan: 'GPT-3 175B 训练：1024 与 2048 张 A100',
    workloads: {
      'gpt3-1024': '1024 张 A100，每卡实测 140 TFLOP/s（Megatron-LM 第 5.1 节）',
      'gpt3-2048': '2048 张 A100，每卡吞吐相同（原文第 3 节：15 天）'
    }
  },
  'llama-65b-int4': {
    plan: '4 比特部署 LLaMA-65B',
    workloads: {
      'llama-65b-int4':
        'GPTQ int4（分组 128），fp16 KV 缓存，上下文 2048 token，单序列（原文第 2 节）'
    }
  },
  'llm-finetuning-qlora-65b': {
    plan: 'LLaMA-65B 的 QLoRA 微调：单张 48 GB 卡（QLoRA 论文）',
    workloads: {}
  },
  'llm-serving-rate': {
    plan: '大模型对话服务：Llama-3.1-70B，每秒 20 个请求',
    workloads: {
      'chat-70b':
        'Llama-3.1-70B bf16，输入 1,000 / 输出 250 token，首 token 2 秒内，每 token 50 毫秒内'
    }
  },
  'video-analytics-3000': {
    plan: '3000 路视频分析',
    workloads: {
      'video-3000': '3000 路，1080p 25 帧/秒，每帧 5 个目标（原文第 8 节）'
    }
  },
  'vision-training-platform': {
    plan: '视觉训练平台：每年 30 个任务',
    workloads: {
      'vision-platform':
        '8 个训练并行 × 每个 8 张卡 × 320 TFLOPS FP16，周期 10 天，每年 30 个任务（原文第 7 节）'
    }
  }
}
