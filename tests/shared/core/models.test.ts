/** core/models.ts: resolving a model reference and the architecture lookups with their defaults. */
import { describe, expect, it } from 'vitest'
import { LlmLookups, resolveLlm, resolveVision } from '../../../src/shared/core/models'
import {
  Calc,
  WorkloadInputError,
  type WorkloadContext
} from '../../../src/shared/core/workloads/context'
import { defaultCatalog } from '../../../src/shared/core/catalog'
import { PLAN_FORMAT, PLAN_VERSION, parsePlan, type LlmSpec } from '../../../src/shared/schema/plan'

const parsed = parsePlan({ format: PLAN_FORMAT, version: PLAN_VERSION, name: 'p', workloads: [] })
if (!parsed.ok) throw new Error('invalid')
const catalog = defaultCatalog()

function calc() {
  const ctx: WorkloadContext = {
    catalog,
    accelerator: {
      id: 'x',
      origin: 'inline',
      spec: { vendor: 'X', name: 'Card', architecture: 'hopper' }
    },
    settings: parsed.ok ? parsed.plan.settings : ({} as never),
    overrides: {},
    scenario: 'typical',
    record: true,
    path: ['workloads', 1]
  }
  return new Calc(ctx, { kind: 'llm-inference' })
}

const inline: LlmSpec = { params: 7e9, layers: 32, hiddenSize: 4096, attentionHeads: 32 }

function issueOf(run: () => unknown) {
  try {
    run()
  } catch (error) {
    if (error instanceof WorkloadInputError) return error.issue
    throw error
  }
  throw new Error('no issue')
}

describe('resolveLlm / resolveVision', () => {
  it('a catalog id resolves to the entry with its source', () => {
    const entry = catalog.llms.get('llama-2-7b')!
    const model = resolveLlm(calc(), catalog, 'llama-2-7b')
    expect(model).toMatchObject({ id: 'llama-2-7b', name: entry.name, source: entry.source })
  })

  it('an unknown id is a located issue at the field it came from', () => {
    expect(issueOf(() => resolveLlm(calc(), catalog, 'gpt-9', 'draftModel'))).toMatchObject({
      path: 'workloads[1].draftModel',
      messageKey: 'core.validation.unknownModel',
      params: { id: 'gpt-9' }
    })
    expect(issueOf(() => resolveVision(calc(), catalog, 'no-cnn')).path).toBe('workloads[1].model')
  })

  it('an inline model is named "custom model" and cites the user unless it says otherwise', () => {
    expect(resolveLlm(calc(), catalog, inline)).toMatchObject({
      name: 'custom model',
      source: 'user entry'
    })
    expect(resolveLlm(calc(), catalog, { ...inline, name: 'Mine', source: 'paper' })).toMatchObject(
      {
        name: 'Mine',
        source: 'paper'
      }
    )
  })

  it('an inline vision model without a resolution gets 224 px, noted as a default', () => {
    const c = calc()
    const model = resolveVision(c, catalog, { params: 25e6, gflopsPerImage: 4.1 } as never)
    expect(model.spec.inputResolution).toBe(224)
    expect(c.defaultsApplied.map((d) => d.field)).toEqual(['model.inputResolution'])
  })
})

describe('LlmLookups', () => {
  it('missing optional fields take their documented defaults, each noted', () => {
    const c = calc()
    const lookups = new LlmLookups(c, resolveLlm(c, catalog, inline))
    lookups.required('hiddenSize', 'kv')
    lookups.required('attentionHeads', 'kv')
    expect(lookups.kvHeads()).toBe(32) // = attention heads (multi-head attention)
    expect(lookups.headDim()).toBe(4096 / 32)
    expect(lookups.ffnSize()).toBe(4 * 4096)
    expect(c.defaultsApplied.map((d) => d.field)).toEqual([
      'model.kvHeads',
      'model.headDim',
      'model.ffnSize'
    ])
  })

  it('given fields are lookups citing the model', () => {
    const c = calc()
    const model = resolveLlm(c, catalog, { ...inline, kvHeads: 8, name: 'M', source: 'card' })
    expect(new LlmLookups(c, model).kvHeads()).toBe(8)
    expect(c.d.steps.find((s) => s.id === 'kvHeads')?.source).toBe('M kvHeads: card')
    expect(c.defaultsApplied).toEqual([])
  })

  it('a required field that is missing fails at its path, saying why it is needed', () => {
    const c = calc()
    const model = resolveLlm(c, catalog, { params: 1e9 } as LlmSpec)
    expect(issueOf(() => new LlmLookups(c, model).required('layers', 'kvCache'))).toMatchObject({
      path: 'workloads[1].model.layers',
      messageKey: 'core.validation.missingModelField'
    })
  })

  it('active parameters: all of them for a dense model; for MoE without a figure, with a warning', () => {
    const dense = calc()
    const denseLookups = new LlmLookups(dense, resolveLlm(dense, catalog, inline))
    denseLookups.params()
    expect(denseLookups.activeParams()).toBe(7e9)
    expect(dense.warnings).toEqual([])
    const moe = calc()
    const model = resolveLlm(moe, catalog, { ...inline, experts: 8 })
    const lookups = new LlmLookups(moe, model)
    lookups.params()
    expect(lookups.activeParams()).toBe(7e9)
    expect(moe.warnings.map((w) => w.key)).toEqual(['core.warnings.moeWithoutActiveParams'])
  })

  it('MLA needs both of its fields', () => {
    const c = calc()
    const model = resolveLlm(c, catalog, { ...inline, kvLoraRank: 512 })
    expect(issueOf(() => new LlmLookups(c, model).mla()).path).toBe(
      'workloads[1].model.qkRopeHeadDim'
    )
  })
})

describe('LlmLookups with a catalog MoE model', () => {
  it('takes the published active parameters', () => {
    const moe = [...catalog.llms.values()].find((m) => m.activeParams !== undefined)
    expect(moe).toBeDefined()
    if (!moe) return
    const c = calc()
    expect(new LlmLookups(c, resolveLlm(c, catalog, moe.id)).activeParams()).toBe(moe.activeParams)
    expect(c.warnings).toEqual([])
  })
})
