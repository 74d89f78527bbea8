import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  applySettingsPatch,
  defaultSettings,
  recoverSettings,
  SETTINGS_VERSION
} from '@shared/schema/settings'

describe('settings schema', () => {
  it('no file yet: defaults, no notice', () => {
    expect(recoverSettings(undefined)).toEqual({ settings: defaultSettings() })
    expect(defaultSettings()).toMatchObject({
      version: SETTINGS_VERSION,
      language: null,
      theme: 'system',
      currency: 'CNY',
      recentFiles: []
    })
  })

  it('migrates pre-release settings (version 0), dropping bad recent entries', () => {
    const v0 = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'settings-v0.json'), 'utf8'))
    const { settings, notice } = recoverSettings(v0)
    expect(notice).toBeUndefined()
    expect(settings).toMatchObject({
      version: SETTINGS_VERSION,
      language: 'zh-CN',
      theme: 'dark',
      companyName: 'Acme 算力'
    })
    expect(settings.recentFiles.map((r) => r.path)).toEqual(['/plans/a.cplan', '/plans/b.cplan'])
  })

  it('resets only the invalid fields, and names them', () => {
    const { settings, notice } = recoverSettings({
      version: 1,
      language: 'fr',
      theme: 'dark',
      pue: -3,
      companyName: 'Kept Ltd',
      companyLogo: 'javascript:alert(1)'
    })
    expect(settings).toMatchObject({
      language: null,
      theme: 'dark',
      pue: 1.3,
      companyName: 'Kept Ltd',
      companyLogo: null
    })
    expect(notice?.kind).toBe('fieldsReset')
    expect(notice?.fields.sort()).toEqual(['companyLogo', 'language', 'pue'])
  })

  it('keeps the good entries of a damaged recent list', () => {
    const { settings, notice } = recoverSettings({
      version: 1,
      recentFiles: [{ path: '/ok.cplan', openedAt: '2026-01-01T00:00:00Z' }, { path: 7 }]
    })
    expect(settings.recentFiles.map((r) => r.path)).toEqual(['/ok.cplan'])
    expect(notice?.fields).toEqual(['recentFiles'])
  })

  it('not an object at all: defaults and a "corrupt" notice', () => {
    for (const junk of [null, 42, 'text', [1, 2]]) {
      const { settings, notice } = recoverSettings(junk)
      expect(settings).toEqual(defaultSettings())
      expect(notice?.kind).toBe('corrupt')
    }
  })

  it('a newer settings file is read as far as understood, with a notice', () => {
    const { settings, notice } = recoverSettings({ version: 9, theme: 'light', newThing: true })
    expect(settings.theme).toBe('light')
    expect(settings).not.toHaveProperty('newThing')
    expect(notice?.kind).toBe('newerVersion')
  })

  it('applies a patch and rejects an invalid one', () => {
    const next = applySettingsPatch(defaultSettings(), { companyName: 'X', currency: 'USD' })
    expect(next).toMatchObject({ companyName: 'X', currency: 'USD' })
    expect(() => applySettingsPatch(defaultSettings(), { pue: 0 } as never)).toThrow()
  })
})
