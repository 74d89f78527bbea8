import type en from '../en/quote'
import type { Messages } from '../types'

const zh: Messages<typeof en> = {
  title: '报价',
  sheets: {
    summary: '汇总',
    quote: '报价单',
    assumptions: '假设与参数',
    sizing: '测算过程',
    hardware: '硬件规格',
    comparison: '方案对比'
  },
  columns: {
    number: '序号',
    category: '类别',
    description: '名称与说明',
    quantity: '数量',
    unit: '单位',
    unitPrice: '单价（{currency}）',
    discount: '折扣',
    lineTotal: '小计（{currency}）',
    section: '分组',
    notes: '备注'
  },
  sections: {
    hardware: '硬件',
    services: '服务',
    optional: '可选项（不计入总价）'
  },
  categories: {
    server: '服务器',
    accelerator: '加速卡',
    support: '维保服务',
    spareAccelerator: '备用加速卡',
    network: '网络',
    storage: '存储',
    software: '软件',
    installation: '安装实施',
    service: '服务',
    other: '其他',
    facility: '机柜与供电'
  },
  lines: {
    server: '{server}，可装 {count} 张 {accelerator}',
    accelerator: '{accelerator} 加速卡',
    support: '维保服务，每年为硬件金额的 {percent} %'
  },
  units: {
    rack: '个',
    server: '台',
    card: '张',
    year: '年',
    item: '项'
  },
  totals: {
    hardwareSubtotal: '硬件小计',
    servicesSubtotal: '服务小计',
    subtotal: '合计（税前）',
    tax: '税额（{percent} %）',
    grandTotal: '总计（含税）',
    optionalTotal: '可选项合计',
    linesNeedPrice: '{n} 项尚无价格，未计入合计'
  },
  marks: {
    overridden: '用户已修改',
    priceMissing: '目录中没有价格：请在报价步骤中填写',
    priceSource: '价格出处',
    priceNeededCell: '需要报价',
    linked: '联动：随测算过程表变化'
  },
  summary: {
    title: '算力规划：报价与测算',
    plan: '方案',
    date: '日期',
    company: '公司',
    author: '编制人',
    currency: '币种',
    headline: '主要指标',
    figure: '指标',
    value: '数值',
    unit: '单位',
    acceleratorsOf: '加速卡：{accelerator}',
    acceleratorsTotal: '加速卡（全部型号）',
    servers: '服务器',
    racks: '机柜',
    itPower: 'IT 功率',
    facilityPower: '设施功率（IT × PUE）',
    energy: '年耗电量',
    capex: '资本支出（规划估算，含税）',
    opex: '年运营成本',
    tco: '{years} 年总拥有成本',
    quoteTotal: '报价总计',
    recommendation: '推荐方案',
    noComparison: '未启用方案对比：按各工作负载所选硬件计算。',
    mainAssumptions: '主要假设',
    moreAssumptions: '……另有 {count} 项，见“假设与参数”表。',
    notes: '备注',
    serversSinceSized: '集群测算后服务器增减数',
    serversSinceSizedNote:
      '网络、机柜及其数量按导出时的服务器数测算。若在“假设与参数”表中的修改使服务器数变化，此处将不为 0：请从算力规划器重新导出报价，重新测算集群。',
    incompleteCost:
      '资本支出和总拥有成本未包含没有价格的行（报价单上注明“目录中没有价格”）：实际金额不低于所示数字。',
    incompletePower: '功率数字未包含没有 TDP 的加速卡。',
    howToUse: '修改“假设与参数”或“测算过程”表中的蓝色数值，测算、报价和本页数字会自动重新计算。'
  },
  assumptions: {
    planSettings: '方案设置',
    name: '名称',
    item: '项目',
    value: '数值',
    unit: '单位',
    origin: '来源类型',
    source: '出处',
    workload: '工作负载：{name}',
    group: '汇总：{accelerator}',
    settings: {
      currency: '币种',
      pue: '电能利用效率（PUE）',
      taxRate: '税率',
      discount: '折扣（相对目录价）',
      electricityPricePerKWh: '电价',
      years: '运营年数',
      rackPowerLimitKW: '单机柜功率上限',
      exchangeRate: '汇率：每美元兑 {currency}',
      supportRatePerYear: '每年维保费率',
      supportYears: '维保年数'
    },
    origins: {
      default: '默认值',
      plan: '方案覆盖',
      workload: '工作负载覆盖',
      input: '方案输入',
      setting: '方案设置'
    }
  },
  sizing: {
    step: '步骤',
    description: '说明',
    formula: '公式',
    value: '数值',
    unit: '单位',
    kind: '类型',
    source: '出处',
    kinds: {
      formula: '公式',
      lookup: '查表数值',
      check: '校验'
    },
    serversSinceSized: '测算后服务器增减数',
    serversSinceSizedNote:
      '规划工具按 {servers} 台服务器选定了此结构（单台交换机或叶/脊层级、脊交换机数量），这些选择在此为固定值。为 0 时所有数量都是最新的；否则请从算力规划器重新导出报价。',
    workload: '工作负载 {name}（{kind}），硬件 {accelerator}',
    group: '{accelerator} 汇总：服务器、机柜、功率与成本',
    sumOfWorkloads: '工作负载 {workloads} 的加速卡数量之和'
  },
  hardware: {
    accelerators: '加速卡',
    servers: '服务器',
    fields: {
      id: '标识',
      vendor: '厂商',
      name: '名称',
      formFactor: '形态',
      memoryGB: '显存（GB）',
      memoryBandwidthGBs: '显存带宽（GB/s）',
      fp32Tflops: 'FP32（TFLOPS）',
      tf32Tflops: 'TF32（TFLOPS）',
      fp16Tflops: 'FP16（TFLOPS）',
      bf16Tflops: 'BF16（TFLOPS）',
      fp8Tflops: 'FP8（TFLOPS）',
      int8Tops: 'INT8（TOPS）',
      int4Tops: 'INT4（TOPS）',
      tdpW: 'TDP（W）',
      launchYear: '发布年份',
      origin: '来源类型',
      price: '目录价',
      priceCurrency: '价格币种',
      priceDate: '价格日期',
      priceSource: '价格出处',
      source: '出处',
      acceleratorsPerServer: '每台服务器加速卡数',
      basePowerW: '整机功率（不含加速卡，W）',
      rackUnits: '机架单位（U）',
      usedFor: '用于'
    },
    origins: {
      catalog: '内置目录',
      inventory: '硬件清单',
      inline: '方案中填写'
    },
    denseNote: '峰值算力均为稠密值（不含稀疏加速）。'
  },
  comparison: {
    accelerator: '加速卡',
    vendor: '厂商',
    origin: '来源类型',
    accelerators: '加速卡数量',
    maxDays: '最长工作负载（天）',
    itPower: 'IT 功率（kW）',
    facilityPower: '设施功率（kW）',
    capex: '资本支出（{currency}）',
    tco: '总拥有成本（{currency}）',
    feasible: '满足约束',
    recommended: '推荐',
    yes: '是',
    no: '否',
    notEvaluable: '无法评估',
    marketLine: '采购市场：{market}',
    rankedBy:
      '按加速卡、服务器及其电费和维保的总拥有成本排序（集群的网络、存储和机柜按所选硬件列在报价单中）；推荐方案已高亮显示。'
  },
  print: {
    page: '第 {page} 页，共 {pages} 页'
  },
  errors: {
    estimateFailed: '方案无法计算，未生成报价单。请先修正方案。',
    locked: '无法写入 {file}：文件已在其他程序中打开或被锁定。请关闭后重新导出；原文件未被修改。',
    permission: '无法写入 {file}：没有权限。请选择其他文件夹；原文件未被修改。',
    isDirectory: '无法写入 {file}：同名的是一个文件夹。',
    noFolder: '无法写入 {file}：文件夹不存在。',
    diskFull: '无法写入 {file}：磁盘已满。原文件未被修改。',
    writeFailed: '无法写入 {file}（{detail}）。原文件未被修改。',
    badLogo: '公司标志不是 PNG 或 JPEG 图片，已略过。'
  },
  cli: {
    written: '报价单已写入 {file}（总计 {total} {currency}）'
  }
}
export default zh
