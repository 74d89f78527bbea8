/**
 * Unit tables: every unit a planner writes in a cell or a header, and its factor to the
 * field's canonical unit (GB, GB/s, TFLOPS, TOPS, W). Binary prefixes convert exactly:
 * 1 GiB = 1.073741824 GB. Units are matched case-insensitively except where case carries
 * meaning (Gb/s is gigabits, GB/s gigabytes).
 */

export type UnitFamily = 'memory' | 'bandwidth' | 'flops' | 'ops' | 'power'

export interface UnitMatch {
  factor: number
  /** The unit is in bits (bandwidth written as Gb/s): the caller warns about the conversion. */
  bits?: boolean
  /** Text after the unit (e.g. `HBM3` in `80GB HBM3`). */
  trailing: string
}

const GIB = 1.073741824
const TIB = 1099.511627776
const MIB = 0.001048576

/** Lower-cased unit → factor; the longest matching prefix of the unit text wins. */
const TABLES: Record<UnitFamily, Record<string, number>> = {
  memory: {
    gb: 1,
    g: 1,
    gbyte: 1,
    gbytes: 1,
    gib: GIB,
    tb: 1000,
    t: 1000,
    tib: TIB,
    mb: 0.001,
    mib: MIB,
    吉字节: 1
  },
  bandwidth: {
    'gb/s': 1,
    gbs: 1,
    gbps: 1,
    'g/s': 1,
    'tb/s': 1000,
    tbs: 1000,
    tbps: 1000,
    't/s': 1000,
    'mb/s': 0.001,
    mbps: 0.001,
    'gib/s': GIB,
    'tib/s': TIB
  },
  flops: {
    tflops: 1,
    'tflop/s': 1,
    tflop: 1,
    tf: 1,
    t: 1,
    tops: 1,
    pflops: 1000,
    'pflop/s': 1000,
    pf: 1000,
    gflops: 0.001,
    gf: 0.001
  },
  ops: {
    tops: 1,
    t: 1,
    tflops: 1,
    pops: 1000,
    gops: 0.001
  },
  power: { w: 1, watt: 1, watts: 1, 瓦: 1, kw: 1000, 千瓦: 1000 }
}

const SORTED_UNITS: Record<UnitFamily, [string, number][]> = Object.fromEntries(
  Object.entries(TABLES).map(([family, table]) => [
    family,
    Object.entries(table).sort((a, b) => b[0].length - a[0].length)
  ])
) as Record<UnitFamily, [string, number][]>

/** Gigabits or terabits per second, told apart from bytes by the lower-case b. */
const BITS_PER_SECOND = /^([GTM])b(?:\/s|ps)\b/

/**
 * Matches the start of `unitText` against the family's units. The unit must end at a word
 * boundary, so `80 GBX` is not `GB`. Returns null when no unit of this family fits.
 */
export function matchUnit(family: UnitFamily, unitText: string): UnitMatch | null {
  const text = unitText.trim()
  if (text === '') return { factor: 1, trailing: '' }
  if (family === 'bandwidth') {
    const bits = BITS_PER_SECOND.exec(text)
    if (bits) {
      const scale = bits[1] === 'T' ? 1000 : bits[1] === 'M' ? 0.001 : 1
      return { factor: scale / 8, bits: true, trailing: text.slice(bits[0].length).trim() }
    }
  }
  const lower = text.toLowerCase()
  for (const [unit, factor] of SORTED_UNITS[family]) {
    if (!lower.startsWith(unit)) continue
    const next = lower.charAt(unit.length)
    if (next !== '' && /[a-z0-9/]/.test(next)) continue
    return { factor, trailing: text.slice(unit.length).trim() }
  }
  return null
}

/** Canonical unit names, for messages ("expected GB"). */
export const CANONICAL_UNIT: Record<UnitFamily, string> = {
  memory: 'GB',
  bandwidth: 'GB/s',
  flops: 'TFLOPS',
  ops: 'TOPS',
  power: 'W'
}
