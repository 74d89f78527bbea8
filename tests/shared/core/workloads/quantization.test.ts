import { describe, expect, it } from 'vitest'
import {
  PLAIN_COMPUTE,
  QUANTIZATION,
  sixteenBitTensorsOf
} from '../../../../src/shared/core/workloads/quantization'
import { QUANTIZATION_FORMATS, WEIGHT_PRECISIONS } from '../../../../src/shared/schema/plan'

/** Storage width of each weight-precision class, in bits. */
const WIDTH = { fp32: 32, fp16: 16, bf16: 16, fp8: 8, int8: 8, int4: 4 } as const

describe('quantization formats', () => {
  it('every format the plan schema accepts is described, with a source', () => {
    expect(Object.keys(QUANTIZATION).sort()).toEqual([...QUANTIZATION_FORMATS].sort())
    for (const [id, info] of Object.entries(QUANTIZATION))
      expect(info.source.length, id).toBeGreaterThan(20)
  })

  it('a format stores at least its class width and less than twice it', () => {
    // GGUF K-quants add block scales: Q4_K_M 4.84 and Q5_K_M 5.68 bits sit in the int4 class.
    for (const [id, info] of Object.entries(QUANTIZATION)) {
      if (info.bitsPerWeight === 'grouped') continue
      const width = WIDTH[info.storageClass]
      expect(info.bitsPerWeight, id).toBeGreaterThanOrEqual(width)
      expect(info.bitsPerWeight, id).toBeLessThan(2 * width)
    }
  })

  it('Q8_0 is 32 int8 weights and one fp16 scale per block: (32 × 8 + 16) ÷ 32 = 8.5 bits', () => {
    expect(QUANTIZATION['gguf-q8_0'].bitsPerWeight).toBe((32 * 8 + 16) / 32)
  })

  it('weight-only formats multiply in 16 bits; W8A8 and FP8 in 8 bits', () => {
    for (const id of ['gptq-int4', 'awq-int4', 'gguf-q4_k_m', 'int8-weight-only'] as const)
      expect(QUANTIZATION[id].compute, id).toBe('fp16')
    expect(QUANTIZATION['w8a8-int8'].compute).toBe('int8')
    expect(QUANTIZATION.fp8.compute).toBe('fp8')
  })

  it('GGUF bits average over every tensor; the others keep embeddings in 16 bits', () => {
    for (const [id, info] of Object.entries(QUANTIZATION))
      expect(info.sixteenBitTensors, id).toBe(id.startsWith('gguf-') ? 'none' : 'embeddings')
  })
})

describe('plain precisions', () => {
  it('int8 and int4 without a named format are weight-only (16-bit multiplies); others native', () => {
    expect(Object.keys(PLAIN_COMPUTE).sort()).toEqual([...WEIGHT_PRECISIONS].sort())
    expect(PLAIN_COMPUTE.int8).toBe('fp16')
    expect(PLAIN_COMPUTE.int4).toBe('fp16')
    for (const p of ['fp32', 'fp16', 'bf16', 'fp8'] as const) expect(PLAIN_COMPUTE[p]).toBe(p)
  })

  it('sixteenBitTensorsOf: a named format’s own rule; none without a format', () => {
    expect(sixteenBitTensorsOf(undefined)).toBe('none')
    expect(sixteenBitTensorsOf(QUANTIZATION['awq-int4'])).toBe('embeddings')
    expect(sixteenBitTensorsOf(QUANTIZATION['gguf-q5_k_m'])).toBe('none')
  })
})
