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
  await expect(planner.recalcStatus).not.toContainText('problem')

  const saved = await planner.save()
  const document = JSON.parse(readFileSync(saved, 'utf8'))
  // A price is a price: it is in the plan's price book, and no "0 on hand" inventory row
  // appears for it. (The host's library may hold cards from other tests; they join the plan.)
  expect(document.priceBook).toEqual([
    { partId: ATLAS, price: expect.objectContaining({ amount: 12345 }) }
  ])
  expect(
    (document.inventory ?? []).filter(
      (entry: { id: string; quantityOnHand: number }) =>
        entry.id === ATLAS && entry.quantityOnHand === 0
    )
  ).toEqual([])
  await expect(page).toHaveTitle('Priced plan — Compute Planner')

  await page.reload()
  await planner.openFile(saved)
  await expect(page).toHaveTitle('Priced plan — Compute Planner')
  await planner.expectResultsCurrent()
  await planner.goTo('costs')
  await expect(planner.priceInput(ATLAS)).toHaveValue('12345')
  // The Costs table shows it as the price in use, the planner's own.
  await expect(planner.priceInUse(ATLAS)).toContainText('12,345')
  await expect(planner.priceInUse(ATLAS)).toContainText('your price')
})
