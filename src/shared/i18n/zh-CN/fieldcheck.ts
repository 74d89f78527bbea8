/** 议题 13：字段旁的提示用字段名称和字段自己的单位（百分比字段说“最多 100 %”，而不是“≤ 1”）。 */
export default {
  mustBeGreaterThan: '{label}必须大于 {limit}{unit}',
  mustBeAtLeast: '{label}至少为 {limit}{unit}',
  mustBeAtMost: '{label}最多为 {limit}{unit}',
  mustBeLessThan: '{label}必须小于 {limit}{unit}',
  mustBeInteger: '{label}必须是整数',
  mustBeFinite: '{label}必须是数字',
  required: '{label}为必填项',
  notANumber: '{label}：“{text}”不是数字；字段保留原值',
  other: '{label}：{message}',
  where: '{where}：{message}',
  workload: '工作负载 {n}',
  wholePlan: '方案',
  costs: '成本',
  inventory: '库存第 {n} 项',
  compare: '对比',
  quoteLine: '报价第 {n} 行'
}
