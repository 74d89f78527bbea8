import { describe, expect, it } from 'vitest'
import { chineseCapitalAmount } from '../../../src/shared/quote/chinese-capitals'

describe('chineseCapitalAmount (大写金额)', () => {
  it.each([
    [2_766_240, '贰佰柒拾陆万陆仟贰佰肆拾元整'],
    [1_234_567.89, '壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分'],
    [100, '壹佰元整'],
    [10, '壹拾元整'],
    [10_005, '壹万零伍元整'],
    [100_000_000, '壹亿元整'],
    [1_010_000, '壹佰零壹万元整'],
    [100_000_005, '壹亿零伍元整'],
    [1_000_050_000, '壹拾亿零伍万元整'],
    [1_001, '壹仟零壹元整'],
    [1_100, '壹仟壹佰元整'],
    [12.5, '壹拾贰元伍角整'],
    [12.05, '壹拾贰元零伍分'],
    [0.5, '伍角整'],
    [0.05, '伍分'],
    [0, '零元整'],
    [-3, '负叁元整']
  ])('%d → %s', (amount, words) => {
    expect(chineseCapitalAmount(amount)).toBe(words)
  })

  it('rounds to 分 first (a float total never reads 捌角捌分玖厘)', () => {
    expect(chineseCapitalAmount(0.1 + 0.2)).toBe('叁角整')
    expect(chineseCapitalAmount(1_234_567.8949999)).toBe('壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分')
  })

  it('gives undefined where the words would be wrong (non-finite, ≥ 1 万亿)', () => {
    expect(chineseCapitalAmount(Number.NaN)).toBeUndefined()
    expect(chineseCapitalAmount(Number.POSITIVE_INFINITY)).toBeUndefined()
    expect(chineseCapitalAmount(1e12)).toBeUndefined()
    expect(chineseCapitalAmount(999_999_999_999.99)).toBe(
      '玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'
    )
  })
})
