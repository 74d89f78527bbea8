/** The profile library service: one settings write per change, refusals as contract errors. */
import { describe, expect, it } from 'vitest'
import { fitCalibration } from '@shared/core/calibration'
import { serializeProfiles } from '@shared/calibration/profile-library'
import { ServiceError } from '@shared/ipc/envelope'
import { appSettingsSchema, type AppSettings } from '@shared/schema/settings'
import type { CalibrationProfile } from '@shared/schema/calibration'
import type { SettingsStore } from '../../../../src/main/services/document/settings-store'
import { ProfileLibraryService } from '../../../../src/main/services/calibration/profile-library'

/** A settings store in memory: counts the writes that happen. */
function memoryStore(fail?: Error) {
  const state = { settings: appSettingsSchema.parse({}) as AppSettings, writes: 0 }
  const store = {
    update: async (change: (current: AppSettings) => AppSettings) => {
      if (fail) throw fail
      const next = change(state.settings)
      state.settings = next
      state.writes++
      return next
    }
  }
  return { state, service: new ProfileLibraryService(store as unknown as SettingsStore) }
}

const profile = (name: string): CalibrationProfile => ({
  ...fitCalibration({
    name,
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
  }).profile!,
  name
})

async function refusal(promise: Promise<unknown>): Promise<ServiceError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught
  )
  expect(error).toBeInstanceOf(ServiceError)
  return error as ServiceError
}

describe('ProfileLibraryService', () => {
  it('save adds, then replaces a profile of the same name; each in one write', async () => {
    const { state, service } = memoryStore()
    expect((await service.save(profile('Pod A'))).replaced).toBe(false)
    const again = await service.save(profile('Pod A'))
    expect(again.replaced).toBe(true)
    expect(again.settings.calibrationProfiles.map((p) => p.name)).toEqual(['Pod A'])
    expect(state.writes).toBe(2)
  })

  it('rename and delete change the library in settings', async () => {
    const { state, service } = memoryStore()
    await service.save(profile('Pod A'))
    await service.save(profile('Pod B'))
    const renamed = await service.rename('Pod A', 'Pod C')
    expect(renamed.calibrationProfiles.map((p) => p.name).sort()).toEqual(['Pod B', 'Pod C'])
    const deleted = await service.delete('Pod B')
    expect(deleted.calibrationProfiles.map((p) => p.name)).toEqual(['Pod C'])
    expect(state.settings).toBe(deleted)
  })

  it('a missing profile is NOT_FOUND, a taken name BAD_REQUEST, with a located issue', async () => {
    const { state, service } = memoryStore()
    await service.save(profile('Pod A'))
    await service.save(profile('Pod B'))
    const writes = state.writes
    const missing = await refusal(service.delete('Nope'))
    expect(missing.code).toBe('NOT_FOUND')
    expect(missing.message).toBe('No saved profile is named “Nope”.')
    expect(missing.issues).toEqual([
      {
        path: 'calibrationProfiles',
        message: 'No saved profile is named “Nope”.',
        key: 'calibrationProfiles.errors.notFound',
        params: { name: 'Nope' }
      }
    ])
    const taken = await refusal(service.rename('Pod A', 'Pod B'))
    expect(taken.code).toBe('BAD_REQUEST')
    expect(taken.issues![0].key).toBe('calibrationProfiles.errors.nameTaken')
    // Refused changes write nothing.
    expect(state.writes).toBe(writes)
    expect(state.settings.calibrationProfiles.map((p) => p.name)).toEqual(['Pod A', 'Pod B'])
  })

  it('import adds the file’s profiles; a broken file is UNSUPPORTED_FILE and writes nothing', async () => {
    const { state, service } = memoryStore()
    const text = serializeProfiles([profile('Pod A'), profile('Pod B')])
    const imported = await service.import('pods.json', text)
    expect(imported.settings.calibrationProfiles.map((p) => p.name)).toEqual(['Pod A', 'Pod B'])
    expect(state.writes).toBe(1)
    const broken = await refusal(service.import('pods.json', '{"format": '))
    expect(broken.code).toBe('UNSUPPORTED_FILE')
    expect(broken.issues![0]).toMatchObject({ key: 'calibrationProfiles.file.corruptJson' })
    expect(broken.issues![0].path).toMatch(/^line 1, column \d+$/)
    expect(state.writes).toBe(1)
  })

  it('other failures of the store pass through unchanged', async () => {
    const disk = Object.assign(new Error('disk full'), { code: 'ENOSPC' })
    const { service } = memoryStore(disk)
    await expect(service.save(profile('Pod A'))).rejects.toBe(disk)
  })
})
