/**
 * Inline ("custom") models: the architecture written into the plan instead of a catalog id.
 * The fields are exactly the plan schema's `llmSpecSchema` / `visionSpecSchema`; the core
 * computes from them as it does from a catalog entry. Nothing here estimates anything.
 */
import type { LlmSpec, VisionSpec } from '@shared/schema/plan'
import type { CatalogLlm, CatalogVision } from '../../stores/catalog'

export type ModelKind = 'llm' | 'vision'

/** Select values that are not catalog ids. */
export const CUSTOM_OPTION = '__custom__'
export const INLINE_OPTION = '__inline__'

const SOURCE_MAX = 1000

/** A 7B-class dense decoder with grouped-query attention (Llama/Mistral-7B shapes). */
export function blankLlm(name: string, source: string): LlmSpec {
  return {
    name,
    params: 7e9,
    layers: 32,
    hiddenSize: 4096,
    attentionHeads: 32,
    kvHeads: 8,
    headDim: 128,
    ffnSize: 14336,
    vocabSize: 32000,
    maxContext: 32768,
    attention: 'gqa',
    source
  }
}

/** A ResNet-50-sized CNN at 224 × 224. */
export function blankVision(name: string, source: string): VisionSpec {
  return { name, paramsM: 25.6, gmacs: 4.1, inputResolution: 224, source }
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

/** Every architecture field of a catalog LLM, as an inline spec to edit. */
export function copyLlm(entry: CatalogLlm, name: string, source: string): LlmSpec {
  const { id: _id, ...spec } = entry
  void _id
  return { ...spec, name: clip(name, 200), source: clip(source, SOURCE_MAX) }
}

export function copyVision(entry: CatalogVision, name: string, source: string): VisionSpec {
  const { id: _id, ...spec } = entry
  void _id
  return { ...spec, name: clip(name, 200), source: clip(source, SOURCE_MAX) }
}

/**
 * The catalog model each picker (by plan path) showed before a custom model replaced it, so
 * "Back to catalog" returns there. Module-level: it outlives a collapsed workload form.
 */
export const lastCatalogId = new Map<string, string>()

/** The catalog model a planner most likely wants back when leaving a custom model. */
export const FALLBACK_MODEL: Record<ModelKind, string> = {
  llm: 'llama-3.1-8b',
  vision: 'resnet50'
}

/** The largest divisor of `heads` that is at most a quarter of it (32 → 8, 40 → 10, 6 → 1). */
export function groupedKvHeads(heads: number): number {
  for (let kv = Math.floor(heads / 4); kv > 1; kv--) if (heads % kv === 0) return kv
  return 1
}

export const HINT_KEYS = [
  'kvHeadsAboveHeads',
  'kvHeadsDivide',
  'mhaKvHeads',
  'mqaKvHeads',
  'gqaKvHeads',
  'activeAboveParams',
  'activeExpertsAboveExperts',
  'moeNeedsActive',
  'contextBeyondMax'
] as const
export type HintKey = (typeof HINT_KEYS)[number]

export interface Hint {
  field: keyof LlmSpec
  key: HintKey
  params: Record<string, string | number>
}

/**
 * Plausibility hints for an inline LLM: not errors (the schema and the core report those),
 * but combinations that are almost certainly a typo, shown next to the field.
 */
export function llmHints(spec: Partial<LlmSpec>, contextTokens?: number): Hint[] {
  const hints: Hint[] = []
  const heads = spec.attentionHeads
  const kv = spec.kvHeads
  const attention = spec.attention
  if (heads !== undefined && kv !== undefined && attention !== 'mla') {
    if (kv > heads) hints.push({ field: 'kvHeads', key: 'kvHeadsAboveHeads', params: { heads } })
    else if (heads % kv !== 0)
      hints.push({ field: 'kvHeads', key: 'kvHeadsDivide', params: { heads } })
    else if (attention === 'mha' && kv !== heads)
      hints.push({ field: 'kvHeads', key: 'mhaKvHeads', params: { heads } })
    else if (attention === 'mqa' && kv !== 1)
      hints.push({ field: 'kvHeads', key: 'mqaKvHeads', params: {} })
    else if (attention === 'gqa' && kv === heads)
      hints.push({ field: 'kvHeads', key: 'gqaKvHeads', params: { heads } })
  }
  if (spec.params !== undefined && spec.activeParams !== undefined) {
    if (spec.activeParams > spec.params)
      hints.push({ field: 'activeParams', key: 'activeAboveParams', params: {} })
  }
  if (
    spec.experts !== undefined &&
    spec.activeExperts !== undefined &&
    spec.activeExperts > spec.experts
  )
    hints.push({
      field: 'activeExperts',
      key: 'activeExpertsAboveExperts',
      params: { experts: spec.experts }
    })
  if ((spec.experts ?? 1) > 1 && spec.activeParams === undefined)
    hints.push({ field: 'activeParams', key: 'moeNeedsActive', params: {} })
  if (
    contextTokens !== undefined &&
    spec.maxContext !== undefined &&
    contextTokens > spec.maxContext
  )
    hints.push({ field: 'maxContext', key: 'contextBeyondMax', params: { context: contextTokens } })
  return hints
}
