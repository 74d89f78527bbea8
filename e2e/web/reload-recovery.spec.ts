/**
 * Issue 13 (web host autosave): a page reload on the web host recovers an unsaved plan, as
 * the desktop does after a crash. The path a person takes: edit, reload (answering the
 * leave-page question with "leave"), see the recovery offer, restore — the edit is there.
 * No window blur and no 30 s wait: the reload itself must keep the copy.
 */
import { test, expect } from './fixtures'
import { PlannerPage } from '../support/planner-page'

const ATLAS = 'huawei-atlas-300i-pro'

test('edit, reload, recovery offer, restore: the edit is there', async ({ page, host }) => {
  const planner = new PlannerPage(page)
  await planner.open(host.url)
  await planner.startBlank('Reload test')
  await planner.addWorkload('video-analytics')
  await planner.setPrice(ATLAS, '4321')
  await expect(page).toHaveTitle('• Reload test — Compute Planner')

  await page.reload()
  const recovery = page.getByRole('dialog').filter({ hasText: 'Recover unsaved work?' })
  await expect(recovery).toContainText('Reload test')
  await recovery.getByRole('button', { name: 'Restore' }).click()
  await expect(page).toHaveTitle('• Reload test — Compute Planner')
  await planner.goTo('costs')
  await expect(planner.priceInput(ATLAS)).toHaveValue('4321')

  // The last keystroke before a reload is kept too (typed, never left the field).
  const pue = planner.pueInput
  await pue.fill('1.45')
  await page.reload()
  await recovery.getByRole('button', { name: 'Restore' }).click()
  await planner.goTo('costs')
  await expect(planner.pueInput).toHaveValue('1.45')
  await expect(planner.priceInput(ATLAS)).toHaveValue('4321')
})
