/**
 * Plan documents in the browser host: edit → Save (a download) → reload → Open (file picker)
 * gives back the same plan; autosave (browser storage) is offered back after a forced reload.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'

const AUTOSAVE_KEY = 'compute-planner.autosave'
const shortcut = (key: string) => `${process.platform === 'darwin' ? 'Meta' : 'Control'}+${key}`

async function startBlankPlan(page: Page, name: string): Promise<void> {
  await page.getByTestId('nav-scenario').click()
  await page.getByTestId('blank-name').locator('input').fill(name)
  await page.getByTestId('start-blank').click()
}

async function setPue(page: Page, value: string): Promise<void> {
  await page.getByTestId('nav-costs').click()
  const input = page.getByTestId('pue-input').locator('input')
  await input.fill(value)
  await input.blur()
}

const pueInput = (page: Page) => page.getByTestId('pue-input').locator('input')

test.describe('web host: plan documents', () => {
  test.beforeEach(async ({ page }) => {
    // Leaving a page with unsaved changes asks (beforeunload); the tests always leave.
    page.on('dialog', (dialog) => void dialog.accept())
  })

  test('edit, save (download), reload, open: the same plan comes back', async ({ page, host }) => {
    await page.goto(host.url)
    await startBlankPlan(page, 'E2E plan')
    await setPue(page, '1.55')
    await expect(page).toHaveTitle('• E2E plan — Compute Planner')

    const downloadStarted = page.waitForEvent('download')
    await page.keyboard.press(shortcut('s'))
    const download = await downloadStarted
    expect(download.suggestedFilename()).toBe('E2E plan.cplan')
    const saved = join(mkdtempSync(join(tmpdir(), 'cp-e2e-doc-')), download.suggestedFilename())
    await download.saveAs(saved)
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

    const chooserOpened = page.waitForEvent('filechooser')
    await page.keyboard.press(shortcut('o'))
    await (await chooserOpened).setFiles(saved)
    await expect(page).toHaveTitle('E2E plan — Compute Planner')
    await page.getByTestId('nav-costs').click()
    await expect(pueInput(page)).toHaveValue('1.55')
  })

  test('a corrupt or newer file is refused with a clear message and the plan stays', async ({
    page,
    host
  }) => {
    await page.goto(host.url)
    await startBlankPlan(page, 'Kept plan')
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
      const chooserOpened = page.waitForEvent('filechooser')
      await page.keyboard.press(shortcut('o'))
      await (
        await chooserOpened
      ).setFiles({
        name,
        mimeType: 'application/json',
        buffer: Buffer.from(text)
      })
      await expect(page.locator('.n-message').filter({ hasText: message })).toBeVisible()
      await expect(page).toHaveTitle('Kept plan — Compute Planner')
    }
  })

  test('a .cplan dropped on the page opens (validated like any other file)', async ({
    page,
    host
  }) => {
    await page.goto(host.url)
    await expect(page).toHaveTitle('Untitled plan — Compute Planner')
    const plan = {
      format: 'compute-planner/plan',
      version: 0,
      title: 'Dropped pre-release plan',
      workloads: [],
      costs: { pue: 1.25, taxPercent: 6 }
    }
    await page.evaluate((text) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([text], 'dropped.cplan', { type: 'application/json' }))
      document.body.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true })
      )
      document.body.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true })
      )
    }, JSON.stringify(plan))
    // A version-0 file is converted on open, and stays unsaved until saved as version 1.
    await expect(page).toHaveTitle('• dropped — Compute Planner')
    await expect(
      page.locator('.n-message').filter({ hasText: 'converted from file version 0' })
    ).toBeVisible()
    await page.getByTestId('nav-costs').click()
    await expect(pueInput(page)).toHaveValue('1.25')
  })

  test('autosave is offered back after a forced reload; Restore and Discard', async ({
    page,
    host
  }) => {
    await page.goto(host.url)
    await startBlankPlan(page, 'Crash test')
    await setPue(page, '1.7')
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
    await page.getByTestId('nav-costs').click()
    await expect(pueInput(page)).toHaveValue('1.7')

    // Still unsaved: after another reload it is offered again, and can be discarded.
    await page.reload()
    await recovery.getByRole('button', { name: 'Discard' }).click()
    await expect(page).toHaveTitle('Untitled plan — Compute Planner')
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY))
      .toBeNull()
  })
})
