/**
 * Resolving a workload's `model` (a catalog id or an inline object) and filling optional
 * architecture fields from documented defaults, as lookup/formula steps.
 */
import type { LlmSpec, VisionSpec } from '../schema/plan'
import type { Catalog } from './catalog'
import type { Calc } from './workloads/context'

export interface ResolvedModel<S> {
  id?: string
  name: string
  spec: S
  source: string
}

export function resolveLlm(
  calc: Calc,
  catalog: Catalog,
  ref: string | LlmSpec,
  field = 'model'
): ResolvedModel<LlmSpec> {
  if (typeof ref === 'string') {
    const entry = catalog.llms.get(ref)
    if (!entry) calc.fail([field], 'unknownModel', { id: ref })
    return { id: entry.id, name: entry.name, spec: entry, source: entry.source }
  }
  return { name: ref.name ?? 'custom model', spec: ref, source: ref.source ?? 'user entry' }
}

export function resolveVision(
  calc: Calc,
  catalog: Catalog,
  ref: string | VisionSpec,
  field = 'model'
): ResolvedModel<VisionSpec & { inputResolution: number }> {
  if (typeof ref === 'string') {
    const entry = catalog.vision.get(ref)
    if (!entry) calc.fail([field], 'unknownModel', { id: ref })
    return { id: entry.id, name: entry.name, spec: entry, source: entry.source }
  }
  if (ref.inputResolution === undefined) calc.noteDefault(`${field}.inputResolution`, 224)
  return {
    name: ref.name ?? 'custom model',
    spec: { ...ref, inputResolution: ref.inputResolution ?? 224 },
    source: ref.source ?? 'user entry'
  }
}

type LlmField = 'layers' | 'hiddenSize' | 'attentionHeads'

/** Lookup steps for the architecture fields a calculation needs (params, layers, …). */
export class LlmLookups {
  constructor(
    private readonly calc: Calc,
    private readonly model: ResolvedModel<LlmSpec>,
    private readonly field = 'model'
  ) {}

  private src(name: string): string {
    return `${this.model.name} ${name}: ${this.model.source}`
  }

  params(): number {
    return this.calc.lookup('params', this.model.spec.params, 'params', this.src('params'))
  }

  /** Active parameters per token (MoE); equals params for dense models. */
  activeParams(): number {
    const spec = this.model.spec
    if (spec.activeParams !== undefined)
      return this.calc.lookup('activeParams', spec.activeParams, 'params', this.src('activeParams'))
    if ((spec.experts ?? 1) > 1)
      this.calc.warn('moeWithoutActiveParams', { model: this.model.name })
    return this.calc.f(
      'activeParams',
      'params',
      'params',
      'params (dense model: every parameter is active)'
    )
  }

  required(name: LlmField, why: string): number {
    const value = this.model.spec[name]
    if (value === undefined)
      this.calc.fail([this.field, name], 'missingModelField', { field: name, why })
    return this.calc.lookup(name, value, name === 'layers' ? 'layers' : 'count', this.src(name))
  }

  kvHeads(): number {
    const spec = this.model.spec
    if (spec.kvHeads !== undefined)
      return this.calc.lookup('kvHeads', spec.kvHeads, 'heads', this.src('kvHeads'))
    this.calc.noteDefault(`${this.field}.kvHeads`, 'attentionHeads')
    return this.calc.f(
      'kvHeads',
      'attentionHeads',
      'heads',
      'kvHeads = attentionHeads (MHA default)'
    )
  }

  headDim(): number {
    const spec = this.model.spec
    if (spec.headDim !== undefined)
      return this.calc.lookup('headDim', spec.headDim, 'dims', this.src('headDim'))
    this.calc.noteDefault(`${this.field}.headDim`, 'hiddenSize / attentionHeads')
    return this.calc.f('headDim', 'hiddenSize / attentionHeads', 'dims')
  }

  ffnSize(): number {
    const spec = this.model.spec
    if (spec.ffnSize !== undefined)
      return this.calc.lookup('ffnSize', spec.ffnSize, 'dims', this.src('ffnSize'))
    this.calc.noteDefault(`${this.field}.ffnSize`, '4 × hiddenSize')
    return this.calc.f('ffnSize', '4 * hiddenSize', 'dims')
  }

  mla(): { kvLoraRank: number; qkRopeHeadDim: number } {
    const spec = this.model.spec
    if (spec.kvLoraRank === undefined)
      this.calc.fail([this.field, 'kvLoraRank'], 'missingModelField', {
        field: 'kvLoraRank',
        why: 'mla'
      })
    if (spec.qkRopeHeadDim === undefined)
      this.calc.fail([this.field, 'qkRopeHeadDim'], 'missingModelField', {
        field: 'qkRopeHeadDim',
        why: 'mla'
      })
    return {
      kvLoraRank: this.calc.lookup('kvLoraRank', spec.kvLoraRank, 'dims', this.src('kvLoraRank')),
      qkRopeHeadDim: this.calc.lookup(
        'qkRopeHeadDim',
        spec.qkRopeHeadDim,
        'dims',
        this.src('qkRopeHeadDim')
      )
    }
  }
}
