/**
 * Calibrate: fit efficiency assumptions to figures the planner measured on their own cluster
 * (issue 16). Each measurement is run through the core as a one-workload plan on the measured
 * card and model; the assumption that scales the measured figure is solved so the core
 * reproduces it; the profile keeps the median of those solutions and their spread as the
 * band, and every measurement's residual before and after the fit is reported.
 *
 * - Training tokens/s per card (or step time) → `mfu`; fine-tuning → `finetuningUtilization`.
 *   Throughput is proportional to either, so one solve is exact.
 * - Serving output tokens/s of one replica at a batch and a context →
 *   `decodeBandwidthEfficiency`. Decode time also holds a fixed per-layer overhead, so the
 *   solve is a fixed-point iteration (a few steps converge to well under 0.1 %).
 * - Memory used per card (training, fine-tuning) → `runtimeOverheadGB`: additive.
 *
 * Pure: no I/O; the measurements come from the form or a sheet read by the importer.
 */
import type {
  CalibratedKind,
  CalibrationMeasurement,
  CalibrationProfile
} from '../schema/calibration'
import { assumptionDefinition } from './assumptions'
import { estimatePlan } from './estimate'

export type CalibratedAssumption =
  'mfu' | 'finetuningUtilization' | 'decodeBandwidthEfficiency' | 'runtimeOverheadGB'

/** One measurement's contribution to one fitted assumption. */
export interface CalibrationPoint {
  /** Row of the measurement in the input (0-based). */
  index: number
  assumption: CalibratedAssumption
  /** tokens/s per card, output tokens/s per replica, or GB per card. */
  unit: 'tokens/s/accelerator' | 'tokens/s/replica' | 'GB'
  measured: number
  /** The core's figure with the default assumption, and that default. */
  predictedBefore: number
  defaultValue: number
  /** The assumption value that reproduces this measurement. */
  implied: number
  /** The core's figure with the profile's fitted (median) value. */
  predictedAfter: number
  /** (predicted − measured) ÷ measured, before and after the fit. */
  residualBefore: number
  residual: number
}

/** A measurement the fit could not use, located by row and field. */
export interface CalibrationIssue {
  index: number
  field: string
  key: 'wrongKind' | 'wrongAccelerator' | 'wrongModel' | 'noFigure' | 'notEstimable' | 'outOfRange'
  detail?: string
}

export interface CalibrationFit {
  /** Absent when no measurement could be used. */
  profile?: CalibrationProfile
  points: CalibrationPoint[]
  issues: CalibrationIssue[]
  /** Median |residual| over all points, before and after the fit. */
  medianAbsResidualBefore: number
  medianAbsResidual: number
}

export interface CalibrationRequest {
  name: string
  kind: CalibratedKind
  accelerator: string
  /** Absent: the profile applies to every model on the card. */
  model?: string
  measurements: CalibrationMeasurement[]
}

/**
 * Smallest relative half-width of a fitted band: one measurement still varies run to run by
 * a few percent (MLPerf Training asks for several runs per result for this reason).
 */
const MIN_RELATIVE_BAND = 0.05
const FIXED_POINT_STEPS = 8

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** The one-workload plan that reproduces a measured job. */
function workloadFor(m: CalibrationMeasurement): Record<string, unknown> {
  const base = { id: 'measured', kind: m.kind, accelerator: m.accelerator, model: m.model }
  switch (m.kind) {
    case 'llm-training':
      return {
        ...base,
        tokens: 1e10,
        accelerators: m.accelerators ?? 8,
        ...(m.sequenceLength ? { sequenceLength: m.sequenceLength } : {})
      }
    case 'llm-finetuning': {
      const sequence = m.sequenceLength ?? 2048
      return {
        ...base,
        method: m.method ?? 'lora',
        samples: 1000,
        tokensPerSample: sequence,
        sequenceLength: sequence,
        accelerators: m.accelerators ?? 1
      }
    }
    case 'llm-inference':
      return {
        ...base,
        weightPrecision: 'bf16',
        contextTokens: m.contextTokens ?? 4096,
        concurrency: m.batch ?? 1,
        parallel: m.accelerators ? { tensor: m.accelerators, pipeline: 1 } : undefined
      }
  }
}

type Figure = (result: Record<string, unknown>, assumptions: Map<string, number>) => number

const perCardTokens: Figure = (r) => (r.tokens as number) / ((r.acceleratorHours as number) * 3600)
const replicaTokens: Figure = (r) => r.outputTokensPerSecond as number
/** What a card reports as used: the model's memory plus the runtime's own (CUDA context…). */
const memoryPerCard: Figure = (r, assumptions) =>
  (r.memoryPerAcceleratorGB as { total: number }).total +
  (assumptions.get('runtimeOverheadGB') ?? 0)

/** Runs the measured job with `overrides`; the figure and the assumption values used. */
function run(
  m: CalibrationMeasurement,
  overrides: Record<string, number>,
  figure: Figure
): { value: number; assumptions: Map<string, number> } | { error: string } {
  const result = estimatePlan({
    format: 'compute-planner/plan',
    version: 1,
    name: 'calibration',
    workloads: [workloadFor(m)],
    assumptionOverrides: overrides
  })
  const w = result.workloads[0]
  if (!result.ok || !w) return { error: result.issues.map((i) => i.message).join('; ') }
  const r = w.result as unknown as Record<string, unknown>
  const assumptions = new Map(w.result.assumptions.map((a) => [a.id, a.value]))
  return { value: figure(r, assumptions), assumptions }
}

function measuredThroughput(m: CalibrationMeasurement): number | undefined {
  if (m.kind === 'llm-inference') return m.outputTokensPerSecond
  if (m.tokensPerSecondPerAccelerator !== undefined) return m.tokensPerSecondPerAccelerator
  if (m.stepTimeSeconds !== undefined && m.tokensPerStep !== undefined)
    return m.tokensPerStep / m.stepTimeSeconds / (m.accelerators ?? 1)
  return undefined
}

interface Target {
  assumption: CalibratedAssumption
  unit: CalibrationPoint['unit']
  figure: Figure
  measured: number
  /** true: the figure scales with the assumption; false: the figure adds it. */
  proportional: boolean
}

function targetsOf(m: CalibrationMeasurement): Target[] {
  const targets: Target[] = []
  const throughput = measuredThroughput(m)
  if (throughput !== undefined)
    targets.push(
      m.kind === 'llm-inference'
        ? {
            assumption: 'decodeBandwidthEfficiency',
            unit: 'tokens/s/replica',
            figure: replicaTokens,
            measured: throughput,
            proportional: true
          }
        : {
            assumption: m.kind === 'llm-training' ? 'mfu' : 'finetuningUtilization',
            unit: 'tokens/s/accelerator',
            figure: perCardTokens,
            measured: throughput,
            proportional: true
          }
    )
  if (m.memoryUsedGB !== undefined && m.kind !== 'llm-inference')
    targets.push({
      assumption: 'runtimeOverheadGB',
      unit: 'GB',
      figure: memoryPerCard,
      measured: m.memoryUsedGB,
      proportional: false
    })
  return targets
}

/** The assumption value that makes the core reproduce `target` for `m`. */
function solve(
  m: CalibrationMeasurement,
  target: Target
): { implied: number; before: number; defaultValue: number } | { error: string } {
  const first = run(m, {}, target.figure)
  if ('error' in first) return first
  const defaultValue = first.assumptions.get(target.assumption)
  if (defaultValue === undefined) return { error: `${target.assumption} not used` }
  if (!target.proportional)
    return {
      implied: defaultValue + (target.measured - first.value),
      before: first.value,
      defaultValue
    }
  const limits = assumptionDefinition(target.assumption)
  let value = defaultValue
  let predicted = first.value
  for (let step = 0; step < FIXED_POINT_STEPS; step++) {
    const next = (value * target.measured) / predicted
    if (Math.abs(next - value) <= 1e-6 * value) break
    value = next
    // Outside what the assumption accepts: report it rather than run the core with it.
    if (limits && (value < limits.min || value > limits.max)) break
    const again = run(m, { [target.assumption]: value }, target.figure)
    if ('error' in again) return again
    predicted = again.value
  }
  return { implied: value, before: first.value, defaultValue }
}

function located(
  request: CalibrationRequest,
  m: CalibrationMeasurement,
  index: number
): CalibrationIssue | undefined {
  if (m.kind !== request.kind) return { index, field: 'kind', key: 'wrongKind' }
  if (m.accelerator !== request.accelerator)
    return { index, field: 'accelerator', key: 'wrongAccelerator' }
  if (request.model !== undefined && m.model !== request.model)
    return { index, field: 'model', key: 'wrongModel' }
  if (targetsOf(m).length === 0)
    return {
      index,
      field: m.kind === 'llm-inference' ? 'outputTokensPerSecond' : 'tokensPerSecondPerAccelerator',
      key: 'noFigure'
    }
  return undefined
}

export function fitCalibration(request: CalibrationRequest): CalibrationFit {
  const issues: CalibrationIssue[] = []
  const solved: (Omit<CalibrationPoint, 'predictedAfter' | 'residual'> & {
    measurement: CalibrationMeasurement
    target: Target
  })[] = []
  request.measurements.forEach((m, index) => {
    const problem = located(request, m, index)
    if (problem) return void issues.push(problem)
    for (const target of targetsOf(m)) {
      const answer = solve(m, target)
      if ('error' in answer) {
        issues.push({ index, field: 'model', key: 'notEstimable', detail: answer.error })
        continue
      }
      const definition = assumptionDefinition(target.assumption)
      if (definition && (answer.implied < definition.min || answer.implied > definition.max)) {
        issues.push({
          index,
          field: target.unit === 'GB' ? 'memoryUsedGB' : 'throughput',
          key: 'outOfRange',
          detail: `${target.assumption} = ${answer.implied.toPrecision(3)} (${definition.min}–${definition.max})`
        })
        continue
      }
      solved.push({
        index,
        assumption: target.assumption,
        unit: target.unit,
        measured: target.measured,
        predictedBefore: answer.before,
        defaultValue: answer.defaultValue,
        implied: answer.implied,
        residualBefore: (answer.before - target.measured) / target.measured,
        measurement: m,
        target
      })
    }
  })

  const assumptions: CalibrationProfile['assumptions'] = {}
  for (const id of new Set(solved.map((p) => p.assumption))) {
    const implied = solved.filter((p) => p.assumption === id).map((p) => p.implied)
    const typical = median(implied)
    const half = Math.abs(typical) * MIN_RELATIVE_BAND
    assumptions[id] = {
      typical,
      low: Math.min(...implied, typical - half),
      high: Math.max(...implied, typical + half)
    }
  }

  const points: CalibrationPoint[] = solved.map(({ measurement, target, ...point }) => {
    const fitted = assumptions[point.assumption].typical
    const after = run(measurement, { [point.assumption]: fitted }, target.figure)
    const predictedAfter = 'error' in after ? Number.NaN : after.value
    return {
      ...point,
      predictedAfter,
      residual: (predictedAfter - point.measured) / point.measured
    }
  })
  const used = [...new Set(points.map((p) => p.index))].map((i) => request.measurements[i])
  const profile: CalibrationProfile | undefined =
    points.length === 0
      ? undefined
      : {
          name: request.name,
          kind: request.kind,
          accelerator: request.accelerator,
          ...(request.model !== undefined ? { model: request.model } : {}),
          assumptions,
          measurements: used
        }
  const abs = (values: number[]) => (values.length ? median(values.map(Math.abs)) : 0)
  return {
    profile,
    points,
    issues,
    medianAbsResidualBefore: abs(points.map((p) => p.residualBefore)),
    medianAbsResidual: abs(points.map((p) => p.residual))
  }
}
