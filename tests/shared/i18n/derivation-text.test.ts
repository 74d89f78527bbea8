/**
 * i18n/derivation-text.ts, edges; every description and unit the core writes is checked in
 * tests/shared/zh-derivation-text.test.ts.
 */
import { describe, expect, it } from 'vitest'
import {
  functionWord,
  isCatalogueText,
  localizeFormula,
  localizeSource,
  localizeText,
  localizeUnit,
  messageIn,
  nameLabel
} from '../../../src/shared/i18n/derivation-text'
import { interpolate, messages } from '../../../src/shared/i18n'

const en = messages.en
const zh = messages['zh-CN']
const exactNote = Object.entries(en.derivationText.notes).find(([, t]) => !t.includes('{'))!

describe('derivation text', () => {
  it('messageIn: the locale’s own message, no English fallback', () => {
    expect(messageIn('zh-CN', 'quote.title')).toBe(zh.quote.title)
    expect(messageIn('zh-CN', 'quote.noSuchKey')).toBeUndefined()
    expect(messageIn('zh-CN', 'quote')).toBeUndefined() // a namespace is not a message
  })

  it('localizeText: a catalogued English note → the same key in Chinese', () => {
    const [key, text] = exactNote
    expect(isCatalogueText(text)).toBe(true)
    expect(localizeText(text, 'zh-CN')).toBe(
      (zh.derivationText.notes as Record<string, string>)[key]
    )
    expect(localizeText(text, 'en')).toBe(text)
  })

  it('localizeText: unknown text comes back unchanged', () => {
    expect(isCatalogueText('arXiv 2104.04473 §5.1')).toBe(false)
    expect(localizeText('arXiv 2104.04473 §5.1', 'zh-CN')).toBe('arXiv 2104.04473 §5.1')
  })

  it('localizeUnit: whole units, then word by word; symbols as they are', () => {
    expect(localizeUnit('days', 'zh-CN')).toBe(zh.wizard.units.days)
    expect(localizeUnit('day', 'zh-CN')).toBe(zh.wizard.units.days)
    expect(localizeUnit('GB', 'zh-CN')).toBe('GB')
    expect(localizeUnit('', 'zh-CN')).toBe('')
    expect(localizeUnit(undefined, 'en')).toBe('')
    expect(localizeUnit('days', 'en')).toBe(en.wizard.units.days)
  })

  it('nameLabel: a step label; numbered cluster names share one label with {n}', () => {
    expect(nameLabel('storageUnits', 'zh-CN')).toBe(zh.cluster.steps.storageUnits)
    expect(nameLabel('group2ServersNodes', 'zh-CN')).toBe(
      interpolate(zh.cluster.steps.groupNServersNodes, { n: 2 })
    )
    expect(nameLabel('noSuchName', 'zh-CN')).toBeUndefined()
  })

  it('functionWord: Chinese words for the grammar’s functions; none in English', () => {
    expect(functionWord('ceil', 'zh-CN')).toBe(zh.derivationText.functions.ceil)
    expect(functionWord('ceil', 'en')).toBeUndefined()
    expect(functionWord('sqrt', 'zh-CN')).toBeUndefined()
  })

  it('localizeFormula: an expression gets labels and function words; English unchanged', () => {
    const formula = 'ceil(storageUnits / 2)'
    expect(localizeFormula(formula, 'en')).toBe(formula)
    expect(localizeFormula(formula, 'zh-CN')).toBe(
      `${zh.derivationText.functions.ceil}(${zh.cluster.steps.storageUnits} / 2)`
    )
    // A sentence that is neither catalogued nor an expression stays as it is.
    expect(localizeFormula('see the vendor’s guide', 'zh-CN')).toBe('see the vendor’s guide')
  })

  it('localizeSource passes undefined through', () => {
    expect(localizeSource(undefined, 'zh-CN')).toBeUndefined()
    expect(localizeSource(exactNote[1], 'en')).toBe(exactNote[1])
  })
})
