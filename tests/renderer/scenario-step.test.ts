import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import ScenarioStep from '@renderer/views/steps/ScenarioStep.vue'
import { useDocumentStore } from '@renderer/stores/document'
import { usePlanStore } from '@renderer/stores/plan'
import { useUiStore } from '@renderer/stores/ui'
import { TEMPLATE_IDS } from '@renderer/templates'
import { defaultSettings } from '@shared/schema/settings'
import { mountIn, setup } from './harness'

const mounted: { unmount(): void }[] = []
afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.unmount()
  vi.restoreAllMocks()
})

async function mountStep(locale: 'en' | 'zh-CN' = 'en') {
  const context = setup(() => null, locale)
  useUiStore().setLocale(locale) // App keeps the store and vue-i18n on one language
  await context.router.push('/scenario')
  await context.router.isReady()
  // The Workloads step is a lazy chunk: where the step sends the planner is what counts here.
  const push = vi.spyOn(context.router, 'push').mockResolvedValue(undefined)
  const wrapper = await mountIn(ScenarioStep, {}, context)
  mounted.push(wrapper)
  return { wrapper, push }
}

describe('ScenarioStep', () => {
  it('starts a blank plan with the typed name and the user’s defaults, then goes to Workloads', async () => {
    const { wrapper, push } = await mountStep()
    useDocumentStore().settings = { ...defaultSettings(), currency: 'CNY', defaultVatRate: null }
    await wrapper.get('[data-testid="blank-name"] input').setValue('  East DC  ')
    await wrapper.get('[data-testid="start-blank"]').trigger('click')
    await flushPromises()
    const plan = usePlanStore().plan
    expect(plan.name).toBe('East DC')
    expect(plan.settings.currency).toBe('CNY')
    expect(plan.settings.taxRate).toBe(0.13) // China's 13 % VAT, the CNY default
    expect(push).toHaveBeenCalledWith({ name: 'workloads' })
  })

  it('with no workloads says so and offers no "Continue editing"', async () => {
    const { wrapper } = await mountStep()
    expect(wrapper.text()).toContain('No workloads yet.')
    const continueButton = wrapper
      .findAll('button')
      .find((button) => button.text() === 'Continue editing')
    expect(continueButton?.attributes('disabled')).toBeDefined()
  })

  it('offers every worked case, with where its numbers come from', async () => {
    const { wrapper } = await mountStep()
    for (const id of TEMPLATE_IDS) {
      const card = wrapper.get(`[data-testid="template-${id}"]`)
      expect(card.text()).toContain('Numbers from:')
      expect(card.get(`[data-testid="use-template-${id}"]`).text()).toBe('Use this template')
    }
    expect(wrapper.get('[data-testid="template-video-analytics-3000"]').text()).toContain(
      '88 ÷ 5.5 = 16 streams per card'
    )
  })

  it('opens a worked case named in Chinese for zh-CN, and the current plan says so', async () => {
    const { wrapper, push } = await mountStep('zh-CN')
    expect(wrapper.get('[data-testid="template-video-analytics-3000"]').text()).toContain(
      '3000 路视频分析'
    )
    await wrapper.get('[data-testid="use-template-video-analytics-3000"]').trigger('click')
    await vi.waitFor(() => expect(push).toHaveBeenCalledWith({ name: 'workloads' }))
    const plan = usePlanStore()
    expect(plan.plan.name).toBe('3000 路视频分析')
    expect(plan.plan.workloads.map((w) => w.name)).toEqual([
      '3000 路，1080p 25 帧/秒，每帧 5 个目标（原文第 8 节）'
    ])
    expect(plan.filePath).toBeNull()
    await flushPromises()
    expect(wrapper.get('[data-testid="current-plan"]').text()).toBe(
      '3000 路视频分析：1 个工作负载。'
    )
  })

  it('asks before a blank plan replaces unsaved changes', async () => {
    const { wrapper, push } = await mountStep()
    usePlanStore().update((draft) => void (draft.name = 'Unsaved work'))
    await flushPromises()
    await wrapper.get('[data-testid="start-blank"]').trigger('click')
    await flushPromises()
    expect(document.body.textContent).toContain(
      'The current plan has unsaved changes. Replace it anyway?'
    )
    expect(usePlanStore().plan.name).toBe('Unsaved work')
    expect(push).not.toHaveBeenCalled()
  })
})
