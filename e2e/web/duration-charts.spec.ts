/**
 * Issue 19: the Results charts show durations in the unit their size calls for (a 2-hour
 * vision training run on 8 cards is drawn in hours, not as 0.0863 天). Chart.js draws on a
 * canvas, so the axis unit is checked by a person in the screenshots this writes
 * (test-results/screenshots/duration-charts), and by tests/shared/duration-axis.test.ts for
 * the unit choice; this spec makes sure both charts render in both languages at 1366×768.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { PlannerPage } from '../support/planner-page'

const SHOTS = join('test-results', 'screenshots', 'duration-charts')

test('scaling and sensitivity charts of a 2-hour training run, in Chinese and English', async ({
  page,
  host,
  pageErrors
}) => {
  test.setTimeout(120_000)
  mkdirSync(SHOTS, { recursive: true })
  await page.setViewportSize({ width: 1366, height: 768 })
  const planner = new PlannerPage(page)
  await planner.open(host.url)
  await planner.startBlank('Short training')
  await planner.addWorkload('vision-training')
  await planner.expectResultsCurrent()
  for (const [label, locale] of [
    ['简体中文', 'zh-CN'],
    ['English', 'en']
  ] as const) {
    await planner.setLanguage(label)
    const scaling = planner.chart('scaling')
    await expect(scaling).toBeVisible({ timeout: 30_000 })
    await expect(planner.chart('sensitivity')).toBeVisible()
    await scaling.scrollIntoViewIfNeeded()
    await page.locator('.charts').screenshot({ path: join(SHOTS, `charts-${locale}-1366.png`) })
  }
  expect(pageErrors).toEqual([])
})
