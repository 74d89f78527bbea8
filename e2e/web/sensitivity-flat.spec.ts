/**
 * A one-card serving plan: no assumption's range moves the card count. The tornado drew
 * zero-width bars on a ±0.5 % axis, which read as full swings (walkthrough, session 8); the
 * card now says in words that the figure does not move, in both languages.
 */
import { test, expect } from './fixtures'
import { PlannerPage } from '../support/planner-page'

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
