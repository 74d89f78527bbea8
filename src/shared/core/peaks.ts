/**
 * Which dense peak a workload runs at. When the card publishes no figure for the requested
 * precision we fall back along the nearest hardware path (bf16 → fp16, fp8 → bf16…) and
 * say so; sparse figures are never in the catalog, so they can never be used silently.
 */
import type { AcceleratorSpec, Precision } from '../schema/plan'

export type PeakField =
  'fp32Tflops' | 'tf32Tflops' | 'fp16Tflops' | 'bf16Tflops' | 'fp8Tflops' | 'int8Tops' | 'int4Tops'

export const PEAK_FIELD: Record<Precision, PeakField> = {
  fp32: 'fp32Tflops',
  tf32: 'tf32Tflops',
  fp16: 'fp16Tflops',
  bf16: 'bf16Tflops',
  fp8: 'fp8Tflops',
  int8: 'int8Tops',
  int4: 'int4Tops'
}

const FALLBACK: Record<Precision, Precision[]> = {
  fp32: ['fp32', 'tf32', 'fp16', 'bf16'],
  tf32: ['tf32', 'fp32', 'fp16', 'bf16'],
  fp16: ['fp16', 'bf16', 'fp32', 'tf32', 'fp8'],
  bf16: ['bf16', 'fp16', 'fp32', 'tf32', 'fp8'],
  fp8: ['fp8', 'bf16', 'fp16', 'int8'],
  int8: ['int8', 'fp8', 'fp16', 'bf16'],
  int4: ['int4', 'int8', 'fp8', 'fp16', 'bf16']
}
const LAST_RESORT: Precision[] = ['fp16', 'bf16', 'fp32', 'tf32', 'fp8', 'int8', 'int4']

export interface PeakChoice {
  requested: Precision
  used: Precision
  field: PeakField
  /** TFLOPS or TOPS, dense. */
  value: number
  fellBack: boolean
}

/** Every precision in the order tried: the requested one's path, then the rest. */
function searchOrder(requested: Precision): readonly Precision[] {
  const path = FALLBACK[requested]
  return [...path, ...LAST_RESORT.filter((p) => !path.includes(p))]
}

// Worked out once, not per call: compare mode chooses a peak for every workload × card.
const SEARCH_ORDER: Record<Precision, readonly Precision[]> = {
  fp32: searchOrder('fp32'),
  tf32: searchOrder('tf32'),
  fp16: searchOrder('fp16'),
  bf16: searchOrder('bf16'),
  fp8: searchOrder('fp8'),
  int8: searchOrder('int8'),
  int4: searchOrder('int4')
}

export function choosePeak(spec: AcceleratorSpec, requested: Precision): PeakChoice | undefined {
  for (const precision of SEARCH_ORDER[requested]) {
    const value = spec[PEAK_FIELD[precision]]
    if (value !== undefined && value > 0) {
      return {
        requested,
        used: precision,
        field: PEAK_FIELD[precision],
        value,
        fellBack: precision !== requested
      }
    }
  }
  return undefined
}
