/**
 * Issue 19: the web host's recent-files list. A plan saved from the browser is downloaded and
 * kept by the host in its own plans folder; the start screen lists it and reopens it, in
 * either language. Screenshots at 1366×768 (test-results/screenshots/recent-plans).
 */
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './fixtures'
import { PlannerPage } from '../support/planner-page'

const SHOTS = join('test-results', 'screenshots', 'recent-plans')

test('a plan saved in the browser is listed on the start screen and reopens', async ({
  page,
  host,
  pageErrors
}) => {
  mkdirSync(SHOTS, { recursive: true })
  await page.setViewportSize({ width: 1366, height: 768 })
  const planner = new PlannerPage(page)
  await planner.open(host.url)

  await planner.startBlank('Recent plan check')
  await planner.addWorkload('llm-inference')
  await planner.save()
  // The host kept its copy in its own folder, under the downloaded file's name.
  // (The download starts first; the copy follows it.)
  await expect
    .poll(() => existsSync(join(host.userDataDir, 'plans', 'Recent plan check.cplan')))
    .toBe(true)

  // Another plan replaces it in the window.
  await planner.startBlank('Something else')
  await planner.goTo('scenario')
  const recent = planner.recentPlans
  await expect(recent).toBeVisible()
  const entry = planner.recentPlan('Recent plan check')
  await expect(entry).toHaveCount(1)
  await page.screenshot({ path: join(SHOTS, 'start-en-1366.png'), fullPage: true })
  await planner.setLanguage('简体中文')
  await expect(recent).toContainText('最近的方案')
  await page.screenshot({ path: join(SHOTS, 'start-zh-CN-1366.png'), fullPage: true })

  await entry.click()
  await expect(planner.step('workloads')).toBeVisible()
  await expect(planner.workload(0)).toBeVisible()
  await planner.goTo('scenario')
  await expect(planner.currentPlan).toContainText('Recent plan check')

  await planner.clearRecentPlans()
  await expect(recent).toHaveCount(0)
  expect(pageErrors).toEqual([])
})
