/** 推导面板：核心推导中出现的输入名称，以及面板用语。 */
export default {
  inputs: {
    tokensGiven: '训练 token 数（您输入的）',
    acceleratorsGiven: '加速卡数量（您输入的）',
    acceleratorsNeeded: '各工作负载所需加速卡',
    quantityOnHand: '现有加速卡',
    groupServersNodes: '第 {n} 种卡型的服务器数',
    groupServersFrontPorts: '第 {n} 种卡型每台服务器的南北向端口数',
    acceleratorPriceRate: '加速卡价格币种的汇率（每美元）',
    planCurrencyRate: '方案币种的汇率（每美元）',
    serverPriceRate: '服务器价格币种的汇率（每美元）',
    topsPerStreamGiven: '每路 TOPS（您输入的）',
    parallelRunsGiven: '并行运行数（您输入的）',
    acceleratorHoursGiven: '加速卡小时数（您输入的）',
    totalFlopsGiven: '总 FLOPs（您输入的）',
    corpusGigabytes: '语料大小'
  },
  arithmetic: '代入数值',
  sumOver: '各卡型{name}之和',
  youEntered: '您输入的',
  fromSettings: '方案设置'
}
