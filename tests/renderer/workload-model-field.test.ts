import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { NSelect } from 'naive-ui'
import WorkloadModelField from '@renderer/components/workloads/WorkloadModelField.vue'
import { useCatalogStore } from '@renderer/stores/catalog'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import { useUiStore } from '@renderer/stores/ui'
import { newWorkload } from '@renderer/lib/workloads'
import { mountIn, setup } from './harness'
import { realCore } from './real-core'

let mounted: VueWrapper | undefined
afterEach(() => {
  mounted?.unmount()
  mounted = undefined
})

async function mountField(locale: 'en' | 'zh-CN', props: Record<string, unknown>) {
  const context = setup(realCore, locale)
  useUiStore().setLocale(locale)
  await useCatalogStore().load()
  const plan = usePlanStore()
  plan.load({
    ...createBlankPlan(),
    workloads: [newWorkload('llm-inference', 'i'), newWorkload('video-analytics', 'v')]
  })
  mounted = await mountIn(WorkloadModelField, props, context)
  const select = mounted.findComponent(NSelect)
  const values = () => (select.props('options') as { value: string }[]).map((o) => o.value)
  return { plan, wrapper: mounted, select, values }
}

describe('WorkloadModelField', () => {
  it('is labelled for the kind of model, or with the label given, in English and Chinese', async () => {
    const llm = await mountField('en', { index: 0, kind: 'llm' })
    expect(llm.wrapper.get('[data-testid="wl-0-model"] .picker-label').text()).toContain('Model')
    llm.wrapper.unmount()
    const vision = await mountField('en', { index: 1, kind: 'vision' })
    expect(vision.wrapper.get('[data-testid="wl-1-model"]').text()).toContain('Vision model')
    vision.wrapper.unmount()
    const named = await mountField('en', { index: 1, kind: 'vision', label: 'Detector' })
    expect(named.wrapper.get('[data-testid="wl-1-model"]').text()).toContain('Detector')
    expect(named.wrapper.get('[data-testid="wl-1-model"]').text()).not.toContain('Vision model')
    named.wrapper.unmount()
    const zh = await mountField('zh-CN', { index: 1, kind: 'vision' })
    expect(zh.wrapper.get('[data-testid="wl-1-model"]').text()).toContain('视觉模型')
  })

  it('lists language models or vision models by kind, with the extra options first', async () => {
    const llm = await mountField('en', { index: 0, kind: 'llm' })
    expect(llm.values()).toContain('llama-3.1-8b')
    expect(llm.values()).not.toContain('resnet50')
    llm.wrapper.unmount()
    const extra = { value: 'my-pipeline', label: 'My pipeline' }
    const vision = await mountField('en', { index: 1, kind: 'vision', extraOptions: [extra] })
    expect(vision.values()).toContain('resnet50')
    expect(vision.values()).not.toContain('llama-3.1-8b')
    expect(vision.values().indexOf('my-pipeline')).toBeLessThan(vision.values().indexOf('resnet50'))
  })

  it('choosing a model stores it on the workload of its index only', async () => {
    const { plan, select } = await mountField('en', { index: 1, kind: 'vision' })
    select.vm.$emit('update:value', 'resnet50')
    await flushPromises()
    expect(plan.plan.workloads[1]).toMatchObject({ model: 'resnet50' })
    expect(plan.plan.workloads[0]).toEqual(newWorkload('llm-inference', 'i'))
  })
})
