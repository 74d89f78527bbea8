/** 议题 13/17：导入复核（解析出的每个数字均可编辑）、“我的硬件”表格、文本编码选择。 */
export default {
  invalid: {
    required: '{label}不能为空。',
    tooLong: '{label}超过 {max} 个字符。',
    currency: '{label}：“{value}”不是三位字母币种代码（CNY、USD、EUR…）。',
    notNumber: '{label}：“{value}”不是数字。',
    year: '{label}：“{value}”不是 1990–2100 之间的年份。',
    negative: '{label}不能为负数（“{value}”）。',
    wholeNumber: '{label}必须是整数（“{value}”）。',
    positive: '{label}必须大于 0（“{value}”）。',
    priceFirst: '{label}：请先填写单价；只有币种或含税标记不构成价格。',
    rejected: '{label}：该值不符合此字段。'
  },
  flag: {
    clusterPart:
      '这一行看起来是集群部件（{part}），不是加速卡：默认不加入“我的硬件”（可在右侧改选）。请用下方“{button}”为方案报价。',
    noArchitecture:
      '未匹配到目录中的加速卡：将使用通用（NPU 类）利用率和效率数据，并配通用 PCIe 服务器。请选择目录中的卡或检查型号。',
    architectureFromCatalog: '架构 {architecture} 来自目录中的 {card}（决定效率数据）。',
    memoryClass: '显存类型：表格为 {sheet}，目录为 {card}。以表格为准，显存带宽效率类别随之改变。',
    formFactorClass:
      '形态：表格为 {sheet}，目录中的卡为 {card}。服务器类别按目录确定，请核对实际形态。',
    vendor: '厂商：表格为 {sheet}，目录为 {card}。以表格为准，可搭配的服务器随之改变。'
  },
  origin: {
    sheet: '来自表格',
    edited: '您已修改',
    catalog: '来自目录',
    none: '未提供'
  },
  legend: '常规字体来自表格；灰色斜体来自匹配的目录卡；粗体为您的修改。',
  outcome: '结果',
  decision: '目录匹配处理方式',
  taxIncluded: '含税',
  review: '提交前复核：解析出的每个数字均可编辑',
  encoding: {
    useDetected: '按检测结果',
    label: '文本编码',
    detected: '检测结果：{encoding}（{confidence}）',
    uncertain: '编码为推测：请检查下方的型号和价格，若显示乱码请选择其他编码。',
    confidence: { certain: '确定', likely: '较可能', uncertain: '不确定' },
    names: {
      'utf-8': 'UTF-8',
      'utf-8-bom': 'UTF-8（带 BOM）',
      'utf-16le': 'UTF-16 LE',
      'utf-16be': 'UTF-16 BE',
      gb18030: 'GB18030（中文 Windows）',
      'windows-1252': 'Windows-1252（西文 Windows）',
      shift_jis: 'Shift-JIS（日文）'
    }
  },
  grid: {
    undo: '撤销',
    redo: '重做',
    unsaved: '有未保存的修改',
    editHint: '每个字段均可直接编辑；Ctrl+Z 撤销，“保存”写入硬件库。',
    columns: '列',
    kind: '类型'
  },
  editedRowMissing: '第 {rows} 行在复核中被修改，但未被导入；未提交任何内容。请重新开始导入。',
  priceList: {
    button: '将价格加入方案价格表',
    help: '适用于交换机、光模块、线缆、网卡、存储或机柜的价格表：每行按型号匹配网络目录中的部件。',
    done: '已将 {added} 个价格加入方案价格表；{rows} 行中有 {reported} 行见下方说明。',
    rejected: '该行未导入（见其问题说明）',
    noPrice: '{name} 没有价格',
    currency: '{name}：方案只支持 CNY、USD 或 EUR 计价，不支持 {currency}',
    noPart: '{name} 未对应网络目录中的任何部件',
    ambiguous: '{name} 对应多个部件（{candidates}）；请写出完整型号'
  },
  chooseFile: '选择文件',
  filterPrice: '仅显示有价格的卡',
  filterInventory: '仅显示我的库存中的卡'
}
