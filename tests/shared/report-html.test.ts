/** The report's HTML: every section, both languages, page numbers, user text escaped. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { estimatePlan } from '../../src/shared/core'
import { reportHtml } from '../../src/shared/report/report-html'
import { parsePlan } from '../../src/shared/schema/plan'

function fixture(name = 'Chat service') {
  const raw = JSON.parse(readFileSync('tests/fixtures/compare/serving-cn.cplan', 'utf8')) as Record<
    string,
    unknown
  >
  const parsed = parsePlan({ ...raw, name })
  if (!parsed.ok) throw new Error('fixture invalid')
  return parsed.plan
}

function html(locale: 'en' | 'zh-CN', name?: string) {
  const plan = fixture(name)
  return reportHtml({
    plan,
    estimate: estimatePlan(plan),
    locale,
    company: 'ACME <Labs>',
    author: '张三',
    date: '2026-12-05'
  })
}

describe('report HTML', () => {
  it('English: every section, the recommendation and why, the comparison with reasons', () => {
    const text = html('en')
    for (const title of [
      'Plan summary',
      'Recommendation and why',
      'Comparison',
      'Charts',
      'Assumptions and sources',
      'How the headline figures are derived'
    ])
      expect(text).toContain(`>${title}</h2>`)
    expect(text).toMatch(/Ascend 910B .* is the cheapest candidate/)
    expect(text).toMatch(/chat: TTFT \d+ ms ≤ 300 ms/)
    expect(text).toMatch(/chat: TTFT \d+ ms &gt; 300 ms/)
    expect(text).toContain('Restricted in mainland China since 2022-10-07')
    expect(text).toContain('size: A4')
    expect(text).toContain('"Page " counter(page) " of " counter(pages)')
  })

  it('Chinese: headings, reasons and page numbers in Chinese', () => {
    const text = html('zh-CN')
    expect(text).toContain('>推荐及理由</h2>')
    expect(text).toContain('自 2022-10-07 起在中国大陆受限')
    expect(text).toContain('"第 " counter(page) " 页，共 " counter(pages) " 页"')
    expect(text).toContain('lang="zh-CN"')
    // The card is named by its vendor's Chinese name in the summary and the derivations.
    expect(text).toContain('<h3>昇腾 910B（通用口径）</h3>')
  })

  it('Chinese: a label and its value are joined by a full-width colon, never “: ”', () => {
    const text = html('zh-CN').replace(/<style>[\s\S]*?<\/style>/g, '')
    expect(text).toContain('采购市场：中国大陆')
    // A CJK character or closing bracket right before ": " is English punctuation in Chinese prose.
    expect(
      text.match(/[\u3400-\u9fff）」]: [^\n<]{0,20}|(?<! ): [\u3400-\u9fff][^\n<]{0,20}/g) ?? []
    ).toEqual([])
  })

  it('user text is escaped: no markup or script from a plan name or the settings', () => {
    const text = html('en', '<script>alert(1)</script>')
    expect(text).not.toContain('<script>')
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(text).toContain('ACME &lt;Labs&gt;')
    expect(text).toContain("default-src 'none'")
  })

  it('the chart legend is the colour of the bars', () => {
    const text = html('en')
    const bar = /<rect [^>]*fill="(#[0-9a-f]{6})"/.exec(text)![1]
    expect(text).toContain(
      `.legend { display: inline-block; width: 3mm; height: 3mm; background: ${bar};`
    )
  })
})
