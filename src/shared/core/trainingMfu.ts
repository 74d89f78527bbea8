/**
 * The default LLM-training MFU: a small multiplicative model whose typical value and band
 * depend on what measurably moves utilisation — accelerator generation, model size (active
 * parameters), dense vs MoE, FP8 (measured against the FP8 peak), full activation
 * recomputation and cluster size — fitted to the public calibration set listed in
 * docs/methodology.md ("Training MFU model"; the runs themselves live in
 * tests/shared/core/data/training-runs.ts and are asserted by training-calibration.test.ts).
 *
 * MFU here follows the PaLM definition (arXiv 2204.02311 appendix B): model FLOPs per token
 * are 6 × active params + 12 × layers × attention width × sequence (attention scores), over
 * the dense peak; the caller turns it into 6·N-based throughput.
 *
 *   mfu = base[generation] × (activeParams / 1e11)^sizeExponent[generation]
 *         × (MoE ? moeFactor : 1) × (fp8 ? fp8Factor : 1) × (full recompute ? 0.75 : 1)
 *         × exp(clusterSlope × max(0, log2(accelerators / 4096)))
 * clamped to [0.02, 0.75]; low = typical × bandLow, high = typical × bandHigh.
 */
import { AMPERE_CLASS, HOPPER_CLASS, VOLTA_CLASS } from './assumptions'

export type MfuGeneration = 'ampere' | 'hopper' | 'volta' | 'other'

export interface MfuFeatures {
  /** Accelerator architecture from the catalog (ampere, hopper, davinci, tpu…). */
  architecture?: string
  activeParams: number
  /** Total params > 1.5 × active params (mixture of experts: expert all-to-all). */
  moe: boolean
  /** Training precision; fp8 is measured against the FP8 peak. */
  precision: string
  recompute: 'full' | 'selective' | 'none'
  /** Accelerators in the job (unknown → no cluster-size term). */
  accelerators?: number
}

export interface MfuPrediction {
  /** The model's value before clamping and rounding to whole per cent. */
  raw: number
  typical: number
  low: number
  high: number
  generation: MfuGeneration
  factors: {
    base: number
    size: number
    moe: number
    fp8: number
    recompute: number
    cluster: number
  }
  source: string
}

/**
 * Fitted by least squares on ln(MFU) over the 44 calibration runs (per-generation base and
 * size exponent, MoE factor); the FP8, full-recompute and cluster-size factors are fixed from
 * physics or within-study comparisons (see each constant).
 */
export const MFU_MODEL = {
  referenceActiveParams: 1e11,
  base: { ampere: 0.4715, hopper: 0.3446, volta: 0.2275, other: 0.4009 },
  sizeExponent: { ampere: 0.0151, hopper: 0.1751, volta: 0.0151, other: 0.0151 },
  moeFactor: 0.9364,
  /** FP8 GEMMs run at 2× the BF16 peak but attention, communication and element-wise work
   * do not: NVIDIA Transformer Engine / NeMo report 1.3-1.5× end-to-end speed-ups, i.e.
   * ≈ 0.7 of the BF16 MFU when measured against the FP8 peak. */
  fp8Factor: 0.7,
  /** Full recomputation repeats the forward pass: 3 of every 4 FLOPs executed are model
   * FLOPs (Narayanan et al., arXiv 2104.04473 §5.1). A free fit gives 0.74. */
  fullRecomputeFactor: 0.75,
  /** Llama 3 (arXiv 2407.21783) Table 4: 43 % MFU on 8,192 → 41 % on 16,384 H100, the one
   * within-study comparison: ln(41/43) ≈ −0.048 per doubling. MegaScale (arXiv 2402.15627)
   * and Narayanan et al. weak-scale flat up to a few thousand cards, hence the 4,096 knee. */
  clusterSlopePerDoubling: -0.048,
  clusterKnee: 4096,
  /** 4th and 96th percentiles of ln(published / modelled) over the calibration set. */
  bandLow: 0.78,
  bandHigh: 1.3,
  min: 0.02,
  max: 0.75
} as const

export function mfuGeneration(architecture: string | undefined): MfuGeneration {
  const a = architecture ?? ''
  if ((HOPPER_CLASS as readonly string[]).includes(a)) return 'hopper'
  if ((AMPERE_CLASS as readonly string[]).includes(a)) return 'ampere'
  if ((VOLTA_CLASS as readonly string[]).includes(a)) return 'volta'
  return 'other'
}

export function predictTrainingMfu(f: MfuFeatures): MfuPrediction {
  const m = MFU_MODEL
  const generation = mfuGeneration(f.architecture)
  const factors = {
    base: m.base[generation],
    size: Math.pow(
      Math.max(f.activeParams, 1) / m.referenceActiveParams,
      m.sizeExponent[generation]
    ),
    moe: f.moe ? m.moeFactor : 1,
    fp8: f.precision === 'fp8' ? m.fp8Factor : 1,
    recompute: f.recompute === 'full' ? m.fullRecomputeFactor : 1,
    cluster:
      f.accelerators === undefined
        ? 1
        : Math.exp(
            m.clusterSlopePerDoubling * Math.max(0, Math.log2(f.accelerators / m.clusterKnee))
          )
  }
  const raw =
    factors.base * factors.size * factors.moe * factors.fp8 * factors.recompute * factors.cluster
  // Shown in per cent to whole points: the model is not more precise than that.
  const typical = roundTo(Math.min(m.max, Math.max(m.min, raw)), 0.01, Math.round)
  return {
    raw,
    typical,
    low: Math.max(0.01, roundTo(typical * m.bandLow, 0.01, Math.floor)),
    high: Math.min(1, roundTo(typical * m.bandHigh, 0.01, Math.ceil)),
    generation,
    factors,
    source:
      `MFU model fitted to 44 published runs (docs/methodology.md, "Training MFU model"): ` +
      `${generation}-class base ${factors.base} × size ${factors.size.toFixed(3)} × MoE ${factors.moe} × ` +
      `FP8 ${factors.fp8} × full-recompute ${factors.recompute} × cluster ${factors.cluster.toFixed(3)}; ` +
      `band ×${m.bandLow}–×${m.bandHigh} holds ≥ 90 % of the calibration runs`
  }
}

function roundTo(value: number, step: number, how: (x: number) => number): number {
  return Number((how(value / step + 1e-9 * Math.sign(value)) * step).toFixed(10))
}
