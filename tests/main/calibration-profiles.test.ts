/**
 * Issue 16: the profile library through the one contract (the shared dispatcher both
 * transports use) and main's settings service — saved in settings.json, announced like any
 * settings change, refusals with located, translatable issues.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CHANNEL_NAMES } from '@shared/ipc/channels'
import { fitCalibration } from '@shared/core/calibration'
import { serializeProfiles } from '@shared/calibration/profile-library'
import type { CalibrationProfile } from '@shared/schema/calibration'
import { dispatch } from '../../src/main/ipc/dispatch'
import { createHandlers } from '../../src/main/services/handlers'
import { documentServicesFor } from '../../src/main/services/document/services'

const userDataDir = mkdtempSync(join(tmpdir(), 'cp-calibration-profiles-'))
const handlers = createHandlers({ platform: 'linux', userDataDir })
const web = { transport: 'web' as const, locale: 'en' as const }
const call = (channel: string, payload?: unknown) =>
  dispatch(handlers, channel, payload, web, { error: () => undefined })
const onDisk = () =>
  JSON.parse(readFileSync(join(userDataDir, 'settings.json'), 'utf8')) as {
    calibrationProfiles: CalibrationProfile[]
  }

afterAll(() => rmSync(userDataDir, { recursive: true, force: true }))

const fit = fitCalibration({
  name: 'Our A100 pod',
  kind: 'llm-training',
  accelerator: 'nvidia-a100-sxm4-80gb',
  model: 'llama-2-7b',
  measurements: [
    {
      kind: 'llm-training',
      accelerator: 'nvidia-a100-sxm4-80gb',
      model: 'llama-2-7b',
      accelerators: 8,
      sequenceLength: 4096,
      tokensPerSecondPerAccelerator: 2500
    }
  ]
}).profile!

describe('calibration profile channels', () => {
  it('are part of the one contract', () => {
    for (const channel of [
      'calibration.profiles.save',
      'calibration.profiles.rename',
      'calibration.profiles.delete',
      'calibration.profiles.import'
    ])
      expect(CHANNEL_NAMES).toContain(channel)
  })

  it('save writes the profile into settings.json and announces the change', async () => {
    const { settings: store } = documentServicesFor(userDataDir, 'linux')
    const heard: number[] = []
    const stop = store.subscribe((change) => heard.push(change.settings.calibrationProfiles.length))
    const saved = await call('calibration.profiles.save', { profile: fit })
    stop()
    expect(saved).toMatchObject({ ok: true, data: { replaced: false } })
    expect(onDisk().calibrationProfiles).toEqual([fit])
    expect(heard).toEqual([1])
    const again = await call('calibration.profiles.save', { profile: fit })
    expect(again).toMatchObject({ ok: true, data: { replaced: true } })
    const got = await call('settings.get')
    expect(got).toMatchObject({ ok: true, data: { settings: { calibrationProfiles: [fit] } } })
  })

  it('refuses an invalid profile at the contract, with its path', async () => {
    const bad = { ...fit, measurements: [] }
    const answer = await call('calibration.profiles.save', { profile: bad })
    expect(answer).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    expect(JSON.stringify(answer)).toContain('profile.measurements')
  })

  it('rename and delete, with located refusals', async () => {
    await call('calibration.profiles.save', { profile: { ...fit, name: 'Second' } })
    const taken = await call('calibration.profiles.rename', { from: 'Our A100 pod', to: 'Second' })
    expect(taken).toMatchObject({
      ok: false,
      error: {
        code: 'BAD_REQUEST',
        message: 'A profile named “Second” is already saved.',
        issues: [{ key: 'calibrationProfiles.errors.nameTaken', params: { name: 'Second' } }]
      }
    })
    const renamed = await call('calibration.profiles.rename', { from: 'Second', to: 'Pod B' })
    expect(renamed).toMatchObject({ ok: true })
    expect(onDisk().calibrationProfiles.map((p) => p.name)).toEqual(['Our A100 pod', 'Pod B'])
    expect(await call('calibration.profiles.delete', { name: 'Pod B' })).toMatchObject({ ok: true })
    expect(await call('calibration.profiles.delete', { name: 'Pod B' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', issues: [{ key: 'calibrationProfiles.errors.notFound' }] }
    })
    expect(onDisk().calibrationProfiles.map((p) => p.name)).toEqual(['Our A100 pod'])
  })

  it('import adds the file’s profiles without overwriting, or refuses the file whole', async () => {
    const text = serializeProfiles([fit, { ...fit, name: 'Imported' }])
    const imported = await call('calibration.profiles.import', { fileName: 'ours.json', text })
    expect(imported).toMatchObject({
      ok: true,
      data: { added: ['Imported'], unchanged: ['Our A100 pod'], renamed: [] }
    })
    const broken = await call('calibration.profiles.import', {
      fileName: 'broken.json',
      text: text.replace('"Imported"', '""')
    })
    expect(broken).toMatchObject({
      ok: false,
      error: {
        code: 'UNSUPPORTED_FILE',
        issues: [
          { key: 'calibrationProfiles.file.invalid', params: { file: 'broken.json', count: 1 } },
          { path: 'profiles[1].name', key: 'core.validation.required' }
        ]
      }
    })
    expect(onDisk().calibrationProfiles.map((p) => p.name)).toEqual(['Our A100 pod', 'Imported'])
  })

  it('settings.set cannot replace the library', async () => {
    const answer = await call('settings.set', { calibrationProfiles: [] })
    expect(answer).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    expect(onDisk().calibrationProfiles).toHaveLength(2)
  })
})
