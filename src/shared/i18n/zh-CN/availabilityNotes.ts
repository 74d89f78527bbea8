import type en from '../en/availabilityNotes'
import type { Messages } from '../types'

const zh: Messages<typeof en> = {
  olderCardNotRestricted: '不受出口管制；这款较早的卡可能难以买到新货',
  olderCardScarce: '这款较早的卡可能难以买到新货',
  chinaVariantCaught: '为应对 2022 年规则推出的中国特供版本，已被 2023 年规则纳入管制',
  chinaVariantsOnly: '中国市场特供版本，未在其他地区销售',
  h20Licence:
    '自 2025-04-09 起需美国出口许可证；2025-07-14 起恢复发放许可证；中国监管部门不鼓励新订单（2025-08）。报价前请核实。',
  chinaMarketPart: '中国市场特供型号',
  h200Licence: '2025-12-08 宣布向获批客户发放许可证；取得许可证前按受限处理',
  rtx6000AdaTpp: '稠密 FP8 728 TFLOPS × 8 = TPP 5828',
  ascend910First: '第一代 910（2019 年），已被 910B 取代',
  belowGp10: '低于 GP10 所列型号；华为在部分海外市场销售 Atlas 系列卡',
  prcGuidanceUnclear: '该指引涵盖同类国产 3A090 芯片；此型号是否在内尚未公开',
  olderGenerationStock: '较早一代产品；当前库存未经确认',
  hgxFollowsGpus:
    '状态取决于所搭载的 GPU：A100/A800/H100/H800 板卡受限，H20 板卡不受限（见各卡条目）'
}

export default zh
