import { describe, expect, it } from 'vitest'
import { translate, type Locale } from '@shared/i18n'
import { SPEC_FIELDS } from '@shared/inventory/spec-fields'
import { specLabel } from '@renderer/views/inventory/spec-labels'

const t = (locale: Locale) => (key: string) => translate(locale, key)

describe('specLabel', () => {
  it('calls the columns by the words the catalogue shows, in en and zh-CN', () => {
    expect(specLabel('vendor', t('en'))).toBe('Vendor')
    expect(specLabel('vendor', t('zh-CN'))).toBe('厂商')
    expect(specLabel('memoryGB', t('en'))).toBe('Memory (GB)')
    expect(specLabel('memoryGB', t('zh-CN'))).toBe('显存 (GB)')
    expect(specLabel('quantityOnHand', t('zh-CN'))).toBe('库存数量')
  })

  it('calls the tax flag "Incl. VAT" / "含税" (a field the inventory catalogue has no column word for)', () => {
    expect(specLabel('taxIncluded', t('en'))).toBe('Incl. VAT')
    expect(specLabel('taxIncluded', t('zh-CN'))).toBe('含税')
  })

  it('asks for each field by its own key, and the tax flag by the review key', () => {
    const asked: string[] = []
    const spy = (key: string) => (asked.push(key), `<${key}>`)
    expect(specLabel('priceDate', spy)).toBe('<inventory.fields.priceDate>')
    expect(specLabel('taxIncluded', spy)).toBe('<inventoryReview.taxIncluded>')
    expect(asked).toEqual(['inventory.fields.priceDate', 'inventoryReview.taxIncluded'])
  })

  it.each(['en', 'zh-CN'] as const)(
    'gives every spec field a word in %s, never a raw key',
    (locale) => {
      const labels = SPEC_FIELDS.map((field) => specLabel(field, t(locale)))
      for (const label of labels) {
        expect(label).not.toMatch(/^inventory(Review)?\./)
        expect(label.trim()).not.toBe('')
      }
      // Two columns never share a heading.
      expect(new Set(labels).size).toBe(labels.length)
    }
  )

  it('writes the zh-CN headings in Chinese where the English is a word, not a unit', () => {
    for (const field of [
      'name',
      'formFactor',
      'price',
      'currency',
      'notes',
      'launchYear'
    ] as const) {
      expect(specLabel(field, t('zh-CN'))).toMatch(/[\u4e00-\u9fff]/)
      expect(specLabel(field, t('en'))).not.toMatch(/[\u4e00-\u9fff]/)
    }
  })
})
