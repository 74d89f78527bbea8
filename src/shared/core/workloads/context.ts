/**
 * What every workload calculation gets, and the helper that records its derivation,
 * assumptions, defaults and warnings in one place.
 */
import type {
  AssumptionOverrides,
  AcceleratorSpec,
  PlanSettings,
  Precision
} from '../../schema/plan'
import { makeIssue, type PlanIssue, type ValidationKey } from '../../schema/plan'
import {
  assumptionValue,
  memoryClassOf,
  resolveAssumption,
  type AssumptionContext,
  type AssumptionPreset,
  type AssumptionId,
  type ModelledDefault,
  type ResolvedAssumption,
  type Scenario
} from '../assumptions'
import type { Catalog } from '../catalog'
import { Derivation, slotTableFor, type Step } from '../derivation'
import { choosePeak, type PeakChoice } from '../peaks'
import { memoryUnitOf } from '../units'

export interface ResolvedAccelerator {
  /** Catalog or inventory id; `inline:<workload id>` for an inline card. */
  id: string
  origin: 'catalog' | 'inventory' | 'inline'
  spec: AcceleratorSpec
  quantityOnHand?: number
  /** Inventory entries matched to a catalog card: that card's id… */
  catalogId?: string
  /** …and the spec fields the card supplied because the entry left them out. */
  fromCatalog?: string[]
}

export interface WorkloadContext {
  catalog: Catalog
  accelerator: ResolvedAccelerator
  settings: PlanSettings
  overrides: {
    plan?: AssumptionOverrides
    workload?: AssumptionOverrides
    preset?: AssumptionPreset
    /** Fitted from the planner's measurements (core/calibration.ts). */
    calibration?: AssumptionPreset
  }
  scenario: Scenario
  /** Record steps (typical scenario) or only compute numbers (ranges, compare mode). */
  record: boolean
  /** JSON path of the workload, e.g. ['workloads', 2]. */
  path: (string | number)[]
}

/** A translatable note: i18n key under `core.warnings` / `core.defaults` plus params. */
export interface Note {
  key: string
  params: Record<string, string | number>
}

export interface DefaultApplied {
  /** Field path relative to the workload, e.g. `model.headDim`. */
  field: string
  value: number | string
  note: Note
}

export interface Range {
  typical: number
  low: number
  high: number
}

/**
 * More accelerators than this in one workload is not a plan but a sign of a wrong input: five
 * times the largest cluster announced by 2025 (xAI Colossus, ~200,000 GPUs; x.ai/colossus).
 */
export const PLAUSIBLE_ACCELERATORS = 1_000_000

/** V8's knob for how many frames a new Error captures (absent elsewhere: then a no-op). */
const errorClass = Error as { stackTraceLimit?: number }

/**
 * Thrown inside a calculation when input is semantically unusable; becomes a located issue.
 * An answer, not a defect: no stack trace is captured (nobody reads it, and capturing one was
 * most of the cost of compare mode refusing a card × workload pair — issue 14 benchmark).
 */
export class WorkloadInputError extends Error {
  readonly issue: PlanIssue
  constructor(issue: PlanIssue) {
    const limit = errorClass.stackTraceLimit
    errorClass.stackTraceLimit = 0
    try {
      super(issue.message)
    } finally {
      errorClass.stackTraceLimit = limit
    }
    this.issue = issue
  }
}

export interface Outcome<R> {
  result: R
  /** Headline numbers compared across scenarios and candidates. */
  metrics: Record<string, number>
  steps: Step[]
  fieldSteps: Record<string, string>
  assumptions: ResolvedAssumption[]
  warnings: Note[]
  defaultsApplied: DefaultApplied[]
}

/** No extra assumption context: one shared object, not a new one per assumption used. */
const NO_CONTEXT: Readonly<Partial<AssumptionContext>> = Object.freeze({})

export class Calc {
  readonly d: Derivation
  readonly assumptions: ResolvedAssumption[] = []
  readonly warnings: Note[] = []
  readonly defaultsApplied: DefaultApplied[] = []
  readonly fieldSteps: Record<string, string> = {}
  readonly assumptionContext: AssumptionContext

  constructor(
    readonly ctx: WorkloadContext,
    context: Omit<AssumptionContext, 'architecture'>
  ) {
    this.d = new Derivation(ctx.record, 'core.steps', slotTableFor(context.kind ?? 'workload'))
    // Object.assign, not a spread: V8 11 (Node 20) copies `{ ...object }` on a slow path
    // that cost more than the assumption lookups themselves, and compare mode builds one
    // context per workload × candidate card (bench/core.bench.ts).
    this.assumptionContext = Object.assign({}, context, {
      architecture: ctx.accelerator.spec.architecture,
      memoryClass: memoryClassOf(ctx.accelerator.spec.memoryType)
    })
    // Utilisation and efficiency defaults are chosen by architecture: without one the card
    // gets the generic (NPU-class) figures, which must never happen silently.
    if (ctx.accelerator.spec.architecture === undefined)
      this.warnings.push({
        key: 'sanity.genericArchitecture',
        params: { accelerator: ctx.accelerator.spec.name }
      })
  }

  /** Resolves an assumption into the scope and returns its value for this scenario. */
  use(id: AssumptionId, context: Partial<AssumptionContext> = NO_CONTEXT): number {
    const value = this.useOptional(id, context)
    if (value === undefined) throw new Error(`assumption ${id} has no default`)
    return value
  }

  /** An assumption whose default comes from a model of this workload's features. */
  useModelled(id: AssumptionId, modelled: ModelledDefault): number {
    const value = this.useOptional(id, NO_CONTEXT, modelled)
    if (value === undefined) throw new Error(`assumption ${id} has no default`)
    return value
  }

  useOptional(
    id: AssumptionId,
    context: Partial<AssumptionContext> = NO_CONTEXT,
    modelled?: ModelledDefault
  ): number | undefined {
    const assumptionContext =
      context.precision === undefined
        ? this.assumptionContext
        : Object.assign({}, this.assumptionContext, context)
    if (!this.ctx.record) {
      // Numbers only: no resolved record to build (its unit and source are never read).
      const value = assumptionValue(
        id,
        assumptionContext,
        this.ctx.overrides,
        this.ctx.scenario,
        modelled
      )
      return value === undefined ? undefined : this.d.assumption(id, value, '', '')
    }
    const resolved = resolveAssumption(
      id,
      assumptionContext,
      this.ctx.overrides,
      this.ctx.scenario,
      modelled
    )
    if (!resolved) return undefined
    this.assumptions.push(resolved)
    return this.d.assumption(id, resolved.value, resolved.unit, resolved.source)
  }

  input(id: string, value: number, unit: string): number {
    return this.d.input(id, value, unit)
  }

  /** An input the user left out: use the documented default and say so in the result. */
  inputOrDefault(
    id: string,
    given: number | undefined,
    fallback: number,
    unit: string,
    field = id
  ): number {
    if (given === undefined) this.noteDefault(field, fallback)
    return this.d.input(id, given ?? fallback, unit)
  }

  noteDefault(field: string, value: number | string, key = 'core.defaults.used'): void {
    if (this.ctx.record)
      this.defaultsApplied.push({ field, value, note: { key, params: { field, value } } })
  }

  lookup(id: string, value: number, unit: string, source: string, formula?: string): number {
    return this.d.lookup(id, value, unit, source, formula)
  }

  f(id: string, expr: string, unit: string, formula?: string): number {
    return this.d.formula(id, expr, unit, formula)
  }

  /** Maps a result field to the step that produced it. */
  field(path: string, stepId: string): void {
    if (this.ctx.record) this.fieldSteps[path] = stepId
  }

  warn(key: string, params: Record<string, string | number> = {}): void {
    this.warnings.push({ key: `core.warnings.${key}`, params })
  }

  /** A warning about an input or a figure that makes no sense (issue 13: `sanity.*`). */
  warnSanity(key: string, params: Record<string, string | number> = {}): void {
    const full = `sanity.${key}`
    if (!this.warnings.some((w) => w.key === full)) this.warnings.push({ key: full, params })
  }

  /** False (with a warning) when a card count is beyond any real cluster. */
  plausibleTotal(accelerators: number): boolean {
    if (accelerators <= PLAUSIBLE_ACCELERATORS) return true
    this.warnSanity('implausibleTotal', {
      field: 'accelerators',
      value: accelerators,
      limit: PLAUSIBLE_ACCELERATORS
    })
    return false
  }

  fail(
    field: (string | number)[],
    key: ValidationKey,
    params: Record<string, string | number> = {}
  ): never {
    throw new WorkloadInputError(makeIssue([...this.ctx.path, ...field], key, params))
  }

  /** The dense peak for `precision`, as a lookup step, falling back with a warning. */
  peak(precision: Precision, stepId = 'peakTflops'): PeakChoice {
    const spec = this.ctx.accelerator.spec
    const choice = choosePeak(spec, precision)
    if (!choice)
      this.fail(['accelerator'], 'missingSpec', { field: 'fp16Tflops', accelerator: spec.name })
    if (choice.fellBack)
      this.warn('precisionFallback', {
        requested: precision,
        used: choice.used,
        accelerator: spec.name
      })
    this.lookup(
      stepId,
      choice.value,
      choice.field.endsWith('Tops') ? 'TOPS' : 'TFLOPS',
      `${spec.name} ${choice.field}: ${spec.source ?? 'user entry'}`
    )
    return choice
  }

  /** A required accelerator figure (memory, bandwidth…) as a lookup step. */
  spec(field: 'memoryGB' | 'memoryBandwidthGBs' | 'tdpW', stepId: string, unit: string): number {
    const spec = this.ctx.accelerator.spec
    const value = spec[field]
    if (value === undefined)
      this.fail(['accelerator'], 'missingSpec', { field, accelerator: spec.name })
    return this.lookup(stepId, value, unit, `${spec.name} ${field}: ${spec.source ?? 'user entry'}`)
  }

  /**
   * The card's memory in decimal GB: the published figure in its unit (lookup), then the
   * conversion (formula), so the derivation shows "80 GiB = 85.9 GB".
   */
  memoryCapacityGB(stepId = 'acceleratorMemoryGB'): number {
    const spec = this.ctx.accelerator.spec
    if (spec.memoryGB === undefined)
      this.fail(['accelerator'], 'missingSpec', { field: 'memoryGB', accelerator: spec.name })
    const unit = memoryUnitOf(spec)
    this.lookup(
      'acceleratorMemoryAsShipped',
      spec.memoryGB,
      unit,
      `${spec.name} memory ${spec.memoryGB} ${unit} as published: ${spec.source ?? 'user entry'}`
    )
    return this.f(
      stepId,
      unit === 'GiB' ? 'acceleratorMemoryAsShipped * 2^30 / 1e9' : 'acceleratorMemoryAsShipped',
      'GB',
      unit === 'GiB'
        ? 'GiB as shipped × 2^30 ÷ 10^9 (vendors sell binary capacities)'
        : 'published in decimal GB'
    )
  }

  outcome<R>(result: R, metrics: Record<string, number>): Outcome<R> {
    if (metrics.accelerators !== undefined) this.plausibleTotal(metrics.accelerators)
    return {
      result,
      metrics,
      steps: this.d.steps,
      fieldSteps: this.fieldSteps,
      assumptions: this.assumptions,
      warnings: this.warnings,
      defaultsApplied: this.defaultsApplied
    }
  }
}
