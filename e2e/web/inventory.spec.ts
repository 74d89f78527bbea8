import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { test, expect } from './fixtures'
import { PlannerPage } from '../support/planner-page'

const MESSY = resolve(
  __dirname,
  '..',
  '..',
  'tests',
  'fixtures',
  'inventory',
  'zh-title-merged.xlsx'
)
const SHOTS = join('test-results', 'screenshots', 'inventory')

test('imports a messy Chinese workbook, fixes a mapping, commits it and uses it in the Hardware step', async ({
  page,
  host
}) => {
  const planner = new PlannerPage(page)
  await planner.open(host.url)
  await planner.importSpreadsheet(MESSY)

  // Title rows and a two-row merged header are recognised: 显存 over 容量 | 带宽.
  const mapping = planner.importMapping
  await expect(mapping).toContainText('显存 容量')
  await expect(mapping).toContainText('单价（万元）')

  // Fix one mapping: the notes column is not wanted.
  const notesRow = mapping.locator('tr', { hasText: '备注' })
  await notesRow.locator('.n-base-selection').click()
  // The option list is virtual and opens scrolled to the current choice: go to its top.
  await page.locator('.n-base-select-menu .v-vl').evaluate((list) => (list.scrollTop = 0))
  await page.locator('.n-base-select-option', { hasText: 'Ignore this column' }).click()
  await expect(notesRow).toContainText('Ignore this column')
  await page.screenshot({ path: join(SHOTS, 'review.png'), fullPage: true })

  const results = await planner.startImport()
  // The review's figures are editable inputs.
  await expect
    .poll(() =>
      results
        .locator('input')
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))
    )
    .toContain('H100 SXM5')
  // Rows that cannot name hardware are rejected and shown, never dropped.
  await expect(results).toContainText('Rejected')

  await planner.commitImport()
  await expect(page.getByText(/\d+ added, \d+ updated, \d+ skipped\./)).toBeVisible()
  // The library table is editable: names are input values.
  const library = planner.library
  await expect
    .poll(() =>
      library
        .locator('input')
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))
    )
    .toEqual(expect.arrayContaining(['H100 SXM5', 'Atlas 300I Pro']))
  await planner.useLibraryInPlan()

  await planner.goTo('hardware')
  // The switch's words toggle it, as a label would.
  await page.getByText('from my inventory', { exact: false }).click()
  await expect(page.getByRole('switch', { name: /from my inventory/ })).toBeChecked()
  // The four accepted accelerators of the file (the duplicate A100 row is kept and reported).
  await expect(planner.hardwareFilterCount).toContainText(/^\s*4 of \d+ accelerators match/)
  await page.screenshot({ path: join(SHOTS, 'hardware-inventory-only.png'), fullPage: true })
})

test('a spreadsheet dropped anywhere on the window opens the inventory import with it', async ({
  page,
  host
}) => {
  const planner = new PlannerPage(page)
  await planner.open(host.url)
  await planner.expectOnScenario()
  const bytes = readFileSync(MESSY).toString('base64')
  // A real drag carries a DataTransfer with the file; build the same one in the page.
  const dataTransfer = await page.evaluateHandle((base64) => {
    const binary = atob(base64)
    const data = new Uint8Array(binary.length)
    for (let i = 0; i < binary.length; i++) data[i] = binary.charCodeAt(i)
    const transfer = new DataTransfer()
    transfer.items.add(new File([data], 'zh-title-merged.xlsx'))
    return transfer
  }, bytes)
  const heading = planner.step('scenario').locator('h2')
  await heading.dispatchEvent('dragenter', { dataTransfer })
  await heading.dispatchEvent('dragover', { dataTransfer })
  const overlay = planner.dropOverlay
  await expect(overlay).toContainText('spreadsheet (.xlsx, .csv, .tsv) goes to inventory import')
  await page.screenshot({ path: join(SHOTS, 'drop-overlay.png'), animations: 'disabled' })
  await heading.dispatchEvent('drop', { dataTransfer })

  await expect(overlay).toBeHidden()
  await expect(page).toHaveURL(/#\/inventory$/)
  await expect(page.getByText('zh-title-merged.xlsx')).toBeVisible()
  await expect(planner.importMapping).toContainText('显存 容量')
})

test('a dropped file that is neither a plan nor a spreadsheet is refused with its name', async ({
  page,
  host
}) => {
  const planner = new PlannerPage(page)
  await planner.open(host.url)
  await planner.expectOnScenario()
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer()
    transfer.items.add(new File(['hello'], 'notes.txt'))
    return transfer
  })
  await page.locator('body').dispatchEvent('drop', { dataTransfer })
  await expect(
    page.getByText('notes.txt is neither a plan (.cplan) nor a spreadsheet')
  ).toBeVisible()
  await expect(page).toHaveURL(/#\/scenario$/)
})
