import { describe, expect, it } from 'vitest'
import {
  CANONICAL_UNIT,
  matchUnit,
  type UnitFamily
} from '../../../../../src/main/services/inventory/parse/units'

const FAMILIES: UnitFamily[] = ['memory', 'bandwidth', 'flops', 'ops', 'power']

describe('matchUnit', () => {
  it('reads an empty unit as the canonical one', () => {
    for (const family of FAMILIES)
      expect(matchUnit(family, '  ')).toEqual({ factor: 1, trailing: '' })
  })

  it('gives each family factor 1 for its own canonical unit (the one messages name)', () => {
    for (const family of FAMILIES) {
      expect(matchUnit(family, CANONICAL_UNIT[family]), family).toEqual({ factor: 1, trailing: '' })
    }
  })

  it('converts binary prefixes exactly (2³⁰ bytes in a GiB, 2⁴⁰ in a TiB)', () => {
    expect(matchUnit('memory', 'GiB')?.factor).toBe(2 ** 30 / 1e9)
    expect(matchUnit('memory', 'TiB')?.factor).toBe(2 ** 40 / 1e9)
    expect(matchUnit('memory', 'MiB')?.factor).toBe(2 ** 20 / 1e9)
    expect(matchUnit('bandwidth', 'GiB/s')?.factor).toBe(2 ** 30 / 1e9)
  })

  it('keeps the text after the unit', () => {
    expect(matchUnit('memory', 'GB HBM3')).toEqual({ factor: 1, trailing: 'HBM3' })
    expect(matchUnit('bandwidth', 'TB/s (HBM3e)')).toEqual({ factor: 1000, trailing: '(HBM3e)' })
    expect(matchUnit('power', 'W TDP')).toEqual({ factor: 1, trailing: 'TDP' })
  })

  it('ends a unit at a word boundary: GBX, Wh and GB/s are not memory or power units', () => {
    expect(matchUnit('memory', 'GBX')).toBeNull()
    expect(matchUnit('memory', 'GB/s')).toBeNull()
    expect(matchUnit('memory', 'G2')).toBeNull()
    expect(matchUnit('power', 'Wh')).toBeNull()
    expect(matchUnit('flops', 'TFLOPSX')).toBeNull()
  })

  it('tells bits from bytes by the case of b, and flags bits', () => {
    expect(matchUnit('bandwidth', 'Gb/s')).toEqual({ factor: 1 / 8, bits: true, trailing: '' })
    expect(matchUnit('bandwidth', 'Tbps')).toEqual({ factor: 1000 / 8, bits: true, trailing: '' })
    expect(matchUnit('bandwidth', 'Mb/s x2')).toEqual({
      factor: 0.001 / 8,
      bits: true,
      trailing: 'x2'
    })
    expect(matchUnit('bandwidth', 'GB/s')).toEqual({ factor: 1, trailing: '' })
    expect(matchUnit('bandwidth', 'GBps')).toEqual({ factor: 1, trailing: '' })
    // Bits only in the bandwidth family: a memory of 80 Gb is not read.
    expect(matchUnit('memory', 'Gb/s')).toBeNull()
  })

  it.each([
    ['memory', 'TB', 1000],
    ['memory', 'mb', 0.001],
    ['memory', '吉字节', 1],
    ['bandwidth', 'TB/s', 1000],
    ['bandwidth', 'mbps', 0.001],
    ['flops', 'PFLOPS', 1000],
    ['flops', 'pflop/s', 1000],
    ['flops', 'GFLOPS', 0.001],
    ['flops', 'TOPS', 1],
    ['ops', 'POPS', 1000],
    ['ops', 'GOPS', 0.001],
    ['ops', 'TFLOPS', 1],
    ['power', 'kW', 1000],
    ['power', '千瓦', 1000],
    ['power', '瓦', 1],
    ['power', 'Watts', 1]
  ] as const)('%s: %s × %d', (family, unit, factor) => {
    expect(matchUnit(family, unit)).toEqual({ factor, trailing: '' })
  })

  it('refuses a unit of another family', () => {
    expect(matchUnit('power', 'GB')).toBeNull()
    expect(matchUnit('memory', 'W')).toBeNull()
    expect(matchUnit('ops', 'PFLOPS')).toBeNull()
    expect(matchUnit('bandwidth', 'TFLOPS')).toBeNull()
  })
})
