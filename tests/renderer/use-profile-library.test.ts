/**
 * composables/useProfileLibrary.ts: the saved calibration profiles as the screens use them —
 * each change answered with main's new settings, and a refusal said line by line, placed in
 * the file when it is a field of a profile file (en and zh-CN).
 */
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { useProfileLibrary } from '@renderer/composables/useProfileLibrary'
import { useDocumentStore } from '@renderer/stores/document'
import { ApiError } from '@renderer/api'
import type { CalibrationProfile } from '@shared/schema/calibration'
import { defaultSettings } from '@shared/schema/settings'
import { setup, type Responder } from './harness'

const profile = (name: string): CalibrationProfile => ({
  name,
  kind: 'llm-training',
  accelerator: 'huawei-ascend-910b',
  assumptions: { mfu: { typical: 0.38, low: 0.33, high: 0.42 } },
  measurements: []
})
const settingsWith = (...names: string[]) => ({
  ...defaultSettings(),
  calibrationProfiles: names.map(profile)
})

function libraryIn(locale: 'en' | 'zh-CN', respond: Responder = () => null) {
  const context = setup(respond, locale)
  let library!: ReturnType<typeof useProfileLibrary>
  mount(
    defineComponent({
      setup() {
        library = useProfileLibrary()
        return () => h('div')
      }
    }),
    { global: { plugins: [context.pinia, context.i18n] } }
  )
  return { library, context }
}

describe('the profile library', () => {
  it('is empty before settings arrive, then lists the settings’ profiles', () => {
    const { library } = libraryIn('en')
    expect(library.profiles.value).toEqual([])
    useDocumentStore().settings = settingsWith('lab')
    expect(library.profiles.value.map((p) => p.name)).toEqual(['lab'])
  })

  it('every change takes main’s answer as the new settings', async () => {
    const { library, context } = libraryIn('en', (channel) => {
      if (channel === 'calibration.profiles.save')
        return { settings: settingsWith('lab'), replaced: true }
      if (channel === 'calibration.profiles.rename') return settingsWith('site')
      if (channel === 'calibration.profiles.delete') return settingsWith()
      if (channel === 'calibration.profiles.import')
        return { settings: settingsWith('a', 'b'), added: ['a', 'b'], renamed: [], unchanged: [] }
      return null
    })
    expect(await library.save(profile('lab'))).toBe(true)
    expect(library.profiles.value.map((p) => p.name)).toEqual(['lab'])
    await library.rename('lab', 'site')
    expect(library.profiles.value.map((p) => p.name)).toEqual(['site'])
    await library.remove('site')
    expect(library.profiles.value).toEqual([])
    const file = new File(['{"profiles":[]}'], 'fits.json')
    expect((await library.importFile(file)).added).toEqual(['a', 'b'])
    expect(library.profiles.value.map((p) => p.name)).toEqual(['a', 'b'])
    const sent = context.invoke.mock.calls.find(([, c]) => c === 'calibration.profiles.import')
    expect(sent?.[2]).toEqual({ fileName: 'fits.json', text: '{"profiles":[]}' })
  })
})

describe('problemLines', () => {
  const refusal = new ApiError({
    code: 'BAD_REQUEST',
    message: 'invalid profile file',
    issues: [
      {
        path: 'profiles[0].kind',
        message: 'is required',
        key: 'core.validation.required'
      },
      {
        path: 'profiles[1].name',
        message: 'taken',
        key: 'calibrationProfiles.errors.notFound',
        params: { name: 'x' }
      },
      { path: 'profiles[2]', message: 'no key here' }
    ]
  })

  it('places a field of the file, translates a known refusal, and keeps an unknown one as given', () => {
    const { library } = libraryIn('en')
    expect(library.problemLines(refusal, 'fits.json')).toEqual([
      'fits.json, profiles[0].kind: is required',
      'No saved profile is named “x”.',
      'profiles[2]: no key here'
    ])
  })

  it('in Chinese', () => {
    const { library } = libraryIn('zh-CN')
    expect(library.problemLines(refusal, 'fits.json').slice(0, 2)).toEqual([
      'fits.json，profiles[0].kind：为必填项',
      '没有名为“x”的已保存配置。'
    ])
  })

  it('an error with no issue, or not from main at all, is one line with its message', () => {
    const { library } = libraryIn('en')
    const bare = new ApiError({ code: 'NETWORK', message: 'Failed to fetch' })
    expect(library.problemLines(bare)).toEqual(['That did not work: Failed to fetch'])
    expect(library.problemLines(new Error('boom'))).toEqual(['That did not work: Error: boom'])
  })
})
