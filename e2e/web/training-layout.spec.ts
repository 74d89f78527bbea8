/**
 * A 70B training plan that states no layout does not fit on 64-GB cards: Results names a
 * layout that fits and enters it in one click; the plan then buys whole model replicas.
 */
import { test, expect } from './fixtures'
import { PlannerPage } from '../support/planner-page'
import { ascend70bPlan } from '../../tests/support/ascend-70b'

test('the "does not fit" warning offers a layout; one click enters it', async ({
  page,
  host,
  pageErrors
}) => {
  const planner = new PlannerPage(page)
  await planner.open(host.url)
  await planner.openPlan('layout', ascend70bPlan())
  await planner.goTo('results')
  await expect(planner.useLayout).toHaveText('Use tensor 8 × pipeline 1')
  await planner.setLanguage('简体中文')
  await expect(planner.useLayout).toHaveText('采用张量 8 × 流水线 1')
  await planner.useLayout.click()
  await planner.expectResultsCurrent()
  await expect(planner.useLayout).toHaveCount(0)
  // Whole replicas of tensor 8 × pipeline 1: the card count is a multiple of 8.
  const cards = await planner.figureNumber(0, 'accelerators', true)
  expect(cards % 8).toBe(0)
  expect(pageErrors).toEqual([])
})
