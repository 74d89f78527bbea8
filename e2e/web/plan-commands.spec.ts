/**
 * Issue 13, critical: a price typed on Costs, then the inventory library's "Use in plan",
 * left something that was not plain data in the plan; from then on every recalculation and
 * save failed with DataCloneError. The exact walkthrough, ending in a save and a reopen.
 */
import { readFileSync } from 'node:fs'
import { test, expect } from './fixtures'
import { PlannerPage } from '../support/planner-page'

const ATLAS = 'huawei-atlas-300i-pro'

test('price on Costs → Inventory "Use in plan" → Results, save and reopen', async ({
  page,
  host
}) => {
  const planner = new PlannerPage(page)
  await planner.open(host.url)
  await planner.startBlank('Priced plan')
  await planner.addWorkload('video-analytics')
  await planner.setPrice(ATLAS, '12345')
  await planner.openInventory()
  await planner.useLibraryInPlan()

  await planner.expectResultsCurrent()
  // No problem listed, and the plan is not stuck "out of date".
  await expect(page.getByTestId('recalc-status')).not.toContainText('problem')

  const saved = await planner.save()
  const document = JSON.parse(readFileSync(saved, 'utf8'))
  // The host's library may hold cards from other tests; they join the plan too.
  expect(document.inventory).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        id: ATLAS,
        quantityOnHand: 0,
        price: expect.objectContaining({ amount: 12345 })
      })
    ])
  )
  await expect(page).toHaveTitle('Priced plan — Compute Planner')

  await page.reload()
  await planner.openFile(saved)
  await expect(page).toHaveTitle('Priced plan — Compute Planner')
  await planner.expectResultsCurrent()
  await planner.goTo('costs')
  await expect(planner.priceInput(ATLAS)).toHaveValue('12345')
})
