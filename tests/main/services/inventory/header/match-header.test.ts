import { describe, expect, it } from 'vitest'
import {
  matchHeader,
  normaliseHeader
} from '../../../../../src/main/services/inventory/header/match-header'
import { LIMITS } from '../../../../../src/main/services/inventory/limits'

describe('normaliseHeader', () => {
  it('drops case, width, spaces and punctuation from the key', () => {
    expect(normaliseHeader('  Memory-Bandwidth ').key).toBe('memorybandwidth')
    expect(normaliseHeader('ＭＥＭ＿ＢＷ').key).toBe('membw')
    expect(normaliseHeader('显存·带宽').key).toBe('显存带宽')
    expect(normaliseHeader('model\u3000name').key).toBe('modelname')
  })

  it('keeps the first bracketed part as the unit hint, lower-cased', () => {
    expect(normaliseHeader('Memory (GiB)')).toEqual({
      key: 'memory',
      unitHint: 'gib',
      sparse: false
    })
    expect(normaliseHeader('单价【万元】（含税）')).toEqual({
      key: '单价',
      unitHint: '万元',
      sparse: false
    })
    // An empty bracket is no hint.
    expect(normaliseHeader('TDP () W').unitHint).toBe('w')
  })

  it('takes a trailing unit word only when something precedes it', () => {
    expect(normaliseHeader('memory_gb')).toEqual({ key: 'memory', unitHint: 'gb', sparse: false })
    expect(normaliseHeader('TDP W').unitHint).toBe('w')
    expect(normaliseHeader('GB')).toEqual({ key: 'gb', unitHint: undefined, sparse: false })
    // A bracketed unit wins over a trailing word.
    expect(normaliseHeader('price (usd) k')).toMatchObject({ unitHint: 'usd', key: 'pricek' })
  })

  it('marks sparse headers, but not ones that also say dense', () => {
    expect(normaliseHeader('INT8 (sparse)')).toEqual({
      key: 'int8',
      sparse: true,
      unitHint: undefined
    })
    expect(normaliseHeader('FP16 稀疏算力').sparse).toBe(true)
    expect(normaliseHeader('FP16 sparse/dense').sparse).toBe(false)
    expect(normaliseHeader('FP16 (dense)')).toEqual({
      key: 'fp16',
      sparse: false,
      unitHint: undefined
    })
  })

  it('cuts a hostile label to the header limit, in linear time', () => {
    const brackets = normaliseHeader('('.repeat(100_000))
    expect(brackets.key).toBe('')
    const long = normaliseHeader(`${'x'.repeat(LIMITS.maxHeaderChars)}model`)
    expect(long.key).toBe('x'.repeat(LIMITS.maxHeaderChars))
  })
})

describe('matchHeader', () => {
  it('matches nothing for empty, numeric or punctuation-only labels', () => {
    for (const label of ['', '   ', '2024', '(GB)', '—', '#']) {
      expect(matchHeader(label).field, label).toBeNull()
      expect(matchHeader(label).confidence, label).toBe(0)
    }
  })

  it('weighs a contained synonym by its share of the label (CJK counts double)', () => {
    // "gpu显存": 显存 weighs 4 of 7 → 0.5 + 0.4 × 4/7 = 0.73 (rounded to hundredths).
    expect(matchHeader('GPU显存')).toMatchObject({ field: 'memoryGB', confidence: 0.73 })
    // A longer label around the same word is less certain.
    const short = matchHeader('显存 GPU').confidence
    const long = matchHeader('显存 GPU 备用 说明').confidence
    expect(long).toBeLessThan(short)
    expect(long).toBeGreaterThan(0.5)
  })

  it('refuses totals even when they contain a field word', () => {
    expect(matchHeader('总价（万元）')).toMatchObject({ field: null, unitHint: '万元' })
    expect(matchHeader('Price subtotal').field).toBeNull()
  })

  it('keeps the normalised key for remembered mappings', () => {
    expect(matchHeader('Memory (GiB)').key).toBe('memory')
    expect(matchHeader('Serial number')).toMatchObject({ field: null, key: 'serialnumber' })
  })
})
