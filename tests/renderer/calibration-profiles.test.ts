/**
 * Issue 16: applying a saved profile copies it into the plan (the plan stays self-contained,
 * the derivation names it, undo takes it out); the Calibrate panel offers only the saved
 * profiles that match the workload; the settings card renames through main's channel and
 * shows a refused import placed in the file, in the reader's language.
 */
import { describe, expect, it } from 'vitest'
import { estimatePlan } from '@shared/core'
import { fitCalibration } from '@shared/core/calibration'
import { defaultSettings, type AppSettings } from '@shared/schema/settings'
import type { CalibrationProfile } from '@shared/schema/calibration'
import type { PlanDocument } from '@shared/schema/plan'
import type { Envelope } from '@shared/ipc/envelope'
import { usePlanStore } from '@renderer/stores/plan'
import { useDocumentStore } from '@renderer/stores/document'
import { addWorkload } from '@renderer/stores/plan-commands'
import { useCalibration } from '@renderer/stores/calibration-commands'
import SavedProfilePicker from '@renderer/components/calibration/SavedProfilePicker.vue'
import CalibrationProfilesCard from '@renderer/views/settings/CalibrationProfilesCard.vue'
import { mountIn, setup } from './harness'

const A100 = 'nvidia-a100-sxm4-80gb'
const fitted = fitCalibration({
  name: 'Our A100 pod',
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
const onH100: CalibrationProfile = {
  ...structuredClone(fitted),
  name: 'H100 pod',
  accelerator: 'nvidia-h100-sxm5-80gb'
}

/** A new training workload starts as Llama-2-7B on an A100 80GB (lib/workloads.ts). */
function trainingPlan(): void {
  const store = usePlanStore()
  store.run((d) => addWorkload(d, 'llm-training'))
  expect(store.plan.workloads[0]).toMatchObject({ accelerator: A100, model: 'llama-2-7b' })
}

function withLibrary(profiles: CalibrationProfile[]): AppSettings {
  const settings = { ...defaultSettings(), calibrationProfiles: profiles }
  useDocumentStore().settings = settings
  return settings
}

describe('applying a saved profile to a plan', () => {
  it('copies it into the plan, the derivation names it, and undo takes it out', () => {
    setup()
    trainingPlan()
    const store = usePlanStore()
    const library = [structuredClone(fitted)]
    store.run((d) => useCalibration(d, library[0]))
    library[0].name = 'changed in the library later'
    const plan: PlanDocument = store.toDocument()
    expect(plan.calibrations).toEqual([fitted])
    const estimate = estimatePlan(plan)
    expect(estimate.ok).toBe(true)
    const mfu = estimate.workloads[0].result.assumptions.find((a) => a.id === 'mfu')!
    expect(mfu.source).toContain('Calibration profile "Our A100 pod"')
    store.undo()
    expect(store.toDocument().calibrations).toBeUndefined()
  })
})

describe('the Calibrate panel’s saved profiles', () => {
  it('offers only the profiles for this card and model, and applies the chosen one', async () => {
    const context = setup()
    trainingPlan()
    withLibrary([onH100, fitted])
    const store = usePlanStore()
    const wrapper = await mountIn(
      SavedProfilePicker,
      { index: 0, workload: store.plan.workloads[0], accelerator: A100 },
      context
    )
    expect(wrapper.text()).not.toContain('H100 pod')
    await wrapper.get('[data-testid="wl-0-calibration-apply-saved"]').trigger('click')
    expect(store.toDocument().calibrations?.map((p) => p.name)).toEqual(['Our A100 pod'])
    expect(wrapper.get('[data-testid="wl-0-calibration-applied"]').text()).toBe(
      'Profile “Our A100 pod” copied into this plan.'
    )
    wrapper.unmount()
  })

  it('says so when no saved profile matches', async () => {
    const context = setup()
    trainingPlan()
    withLibrary([onH100])
    const store = usePlanStore()
    const wrapper = await mountIn(
      SavedProfilePicker,
      { index: 0, workload: store.plan.workloads[0], accelerator: A100 },
      context
    )
    expect(wrapper.text()).toContain('None of your 1 saved profiles is for this card and model.')
    expect(wrapper.find('[data-testid="wl-0-calibration-apply-saved"]').exists()).toBe(false)
    wrapper.unmount()
  })
})

describe('the settings screen’s profile library', () => {
  it('renames through main and lists what main answers', async () => {
    const renamed = { ...defaultSettings(), calibrationProfiles: [{ ...fitted, name: 'Pod B' }] }
    const context = setup((channel) => (channel === 'calibration.profiles.rename' ? renamed : null))
    withLibrary([fitted])
    const wrapper = await mountIn(CalibrationProfilesCard, {}, context)
    expect(wrapper.get('[data-testid="calibration-profile-0-name"]').text()).toBe('Our A100 pod')
    await wrapper.get('[data-testid="calibration-profile-0-rename"]').trigger('click')
    await wrapper.get('[data-testid="calibration-profile-0-new-name"] input').setValue('Pod B')
    await wrapper.get('[data-testid="calibration-profile-0-rename-ok"]').trigger('click')
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(context.invoke).toHaveBeenCalledWith(
      'renameCalibrationProfile',
      'calibration.profiles.rename',
      { from: 'Our A100 pod', to: 'Pod B' }
    )
    expect(wrapper.get('[data-testid="calibration-profile-0-name"]').text()).toBe('Pod B')
    expect(wrapper.get('[data-testid="calibration-profiles-status"]').text()).toBe(
      '“Our A100 pod” is now “Pod B”.'
    )
    wrapper.unmount()
  })

  it('shows a refused import problem by problem, placed in the file, in Chinese', async () => {
    const context = setup(() => null, 'zh-CN')
    context.invoke.mockImplementation(async (): Promise<Envelope<unknown>> => ({
      ok: false,
      error: {
        code: 'UNSUPPORTED_FILE',
        message: 'ours.json: 1 problem(s) found; nothing was imported.',
        issues: [
          {
            path: '(file)',
            message: '…',
            key: 'calibrationProfiles.file.invalid',
            params: { file: 'ours.json', count: 1 }
          },
          {
            path: 'profiles[0].measurements[0].accelerators',
            message: '…',
            key: 'core.validation.mustBeGreaterThan',
            params: { limit: '0' }
          }
        ]
      }
    }))
    withLibrary([])
    const wrapper = await mountIn(CalibrationProfilesCard, {}, context)
    const input = wrapper.get('[data-testid="calibration-profiles-import-file"]')
    const file = new File(['{}'], 'ours.json', { type: 'application/json' })
    Object.defineProperty(input.element, 'files', { value: [file] })
    await input.trigger('change')
    await new Promise((resolve) => setTimeout(resolve, 10))
    const lines = wrapper.findAll('[data-testid="calibration-profiles-problems"] li')
    expect(lines.map((li) => li.text())).toEqual([
      'ours.json：发现 1 处问题，未导入任何配置。',
      'ours.json，profiles[0].measurements[0].accelerators：必须 > 0'
    ])
    wrapper.unmount()
  })
})
