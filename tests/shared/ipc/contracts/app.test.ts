import { describe, expect, it } from 'vitest'
import {
  appContract,
  appInfoSchema,
  assumptionInfoSchema
} from '../../../../src/shared/ipc/contracts/app'
import { LOCALES } from '../../../../src/shared/i18n'

const paths = (result: { error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join('.'))

describe('app contract schemas', () => {
  it('setLocale takes exactly the app’s languages', () => {
    for (const locale of LOCALES)
      expect(appContract['app.setLocale'].request.safeParse(locale).success).toBe(true)
    for (const bad of ['zh', 'zh-TW', 'EN', ''])
      expect(appContract['app.setLocale'].request.safeParse(bad).success, bad).toBe(false)
  })

  it('app info names its transport: electron or web', () => {
    const info = { name: 'x', version: '1', platform: 'linux', locale: 'en', transport: 'web' }
    expect(appInfoSchema.safeParse(info).success).toBe(true)
    expect(paths(appInfoSchema.safeParse({ ...info, transport: 'http' }))).toEqual(['transport'])
  })

  it('an assumption’s variants carry typical, low, high and a source; "better" is a direction', () => {
    const info = {
      id: 'mfu',
      unit: 'fraction',
      better: 'higher',
      min: 0,
      max: 1,
      variants: [{ when: { precisions: ['bf16'] }, typical: 0.4, low: 0.3, high: 0.5, source: 's' }]
    }
    expect(assumptionInfoSchema.safeParse(info).success).toBe(true)
    const noSource = { ...info, variants: [{ typical: 0.4, low: 0.3, high: 0.5 }] }
    expect(paths(assumptionInfoSchema.safeParse(noSource))).toEqual(['variants.0.source'])
    expect(paths(assumptionInfoSchema.safeParse({ ...info, better: 'more' }))).toEqual(['better'])
  })

  it('catalog.get and app.info take no request', () => {
    expect(appContract['catalog.get'].request.safeParse(undefined).success).toBe(true)
    expect(appContract['app.info'].request.safeParse({}).success).toBe(false)
  })
})
