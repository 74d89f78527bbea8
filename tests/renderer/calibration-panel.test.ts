/**
 * calibration/CalibrationPanel.vue ("Calibrate", issue 16): for a calibrated workload on a
 * catalog card and model, read a measurements sheet through main, fit it with the real core,
 * show the fit row by row, use it in the plan (and stop using it), save it to the library, and
 * say what went wrong, located in the sheet.
 */
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import CalibrationPanel from '@renderer/components/calibration/CalibrationPanel.vue'
import { createBlankPlan, usePlanStore } from '@renderer/stores/plan'
import { newWorkload } from '@renderer/lib/workloads'
import { defaultSettings } from '@shared/schema/settings'
import type { ReadMeasurementsResponse } from '@shared/ipc/contracts/calibration'
import type { CalibrationMeasurement } from '@shared/schema/calibration'
import type { Workload } from '@shared/schema/plan'
import type { Envelope } from '@shared/ipc/envelope'
import { mountIn, setup, type Responder } from './harness'

let mounted: VueWrapper | undefined
/** The fake API of the panel mounted last. */
let invoke: ReturnType<typeof setup>['invoke']
afterEach(() => {
  mounted?.unmount()
  mounted = undefined
  vi.restoreAllMocks()
})

const A100 = 'nvidia-a100-sxm4-80gb'
/** One training run measured on 8 A100s (the blank training workload: Llama-2-7B on an A100). */
const measured: CalibrationMeasurement = {
  kind: 'llm-training',
  accelerator: A100,
  model: 'llama-2-7b',
  accelerators: 8,
  sequenceLength: 4096,
  tokensPerSecondPerAccelerator: 2500
}
const sheet = (more: Partial<ReadMeasurementsResponse> = {}): ReadMeasurementsResponse => ({
  sheet: 'Runs',
  measurements: [measured],
  // The measurement sits on row 7 of the sheet (a title and notes above the header).
  rows: [7],
  issues: [],
  ...more
})

async function mountPanel(
  workloads: Workload[],
  respond: Responder = () => null,
  index = 0,
  locale: 'en' | 'zh-CN' = 'en'
) {
  const context = setup(respond, locale)
  invoke = context.invoke
  const plan = usePlanStore()
  plan.load({ ...createBlankPlan(), workloads })
  mounted = await mountIn(CalibrationPanel, { index }, context)
  return { plan, context, wrapper: mounted }
}

/** Opens the collapsed panel. */
async function open(wrapper: VueWrapper): Promise<void> {
  await wrapper.get('.n-collapse-item__header-main').trigger('click')
  await flushPromises()
}

/** Picks `name` in the file input and waits until the panel has read it. */
async function pick(wrapper: VueWrapper, name = 'runs.csv'): Promise<void> {
  const input = wrapper.get('[data-testid="wl-0-calibration-file"]')
  Object.defineProperty(input.element, 'files', {
    value: [new File(['kind,accelerator'], name)],
    configurable: true
  })
  await input.trigger('change')
  // FileReader answers on a later task: wait until the panel has asked main, then settle.
  await vi.waitFor(() =>
    expect(invoke).toHaveBeenCalledWith(
      'readMeasurements',
      'calibration.readMeasurements',
      expect.anything()
    )
  )
  await flushPromises()
}

const training = () => newWorkload('llm-training', 't')

/** Main's answer refusing a request. */
const refusal = (code: string, message: string) =>
  ({ ok: false, error: { code, message, issues: [] } }) as unknown as Envelope<unknown>

describe('CalibrationPanel', () => {
  it('appears only for a calibrated kind on a catalog card and a catalog model', async () => {
    const shown = await mountPanel([training()])
    expect(shown.wrapper.find('[data-testid="wl-0-calibration-panel"]').exists()).toBe(true)
    expect(shown.wrapper.text()).toContain('Calibrate from your measurements')
    shown.wrapper.unmount()
    for (const workload of [
      // Not a calibrated kind.
      newWorkload('custom', 'c'),
      // An inline model: nothing to match a measurement's model id against.
      { ...training(), model: { params: 7e9 } } as Workload
    ]) {
      const { wrapper } = await mountPanel([workload])
      expect(wrapper.find('[data-testid="wl-0-calibration-panel"]').exists(), workload.kind).toBe(
        false
      )
      wrapper.unmount()
    }
    // No workload at the index.
    const none = await mountPanel([training()], () => null, 4)
    expect(none.wrapper.html()).not.toContain('calibration')
  })

  it('reads the sheet through main, fits it, and shows each point by its sheet row', async () => {
    const { context, wrapper } = await mountPanel([training()], (channel) =>
      channel === 'calibration.readMeasurements' ? sheet() : null
    )
    await open(wrapper)
    await pick(wrapper, 'runs.csv')
    const [, channel, request] = context.invoke.mock.calls.find(
      ([, name]) => name === 'calibration.readMeasurements'
    )!
    expect(channel).toBe('calibration.readMeasurements')
    // The file goes as base64 of its bytes: "kind,accelerator" → "a2luZCxhY2NlbGVyYXRvcg==".
    expect(request).toEqual({
      file: { fileName: 'runs.csv', dataBase64: 'a2luZCxhY2NlbGVyYXRvcg==' }
    })
    expect(wrapper.text()).toContain('1 measurements read from sheet “Runs”.')
    expect(wrapper.get('[data-testid="wl-0-calibration-summary"]').text()).toMatch(
      /^Median error before the fit \d+(\.\d+)?%, after 0%\.$/
    )
    const cells = wrapper
      .findAll('[data-testid="wl-0-calibration-points"] tbody tr')
      .map((row) => row.findAll('td').map((td) => td.text()))
    expect(cells).toHaveLength(1)
    // Row 7 of the sheet (not the 1st measurement), measured 2,500 tokens/s; one point fitted
    // exactly, so the planner after the fit says the same and the error is 0 %.
    expect(cells[0][0]).toBe('7')
    expect(cells[0][2]).toBe('2,500 tokens/s')
    expect(cells[0][4]).toBe('2,500 tokens/s')
    expect(cells[0][6]).toBe('0%')
    // The name offered: "<card> measured".
    const name = wrapper.get('[data-testid="wl-0-calibration-name"] input')
      .element as HTMLInputElement
    expect(name.value).toBe(`${A100} measured`)
  })

  it('uses the fit under the name typed, shows it in use, and stops using it', async () => {
    const { plan, wrapper } = await mountPanel([training()], (channel) =>
      channel === 'calibration.readMeasurements' ? sheet() : null
    )
    await open(wrapper)
    await pick(wrapper)
    await wrapper.get('[data-testid="wl-0-calibration-name"] input').setValue('  Pod A  ')
    await wrapper.get('[data-testid="wl-0-calibration-use"]').trigger('click')
    await flushPromises()
    // Trimmed, and copied into the plan with its one measurement.
    expect(plan.plan.calibrations?.map((p) => [p.name, p.measurements.length])).toEqual([
      ['Pod A', 1]
    ])
    // The fit is done with: table gone, the profile shown as in use.
    expect(wrapper.find('[data-testid="wl-0-calibration-points"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="wl-0-calibration-in-use"]').text()).toContain(
      'Calibrated: profile “Pod A”, fitted to 1 measurements.'
    )
    const stop = wrapper
      .get('[data-testid="wl-0-calibration-in-use"]')
      .findAll('button')
      .find((b) => b.text() === 'Stop using')!
    await stop.trigger('click')
    await flushPromises()
    expect(plan.plan.calibrations ?? []).toEqual([])
    expect(wrapper.find('[data-testid="wl-0-calibration-in-use"]').exists()).toBe(false)
  })

  it('exports the profile in use as a file named after it', async () => {
    const { wrapper } = await mountPanel([training()], (channel) =>
      channel === 'calibration.readMeasurements' ? sheet() : null
    )
    await open(wrapper)
    await pick(wrapper)
    await wrapper.get('[data-testid="wl-0-calibration-name"] input').setValue('Pod: A')
    await wrapper.get('[data-testid="wl-0-calibration-use"]').trigger('click')
    await flushPromises()
    const blobs: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob)
      return 'blob:test/1'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    const names: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      names.push(this.download)
    })
    const exportButton = wrapper
      .get('[data-testid="wl-0-calibration-in-use"]')
      .findAll('button')
      .find((b) => b.text() === 'Export profile')!
    await exportButton.trigger('click')
    // ":" cannot be in a file name: replaced by "_".
    expect(names).toHaveLength(1)
    expect(names[0]).toMatch(/^Pod_ A\./)
    expect(await blobs[0].text()).toContain('"name": "Pod: A"')
  })

  it('saves the fit to the library and says whether it replaced one', async () => {
    let saves = 0
    const { context, wrapper } = await mountPanel([training()], (channel) => {
      if (channel === 'calibration.readMeasurements') return sheet()
      // Main answers "replaced" from the second save of the same name on.
      if (channel === 'calibration.profiles.save')
        return { settings: defaultSettings(), replaced: ++saves > 1 }
      return null
    })
    await open(wrapper)
    await pick(wrapper)
    await wrapper.get('[data-testid="wl-0-calibration-name"] input').setValue('Pod A')
    const save = wrapper.get('[data-testid="wl-0-calibration-save"]')
    await save.trigger('click')
    await flushPromises()
    const saved = context.invoke.mock.calls.find(([, name]) => name === 'calibration.profiles.save')
    expect((saved?.[2] as { profile: { name: string } }).profile.name).toBe('Pod A')
    const status = () => wrapper.get('[data-testid="wl-0-calibration-save-status"]').text()
    expect(status()).toBe('Saved “Pod A” to your profiles.')
    await save.trigger('click')
    await flushPromises()
    expect(status()).toBe('Replaced “Pod A” in your profiles.')
  })

  it('a refused save lists the problems instead of a status', async () => {
    const { context, wrapper } = await mountPanel([training()], (channel) =>
      channel === 'calibration.readMeasurements' ? sheet() : null
    )
    await open(wrapper)
    await pick(wrapper)
    context.invoke.mockImplementation(async () => refusal('INTERNAL', 'disk full'))
    await wrapper.get('[data-testid="wl-0-calibration-save"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid="wl-0-calibration-save-status"]').exists()).toBe(false)
    expect(wrapper.get('ul[role="alert"]').text()).toContain('disk full')
  })

  it('lists what the reader and the fit could not use, each placed in the sheet', async () => {
    const other = { ...measured, accelerator: 'nvidia-h100-sxm5-80gb' }
    const { wrapper } = await mountPanel([training()], (channel) =>
      channel === 'calibration.readMeasurements'
        ? sheet({
            measurements: [measured, other],
            rows: [7, 9],
            issues: [
              {
                sheet: 'Runs',
                row: 8,
                column: 'D',
                field: 'accelerators',
                key: 'notANumber',
                value: 'eight'
              }
            ]
          })
        : null
    )
    await open(wrapper)
    await pick(wrapper)
    const problems = wrapper.findAll('ul.problem li').map((li) => li.text())
    // The reader's issue in its cell (field named in words), then the fit's by sheet row:
    // the H100 run is the 2nd measurement, on row 9.
    expect(problems).toEqual([
      'Runs!D8 (cards): “eight” is not a number.',
      'Row 9: another accelerator; not used.'
    ])
  })

  it('says so when nothing in the sheet matches this workload', async () => {
    const { wrapper } = await mountPanel([training()], (channel) =>
      channel === 'calibration.readMeasurements'
        ? sheet({ measurements: [{ ...measured, model: 'llama-3.1-8b' }] })
        : null
    )
    await open(wrapper)
    await pick(wrapper)
    expect(wrapper.text()).toContain(
      'No measurement in the sheet matches this workload’s kind, card and model.'
    )
    expect(wrapper.find('[data-testid="wl-0-calibration-use"]').exists()).toBe(false)
  })

  it('a sheet main cannot read shows its message and no fit', async () => {
    const { context, wrapper } = await mountPanel([training()])
    context.invoke.mockImplementation(async () =>
      refusal('UNSUPPORTED_FILE', 'runs.pdf is not a spreadsheet')
    )
    await open(wrapper)
    await pick(wrapper, 'runs.pdf')
    expect(wrapper.get('p[role="alert"]').text()).toBe('runs.pdf is not a spreadsheet')
    expect(wrapper.find('[data-testid="wl-0-calibration-summary"]').exists()).toBe(false)
  })

  it('reads in Chinese, the sheet problems too', async () => {
    const other = { ...measured, accelerator: 'nvidia-h100-sxm5-80gb' }
    const { wrapper } = await mountPanel(
      [training()],
      (channel) =>
        channel === 'calibration.readMeasurements'
          ? sheet({ measurements: [measured, other], rows: [7, 9] })
          : null,
      0,
      'zh-CN'
    )
    expect(wrapper.get('.n-collapse-item__header-main').text()).toBe('用实测数据校准')
    await open(wrapper)
    await pick(wrapper)
    expect(wrapper.findAll('ul.problem li').map((li) => li.text())).toEqual([
      '第 9 行：加速卡不同，未使用。'
    ])
  })
})
