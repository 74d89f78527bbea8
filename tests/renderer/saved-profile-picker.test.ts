import { afterEach, describe, expect, it } from 'vitest'
import { fitCalibration } from '@shared/core/calibration'
import type { CalibrationProfile } from '@shared/schema/calibration'
import { defaultSettings } from '@shared/schema/settings'
import SavedProfilePicker from '@renderer/components/calibration/SavedProfilePicker.vue'
import { useDocumentStore } from '@renderer/stores/document'
import { usePlanStore } from '@renderer/stores/plan'
import { addWorkload } from '@renderer/stores/plan-commands'
import { mountIn, setup } from './harness'

// calibration-profiles.test.ts covers "only this card and model" and "none match"; here: no
// library at all, the first match as the default, a model-less profile, and the zh-CN words.

const mounted: { unmount(): void }[] = []
afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.unmount()
})

const A100 = 'nvidia-a100-sxm4-80gb'
const fitted = fitCalibration({
  name: 'Pod A',
  kind: 'llm-training',
  accelerator: A100,
  model: 'llama-2-7b',
  measurements: [
    {
      kind: 'llm-training',
      accelerator: A100,
      model: 'llama-2-7b',
      accelerators: 8,
      sequenceLength: 4096,
      tokensPerSecondPerAccelerator: 2500
    }
  ]
}).profile!
const named = (name: string, changes: Partial<CalibrationProfile> = {}): CalibrationProfile => ({
  ...structuredClone(fitted),
  name,
  ...changes
})

async function mountPicker(profiles: CalibrationProfile[], locale: 'en' | 'zh-CN' = 'en') {
  const context = setup(() => null, locale)
  const store = usePlanStore()
  store.run((draft) => addWorkload(draft, 'llm-training'))
  useDocumentStore().settings = { ...defaultSettings(), calibrationProfiles: profiles }
  const wrapper = await mountIn(
    SavedProfilePicker,
    { index: 0, workload: store.plan.workloads[0], accelerator: A100 },
    context
  )
  mounted.push(wrapper)
  return { wrapper, store }
}

describe('SavedProfilePicker', () => {
  it('shows nothing when the planner has saved no profile', async () => {
    const { wrapper } = await mountPicker([])
    expect(wrapper.find('[data-testid="wl-0-calibration-saved"]').exists()).toBe(false)
  })

  it('offers the first matching profile by default and applies it without a choice', async () => {
    const { wrapper, store } = await mountPicker([named('Pod A'), named('Pod B')])
    expect(wrapper.get('[data-testid="wl-0-calibration-saved"]').text()).toContain('Pod A')
    await wrapper.get('[data-testid="wl-0-calibration-apply-saved"]').trigger('click')
    expect(store.toDocument().calibrations?.map((p) => p.name)).toEqual(['Pod A'])
  })

  it('takes a profile that names no model for any model on its card', async () => {
    const { wrapper, store } = await mountPicker([
      named('Other model', { model: 'llama-2-70b' }),
      named('Any model', { model: undefined })
    ])
    await wrapper.get('[data-testid="wl-0-calibration-apply-saved"]').trigger('click')
    expect(store.toDocument().calibrations?.map((p) => p.name)).toEqual(['Any model'])
  })

  it('speaks Chinese for zh-CN: label, button, the copy notice and "none match"', async () => {
    const { wrapper } = await mountPicker([named('华东一号')], 'zh-CN')
    const saved = wrapper.get('[data-testid="wl-0-calibration-saved"]')
    expect(saved.text()).toContain('已保存的配置')
    const apply = wrapper.get('[data-testid="wl-0-calibration-apply-saved"]')
    expect(apply.text()).toBe('套用到此方案')
    await apply.trigger('click')
    const applied = wrapper.get('[data-testid="wl-0-calibration-applied"]')
    expect(applied.text()).toBe('已将配置“华东一号”复制进此方案。')
    expect(applied.attributes('role')).toBe('status')
  })

  it('counts the saved profiles when none fits, in zh-CN', async () => {
    const h100 = 'nvidia-h100-sxm5-80gb'
    const { wrapper } = await mountPicker(
      [named('H1', { accelerator: h100 }), named('H2', { accelerator: h100 })],
      'zh-CN'
    )
    expect(wrapper.text()).toContain('已保存的 2 个配置中没有适用于此加速卡和模型的。')
  })
})
