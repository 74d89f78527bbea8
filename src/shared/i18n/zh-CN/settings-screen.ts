// 设置页面（抬头、需方与供方、报价默认值）。键与 ../en/settings-screen.ts 保持一致。
import type en from '../en/settings-screen'

const messages: typeof en = {
  title: '设置',
  menu: '设置…',
  lead: '贵公司信息、供需双方和商务条款，打印在每份报价单和报告上。保存在本机，下一次导出即使用。',
  sections: {
    letterhead: '抬头',
    buyer: '需方（客户）',
    supplier: '供方（本单位）',
    quote: '报价默认值'
  },
  fields: {
    companyName: '公司名称',
    authorName: '编制人',
    logo: '标志',
    vatPercent: '默认增值税税率',
    validityDays: '报价有效期',
    delivery: '交货期',
    payment: '付款方式',
    warranty: '质保期 / 原厂服务'
  },
  party: {
    company: '单位名称',
    address: '地址',
    taxId: '纳税人识别号',
    bank: '开户行',
    account: '账号',
    contact: '联系人',
    phone: '电话'
  },
  hints: {
    companyName: '打印在报价单顶部和报告首页。',
    authorName: '打印在报告首页。',
    supplierCompany: '留空：使用上方的公司名称。',
    taxId: '统一社会信用代码（18 位）或境外增值税号。',
    vatPercent: '留空：按方案币种（人民币为 13%）。新建方案以此为起点。',
    validityDays: '留空：30 天。',
    days: '天'
  },
  placeholders: {
    byCurrency: '按币种',
    validity: '30'
  },
  logo: {
    choose: '选择图片…',
    replace: '更换…',
    remove: '移除',
    none: '未设置标志',
    preview: '标志预览',
    rule: 'PNG 或 JPEG，不超过 1 MB。',
    empty: '{file} 是空文件。',
    notImage: '{file} 不是 PNG 或 JPEG 图片。',
    tooLarge: '{file} 为 {size} MB，标志不能超过 {limit} MB。',
    unreadable: '无法读取 {file}。'
  },
  errors: {
    tooLong: '不超过 {limit} 个字符（当前 {length} 个）',
    oneLine: '只能填写一行',
    taxIdCharacters: '只能包含字母、数字、空格和连字符',
    taxIdLength: '纳税人识别号为 8 到 30 位字母和数字（当前 {length} 位）',
    taxIdCheck: '18 位统一社会信用代码的末位校验码应为 {expected}，而不是 {found}，请检查是否输错',
    accountCharacters: '只能包含数字、字母、空格和连字符',
    accountLength: '账号为 6 到 34 位数字和字母（当前 {length} 位）',
    phone: '电话号码：数字、空格和 + - ( )，分机写作“转123”或“ext 123”',
    notANumber: '必须是数字',
    wholeNumber: '必须是整数天',
    range: '必须在 {min} 到 {max}{unit} 之间'
  },
  where: '{section} › {field}',
  save: '保存',
  revert: '撤销修改',
  saved: '设置已保存，下一次导出的报价单和报告将使用。',
  unsaved: '有未保存的修改',
  invalid: '未保存：{count} 个字段需要修改。',
  saveFailed: '无法保存设置：{message}'
}
export default messages
