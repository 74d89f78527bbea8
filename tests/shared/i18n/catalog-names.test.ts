import { describe, expect, it } from 'vitest'
import {
  acceleratorNameIn,
  catalogName,
  formFactorIn,
  localizeNames,
  zhNameIndex
} from '../../../src/shared/i18n/catalog-names'

const ascend = { name: 'Ascend 910B', nameZh: '昇腾 910B' }
const h100 = { name: 'H100 SXM5' }

describe('catalog names', () => {
  it('catalogName: the Chinese name under zh-CN when there is one', () => {
    expect(catalogName(ascend, 'zh-CN')).toBe('昇腾 910B')
    expect(catalogName(ascend, 'en')).toBe('Ascend 910B')
    expect(catalogName(h100, 'zh-CN')).toBe('H100 SXM5')
  })

  it('zhNameIndex: English → Chinese, only for entries that have a Chinese name', () => {
    const index = zhNameIndex([ascend, h100])
    expect([...index]).toEqual([['Ascend 910B', '昇腾 910B']])
  })

  it('localizeNames: replaces whole values that are catalog names, under zh-CN only', () => {
    const index = zhNameIndex([ascend, h100])
    const params = { accelerator: 'Ascend 910B', count: 8, other: 'Ascend 910B cluster' }
    expect(localizeNames(params, 'zh-CN', index)).toEqual({
      accelerator: '昇腾 910B',
      count: 8,
      other: 'Ascend 910B cluster' // not a whole name: left alone
    })
    expect(localizeNames(params, 'en', index)).toBe(params)
    // Nothing to replace: the same object back (no copy per message).
    const plain = { accelerator: 'H100 SXM5' }
    expect(localizeNames(plain, 'zh-CN', index)).toBe(plain)
    // The input is never changed.
    expect(params.accelerator).toBe('Ascend 910B')
  })

  it('acceleratorNameIn and formFactorIn follow the same rule', () => {
    const of = { acceleratorName: 'Ascend 910B', acceleratorNameZh: '昇腾 910B' }
    expect(acceleratorNameIn(of, 'zh-CN')).toBe('昇腾 910B')
    expect(acceleratorNameIn({ acceleratorName: 'H100' }, 'zh-CN')).toBe('H100')
    expect(formFactorIn({ formFactor: 'PCIe card', formFactorZh: 'PCIe 卡' }, 'zh-CN')).toBe(
      'PCIe 卡'
    )
    expect(formFactorIn({ formFactor: 'PCIe card', formFactorZh: 'PCIe 卡' }, 'en')).toBe(
      'PCIe card'
    )
    expect(formFactorIn({}, 'zh-CN')).toBeUndefined()
  })
})
