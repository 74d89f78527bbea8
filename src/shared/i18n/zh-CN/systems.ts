// 整机（core/complete-system.ts）：随机内含加速卡、按一行报价的服务器。键与 ../en/systems.ts 保持一致。
import type en from '../en/systems'

const messages: typeof en = {
  steps: {
    systemsToBuy: '需采购的整机数（卡在机内；已有的卡按整机抵扣）',
    systemListPrice: '整机价格（含加速卡）',
    systemUnitPrice: '整机单价（方案币种）'
  },
  inputs: {
    systemPriceRate: '整机价格币种的汇率'
  },
  line: '{system}（{count} × {accelerator}）整机',
  warnings: {
    notSoldAsSystem: '{server} 不以整机销售：{accelerator} 按“加速卡 + 服务器”报价。',
    otherAccelerator: '{system} 不配 {accelerator}：改按“加速卡 + 服务器”报价。',
    noSystemPrice: '整机 {system} 没有公开价格：请在“成本”步骤填入报价单上的价格。'
  },
  choice: {
    title: '采购方式',
    hint: '厂商也将该服务器作为内含加速卡的整机销售：报价单上每种整机一行。',
    parts: '加速卡 + 服务器',
    system: '整机（{system}）',
    group: '{accelerator}，装于 {server}'
  },
  bought: {
    basis: '整机：{count} 张加速卡含在整机价格内',
    sheetName: '{system}（整机：{count} 张加速卡含在整机价格内）',
    priceNeeded: '需填价格：请在“成本”步骤填写'
  }
}

export default messages
