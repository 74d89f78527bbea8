/**
 * core/units.ts: a card's published memory figure in decimal GB. Vendors' "80 GB" HBM parts
 * hold 80 GiB (GiB is the default unit); a card that says its figure is decimal keeps it.
 */
import { describe, expect, it } from 'vitest'
import {
  acceleratorMemoryGB,
  BYTES_PER_ELEMENT,
  gbToGiB,
  memoryUnitOf
} from '../../../src/shared/core/units'

describe('acceleratorMemoryGB', () => {
  it('reads a published figure as GiB unless the card says GB', () => {
    expect(memoryUnitOf({})).toBe('GiB')
    expect(acceleratorMemoryGB({ memoryGB: 80 })).toBeCloseTo(85.89934592, 9)
    expect(acceleratorMemoryGB({ memoryGB: 80, memoryUnit: 'GiB' })).toBeCloseTo(85.89934592, 9)
    expect(acceleratorMemoryGB({ memoryGB: 96, memoryUnit: 'GB' })).toBe(96)
    expect(acceleratorMemoryGB({})).toBeUndefined()
  })

  it('round-trips with gbToGiB', () => {
    const gb = acceleratorMemoryGB({ memoryGB: 24 })!
    expect(gbToGiB(gb)).toBeCloseTo(24, 12)
  })
})

describe('BYTES_PER_ELEMENT', () => {
  it('halves with each step down in width; TF32 is stored as FP32', () => {
    expect(BYTES_PER_ELEMENT.tf32).toBe(BYTES_PER_ELEMENT.fp32)
    expect(BYTES_PER_ELEMENT.bf16).toBe(BYTES_PER_ELEMENT.fp32 / 2)
    expect(BYTES_PER_ELEMENT.fp8).toBe(BYTES_PER_ELEMENT.fp16 / 2)
    expect(BYTES_PER_ELEMENT.int4).toBe(BYTES_PER_ELEMENT.int8 / 2)
  })
})
