/**
 * Issue 19 at 1366×768: the Quote step clipped long line descriptions (server and cluster
 * lines such as "华为 Atlas 800 推理服务器（型号 3000）…" ran past the edge of their box). Every
 * description must show in full, in both languages. Screenshots for a person to look at
 * (test-results/screenshots/quote-wrap).
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { PlannerPage } from '../support/planner-page'

const SHOTS = join('test-results', 'screenshots', 'quote-wrap')

/** Descriptions whose text does not fit their box (scrolled sideways or cut below). */
async function clippedDescriptions(planner: PlannerPage): Promise<string[]> {
  return planner.quoteLineDescriptions.evaluateAll((fields) =>
    fields
      .map((field) => field as HTMLInputElement | HTMLTextAreaElement)
      .filter(
        (field) =>
          field.scrollWidth > field.clientWidth + 1 || field.scrollHeight > field.clientHeight + 1
      )
      .map((field) => field.value)
  )
}

for (const [label, locale] of [
  ['简体中文', 'zh-CN'],
  ['English', 'en']
] as const) {
  test(`Quote step at 1366×768 (${locale}): long line descriptions show in full`, async ({
    page,
    host,
    pageErrors
  }) => {
    mkdirSync(SHOTS, { recursive: true })
    await page.setViewportSize({ width: 1366, height: 768 })
    const planner = new PlannerPage(page)
    await planner.open(host.url)
    await planner.setLanguage(label)
    await planner.useTemplate('llm-serving-rate')
    await planner.goTo('quote')
    await expect(planner.quoteGrandTotal).toHaveText(/\d/)
    await page.screenshot({ path: join(SHOTS, `quote-${locale}-1366.png`), fullPage: true })
    const descriptions = planner.quoteLineDescriptions
    // The plan has long lines (a server with its configuration), so the check can fail.
    const longest = Math.max(
      ...(await descriptions.evaluateAll((fields) =>
        fields.map((field) => (field as HTMLInputElement).value.length)
      ))
    )
    expect(longest).toBeGreaterThan(40)
    expect(await clippedDescriptions(planner)).toEqual([])
    expect(pageErrors).toEqual([])
  })
}
