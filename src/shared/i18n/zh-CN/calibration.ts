// “校准”的文案（issue 16）：用规划者自己的实测数据拟合效率假设。键与 ../en/calibration.ts 保持一致。
export default {
  title: '用实测数据校准',
  intro:
    '载入在自有集群上实测的数据表（CSV 或 .xlsx）：训练每卡 tokens/s 或单步时间、推理在给定批量与上下文下的输出 tokens/s、显存占用。列：类型、加速卡、模型及实测数值。',
  file: '实测数据表',
  name: '校准配置名称',
  defaultName: '{accelerator} 实测',
  use: '使用此校准',
  remove: '停止使用',
  export: '导出校准配置',
  inUse: '已校准：配置“{name}”，由 {count} 条实测拟合。',
  rowsRead: '从工作表“{sheet}”读取 {count} 条实测。',
  nothingFits: '表中没有与此负载的类型、加速卡和模型相符的实测。',
  fit: '拟合前误差中位数 {before}，拟合后 {after}。',
  columns: {
    row: '行',
    assumption: '假设',
    measured: '实测',
    before: '拟合前估算',
    after: '拟合后估算',
    value: '拟合值',
    residual: '拟合后误差'
  },
  fields: {
    kind: '类型',
    accelerator: '加速卡',
    model: '模型',
    accelerators: '卡数',
    sequenceLength: '序列长度',
    tokensPerSecondPerAccelerator: '每卡 tokens/s',
    stepTimeSeconds: '单步时间',
    tokensPerStep: '每步 tokens',
    method: '方法',
    outputTokensPerSecond: '输出 tokens/s',
    batch: '批量',
    contextTokens: '上下文',
    memoryUsedGB: '显存占用 (GB)'
  },
  issues: {
    noHeader: '{sheet} 第 {row} 行：找不到包含类型、加速卡和模型的表头行。',
    badKind: '{sheet}!{column}{row}（{field}）：“{value}”不是训练、微调或推理。',
    notANumber: '{sheet}!{column}{row}（{field}）：“{value}”不是数字。',
    invalid: '{sheet}!{column}{row}（{field}）：此处不接受“{value}”。',
    noRows: '{sheet}：表头（第 {row} 行）下没有实测行。',
    unreadable: '{sheet}：无法读取该文件。',
    wrongKind: '第 {row} 行：负载类型不同，未使用。',
    wrongAccelerator: '第 {row} 行：加速卡不同，未使用。',
    wrongModel: '第 {row} 行：模型不同，未使用。',
    noFigure: '第 {row} 行：没有可拟合的吞吐或显存数值。',
    notEstimable: '第 {row} 行：无法估算该任务（{detail}）。',
    outOfRange: '第 {row} 行：该实测需要 {detail}，超出该假设允许的范围。'
  }
}
