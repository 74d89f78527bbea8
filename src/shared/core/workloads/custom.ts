/**
 * A workload given directly as total FLOPs or accelerator-hours, or a platform sized by a
 * target dense compute (PFLOP/s at a precision: cards = ceil(target × 1000 ÷ card peak)).
 */
import type { CustomWorkload, Precision } from '../../schema/plan'
import { requiredDefault } from '../workload-defaults'
import { Calc, type Outcome, type WorkloadContext } from './context'

export interface CustomResult {
  totalFlops: number
  acceleratorHours: number
  days: number
  accelerators: number
  /** Platform sizing only: the target and what the cards deliver, dense PFLOP/s. */
  targetPflops?: number
  deliveredPflops?: number
}

export function computeCustom(w: CustomWorkload, ctx: WorkloadContext): Outcome<CustomResult> {
  const precision = w.precision ?? requiredDefault<Precision>('custom', 'precision')
  const calc = new Calc(ctx, { kind: 'custom', precision })
  if (w.precision === undefined) calc.noteDefault('precision', precision)
  calc.peak(precision)
  if (w.targetPflops !== undefined) return sizeByTargetPflops(w.targetPflops, calc)
  calc.use('customUtilization')
  calc.f('effectiveTflopsPerAccelerator', 'peakTflops * customUtilization', 'TFLOP/s')
  if (w.totalFlops !== undefined) {
    calc.input('totalFlopsGiven', w.totalFlops, 'FLOP')
    calc.f('totalFlops', 'totalFlopsGiven', 'FLOP')
    calc.f(
      'acceleratorHours',
      'totalFlops / (effectiveTflopsPerAccelerator * 1e12) / 3600',
      'accelerator-hours'
    )
  } else {
    calc.input('acceleratorHoursGiven', w.acceleratorHours ?? 0, 'accelerator-hours')
    calc.f('acceleratorHours', 'acceleratorHoursGiven', 'accelerator-hours')
    calc.f('totalFlops', 'acceleratorHours * 3600 * effectiveTflopsPerAccelerator * 1e12', 'FLOP')
  }
  calc.field('totalFlops', 'totalFlops')
  calc.field('acceleratorHours', 'acceleratorHours')
  if (w.accelerators !== undefined) {
    calc.input('acceleratorsGiven', w.accelerators, 'accelerators')
    calc.f('accelerators', 'acceleratorsGiven', 'accelerators')
  } else {
    calc.input('targetDays', w.targetDays ?? 0, 'days')
    calc.f('accelerators', 'ceil(acceleratorHours / (targetDays * 24))', 'accelerators')
  }
  calc.field('accelerators', 'accelerators')
  calc.f('days', 'acceleratorHours / accelerators / 24', 'days')
  calc.field('days', 'days')
  const v = (id: string) => calc.d.value(id)
  return calc.outcome<CustomResult>(
    {
      totalFlops: v('totalFlops'),
      acceleratorHours: v('acceleratorHours'),
      days: v('days'),
      accelerators: v('accelerators')
    },
    { accelerators: v('accelerators'), days: v('days'), acceleratorHours: v('acceleratorHours') }
  )
}

/**
 * Platform sizing by dense compute: the cards whose summed dense peak reaches the target. No
 * utilisation factor: a tender's "100 PFLOPS FP16" counts peak. The year's provisioned
 * figures (always on) fill the FLOPs and hours of the result.
 */
function sizeByTargetPflops(targetPflops: number, calc: Calc): Outcome<CustomResult> {
  calc.input('targetPflops', targetPflops, 'PFLOP/s')
  const accelerators = calc.f(
    'accelerators',
    'ceil(targetPflops * 1000 / peakTflops)',
    'accelerators',
    'target dense PFLOP/s × 1000 ÷ the card’s dense peak at this precision, rounded up'
  )
  calc.field('accelerators', 'accelerators')
  calc.f(
    'deliveredPflops',
    'accelerators * peakTflops / 1000',
    'PFLOP/s',
    'dense peak of the cards bought (≥ the target)'
  )
  calc.field('deliveredPflops', 'deliveredPflops')
  calc.f('days', '365', 'days', 'provisioned capacity runs all year')
  calc.f('acceleratorHours', 'accelerators * days * 24', 'accelerator-hours')
  calc.f(
    'totalFlops',
    'acceleratorHours * 3600 * peakTflops * 1e12',
    'FLOP',
    'dense peak FLOPs provisioned over a year of card-hours'
  )
  for (const id of ['days', 'acceleratorHours', 'totalFlops']) calc.field(id, id)
  const v = (id: string) => calc.d.value(id)
  return calc.outcome<CustomResult>(
    {
      totalFlops: v('totalFlops'),
      acceleratorHours: v('acceleratorHours'),
      days: v('days'),
      accelerators,
      targetPflops,
      deliveredPflops: v('deliveredPflops')
    },
    { accelerators }
  )
}
