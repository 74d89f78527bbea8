/** A workload given directly as total FLOPs or accelerator-hours. */
import type { CustomWorkload, Precision } from '../../schema/plan'
import { requiredDefault } from '../workload-defaults'
import { Calc, type Outcome, type WorkloadContext } from './context'

export interface CustomResult {
  totalFlops: number
  acceleratorHours: number
  days: number
  accelerators: number
}

export function computeCustom(w: CustomWorkload, ctx: WorkloadContext): Outcome<CustomResult> {
  const precision = w.precision ?? requiredDefault<Precision>('custom', 'precision')
  const calc = new Calc(ctx, { kind: 'custom', precision })
  if (w.precision === undefined) calc.noteDefault('precision', precision)
  calc.peak(precision)
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
