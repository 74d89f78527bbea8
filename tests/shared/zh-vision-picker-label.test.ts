/**
 * Issue 19, walked in zh-CN: the vision-model picker read "resnet50 · 25.6M · 4.14 GMACs" — a
 * label assembled in code with an English plural unit. It is a catalogue template now
 * (`wizard.picker.vision`); rendered for every catalog vision model under zh-CN, only the
 * model's name, the base list's units and the one-letter "M" (millions) stay in Latin script.
 */
import { describe, expect, it } from 'vitest'
import { defaultCatalog } from '@shared/core'
import { interpolate, messages } from '@shared/i18n'
import { LATIN_WORDS_IN_ZH } from '@shared/i18n/latin-words'

const ALLOWED = new Set(LATIN_WORDS_IN_ZH.map((word) => word.toLowerCase()))

describe('vision-model picker label', () => {
  const models = [...defaultCatalog().vision.values()]

  it('reads in Chinese for every catalog vision model', () => {
    expect(models.length).toBeGreaterThan(10)
    const template = messages['zh-CN'].wizard.picker.vision
    const bad: Record<string, string[]> = {}
    for (const model of models) {
      const label = interpolate(template, { name: model.name, params: 25.6, gmacs: 4.14 })
      const rest = label.split(model.name).join(' ')
      const words = (rest.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []).filter(
        (word) => word.length > 1 && !ALLOWED.has(word.toLowerCase())
      )
      if (words.length > 0) bad[model.id] = words
    }
    expect(bad).toEqual({})
    expect(interpolate(template, { name: 'resnet50', params: '25.6', gmacs: '4.14' })).toBe(
      'resnet50 · 25.6M 参数 · 4.14 GMAC'
    )
  })

  it('keeps the English label as it was', () => {
    expect(
      interpolate(messages.en.wizard.picker.vision, {
        name: 'resnet50',
        params: '25.6',
        gmacs: '4.14'
      })
    ).toBe('resnet50 · 25.6M · 4.14 GMACs')
  })
})
