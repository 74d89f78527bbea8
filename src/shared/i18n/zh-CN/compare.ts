import type en from '../en/compare'
import type { Messages } from '../types'

const zh: Messages<typeof en> = {
  reasons: {
    notEvaluable: '{workload}：无法评估',
    memory: '{workload}：每卡需 {value} GB > 卡上 {limit} GB',
    ttft: '{workload}：首字延迟 TTFT {value} ms > {limit} ms',
    tpot: '{workload}：每字延迟 TPOT {value} ms > {limit} ms',
    deadline: '需 {valueDays} > 工期 {limit} 天',
    deadlineUnknown: '时长未知：无法核对 {limit} 天工期',
    budget: '投资 {value} {currency} > 预算 {limit} {currency}',
    budgetUnknown: '无价格：无法核对预算 {limit}',
    powerCap: '设施功率 {value} kW > 功率上限 {limit} kW',
    powerCapUnknown: '无 TDP：无法核对 {limit} kW 功率上限',
    rackPower: '单台 {server} 功耗 {value} kW > 机柜上限 {limit} kW',
    notSold: '采购市场不销售',
    restricted: {
      'mainland-china': '自 {date} 起在中国大陆受限',
      'rest-of-world': '自 {date} 起在中国以外受限'
    },
    discontinued: {
      'mainland-china': '自 {date} 起在中国大陆停售',
      'rest-of-world': '自 {date} 起在中国以外停售'
    }
  },
  passes: {
    ttft: '{workload}：首字延迟 TTFT {value} ms ≤ {limit} ms',
    tpot: '{workload}：每字延迟 TPOT {value} ms ≤ {limit} ms',
    deadline: '需 {valueDays} ≤ 工期 {limit} 天',
    budget: '投资 {value} {currency} ≤ 预算 {limit} {currency}',
    powerCap: '设施功率 {value} kW ≤ 功率上限 {limit} kW'
  },
  cautions: {
    unknown: {
      'mainland-china': '中国大陆可购性未知：请向供应商确认',
      'rest-of-world': '中国以外可购性未知：请向供应商确认'
    },
    note: '可购性说明：{note}',
    asCompleteSystem: '按整机 {system} 计价：方案在此比较中按整机采购',
    noCompleteSystem: '方案在此按整机采购，但目录中 {accelerator} 只按单卡销售：按单卡 + 服务器计价'
  },
  recommendation: {
    cheapest: '{name} 是满足 {group} 全部指标中最便宜的候选（总拥有成本 {tco} {currency}）。',
    none: '没有已定价的候选满足 {group} 的全部指标。',
    notRanked:
      '{candidates} 个候选中 {total} 个未参与排名：{infeasible} 个未达指标，{excluded} 个在采购市场无法购买，{noPrice} 个缺少价格，{notEvaluable} 个无法运行该负载。',
    perGroup: '按负载分组比较：{groups} 组中 {recommended} 组有推荐。'
  },
  quote: {
    agrees: '报价单按推荐的 {recommended} 为 {group} 报价。',
    disagrees:
      '报价单为 {group} 报的是 {quoted}（方案所选），而非推荐的 {recommended}：在“硬件”步骤应用推荐后即可按推荐报价。'
  },
  markets: {
    none: '未设置（不核对市场）',
    'mainland-china': '中国大陆',
    'rest-of-world': '中国以外'
  },
  statuses: {
    available: '可购',
    restricted: '受限',
    discontinued: '停售',
    unknown: '未知'
  },
  groupings: {
    workload: '每个负载单独比较',
    kind: '同类负载一起比较',
    plan: '整个方案用同一种卡'
  },
  ui: {
    market: '采购市场',
    marketHelp: '在该市场无法购买的候选不参与推荐，并以灰色显示。',
    grouping: '比较方式',
    title: '方案比较',
    group: '负载：{group}',
    filter: '筛选候选',
    onlyFeasible: '仅显示可行',
    exportCsv: '导出 CSV',
    exportReport: '导出报告（PDF）',
    pin: '固定',
    unpin: '取消固定',
    pinnedTitle: '并排对比',
    costScope:
      '此处的资本支出和总拥有成本只计各候选的加速卡、服务器及其电费和维保；整个集群的网络、存储、机柜和服务按方案所用硬件测算，在“结果”的物料清单中计价。',
    pinHelp: '固定 2–4 个候选，逐列查看完整方案，差异处高亮。',
    priceNeeded: '需要价格',
    setPrice: '单卡价格（{currency}）',
    savePrice: '设定',
    recommended: '推荐',
    applyRecommendation: '应用到这些负载',
    override: '修改可购性',
    overrideStatus: '状态',
    overrideDate: '日期（YYYY-MM-DD）',
    overrideSave: '保存',
    overridden: '规划者填写',
    source: '来源',
    yes: '是',
    no: '否',
    none: '—',
    noCandidates: '没有符合筛选条件的候选。'
  },
  columns: {
    candidate: '候选',
    vendor: '厂商',
    group: '负载',
    cards: '卡数',
    servers: '服务器',
    split: '切分 TP×PP×EP',
    replicas: '副本数',
    ttft: '首字延迟 TTFT（ms）',
    tpot: '每字延迟 TPOT（ms）',
    days: '训练时长',
    daysIn: '训练时长（{unit}）',
    itKW: 'IT 功率（kW）',
    capex: '投资（{currency}）',
    tco: '总拥有成本（{currency}）',
    feasible: '可行',
    availability: '可购性',
    reasons: '原因'
  },
  report: {
    title: '算力规划报告',
    plan: '方案',
    company: '公司',
    author: '编制人',
    date: '日期',
    summary: '方案概要',
    workloads: '负载',
    recommendation: '推荐及理由',
    comparison: '方案比较',
    charts: '图表',
    tcoChart: '参与排名候选的总拥有成本（{currency}）',
    assumptions: '假设与来源',
    derivation: '主要数字的推导',
    totals: '合计',
    accelerators: '加速卡',
    servers: '服务器',
    racks: '机柜',
    itPower: 'IT 功率（kW）',
    facilityPower: '设施功率（kW）',
    capex: '投资（{currency}）',
    opex: '年运营成本（{currency}）',
    tco: '{years} 年总拥有成本（{currency}）',
    workload: '负载',
    kind: '类型',
    hardware: '硬件',
    value: '数值',
    unit: '单位',
    source: '来源',
    step: '步骤',
    formula: '公式',
    noCompare: '未开启比较模式：方案按每个负载所选硬件计算。',
    page: '第 {page} 页，共 {pages} 页',
    noEngine:
      '未找到 PDF 引擎：请安装 Chromium（或将 CHROMIUM_PATH 设为 Chromium/Chrome 可执行文件）后再导出报告。',
    written: '报告已写入 {path}'
  }
}

export default zh
