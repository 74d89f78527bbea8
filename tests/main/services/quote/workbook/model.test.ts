/** The text helpers every sheet uses: one language, or English then Chinese for 'both'. */
import { describe, expect, it } from 'vitest'
import type { QuoteLanguage } from '@shared/schema/quote'
import {
  acceleratorText,
  clusterStepLabel,
  columnHeader,
  coreText,
  label,
  lineText,
  messageOr,
  primaryLocale,
  sheetName,
  workloadTitle,
  type QuoteModel,
  type SheetKey
} from '../../../../../src/main/services/quote/workbook/model'
import { trainingAndServing } from '../../../quote/helpers/fixtures'

const plan = trainingAndServing()
// The helpers read only the language and the plan.
const model = (language: QuoteLanguage) => ({ language, plan }) as QuoteModel

describe('labels and headers', () => {
  it('label: the quote.* message in the language, both joined by " / "', () => {
    expect(label(model('en'), 'sheets.quote')).toBe('Quote')
    expect(label(model('zh-CN'), 'sheets.quote')).toBe('报价单')
    expect(label(model('both'), 'sheets.quote')).toBe('Quote / 报价单')
  })

  it('columnHeader: parameters filled, both languages on two lines', () => {
    const m = model('both')
    expect(columnHeader(m, 'columns.unitPrice', { currency: 'CNY' })).toBe(
      'Unit price (CNY)\n单价（CNY）'
    )
    expect(columnHeader(model('en'), 'columns.lineTotal', { currency: 'USD' })).toBe(
      'Line total (USD)'
    )
  })

  it('sheetName: a valid Excel sheet name in every language', () => {
    const keys: SheetKey[] = ['summary', 'quote', 'assumptions', 'sizing', 'hardware', 'comparison']
    expect(keys.map((k) => sheetName(model('zh-CN'), k))).toEqual([
      '汇总',
      '报价单',
      '假设与参数',
      '测算过程',
      '硬件规格',
      '方案对比'
    ])
    expect(sheetName(model('both'), 'sizing')).toBe('Sizing 测算过程')
    for (const language of ['en', 'zh-CN', 'both'] as const)
      for (const key of keys) {
        const name = sheetName(model(language), key)
        expect(name.length).toBeLessThanOrEqual(31)
        expect(name).not.toMatch(/[:\\/?*[\]]/)
      }
  })
})

describe('lineText', () => {
  it("the user's own text is kept as typed, even when it looks like a formula", () => {
    expect(lineText(model('both'), { text: '=SUM(A1:A9)' })).toBe('=SUM(A1:A9)')
  })

  it('a quote.* unit key in the workbook language', () => {
    expect(lineText(model('en'), { key: 'quote.units.server' })).toBe('server')
    expect(lineText(model('zh-CN'), { key: 'quote.units.server' })).toBe('台')
    expect(lineText(model('both'), { key: 'quote.units.server' })).toBe('server / 台')
  })

  it('a key with parameters, and per-language parameters over the shared ones', () => {
    const text = {
      key: 'cluster.steps.groupNServersNodes',
      params: { n: 2 },
      localized: { 'zh-CN': { n: 3 } }
    }
    expect(lineText(model('en'), text)).toBe('Accelerator servers (group 2)')
    expect(lineText(model('zh-CN'), text)).toBe('加速服务器（第 3 组）')
    expect(lineText(model('both'), text)).toBe(
      'Accelerator servers (group 2) / 加速服务器（第 3 组）'
    )
  })
})

describe('messages from other namespaces', () => {
  it('messageOr: the message, or the fallback when the key has none', () => {
    expect(messageOr(model('zh-CN'), 'cluster.steps.leaves', 'x')).toBe('叶交换机')
    expect(messageOr(model('both'), 'cluster.steps.leaves', 'x')).toBe('Leaf switches / 叶交换机')
    expect(messageOr(model('both'), 'cluster.steps.noSuchStep', 'fallback')).toBe('fallback')
  })

  it('coreText: one text when both locales render the same', () => {
    expect(coreText(model('both'), () => 'kW')).toBe('kW')
    expect(coreText(model('both'), (locale) => (locale === 'en' ? 'days' : '天'))).toBe('days / 天')
    expect(coreText(model('zh-CN'), (locale) => locale)).toBe('zh-CN')
  })

  it('acceleratorText: the Chinese name in Chinese, the name otherwise', () => {
    const of = { acceleratorName: 'Ascend 910B', acceleratorNameZh: '昇腾 910B' }
    expect(acceleratorText(model('en'), of)).toBe('Ascend 910B')
    expect(acceleratorText(model('zh-CN'), of)).toBe('昇腾 910B')
    expect(acceleratorText(model('both'), of)).toBe('Ascend 910B / 昇腾 910B')
    expect(acceleratorText(model('both'), { acceleratorName: 'H100' })).toBe('H100')
  })

  it('primaryLocale: Chinese only for a Chinese workbook', () => {
    expect(primaryLocale(model('zh-CN'))).toBe('zh-CN')
    expect(primaryLocale(model('both'))).toBe('en')
    expect(primaryLocale(model('en'))).toBe('en')
  })
})

describe('titles and cluster labels', () => {
  it('workloadTitle: "name (id)", or the id when the workload has no name', () => {
    expect(workloadTitle(model('en'), 0)).toBe('Pre-train 7B (train)')
    expect(workloadTitle(model('en'), 1)).toBe('serve')
  })

  it('clusterStepLabel: direct keys, numbered ids through the N pattern, else the fallback', () => {
    expect(clusterStepLabel(model('en'), 'spines', 'f')).toBe('Spine switches')
    expect(clusterStepLabel(model('en'), 'group2ServersNodes', 'f')).toBe(
      'Accelerator servers (group 2)'
    )
    expect(clusterStepLabel(model('zh-CN'), 'nodeLinksTransceivers12', 'f')).toBe(
      '服务器—叶光模块（第 12 种）'
    )
    expect(clusterStepLabel(model('en'), 'unknownThing3', 'fallback')).toBe('fallback')
    expect(clusterStepLabel(model('en'), 'unknownThing', 'fallback')).toBe('fallback')
  })
})
