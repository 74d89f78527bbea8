/**
 * The custom (inline) model: chosen in the picker, copied from a catalog model, edited field
 * by field with the schema's located messages, and left again for a catalog model. The real
 * core answers (what main would), so memory figures follow the edits.
 */
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { NSelect } from 'naive-ui'
import WorkloadForm from '@renderer/components/WorkloadForm.vue'
import ModelPicker from '@renderer/components/fields/ModelPicker.vue'
import { CUSTOM_OPTION, llmHints } from '@renderer/components/fields/inlineModel'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import { useResultsStore } from '@renderer/stores/results'
import { useCatalogStore } from '@renderer/stores/catalog'
import { newWorkload } from '@renderer/lib/workloads'
import {
  llmSpecSchema,
  parsePlan,
  visionSpecSchema,
  type LlmSpec,
  type Workload
} from '@shared/schema/plan'
import { catalogForRenderer } from '@shared/core/catalog-data'
import { realCore } from './real-core'
import { mountIn, setup } from './harness'

async function start(workload: Workload) {
  const context = setup(realCore)
  const plan = usePlanStore()
  const results = useResultsStore()
  await useCatalogStore().load()
  plan.load({ ...createBlankPlan(), workloads: [workload] })
  await results.recalculate()
  const wrapper = await mountIn(WorkloadForm, { index: 0 }, context)
  return { plan, results, wrapper }
}

/** Types into the input of a NumberField / TextField by its test id. */
async function type(wrapper: VueWrapper, testid: string, text: string): Promise<void> {
  const input = wrapper.get(`[data-testid="${testid}"] input`).element as HTMLInputElement
  input.value = text
  input.dispatchEvent(new Event('input'))
  await flushPromises()
}

async function settle(results: ReturnType<typeof useResultsStore>): Promise<void> {
  await flushPromises()
  await results.recalculate()
  await flushPromises()
}

const modelOf = (plan: ReturnType<typeof usePlanStore>) =>
  (plan.plan.workloads[0] as { model: unknown }).model

const kvCacheGB = (results: ReturnType<typeof useResultsStore>) =>
  (results.result?.workloads[0]?.result as unknown as { memory: { kvCacheGB: number } }).memory
    .kvCacheGB

describe('custom model architecture', () => {
  beforeEach(() => localStorage.clear())

  it('"Custom model…" in the picker creates a valid inline spec and shows its form', async () => {
    const { plan, results, wrapper } = await start(newWorkload('llm-inference', 'serve-1'))
    expect(wrapper.find('[data-testid="wl-0-model-inline"]').exists()).toBe(false)
    wrapper
      .findComponent(ModelPicker)
      .findComponent(NSelect)
      .vm.$emit('update:value', CUSTOM_OPTION)
    await flushPromises()
    const model = modelOf(plan)
    expect(typeof model).toBe('object')
    expect(llmSpecSchema.safeParse(model).success).toBe(true)
    expect(model).toMatchObject({ name: 'Custom model', attention: 'gqa', kvHeads: 8, layers: 32 })
    const parsed = parsePlan(plan.toDocument())
    expect(parsed.ok ? [] : parsed.issues).toEqual([])
    expect(wrapper.find('[data-testid="wl-0-model-inline"]').exists()).toBe(true)
    // Units: parameters are shown in B, with the conversion.
    const params = wrapper.get('[data-testid="wl-0-model-params"]')
    expect((params.get('input').element as HTMLInputElement).value).toBe('7')
    expect(params.text()).toContain('7,000 M')
    // The core computes from it: the picker reads "Custom: …" and results exist.
    await settle(results)
    expect(results.result?.ok).toBe(true)
    expect(wrapper.findComponent(ModelPicker).text()).toContain('Custom: Custom model')
    wrapper.unmount()
  }, 30_000)

  it('"Edit a copy" copies every field of the catalog model; edits move the KV cache', async () => {
    const { plan, results, wrapper } = await start(newWorkload('llm-inference', 'serve-1'))
    const kvBefore = kvCacheGB(results)
    await wrapper.get('[data-testid="wl-0-model-copy"]').trigger('click')
    await flushPromises()
    const entry = catalogForRenderer().llms.find((m) => m.id === 'llama-3.1-8b')!
    const { id: _id, name: _name, source: _source, ...fields } = entry
    void [_id, _name, _source]
    const model = modelOf(plan) as LlmSpec
    expect(model).toMatchObject(fields)
    expect(model.name).toBe('Llama-3.1-8B (edited)')
    expect(model.source).toMatch(/^Based on Llama-3\.1-8B: meta-llama/)
    expect(llmSpecSchema.safeParse(model).success).toBe(true)
    await settle(results)
    // The same architecture gives the same KV cache …
    expect(kvCacheGB(results)).toBeCloseTo(kvBefore, 9)
    // … and 4× the KV heads (MHA) gives 4× the KV cache.
    await type(wrapper, 'wl-0-model-kvHeads', '32')
    await settle(results)
    expect((modelOf(plan) as LlmSpec).kvHeads).toBe(32)
    expect(kvCacheGB(results) / kvBefore).toBeCloseTo(4, 9)
    // Half the layers, half the KV cache.
    await type(wrapper, 'wl-0-model-layers', '16')
    await settle(results)
    expect(kvCacheGB(results) / kvBefore).toBeCloseTo(2, 9)
    wrapper.unmount()
  }, 30_000)

  it('shows the schema and core messages next to the field, and plausibility hints', async () => {
    const { plan, results, wrapper } = await start(newWorkload('llm-inference', 'serve-1'))
    await wrapper.get('[data-testid="wl-0-model-custom"]').trigger('click')
    await flushPromises()
    await type(wrapper, 'wl-0-model-layers', '32.5')
    await settle(results)
    expect(results.issues.map((i) => i.path)).toContain('workloads[0].model.layers')
    const layers = wrapper.get('[data-testid="wl-0-model-layers"]')
    expect(layers.text()).toContain('must be a whole number')
    expect(layers.find('.n-form-item-feedback--error').exists()).toBe(true)
    await type(wrapper, 'wl-0-model-layers', '32')
    // Clearing a required field: "is required", at its path.
    await type(wrapper, 'wl-0-model-params', '')
    await settle(results)
    expect(wrapper.get('[data-testid="wl-0-model-params"]').text()).toContain('is required')
    await type(wrapper, 'wl-0-model-params', '7')
    // Clearing a field the core needs: the core's located message.
    await type(wrapper, 'wl-0-model-attentionHeads', '')
    await settle(results)
    // The field by its label, not its schema id.
    expect(wrapper.get('[data-testid="wl-0-model-attentionHeads"]').text()).toMatch(
      /the model needs attention heads/i
    )
    await type(wrapper, 'wl-0-model-attentionHeads', '32')
    // A hint, not an error: more KV heads than heads.
    await type(wrapper, 'wl-0-model-kvHeads', '40')
    await settle(results)
    const kv = wrapper.get('[data-testid="wl-0-model-kvHeads"]')
    expect(kv.text()).toContain('More KV heads than attention heads (32)')
    expect(kv.find('.n-form-item-feedback--warning').exists()).toBe(true)
    expect(results.result?.ok).toBe(true)
    expect((modelOf(plan) as LlmSpec).kvHeads).toBe(40)
    wrapper.unmount()
  }, 30_000)

  it('MLA shows the latent fields, MQA sets one KV head, MoE shows experts', async () => {
    const { plan, results, wrapper } = await start(newWorkload('llm-inference', 'serve-1'))
    await wrapper.get('[data-testid="wl-0-model-custom"]').trigger('click')
    await flushPromises()
    const attention = () =>
      wrapper.get('[data-testid="wl-0-model-attention"]').findComponent(NSelect)
    expect(wrapper.find('[data-testid="wl-0-model-kvLoraRank"]').exists()).toBe(false)
    attention().vm.$emit('update:value', 'mla')
    await flushPromises()
    expect(modelOf(plan)).toMatchObject({ attention: 'mla', kvLoraRank: 512, qkRopeHeadDim: 64 })
    expect(wrapper.find('[data-testid="wl-0-model-kvLoraRank"]').exists()).toBe(true)
    await settle(results)
    // MLA caches layers × (rank + rope dims) × 2 bytes per token.
    const perToken = (results.result?.workloads[0].result as unknown as Record<string, number>)
      .kvCacheBytesPerToken
    expect(perToken).toBe(32 * (512 + 64) * 2)
    attention().vm.$emit('update:value', 'mqa')
    await flushPromises()
    expect(modelOf(plan)).toMatchObject({ attention: 'mqa', kvHeads: 1 })
    expect((modelOf(plan) as LlmSpec).kvLoraRank).toBeUndefined()
    expect(wrapper.find('[data-testid="wl-0-model-kvLoraRank"]').exists()).toBe(false)
    attention().vm.$emit('update:value', 'gqa')
    await flushPromises()
    expect(modelOf(plan)).toMatchObject({ kvHeads: 8 })
    // Mixture of experts: experts, active experts and active parameters appear.
    expect(wrapper.find('[data-testid="wl-0-model-experts"]').exists()).toBe(false)
    await wrapper.get('[data-testid="wl-0-model-moe"]').trigger('click')
    await flushPromises()
    expect(modelOf(plan)).toMatchObject({ experts: 8, activeExperts: 2 })
    expect(wrapper.get('[data-testid="wl-0-model-activeParams"]').text()).toContain(
      'Give the active parameters'
    )
    await type(wrapper, 'wl-0-model-activeParams', '2')
    expect((modelOf(plan) as LlmSpec).activeParams).toBe(2e9)
    await wrapper.get('[data-testid="wl-0-model-moe"]').trigger('click')
    await flushPromises()
    expect(modelOf(plan)).not.toHaveProperty('experts')
    expect(modelOf(plan)).not.toHaveProperty('activeParams')
    wrapper.unmount()
  }, 30_000)

  it('switching back returns to the catalog model used before', async () => {
    const { plan, results, wrapper } = await start(newWorkload('llm-training', 'train-1'))
    expect(modelOf(plan)).toBe('llama-2-7b')
    await wrapper.get('[data-testid="wl-0-model-copy"]').trigger('click')
    await flushPromises()
    await type(wrapper, 'wl-0-model-maxContext', '8192')
    expect((modelOf(plan) as LlmSpec).maxContext).toBe(8192)
    await wrapper.get('[data-testid="wl-0-model-catalog"]').trigger('click')
    await flushPromises()
    expect(modelOf(plan)).toBe('llama-2-7b')
    expect(wrapper.find('[data-testid="wl-0-model-inline"]').exists()).toBe(false)
    // Choosing a catalog model in the picker also leaves the custom one.
    await wrapper.get('[data-testid="wl-0-model-custom"]').trigger('click')
    await flushPromises()
    wrapper.findComponent(ModelPicker).findComponent(NSelect).vm.$emit('update:value', 'qwen2.5-7b')
    await flushPromises()
    expect(modelOf(plan)).toBe('qwen2.5-7b')
    await settle(results)
    expect(results.result?.ok).toBe(true)
    wrapper.unmount()
  }, 30_000)

  it('a custom vision model (video detector) is a valid visionSpec with its own form', async () => {
    const video = {
      ...newWorkload('video-analytics', 'video-1'),
      topsPerStream: undefined,
      model: 'yolov5s',
      targetsPerFrame: 5
    } as unknown as Workload
    const { plan, results, wrapper } = await start(JSON.parse(JSON.stringify(video)) as Workload)
    await wrapper.get('[data-testid="wl-0-model-copy"]').trigger('click')
    await flushPromises()
    expect(visionSpecSchema.safeParse(modelOf(plan)).success).toBe(true)
    expect(modelOf(plan)).toMatchObject({ name: 'YOLOv5S (edited)' })
    await settle(results)
    const before = results.result?.workloads[0].result as unknown as Record<string, number>
    await type(wrapper, 'wl-0-model-gmacs', String((modelOf(plan) as { gmacs: number }).gmacs * 2))
    await settle(results)
    const after = results.result?.workloads[0].result as unknown as Record<string, number>
    expect(after.topsPerStream).toBeGreaterThan(before.topsPerStream)
    await type(wrapper, 'wl-0-model-paramsM', '-1')
    await settle(results)
    expect(wrapper.get('[data-testid="wl-0-model-paramsM"]').text()).toContain(
      'must be greater than 0'
    )
    wrapper.unmount()
  }, 30_000)

  it('hints: KV heads against heads and attention type, experts, context', () => {
    const base = { params: 7e9, attentionHeads: 32 }
    const keys = (spec: Partial<LlmSpec>, context?: number) =>
      llmHints(spec, context).map((h) => h.key)
    expect(keys({ ...base, kvHeads: 8, attention: 'gqa' })).toEqual([])
    expect(keys({ ...base, kvHeads: 40 })).toEqual(['kvHeadsAboveHeads'])
    expect(keys({ ...base, kvHeads: 5 })).toEqual(['kvHeadsDivide'])
    expect(keys({ ...base, kvHeads: 8, attention: 'mha' })).toEqual(['mhaKvHeads'])
    expect(keys({ ...base, kvHeads: 8, attention: 'mqa' })).toEqual(['mqaKvHeads'])
    expect(keys({ ...base, kvHeads: 32, attention: 'gqa' })).toEqual(['gqaKvHeads'])
    expect(keys({ ...base, kvHeads: 40, attention: 'mla' })).toEqual([])
    expect(keys({ ...base, experts: 8, activeExperts: 9, activeParams: 8e9 })).toEqual([
      'activeAboveParams',
      'activeExpertsAboveExperts'
    ])
    expect(keys({ ...base, experts: 8 })).toEqual(['moeNeedsActive'])
    expect(keys({ ...base, maxContext: 4096 }, 8192)).toEqual(['contextBeyondMax'])
  })
})
