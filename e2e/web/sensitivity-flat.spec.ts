/**
 * Assumptions whose range does not move the answer are named, never drawn. A one-card serving plan: no assumption's range moves the card count. The tornado drew
 * zero-width bars on a ±0.5 % axis, which read as full swings (walkthrough, session 8); the
 * card now says in words that the figure does not move, in both languages.
 */
import { test, expect } from './fixtures'
import { PlannerPage } from '../support/planner-page'
import { ascend70bPlan } from '../../tests/support/ascend-70b'

test('a result no assumption moves is said in words, not drawn as swings', async ({
  page,
  host,
  pageErrors
}) => {
  const planner = new PlannerPage(page)
  await planner.open(host.url)
  await planner.startBlank('One card')
  await planner.addWorkload('llm-inference')
  await planner.expectResultsCurrent()
  await planner.goTo('results')
  const flat = planner.sensitivityFlat
  await expect(flat).toContainText('Accelerators: the same (1)', { timeout: 30_000 })
  await expect(planner.chart('sensitivity')).toHaveCount(0)
  await planner.setLanguage('简体中文')
  await expect(flat).toContainText('在每个假设的范围内都不变（1）')
  expect(pageErrors).toEqual([])
})

test('a deadline plan is shown in cards; the assumptions that do not move them are named', async ({
  page,
  host,
  pageErrors
}) => {
  const planner = new PlannerPage(page)
  await planner.open(host.url)
  // 70B on Ascend 910B in 60 days: the deadline fixes the days, so MFU moves the card count,
  // while the usable memory share (how the model splits) and the power share leave it alone.
  // The tornado drew those as full-width bars on a 59.6–60.3-day axis (walkthrough, session 11).
  await planner.openPlan('deadline', ascend70bPlan())
  await planner.goTo('results')
  await expect(planner.chart('sensitivity')).toBeVisible({ timeout: 30_000 })
  const still = planner.sensitivityStill
  await expect(still).toContainText('Accelerators unchanged across the whole range of:')
  await expect(still).toContainText('Usable share of accelerator memory')
  await planner.setLanguage('简体中文')
  await expect(still).toContainText('以下假设在各自范围内加速卡不变：')
  expect(pageErrors).toEqual([])
})
