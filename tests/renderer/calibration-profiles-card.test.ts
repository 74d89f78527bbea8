import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { fitCalibration } from '@shared/core/calibration'
import type { CalibrationProfile } from '@shared/schema/calibration'
import { defaultSettings, type AppSettings } from '@shared/schema/settings'
import CalibrationProfilesCard from '@renderer/views/settings/CalibrationProfilesCard.vue'
import { useDocumentStore } from '@renderer/stores/document'
import { mountIn, setup, type Responder } from './harness'

// calibration-profiles.test.ts covers rename and a refused import; here: the empty card, what
// a row says, delete with its confirmation, and an import's report, in en and zh-CN.

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
const withProfiles = (profiles: CalibrationProfile[]): AppSettings => ({
  ...defaultSettings(),
  calibrationProfiles: profiles
})

async function mountCard(
  profiles: CalibrationProfile[],
  respond: Responder = () => null,
  locale: 'en' | 'zh-CN' = 'en'
) {
  const context = setup(respond, locale)
  useDocumentStore().settings = withProfiles(profiles)
  const wrapper = await mountIn(CalibrationProfilesCard, {}, context)
  mounted.push(wrapper)
  return { wrapper, context }
}

describe('CalibrationProfilesCard', () => {
  it('explains how to get a profile when there is none, and cannot export nothing', async () => {
    const { wrapper } = await mountCard([])
    expect(wrapper.get('[data-testid="calibration-profiles-empty"]').text()).toContain(
      'No saved profiles yet.'
    )
    expect(wrapper.find('[data-testid="calibration-profiles-table"]').exists()).toBe(false)
    expect(
      wrapper.get('[data-testid="calibration-profiles-export-all"]').attributes('disabled')
    ).toBeDefined()
  })

  it('says it in Chinese for zh-CN', async () => {
    const { wrapper } = await mountCard([], () => null, 'zh-CN')
    expect(wrapper.text()).toContain('我的校准配置')
    expect(wrapper.get('[data-testid="calibration-profiles-empty"]').text()).toContain(
      '还没有保存的配置'
    )
    expect(wrapper.get('[data-testid="calibration-profiles-import"]').text()).toBe('导入…')
  })

  it('tells what each profile is for: kind, card, model or every model; measurements; fitted', async () => {
    const anyModel: CalibrationProfile = { ...structuredClone(fitted), name: 'Pod any' }
    delete anyModel.model
    const { wrapper } = await mountCard([fitted, anyModel])
    const cells = (row: number) =>
      wrapper.findAll(`[data-testid="calibration-profile-${row}"] td`).map((td) => td.text())
    expect(cells(0).slice(0, 3)).toEqual(['Pod A', `LLM training · ${A100} · llama-2-7b`, '1'])
    expect(cells(0)[3]).toContain('MFU')
    expect(cells(1)[1]).toBe(`LLM training · ${A100} · every model`)
  })

  it('deletes only after the confirmation, through main, and says so', async () => {
    const { wrapper, context } = await mountCard([fitted], (channel) =>
      channel === 'calibration.profiles.delete' ? withProfiles([]) : null
    )
    await wrapper.get('[data-testid="calibration-profile-0-delete"]').trigger('click')
    expect(wrapper.text()).toContain('Delete “Pod A” from your profiles?')
    expect(context.invoke).not.toHaveBeenCalledWith(
      'deleteCalibrationProfile',
      'calibration.profiles.delete',
      expect.anything()
    )
    await wrapper.get('[data-testid="calibration-profile-0-delete-ok"]').trigger('click')
    await flushPromises()
    expect(context.invoke).toHaveBeenCalledWith(
      'deleteCalibrationProfile',
      'calibration.profiles.delete',
      { name: 'Pod A' }
    )
    expect(wrapper.get('[data-testid="calibration-profiles-status"]').text()).toBe(
      '“Pod A” was deleted.'
    )
    expect(wrapper.find('[data-testid="calibration-profiles-empty"]').exists()).toBe(true)
  })

  it('reports an import: how many, which were renamed, which were already there (zh-CN)', async () => {
    const imported = { ...structuredClone(fitted), name: 'Pod A (2)' }
    const { wrapper, context } = await mountCard(
      [fitted],
      (channel) =>
        channel === 'calibration.profiles.import'
          ? {
              settings: withProfiles([fitted, imported]),
              added: ['Pod A (2)'],
              renamed: [{ from: 'Pod A', to: 'Pod A (2)' }],
              unchanged: ['Pod B']
            }
          : null,
      'zh-CN'
    )
    const input = wrapper.get('[data-testid="calibration-profiles-import-file"]')
    const file = new File(['{"profiles":[]}'], 'pods.json', { type: 'application/json' })
    Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
    await input.trigger('change')
    await flushPromises()
    expect(context.invoke).toHaveBeenCalledWith(
      'importCalibrationProfiles',
      'calibration.profiles.import',
      { fileName: 'pods.json', text: '{"profiles":[]}' }
    )
    expect(wrapper.get('[data-testid="calibration-profiles-status"]').text()).toBe(
      '已从 pods.json 导入 1 个配置。 “Pod A”已另存为“Pod A (2)”：已有另一个同名配置。 “Pod B”已保存过，未重复导入。'
    )
    expect(
      wrapper.findAll('[data-testid^="calibration-profile-"][data-testid$="-name"]')
    ).toHaveLength(2)
  })
})
