// 'finetuning' 区域的消息（LLM 微调工作负载表单，issue 16）。与 ../en/finetuning.ts 保持键一致。
export default {
  fields: {
    method: '微调方式',
    loraRank: 'LoRA 秩',
    loraTargets: 'LoRA 作用于',
    precision: '基座精度',
    samples: '样本数',
    tokensPerSample: '每样本 token 数',
    epochs: '轮数',
    gradientCheckpointing: '梯度检查点'
  },
  method: {
    full: '全参数微调',
    lora: 'LoRA',
    qlora: 'QLoRA（4 位基座）'
  },
  targets: {
    qv: 'q 与 v 投影',
    attention: '全部注意力投影',
    'all-linear': '全部线性层'
  },
  help: {
    method:
      '全参数微调训练所有权重（全部参数都有梯度与 Adam 状态）；LoRA 在冻结的 16 位基座上训练小型适配器；QLoRA 把冻结基座存为 4 位 NF4。',
    loraRank: '适配器秩 r：每个目标矩阵增加 r × （输入 + 输出）个参数。',
    gradientCheckpointing: '只保存每层的输入并重算前向：激活显存大幅减少，计算量约增加三分之一。',
    tokensPerSample: '每条训练样本的平均 token 数（提示与回答合计）。'
  },
  on: '开',
  off: '关'
}
