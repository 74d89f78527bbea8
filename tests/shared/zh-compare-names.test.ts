/**
 * Issue 19, "Chinese all the way through": walked in zh-CN, the Compare table's reasons and the
 * PDF report's recommendation named cards in English inside Chinese sentences ("Atlas 300V
 * video analysis card 缺少 FP16 数据", "报价单为 城市视频分析 报的是 Atlas 300I inference card
 * (model 3000/3010, 4x Ascend 310)（方案所选）"): the core puts the catalog's English name in a
 * note's parameters. Under zh-CN every card that has a Chinese name must be named by it in the
 * reasons cell and in every note of the report; English output keeps the English names.
 */
import { describe, expect, it } from 'vitest'
import { defaultCatalog, estimatePlan, parsePlan } from '@shared/core'
import { reasonsText } from '@shared/compare/table'
import { reportHtml } from '@shared/report/report-html'
import { PLAN_FORMAT, PLAN_VERSION } from '@shared/schema/plan'

/** The issue's mixed plan, compared over every catalog card (so many lack a figure). */
const parsed = parsePlan({
  format: PLAN_FORMAT,
  version: PLAN_VERSION,
  name: '省级算力平台',
  workloads: [
    {
      id: 'video-1',
      name: '城市视频分析',
      kind: 'video-analytics',
      accelerator: 'huawei-atlas-300i-3000',
      streams: 5000,
      model: 'yolov5s-detection-resnet18-attributes'
    },
    {
      id: 'serve-1',
      name: '私有大模型',
      kind: 'llm-inference',
      accelerator: 'huawei-ascend-910b',
      model: 'qwen2.5-72b',
      weightPrecision: 'int8',
      contextTokens: 4096,
      concurrency: 200
    }
  ],
  settings: { currency: 'CNY', market: 'mainland-china' },
  compare: { enabled: true }
})
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
const plan = parsed.plan
const estimate = estimatePlan(plan)

/** English names of the catalog's cards that have a Chinese one (longest first). */
const catalog = defaultCatalog()
const translated = [...catalog.accelerators.values()]
  .filter((a) => a.nameZh !== undefined && a.nameZh !== a.name)
  .map((a) => a.name)
  .sort((a, b) => b.length - a.length)

/** Chinese names, longest first: taken out before looking ("海光 DCU K100" holds "DCU K100"). */
const chinese = [...catalog.accelerators.values()]
  .flatMap((a) => (a.nameZh !== undefined ? [a.nameZh] : []))
  .sort((a, b) => b.length - a.length)

function englishNamesIn(text: string): string[] {
  let rest = text
  for (const name of chinese) rest = rest.split(name).join(' ')
  return translated.filter((name) => rest.includes(name))
}

describe('compare and report name cards in the reader’s language', () => {
  const candidates = estimate.compare?.groups.flatMap((g) => g.candidates) ?? []

  it('the plan is compared, and some reasons name a card (the case being checked)', () => {
    expect(estimate.issues).toEqual([])
    const named = candidates.filter((c) =>
      [...c.failures, ...c.cautions].some((n) => Object.values(n.params).includes(c.name))
    )
    expect(named.length).toBeGreaterThan(0)
  })

  it('the reasons cell names each card by its Chinese name under zh-CN, English under en', () => {
    const bad: Record<string, string[]> = {}
    for (const c of candidates) {
      const zh = reasonsText(c, 'zh-CN')
      const names = englishNamesIn(zh)
      if (names.length > 0) bad[c.name] = names
      if (c.nameZh && [...c.failures].some((n) => Object.values(n.params).includes(c.name))) {
        expect(zh).toContain(c.nameZh)
        expect(reasonsText(c, 'en')).toContain(c.name)
      }
    }
    expect(bad).toEqual({})
  })

  it('the report’s notes (recommendation, quote note, reasons) name no card in English', () => {
    const html = reportHtml({ plan, estimate, locale: 'zh-CN', date: '2026-12-06' })
    // Notes and reasons live in paragraphs, list items and the comparison table's cells.
    const prose = html.replace(/<style[\s\S]*?<\/style>/g, '')
    const reasons = [...prose.matchAll(/<(p|li|td)>([^<]*)<\/\1>/g)].map((m) => m[2])
    const bad = reasons.filter(
      (text) => /[\u4e00-\u9fff]/.test(text) && englishNamesIn(text).length
    )
    expect(bad).toEqual([])
  })
})
