/**
 * Issue 16, "stored in the settings, exportable": the profile library's rules (unique names,
 * replace on save, no overwrite on import), the profile file format with located refusals,
 * and the settings field that keeps the library (optional, recovered profile by profile).
 */
import { describe, expect, it } from 'vitest'
import { fitCalibration } from '@shared/core/calibration'
import type { CalibrationProfile } from '@shared/schema/calibration'
import {
  CALIBRATION_PROFILES_FORMAT,
  deleteProfile,
  importProfiles,
  ProfileLibraryError,
  profileFileName,
  readProfilesText,
  renameProfile,
  saveProfile,
  serializeProfiles
} from '@shared/calibration/profile-library'
import {
  applySettingsPatch,
  defaultSettings,
  recoverSettings,
  settingsPatchSchema
} from '@shared/schema/settings'
import { translate } from '@shared/i18n'

const fitted = new Map<number, CalibrationProfile>()

/** A real fitted profile (the fit runs once per figure), under `name`. */
function profile(name: string, tokensPerSecond = 2500): CalibrationProfile {
  const known = fitted.get(tokensPerSecond)
  if (known) return structuredClone({ ...known, name })
  const fit = fitCalibration({
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
        tokensPerSecondPerAccelerator: tokensPerSecond
      }
    ]
  })
  if (!fit.profile) throw new Error('the fixture measurement did not fit')
  fitted.set(tokensPerSecond, fit.profile)
  return structuredClone(fit.profile)
}

function refusal(run: () => unknown): ProfileLibraryError {
  try {
    run()
  } catch (caught) {
    if (caught instanceof ProfileLibraryError) return caught
    throw caught
  }
  throw new Error('expected a refusal')
}

describe('profile library', () => {
  it('saves by name, and replaces a profile of the same name (saying so)', () => {
    const first = saveProfile([], profile('Pod A'))
    expect(first.replaced).toBe(false)
    const second = saveProfile(first.library, profile('Pod B'))
    const again = saveProfile(second.library, profile('Pod A', 3000))
    expect(again.replaced).toBe(true)
    expect(again.library.map((p) => p.name)).toEqual(['Pod A', 'Pod B'])
    expect(again.library[0]).toEqual(profile('Pod A', 3000))
  })

  it('renames, refusing a name that is taken or a profile that is not there', () => {
    const library = [profile('Pod A'), profile('Pod B')]
    expect(renameProfile(library, 'Pod A', '  Pod C ').map((p) => p.name)).toEqual([
      'Pod C',
      'Pod B'
    ])
    const taken = refusal(() => renameProfile(library, 'Pod A', 'Pod B'))
    expect(taken.key).toBe('errors.nameTaken')
    expect(taken.message).toBe('A profile named “Pod B” is already saved.')
    expect(refusal(() => renameProfile(library, 'Nope', 'X')).key).toBe('errors.notFound')
  })

  it('deletes by name', () => {
    const library = [profile('Pod A'), profile('Pod B')]
    expect(deleteProfile(library, 'Pod A').map((p) => p.name)).toEqual(['Pod B'])
    expect(refusal(() => deleteProfile(library, 'Pod C')).key).toBe('errors.notFound')
  })

  it('imports without overwriting: the same profile is skipped, a different one renamed', () => {
    const library = [profile('Pod A'), profile('Pod B')]
    const outcome = importProfiles(library, [
      profile('Pod A'),
      profile('Pod B', 1800),
      profile('Pod C')
    ])
    expect(outcome.unchanged).toEqual(['Pod A'])
    expect(outcome.renamed).toEqual([{ from: 'Pod B', to: 'Pod B (2)' }])
    expect(outcome.added).toEqual(['Pod B (2)', 'Pod C'])
    expect(outcome.library.map((p) => p.name)).toEqual(['Pod A', 'Pod B', 'Pod B (2)', 'Pod C'])
    expect(outcome.library[2].assumptions).toEqual(profile('Pod B', 1800).assumptions)
  })

  it('refuses to grow past its limits', () => {
    const library = Array.from({ length: 200 }, (_, i) => profile(`Pod ${i}`))
    expect(refusal(() => saveProfile(library, profile('One more'))).key).toBe('errors.libraryFull')
  })
})

describe('profile file', () => {
  it('round-trips the library through its file format', () => {
    const profiles = [profile('Pod A'), profile('Pod B', 2000)]
    const text = serializeProfiles(profiles)
    expect(JSON.parse(text)).toMatchObject({ format: CALIBRATION_PROFILES_FORMAT, version: 1 })
    expect(readProfilesText('ours.calibration.json', text)).toEqual(profiles)
  })

  it('reads a single bare profile, as earlier builds exported it', () => {
    const text = JSON.stringify(profile('Pod A'))
    expect(readProfilesText('old.json', text)).toEqual([profile('Pod A')])
  })

  it('locates broken JSON by line and column', () => {
    const error = refusal(() => readProfilesText('bad.json', '{\n  "format": "x",\n  oops\n}'))
    expect(error.key).toBe('file.corruptJson')
    expect(error.issues[0]).toMatchObject({
      path: 'line 3, column 3',
      key: 'calibrationProfiles.file.corruptJson',
      params: { file: 'bad.json', line: 3, column: 3 }
    })
    expect(translate('zh-CN', error.issues[0].key!, error.issues[0].params)).toMatch(
      /^bad\.json，第 3 行第 3 列/
    )
  })

  it('refuses another format and a newer version', () => {
    expect(
      refusal(() => readProfilesText('plan.json', '{"format":"compute-planner/plan","version":1}'))
        .key
    ).toBe('file.wrongFormat')
    const newer = refusal(() =>
      readProfilesText(
        'new.json',
        JSON.stringify({ format: CALIBRATION_PROFILES_FORMAT, version: 2, profiles: [] })
      )
    )
    expect(newer.key).toBe('file.newerVersion')
    expect(newer.issues[0].path).toBe('version')
  })

  it('names each invalid field by its JSON path, in both languages, and imports nothing', () => {
    const good = profile('Pod A')
    const bad = {
      ...profile('Pod B'),
      measurements: [{ ...good.measurements[0], accelerators: -8 }]
    }
    const text = serializeProfiles([good, bad as CalibrationProfile, good])
    const error = refusal(() => readProfilesText('ours.json', text))
    expect(error.key).toBe('file.invalid')
    const [headline, field, duplicate] = error.issues
    expect(headline.params).toMatchObject({ file: 'ours.json', count: 2 })
    expect(field).toMatchObject({
      path: 'profiles[1].measurements[0].accelerators',
      key: 'core.validation.mustBeGreaterThan'
    })
    expect(translate('en', field.key!, field.params)).toBe('must be > 0')
    expect(translate('zh-CN', field.key!, field.params)).not.toBe('must be > 0')
    expect(duplicate).toMatchObject({
      path: 'profiles[2].name',
      key: 'calibrationProfiles.file.duplicateName'
    })
  })

  it('makes a file name from a profile name', () => {
    expect(profileFileName('A100: pod/2')).toBe('A100_ pod_2.calibration.json')
  })
})

describe('settings field calibrationProfiles', () => {
  it('is optional: settings without it load with an empty library (no version bump)', () => {
    const loaded = recoverSettings({ version: 1, companyName: 'ACME' })
    expect(loaded.notice).toBeUndefined()
    expect(loaded.settings.calibrationProfiles).toEqual([])
    expect(defaultSettings().version).toBe(1)
  })

  it('drops a damaged profile and keeps the others, with a notice', () => {
    const broken = { ...profile('Broken'), measurements: [] }
    const loaded = recoverSettings({
      version: 1,
      calibrationProfiles: [profile('Pod A'), broken, profile('Pod A', 3000), profile('Pod C')]
    })
    expect(loaded.settings.calibrationProfiles.map((p) => p.name)).toEqual(['Pod A', 'Pod C'])
    expect(loaded.notice).toMatchObject({ kind: 'fieldsReset', fields: ['calibrationProfiles'] })
  })

  it('is not changed by a settings.set patch (only the library channels change it)', () => {
    expect(settingsPatchSchema.safeParse({ calibrationProfiles: [] }).success).toBe(false)
    const settings = { ...defaultSettings(), calibrationProfiles: [profile('Pod A')] }
    expect(applySettingsPatch(settings, { theme: 'dark' }).calibrationProfiles).toEqual([
      profile('Pod A')
    ])
  })
})
