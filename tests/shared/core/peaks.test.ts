/**
 * core/peaks.ts: which dense peak a workload runs at. The requested precision's own figure
 * when the card publishes one; otherwise the nearest hardware path, said as a fallback; a
 * missing or zero figure is never used; no figure at all is no peak (the caller reports it).
 */
import { describe, expect, it } from 'vitest'
import { choosePeak, PEAK_FIELD } from '../../../src/shared/core/peaks'
import { defaultCatalog } from '../../../src/shared/core/catalog'
import type { AcceleratorSpec, Precision } from '../../../src/shared/schema/plan'

const PEAKS = Object.values(PEAK_FIELD)

/** A catalog card with only the given peaks (every other peak removed). */
function card(peaks: Partial<Record<(typeof PEAKS)[number], number>>): AcceleratorSpec {
  const entry = defaultCatalog().accelerators.get('nvidia-a100-sxm4-80gb')
  if (!entry) throw new Error('catalog card missing')
  const { id: _id, ...spec } = entry
  for (const field of PEAKS) delete spec[field]
  return { ...spec, ...peaks }
}

describe('choosePeak', () => {
  it("takes the requested precision's own dense figure, without a fallback", () => {
    const spec = card({ bf16Tflops: 312, fp16Tflops: 300, int8Tops: 624 })
    expect(choosePeak(spec, 'bf16')).toEqual({
      requested: 'bf16',
      used: 'bf16',
      field: 'bf16Tflops',
      value: 312,
      fellBack: false
    })
    expect(choosePeak(spec, 'int8')).toMatchObject({ used: 'int8', value: 624, fellBack: false })
  })

  it('falls back along the nearest hardware path and says so', () => {
    const spec = card({ fp16Tflops: 181, int8Tops: 362 })
    expect(choosePeak(spec, 'bf16')).toMatchObject({ used: 'fp16', value: 181, fellBack: true })
    // FP8 on a card without FP8 runs at BF16/FP16 before INT8 (same float path first).
    expect(choosePeak(spec, 'fp8')).toMatchObject({ used: 'fp16', fellBack: true })
    // INT4 without an INT4 figure takes INT8, not a float peak.
    expect(choosePeak(spec, 'int4')).toMatchObject({ used: 'int8', value: 362, fellBack: true })
  })

  it('skips a zero figure as if it were absent', () => {
    const spec = card({ bf16Tflops: 0, fp16Tflops: 150 })
    expect(choosePeak(spec, 'bf16')).toMatchObject({ used: 'fp16', value: 150 })
  })

  it('reaches any published figure as a last resort, and none when there is none', () => {
    // FP32 falls back through float paths only; with only INT8 left it still finds it.
    expect(choosePeak(card({ int8Tops: 100 }), 'fp32')).toMatchObject({
      used: 'int8',
      value: 100,
      fellBack: true
    })
    for (const precision of Object.keys(PEAK_FIELD) as Precision[])
      expect(choosePeak(card({}), precision), precision).toBeUndefined()
  })

  it('every precision maps to its own peak field', () => {
    for (const [precision, field] of Object.entries(PEAK_FIELD))
      expect(choosePeak(card({ [field]: 42 }), precision as Precision)).toMatchObject({
        used: precision,
        value: 42,
        fellBack: false
      })
  })
})
