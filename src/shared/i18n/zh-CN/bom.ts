// 结果页：整个集群的物料清单。键与 ../en/bom.ts 保持一致。
import type en from '../en/bom'

const messages: typeof en = {
  title: '物料清单（整个集群）',
  breakdown: '资本支出构成（不含税）',
  item: '项目',
  quantity: '数量',
  lineTotal: '金额（{currency}）',
  priceMissing: '需要报价',
  tax: '增值税（{percent}）',
  grandTotal: '总计（含税）= 资本支出',
  linesNeedPrice: '{n} 项尚无价格，未计入合计（请在“成本”或“报价”步骤填写价格）。',
  noPrices: '尚无任何价格，无法拆分。'
}
export default messages
