// 结果页：按加速卡分组的明细表。键与 ../en/breakdown.ts 保持一致。
import type en from '../en/breakdown'

const messages: typeof en = {
  title: '按加速卡分组',
  card: '加速卡',
  workloads: '工作负载',
  cards: '卡数',
  servers: '服务器',
  serverModel: '服务器型号',
  itKW: 'IT 功率（千瓦）',
  capex: '资本支出（{currency}）',
  rest: '集群其余部分（网络、存储、机柜、服务）',
  total: '合计（= 汇总）'
}
export default messages
