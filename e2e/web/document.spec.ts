/**
 * Plan documents in the browser host: edit → Save (a download) → reload → Open (file picker)
 * gives back the same plan; autosave (browser storage) is offered back after a forced reload.
 */
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { test, expect } from './fixtures'
import { PlannerPage } from '../support/planner-page'

const AUTOSAVE_KEY = 'compute-planner.autosave'

test.describe('web host: plan documents', () => {
  let planner: PlannerPage
  test.beforeEach(async ({ page, host }) => {
    // PlannerPage.open accepts "leave with unsaved changes?": the tests always leave.
    planner = new PlannerPage(page)
    await planner.open(host.url)
  })

  test('edit, save (download), reload, open: the same plan comes back', async ({ page }) => {
    await planner.startBlank('E2E plan')
    await planner.setPue('1.55')
    await expect(page).toHaveTitle('• E2E plan — Compute Planner')

    const saved = await planner.save()
    expect(basename(saved)).toBe('E2E plan.cplan')
    const document = JSON.parse(readFileSync(saved, 'utf8'))
    expect(document).toMatchObject({
      format: 'compute-planner/plan',
      version: 1,
      name: 'E2E plan',
      settings: { pue: 1.55 }
    })
    await expect(page).toHaveTitle('E2E plan — Compute Planner')

    await page.reload()
    await expect(page).toHaveTitle('Untitled plan — Compute Planner')
    // Saved work leaves nothing to recover.
    expect(await page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY)).toBeNull()

    await planner.openFile(saved)
    await expect(page).toHaveTitle('E2E plan — Compute Planner')
    await planner.goTo('costs')
    await expect(planner.pueInput).toHaveValue('1.55')
  })

  test('a corrupt or newer file is refused with a clear message and the plan stays', async ({
    page
  }) => {
    await planner.startBlank('Kept plan')
    for (const [name, text, message] of [
      [
        'broken.cplan',
        '{"format": "compute-planner/plan",\n  "version": 1,\n  oops',
        /line 3, column 3/
      ],
      [
        'future.cplan',
        JSON.stringify({ format: 'compute-planner/plan', version: 7, name: 'x', workloads: [] }),
        /file version 7.*up to version 1/
      ]
    ] as const) {
      await planner.openFile({
        name,
        mimeType: 'application/json',
        buffer: Buffer.from(text)
      })
      await expect(page.locator('.n-message').filter({ hasText: message })).toBeVisible()
      await expect(page).toHaveTitle('Kept plan — Compute Planner')
    }
  })

  test('a .cplan dropped on the page opens (validated like any other file)', async ({ page }) => {
    await expect(page).toHaveTitle('Untitled plan — Compute Planner')
    const plan = {
      format: 'compute-planner/plan',
      version: 0,
      title: 'Dropped pre-release plan',
      workloads: [],
      costs: { pue: 1.25, taxPercent: 6 }
    }
    await planner.dropFile('dropped.cplan', JSON.stringify(plan))
    // A version-0 file is converted on open, and stays unsaved until saved as version 1.
    await expect(page).toHaveTitle('• dropped — Compute Planner')
    await expect(
      page.locator('.n-message').filter({ hasText: 'converted from file version 0' })
    ).toBeVisible()
    await planner.goTo('costs')
    await expect(planner.pueInput).toHaveValue('1.25')
  })

  test('autosave is offered back after a forced reload; Restore and Discard', async ({ page }) => {
    await planner.startBlank('Crash test')
    await planner.setPue('1.7')
    // Losing focus autosaves at once (the 30 s timer would too, later).
    await page.evaluate(() => window.dispatchEvent(new Event('blur')))
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY))
      .toContain('"pue":1.7')

    await page.reload()
    const recovery = page.getByRole('dialog').filter({ hasText: 'Recover unsaved work?' })
    await expect(recovery).toContainText('Crash test')
    await recovery.getByRole('button', { name: 'Restore' }).click()
    await expect(page).toHaveTitle('• Crash test — Compute Planner')
    await planner.goTo('costs')
    await expect(planner.pueInput).toHaveValue('1.7')

    // Still unsaved: after another reload it is offered again, and can be discarded.
    await page.reload()
    await recovery.getByRole('button', { name: 'Discard' }).click()
    await expect(page).toHaveTitle('Untitled plan — Compute Planner')
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY))
      .toBeNull()
  })
})
