// 报价单的采购要素：报价单号、供需双方、条款、含税列、大写金额。键与 ../en/procurement.ts 保持一致。
import type en from '../en/procurement'

const messages: typeof en = {
  quoteNumber: '报价单号',
  date: '报价日期',
  validity: '有效期',
  validityValue: '{days} 天（至 {until}）',
  buyer: '需方',
  supplier: '供方',
  party: {
    company: '单位名称',
    contact: '联系人',
    phone: '电话',
    address: '地址',
    taxId: '纳税人识别号',
    bank: '开户行',
    account: '账号'
  },
  columns: {
    vatRate: '税率',
    unitPriceWithVat: '含税单价（{currency}）',
    totalWithVat: '含税金额（{currency}）'
  },
  units: { device: '台', piece: '个', cable: '根' },
  amountInWords: '合计（大写）',
  amountInWordsNote: '由 Compute Planner 按导出时的含税总计写入；如修改表格，请核对。',
  linesNeedPrice:
    '{n} 项尚无单价，合计未计入这些项。请补充单价；全部有价后重新导出，即写出大写金额。',
  taxBasis:
    '单价与金额为不含税价；税额按不含税合计乘以“假设与参数”表中的税率（Plan_taxRate）计算。',
  terms: '商务条款',
  delivery: '交货期',
  payment: '付款方式',
  warranty: '质保期 / 原厂服务',
  remarks: '备注',
  signature: '供方（盖章）',
  notSet: '—',
  pageNumber: '报价单号 {number}'
}
export default messages
