// 共享资源池（core/pooling.ts）的推导步骤与警告。键与 ../en/pooling.ts 保持一致。
export default {
  steps: {
    alwaysOnAccelerators: '常驻负载的加速卡（峰值相加）',
    quietAlwaysOnAccelerators: '常驻负载在低谷时段仍占用的加速卡',
    sumOfPeakAccelerators: '各负载峰值加速卡之和（不共享）',
    scheduledPoolAccelerators: '可能同时运行的定时负载中最大的一组',
    acceleratorsNeeded: '共享资源池的加速卡数',
    activeAcceleratorHoursPerYear: '每年在用卡时'
  },
  modes: {
    always: '常驻运行',
    hoursPerMonth: '每月小时数',
    runsPerYear: '每年运行次数'
  },
  fields: {
    mode: '运行方式',
    offPeakFraction: '低谷时段仍占用的加速卡比例',
    hoursPerMonth: '每月运行小时数',
    runsPerYear: '每年运行次数',
    hoursPerRun: '每次运行小时数',
    fromEstimate: '按估算时长',
    overlapGroup: '重叠组',
    overlapGroupHint: '同组负载可能同时运行'
  },
  breakdown: {
    sumOfPeaks: '峰值之和 {count}'
  },
  warnings: {
    noRunLength:
      '{workload}：按每年运行次数计时需要每次运行时长（该负载本身没有时长），已按常驻计算。',
    overYear: '{workload}：排期合计每年 {hours} 小时，超过一年的 8,760 小时，已按常驻计算。',
    turnsExceedYear:
      '轮流运行的定时负载每年需要 {hours} 小时，超过 {limit} 小时：其中一些必然重叠。请为可能同时运行的负载设置相同的重叠组。'
  }
}
