import type en from '../en/cli'
import type { Messages } from '../types'

const zh: Messages<typeof en> = {
  estimate: {
    usage:
      '用法：compute-planner estimate PLAN.cplan [--inventory 文件] [--json] [--quote OUT.xlsx|OUT.csv] [--report OUT.pdf] [--lang zh-CN|en|both]',
    missingPlan: '缺少方案文件',
    needsFile: '{option} 需要一个文件名',
    unknownOption: '未知选项 {option}',
    unexpected: '多余的参数 {argument}',
    badLang: '--lang 只接受 zh-CN、en 或 both（收到 {value}）',
    cannotRead: '无法读取文件（{detail}）',
    rowsRead: '读取 {rows} 行：接受 {accepted} 行，拒绝 {rejected} 行',
    notAdded: '{id} 未加入方案（{reason}）',
    sparseLeftOut: '{field} 未采用：标为稀疏算力，且未确认为稠密值',
    columns: {
      workload: '负载',
      kind: '类型',
      accelerator: '加速卡',
      cards: '卡数',
      range: '范围',
      keyFigures: '关键指标',
      servers: '服务器',
      racks: '机柜',
      itKW: 'IT 功率 kW',
      facilityKW: '设施功率 kW',
      capex: '投资 {currency}',
      tco: '总拥有成本 {currency}',
      total: '合计'
    },
    partial: '（不完整）',
    replicas: '{value} 个副本',
    perCardGB: '每卡 {value} GB',
    batchPerReplica: '每副本批量 {batch}/{max}',
    perReplicaGB: '每副本 {value} GB',
    perReplicaTokens: '每副本 {value} tok/s',
    pfDays: '{value} PF·天',
    pflops: '{value} PFLOPS',
    streams: '每卡 {value} 路（{binding}）',
    durationRange: '范围 {low}–{high}',
    energy: '能耗：每年 {energy} MWh，共 {years} 年。',
    linesNeedPrice:
      '缺少价格：物料清单中有 {n} 行（{categories}）没有价格，资本支出和总拥有成本（部分）未包含这些行。请把价格加入价格库（“成本”步骤或库存价格表）。',
    compare: '方案比较（{count} 个候选）：{reason}',
    best: '{name}：{cards} 张卡，总拥有成本 {tco}',
    notes: '说明：'
  },
  file: {
    tooLarge: '{size} MB 超过 {limit} MB 的上限，未读取。',
    notAFile: '不是普通文件',
    missing: '文件不存在'
  }
}

export default zh
