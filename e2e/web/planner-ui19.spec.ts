/**
 * Issue 19, planner items in the browser host: the unsaved-changes dialog defaults to Save
 * (Enter saves, it never discards), Ctrl+Z inside a text field undoes the typing and not the
 * plan, and the plan can be renamed after creation (the name then titles the saved file).
 */
import { test, expect } from './fixtures'
import { PlannerPage } from '../support/planner-page'

const shortcut = (key: string) => `${process.platform === 'darwin' ? 'Meta' : 'Control'}+${key}`

test('unsaved changes: Enter in the question saves, it does not throw the work away', async ({
  page,
  host
}) => {
  const planner = new PlannerPage(page)
  await planner.open(host.url)
  await planner.startBlank('Keep me')
  await planner.goTo('workloads')
  await planner.addWorkload('video-analytics')
  await expect(page).toHaveTitle('• Keep me — Compute Planner')

  await page.keyboard.press(shortcut('n'))
  const question = page.getByRole('dialog').filter({ hasText: 'Unsaved changes' })
  await expect(question).toBeVisible()
  await expect(question.getByRole('button', { name: 'Save', exact: true })).toBeFocused()
  const downloadStarted = page.waitForEvent('download')
  await page.keyboard.press('Enter')
  expect((await downloadStarted).suggestedFilename()).toBe('Keep me.cplan')
})

test('Ctrl+Z typed in a field undoes the typing, never the plan', async ({ page, host }) => {
  const planner = new PlannerPage(page)
  await planner.open(host.url)
  await planner.startBlank('Undo plan')
  await planner.goTo('workloads')
  await planner.addWorkload('video-analytics')
  const name = planner.workloadField(0, 'name').locator('input')
  await name.click()
  await page.keyboard.type('North cameras')
  const typed = 'North cameras'
  await expect(name).toHaveValue(typed)
  // The sequence: the first press wiped the name, the next ones deleted the workload.
  for (let press = 0; press < 4; press++) await name.press(shortcut('z'))
  await expect(name).not.toHaveValue(typed)
  await expect(planner.workloadForm(0)).toBeVisible()
  await expect(name).toBeFocused()

  // Outside a field, Ctrl+Z is the plan's undo again.
  await planner.step('workloads').locator('h2').first().click()
  await page.keyboard.press(shortcut('z'))
  await page.keyboard.press(shortcut('z'))
  await expect(planner.workloadForm(0)).toHaveCount(0)
})

test('rename the plan after creation: the title and the saved file follow', async ({
  page,
  host
}) => {
  const planner = new PlannerPage(page)
  await planner.open(host.url)
  await planner.startBlank('First name')
  const input = await planner.startRenamingPlan()
  await expect(input).toBeFocused()
  await input.fill('省级视频平台')
  await input.press('Enter')
  await expect(planner.planName).toHaveText('省级视频平台')
  await expect(page).toHaveTitle('• 省级视频平台 — Compute Planner')
  const saved = await planner.save()
  expect(saved.endsWith('省级视频平台.cplan')).toBe(true)
})
