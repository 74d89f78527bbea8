/** 成本步骤的价格表（问题 13 成本步骤、问题 15 价格）。 */
export default {
  title: '价格',
  lead: '方案可能采购的每种加速卡、服务器和集群部件，以及计算所用的价格。输入您自己的价格即可替换目录价或表格导入价；价格不会把加速卡加入您的库存。',
  classes: {
    accelerator: '加速卡',
    server: '服务器',
    switch: '交换机',
    nic: '网卡',
    transceiver: '光模块',
    cable: '线缆',
    storage: '存储',
    managementNode: '管理 / 登录节点',
    rack: '机柜',
    pdu: '机柜 PDU',
    service: '服务',
    other: '本方案中的其他价格'
  },
  columns: {
    part: '部件',
    inUse: '采用价格',
    yourPrice: '您的价格',
    currency: '币种',
    taxIncluded: '含税',
    date: '日期',
    source: '来源'
  },
  from: {
    priceBook: '您的价格',
    inventory: '来自您的硬件清单',
    compare: '在对比中输入',
    catalog: '目录参考价'
  },
  userSource: '本方案中输入的价格',
  priceNeeded: '需要报价',
  amountPlaceholder: '输入价格',
  datePlaceholder: '如 2026-11',
  sourcePlaceholder: '如 供应商报价',
  reset: '重置',
  resetFor: '重置 {name} 的价格',
  priceFor: '{name} 的价格',
  currencyFor: '{name} 价格的币种',
  taxFor: '{name} 的价格含增值税',
  dateFor: '{name} 价格的日期',
  sourceFor: '{name} 价格的来源',
  onHand: '现有 {count} 张',
  candidate: '对比候选',
  installation: '安装、布线与调试',
  installationHelp: '按硬件小计的比例计；留空时报价单显示“需要报价”。',
  empty: '添加工作负载后即可看到所需的价格。'
}
