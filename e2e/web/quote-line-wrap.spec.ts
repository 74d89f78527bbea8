/**
 * Issue 19 at 1366×768: the Quote step clipped long line descriptions (server and cluster
 * lines such as "华为 Atlas 800 推理服务器（型号 3000）…" ran past the edge of their box). Every
 * description must show in full, in both languages. Screenshots for a person to look at
 * (test-results/screenshots/quote-wrap).
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { PlannerPage } from '../support/planner-page'

const SHOTS = join('test-results', 'screenshots', 'quote-wrap')

/** Descriptions whose text does not fit their box (scrolled sideways or cut below). */
async function clippedDescriptions(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid^="quote-line-"] td:first-child')
    .locator('input, textarea')
    .evaluateAll((fields) =>
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
    await page.getByTestId('nav-scenario').click()
    await page.getByTestId('use-template-llm-serving-rate').click()
    const confirm = page.locator('.n-popconfirm .n-button--primary-type')
    if (await confirm.isVisible().catch(() => false)) await confirm.click()
    await expect(page.getByTestId('step-workloads')).toBeVisible()
    await planner.goTo('quote')
    await expect(page.getByTestId('quote-grand-total')).toHaveText(/\d/)
    await page.screenshot({ path: join(SHOTS, `quote-${locale}-1366.png`), fullPage: true })
    const descriptions = page
      .locator('[data-testid^="quote-line-"] td:first-child')
      .locator('input, textarea')
    // The plan has long lines (a server with its configuration), so the check can fail.
    const longest = Math.max(
      ...(await descriptions.evaluateAll((fields) =>
        fields.map((field) => (field as HTMLInputElement).value.length)
      ))
    )
    expect(longest).toBeGreaterThan(40)
    expect(await clippedDescriptions(page)).toEqual([])
    expect(pageErrors).toEqual([])
  })
}
