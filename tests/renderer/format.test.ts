import { describe, expect, it } from 'vitest'
import { formatCurrency, formatNumber, formatRange, formatWithUnit } from '@renderer/lib/format'
import {
  bestUnit,
  fromCanonical,
  toCanonical,
  BYTES_PER_GIB,
  BYTES_PER_GB
} from '@renderer/lib/units'
import { isUndoShortcut } from '@renderer/lib/keys'
import { getAt, parsePath, setAt } from '@renderer/lib/paths'

const en = { locale: 'en' as const }
const zh = { locale: 'zh-CN' as const }

describe('number formatting per locale', () => {
  it('groups thousands and keeps four significant digits', () => {
    expect(formatNumber(20480, en)).toBe('20,480')
    expect(formatNumber(20.48, en)).toBe('20.48')
    expect(formatNumber(33.83091517857142, en)).toBe('33.83')
    expect(formatNumber(0.302, en)).toBe('0.302')
    expect(formatNumber(3.1428e23, en)).toBe('3.143E23')
    expect(formatNumber(null, en)).toBe('—')
    expect(formatNumber(Number.NaN, en)).toBe('—')
  })

  it('offers 万/亿 grouping in zh-CN', () => {
    expect(formatNumber(20480, { ...zh, grouping: 'cjk' })).toBe('2.048万')
    expect(formatNumber(3.14e8, { ...zh, grouping: 'cjk' })).toBe('3.14亿')
    expect(formatNumber(209, { ...zh, grouping: 'cjk' })).toBe('209')
    expect(formatNumber(5.308e23, { ...zh, grouping: 'cjk' })).toBe('5.308E23')
    expect(formatNumber(20480, { ...zh, grouping: 'western' })).toBe('20,480')
    // English ignores the zh-only option.
    expect(formatNumber(20480, { ...en, grouping: 'cjk' })).toBe('20,480')
  })

  it('formats currency by locale, with 万 in zh-CN when chosen', () => {
    expect(formatCurrency(790000, 'USD', en)).toBe('$790,000')
    expect(formatCurrency(11264000, 'CNY', zh)).toBe('¥11,264,000')
    expect(formatCurrency(11264000, 'CNY', { ...zh, grouping: 'cjk' })).toBe('¥1,126万')
    expect(formatCurrency(1500, 'EUR', en)).toBe('€1,500')
    expect(formatCurrency(null, 'EUR', en)).toBe('—')
  })

  it('writes units and ranges', () => {
    expect(formatWithUnit(40.4896, 'GB', en)).toBe('40.49 GB')
    expect(formatRange({ typical: 20, low: 16, high: 32 }, 'accelerators', en)).toBe(
      '20 accelerators (16–32)'
    )
    expect(formatRange({ typical: 209, low: 209, high: 209 }, '', en)).toBe('209')
  })
})

describe('unit conversion for inputs', () => {
  it('converts GB and GiB exactly and round-trips', () => {
    const gib = fromCanonical(80, 'memory', 'GiB')
    expect(gib).toBeCloseTo((80 * BYTES_PER_GB) / BYTES_PER_GIB, 9)
    expect(toCanonical(gib, 'memory', 'GiB')).toBe(80)
    expect(toCanonical(1, 'memory', 'TB')).toBe(1000)
  })

  it('converts tokens and B tokens, FLOPs and PF/s-days', () => {
    expect(toCanonical(300, 'tokens', 'Btokens')).toBe(3e11)
    expect(fromCanonical(1.4e12, 'tokens', 'Ttokens')).toBe(1.4)
    expect(toCanonical(1, 'flops', 'pfDays')).toBe(8.64e19)
    expect(bestUnit('tokens', 3e11)).toBe('Btokens')
    expect(bestUnit('tokens', 2048)).toBe('tokens')
    expect(bestUnit('memory', 5000)).toBe('GB')
  })
})

describe('helpers', () => {
  it('maps undo/redo shortcuts', () => {
    const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({
      key: k,
      ctrlKey: false,
      metaKey: false,
      shiftKey: false,
      altKey: false,
      ...mods
    })
    expect(isUndoShortcut(key('z', { ctrlKey: true }))).toBe('undo')
    expect(isUndoShortcut(key('z', { metaKey: true }))).toBe('undo')
    expect(isUndoShortcut(key('Z', { metaKey: true, shiftKey: true }))).toBe('redo')
    expect(isUndoShortcut(key('y', { ctrlKey: true }))).toBe('redo')
    expect(isUndoShortcut(key('z'))).toBeNull()
    expect(isUndoShortcut(key('z', { ctrlKey: true, altKey: true }))).toBeNull()
  })

  it('reads and writes JSON paths, removing emptied groups', () => {
    expect(parsePath('workloads[1].target.inputTokens')).toEqual([
      'workloads',
      1,
      'target',
      'inputTokens'
    ])
    const doc = { workloads: [{}, { target: { inputTokens: 5 } }] }
    expect(getAt(doc, 'workloads[1].target.inputTokens')).toBe(5)
    setAt(doc, 'workloads[0].corpus.gigabytes', 10)
    expect(doc.workloads[0]).toEqual({ corpus: { gigabytes: 10 } })
    setAt(doc, 'workloads[1].target.inputTokens', undefined)
    expect(doc.workloads[1]).toEqual({})
  })
})
