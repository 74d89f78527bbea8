/**
 * Vision / CNN training, two forms:
 * - first principles: FLOPs = 3 (forward + backward) × 2 (FLOPs per MAC) × MACs × images ×
 *   epochs × runs, run at a CNN-specific utilisation (far below LLM MFU);
 * - the seed's portfolio form: runs × cards per run × days per run, side by side.
 */
import type { VisionTrainingWorkload } from '../../schema/plan'
import { resolveVision } from '../models'
import { chooseServer } from '../rollup'
import { Calc, type Outcome, type WorkloadContext } from './context'
import { requiredDefault } from '../workload-defaults'

const KIND = 'vision-training'
type VisionPrecision = NonNullable<VisionTrainingWorkload['precision']>

export interface VisionTrainingResult {
  form: 'first-principles' | 'portfolio'
  model: string | null
  totalFlops: number
  days: number
  accelerators: number
  acceleratorHours: number
  provisionedPflops: number
  provisionedTflops: number
  imagesPerSecond: number | null
  /** What sets the pace of the first-principles form; null for the portfolio form. */
  binding: VisionBinding | null
}

export type VisionBinding = 'compute' | 'data-loading'

export function computeVisionTraining(
  w: VisionTrainingWorkload,
  ctx: WorkloadContext
): Outcome<VisionTrainingResult> {
  const precision = w.precision ?? requiredDefault<VisionPrecision>(KIND, 'precision')
  const calc = new Calc(ctx, { kind: 'vision-training', precision })
  if (w.precision === undefined) calc.noteDefault('precision', precision)
  return w.cardsPerRun !== undefined ? portfolio(w, calc) : firstPrinciples(w, calc, ctx, precision)
}

function firstPrinciples(
  w: VisionTrainingWorkload,
  calc: Calc,
  ctx: WorkloadContext,
  precision: NonNullable<VisionTrainingWorkload['precision']>
): Outcome<VisionTrainingResult> {
  if (w.model === undefined) return calc.fail(['model'], 'required')
  const model = resolveVision(calc, ctx.catalog, w.model)
  const src = (name: string) => `${model.name} ${name}: ${model.source}`
  calc.lookup('gmacs', model.spec.gmacs, 'GMAC/image', src('gmacs'))
  calc.lookup('modelResolution', model.spec.inputResolution, 'px', src('inputResolution'))
  calc.inputOrDefault(
    'inputResolution',
    w.inputResolution,
    requiredDefault<number>(KIND, 'inputResolution', { model: model.spec }),
    'px'
  )
  calc.f(
    'gmacsAtResolution',
    'gmacs * (inputResolution / modelResolution)^2',
    'GMAC/image',
    'convolution cost scales with pixel count'
  )
  calc.input('images', w.images ?? 0, 'images')
  calc.input('epochs', w.epochs ?? 0, 'epochs')
  calc.inputOrDefault('runs', w.runs, requiredDefault<number>(KIND, 'runs'), 'runs')
  calc.f(
    'flopsPerImage',
    '3 * 2 * gmacsAtResolution * 1e9',
    'FLOP/image',
    '3 (forward + backward) × 2 FLOPs per MAC × MACs'
  )
  const totalFlops = calc.f('totalFlops', 'flopsPerImage * images * epochs * runs', 'FLOP')
  calc.field('totalFlops', 'totalFlops')
  calc.peak(precision)
  calc.use('visionMfu')
  calc.f('effectiveTflopsPerAccelerator', 'peakTflops * visionMfu', 'TFLOP/s')
  // The slower of compute and the input pipeline sets the pace (both scale with the cards:
  // the pipeline runs per server, so each card gets its server's rate ÷ cards per server).
  calc.f(
    'computeImagesPerSecondPerAccelerator',
    'effectiveTflopsPerAccelerator * 1e12 / flopsPerImage',
    'images/s'
  )
  const server = chooseServer(ctx.catalog, ctx.settings, ctx.accelerator)
  calc.lookup(
    'acceleratorsPerServer',
    server.acceleratorsPerServer,
    'accelerators',
    `${server.name}: ${server.source}`
  )
  calc.use('dataLoaderImagesPerSecondPerNode')
  calc.f(
    'dataImagesPerSecondPerAccelerator',
    'dataLoaderImagesPerSecondPerNode / acceleratorsPerServer',
    'images/s'
  )
  calc.f(
    'imagesPerSecondPerAccelerator',
    'min(computeImagesPerSecondPerAccelerator, dataImagesPerSecondPerAccelerator)',
    'images/s'
  )
  const binding: VisionBinding =
    calc.d.value('dataImagesPerSecondPerAccelerator') <
    calc.d.value('computeImagesPerSecondPerAccelerator')
      ? 'data-loading'
      : 'compute'
  if (binding === 'data-loading')
    calc.warn('visionDataLoadingBinds', {
      data: Math.round(calc.d.value('dataLoaderImagesPerSecondPerNode')),
      compute: Math.round(
        calc.d.value('computeImagesPerSecondPerAccelerator') * calc.d.value('acceleratorsPerServer')
      )
    })
  calc.f('imagesProcessed', 'images * epochs * runs', 'images')
  calc.f(
    'acceleratorHours',
    'imagesProcessed / imagesPerSecondPerAccelerator / 3600',
    'accelerator-hours'
  )
  calc.field('acceleratorHours', 'acceleratorHours')
  countAndDays(w, calc, w.globalBatchSize)
  calc.f('imagesPerSecond', 'activeAccelerators * imagesPerSecondPerAccelerator', 'images/s')
  calc.field('imagesPerSecond', 'imagesPerSecond')
  provisioned(calc)
  const v = (id: string) => calc.d.value(id)
  return calc.outcome<VisionTrainingResult>(
    {
      form: 'first-principles',
      model: model.id ?? model.name,
      totalFlops,
      days: v('days'),
      accelerators: v('accelerators'),
      acceleratorHours: v('acceleratorHours'),
      provisionedPflops: v('provisionedPflops'),
      provisionedTflops: v('provisionedTflops'),
      imagesPerSecond: v('imagesPerSecond'),
      binding
    },
    {
      accelerators: v('accelerators'),
      days: v('days'),
      imagesPerSecond: v('imagesPerSecond'),
      acceleratorHours: v('acceleratorHours')
    }
  )
}

/**
 * Cards and days. With a global batch, a card needs at least one image per step: cards
 * beyond the batch sit idle (`activeAccelerators`), and a deadline that needs more is
 * flagged rather than met on paper.
 */
function countAndDays(
  w: { accelerators?: number; targetDays?: number },
  calc: Calc,
  globalBatch: number | undefined
): void {
  if (w.accelerators !== undefined) {
    calc.input('acceleratorsGiven', w.accelerators, 'accelerators')
    calc.f('accelerators', 'acceleratorsGiven', 'accelerators')
  } else {
    calc.input('targetDays', w.targetDays ?? 0, 'days')
    calc.f('accelerators', 'ceil(acceleratorHours / (targetDays * 24))', 'accelerators')
  }
  calc.field('accelerators', 'accelerators')
  if (globalBatch !== undefined) {
    calc.input('globalBatchSize', globalBatch, 'images')
    calc.f('stepsPerEpoch', 'ceil(images / globalBatchSize)', 'steps')
    calc.field('stepsPerEpoch', 'stepsPerEpoch')
    calc.f('activeAccelerators', 'min(accelerators, globalBatchSize)', 'accelerators')
    calc.f('batchPerAccelerator', 'globalBatchSize / activeAccelerators', 'images')
    if (calc.d.value('accelerators') > globalBatch)
      calc.warn('visionBatchBinds', {
        batch: globalBatch,
        accelerators: calc.d.value('accelerators')
      })
  } else {
    calc.f('activeAccelerators', 'accelerators', 'accelerators')
  }
  calc.f('days', 'acceleratorHours / activeAccelerators / 24', 'days')
  calc.field('days', 'days')
}

function provisioned(calc: Calc): void {
  calc.f('provisionedTflops', 'accelerators * peakTflops', 'TFLOPS')
  calc.f('provisionedPflops', 'provisionedTflops / 1000', 'PFLOPS')
  calc.field('provisionedTflops', 'provisionedTflops')
  calc.field('provisionedPflops', 'provisionedPflops')
}

/** Seed §7: 8 runs side by side × 8 cards × 320 TFLOPS = 20,480 TFLOPS, 64 cards. */
function portfolio(w: VisionTrainingWorkload, calc: Calc): Outcome<VisionTrainingResult> {
  calc.input('cardsPerRun', w.cardsPerRun ?? 0, 'accelerators')
  calc.input('daysPerRun', w.daysPerRun ?? 0, 'days')
  const runs = calc.inputOrDefault('runs', w.runs, requiredDefault<number>(KIND, 'runs'), 'runs')
  calc.peak(w.precision ?? requiredDefault<VisionPrecision>(KIND, 'precision'))
  calc.f('provisionedTflopsPerRun', 'cardsPerRun * peakTflops', 'TFLOPS')
  if (w.accelerators !== undefined) {
    calc.input('acceleratorsGiven', w.accelerators, 'accelerators')
    calc.f('parallelRuns', 'max(1, min(runs, floor(acceleratorsGiven / cardsPerRun)))', 'runs')
  } else if (w.targetDays !== undefined) {
    calc.input('targetDays', w.targetDays, 'days')
    calc.f('parallelRuns', 'min(runs, ceil(runs / max(1, floor(targetDays / daysPerRun))))', 'runs')
  } else {
    calc.inputOrDefault(
      'parallelRunsGiven',
      w.parallelRuns,
      requiredDefault<number>(KIND, 'parallelRuns', { workload: { runs } }),
      'runs',
      'parallelRuns'
    )
    calc.f('parallelRuns', 'min(runs, parallelRunsGiven)', 'runs')
  }
  calc.f(
    'days',
    'ceil(runs / parallelRuns) * daysPerRun',
    'days',
    'waves of side-by-side runs × days per run (one task)'
  )
  calc.field('days', 'days')
  calc.f('acceleratorsForParallelRuns', 'cardsPerRun * parallelRuns', 'accelerators')
  if (w.tasksPerYear !== undefined) {
    calc.input('tasksPerYear', w.tasksPerYear, 'tasks/year')
    calc.f(
      'acceleratorsForYear',
      'ceil(tasksPerYear * runs * cardsPerRun * daysPerRun / 365)',
      'accelerators',
      'card-days per year ÷ 365 (cards busy all year)'
    )
    calc.f(
      'acceleratorHours',
      'tasksPerYear * runs * cardsPerRun * daysPerRun * 24',
      'accelerator-hours/year'
    )
  } else {
    calc.f('acceleratorHours', 'runs * cardsPerRun * daysPerRun * 24', 'accelerator-hours')
  }
  calc.field('acceleratorHours', 'acceleratorHours')
  if (w.accelerators !== undefined) calc.f('accelerators', 'acceleratorsGiven', 'accelerators')
  else if (w.tasksPerYear !== undefined)
    calc.f('accelerators', 'max(acceleratorsForParallelRuns, acceleratorsForYear)', 'accelerators')
  else calc.f('accelerators', 'acceleratorsForParallelRuns', 'accelerators')
  calc.field('accelerators', 'accelerators')
  calc.f(
    'totalFlops',
    'acceleratorHours * 3600 * peakTflops * 1e12',
    'FLOP',
    'provisioned peak FLOPs over the card-hours (the portfolio form gives no model FLOPs)'
  )
  calc.field('totalFlops', 'totalFlops')
  provisioned(calc)
  const v = (id: string) => calc.d.value(id)
  return calc.outcome<VisionTrainingResult>(
    {
      form: 'portfolio',
      model: null,
      totalFlops: v('totalFlops'),
      days: v('days'),
      accelerators: v('accelerators'),
      acceleratorHours: v('acceleratorHours'),
      provisionedPflops: v('provisionedPflops'),
      provisionedTflops: v('provisionedTflops'),
      imagesPerSecond: null,
      binding: null
    },
    { accelerators: v('accelerators'), days: v('days'), acceleratorHours: v('acceleratorHours') }
  )
}
