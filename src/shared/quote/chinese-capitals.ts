/**
 * A money amount in Chinese capital numerals (大写金额), as a procurement office in mainland
 * China expects it on a quote or contract: 2,766,240.00 → 贰佰柒拾陆万陆仟贰佰肆拾元整.
 *
 * Rules (the usual 财务大写 practice, see /work/shared/reference/procurement-cn.md): digits
 * 零壹贰叁肆伍陆柒捌玖, units 拾佰仟 inside a group of four digits, groups 万 and 亿; zeros
 * inside a number read as one 零, zeros at the end of a group are not read, a missing group
 * or a group that starts with zeros reads 零 before the next digits (10,005 → 壹万零伍元,
 * 1,010,000 → 壹佰零壹万元). Whole amounts end 元整; 角 without 分 ends 角整; 分 without 角
 * reads 元零X分. The amount is rounded to 分 first. The caller adds 人民币 for CNY.
 */

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const
/** Units inside a group, for the digit positions 0 (ones) … 3 (thousands). */
const UNITS = ['', '拾', '佰', '仟'] as const
/** Group units for groups 0 (< 10,000), 1 (万) and 2 (亿). */
const GROUPS = ['', '万', '亿'] as const
/** 1 万亿: the largest amount the three groups read; beyond it the words would be wrong. */
const LIMIT_YUAN = 1e12

/** One group of four digits (1…9999), zeros inside read as one 零, trailing zeros silent. */
function readGroup(value: number): string {
  let text = ''
  let zero = false
  for (let position = 3; position >= 0; position--) {
    const digit = Math.floor(value / 10 ** position) % 10
    if (digit === 0) {
      if (text !== '') zero = true
      continue
    }
    if (zero) text += DIGITS[0]
    zero = false
    text += DIGITS[digit] + UNITS[position]
  }
  return text
}

/** The yuan part (a whole number ≥ 1) in words, without 元. */
function readYuan(yuan: number): string {
  let text = ''
  let zero = false
  for (let group = GROUPS.length - 1; group >= 0; group--) {
    const value = Math.floor(yuan / 10_000 ** group) % 10_000
    if (value === 0) {
      if (text !== '') zero = true
      continue
    }
    // A group after the first that does not fill its thousands place starts with zeros.
    if (text !== '' && value < 1000) zero = true
    if (zero) text += DIGITS[0]
    zero = false
    text += readGroup(value) + GROUPS[group]
  }
  return text
}

/**
 * `amount` in capital numerals, or undefined when it cannot be read exactly (not a finite
 * number, or 1 万亿 and more).
 */
export function chineseCapitalAmount(amount: number): string | undefined {
  if (!Number.isFinite(amount)) return undefined
  const fen = Math.round(Math.abs(amount) * 100)
  const yuan = Math.floor(fen / 100)
  if (yuan >= LIMIT_YUAN) return undefined
  const jiao = Math.floor(fen / 10) % 10
  const cents = fen % 10
  const sign = amount < 0 && fen > 0 ? '负' : ''
  if (fen === 0) return '零元整'
  let text = yuan > 0 ? `${readYuan(yuan)}元` : ''
  if (jiao === 0 && cents === 0) return `${sign}${text}整`
  if (jiao > 0) text += `${DIGITS[jiao]}角`
  else if (yuan > 0) text += DIGITS[0]
  text += cents > 0 ? `${DIGITS[cents]}分` : '整'
  return sign + text
}
