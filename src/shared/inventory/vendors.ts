/**
 * Vendor names as spreadsheets write them (英伟达, 华为昇腾, 超威, NVIDIA Corporation…) → the
 * names the catalog uses, so an imported card and the catalog card read as one vendor and a
 * vendor filter or server match (`match.vendors`) finds it. Unknown vendors are kept as written.
 */

/** Canonical name → what it may be written as (lower case; Han names as they are). */
const VENDOR_ALIASES: readonly (readonly [string, RegExp])[] = [
  ['NVIDIA', /^(?:nvidia|nvdia)\b|^(?:英伟达|辉达|輝達)/],
  ['Huawei', /^(?:huawei|ascend)\b|^(?:华为|華為|昇腾|昇騰|海思)/],
  ['Cambricon', /^cambricon\b|^寒武纪/],
  ['Kunlunxin', /^(?:kunlunxin|kunlun)\b|^(?:昆仑芯|百度昆仑|昆仑)/],
  ['Hygon', /^hygon\b|^海光/],
  // 超威 (半导体) is AMD; 超微 (电脑) is Supermicro, a server maker.
  ['AMD', /^amd\b|^超威/],
  ['Supermicro', /^(?:supermicro|super micro)\b|^超微/],
  ['Intel', /^intel\b|^英特尔/],
  ['Inspur', /^inspur\b|^浪潮/],
  ['Google', /^google\b|^谷歌/],
  ['Moore Threads', /^moore ?threads\b|^摩尔线程/],
  ['Biren', /^biren\b|^壁仞/],
  ['MetaX', /^metax\b|^沐曦/],
  ['Iluvatar CoreX', /^iluvatar\b|^天数智芯/],
  ['Enflame', /^enflame\b|^燧原/]
]

export function normalizeVendor(written: string): string {
  const text = written.normalize('NFKC').trim()
  const folded = text.toLowerCase()
  for (const [canonical, alias] of VENDOR_ALIASES) if (alias.test(folded)) return canonical
  return text
}
