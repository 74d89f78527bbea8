// 按目标稠密算力规划平台（自定义负载 `targetPflops`，#19）。键与 ../en/sizing.ts 保持一致。
export default {
  steps: {
    targetPflops: '目标稠密算力',
    deliveredPflops: '所购卡的稠密算力'
  },
  formulas: {
    pflopsCards: '目标稠密算力（PFLOP/s）× 1000 ÷ 该精度下单卡稠密峰值，向上取整',
    pflopsDelivered: '所购卡的稠密峰值之和（≥ 目标）',
    pflopsYear: '规划的算力全年运行',
    pflopsFlops: '一年卡时内提供的稠密峰值 FLOPs'
  },
  figures: {
    targetPflops: '目标稠密算力',
    deliveredPflops: '提供的稠密算力'
  },
  fields: {
    source: '目标算力',
    targetPflops: '目标稠密算力',
    targetPflopsHelp:
      '平台规划：所选精度下稠密峰值之和达到此数的卡数（不计利用率，招标按峰值计）。',
    delivered: '{cards} 张卡提供 {pflops} PFLOP/s'
  }
}
