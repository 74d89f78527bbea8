/**
 * The planner as a page object (like Heynote's HeynotePage): specs say what a person does
 * ("add a video workload", "use the library in the plan", "save") instead of repeating
 * test ids. Each method waits for what the person would wait for.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, type Locator, type Page } from '@playwright/test'

/** A workload kind, as the "+ …" buttons name it (schema/plan.ts `WORKLOAD_KINDS`). */
type WorkloadKind =
  | 'llm-inference'
  | 'llm-training'
  | 'vision-training'
  | 'video-analytics'
  | 'custom'
  | 'llm-finetuning'

/** A wizard step, by its route name (renderer/src/router.ts `WIZARD_STEPS`). */
export type WizardStep = 'scenario' | 'workloads' | 'hardware' | 'costs' | 'results' | 'quote'

const shortcut = (key: string) => `${process.platform === 'darwin' ? 'Meta' : 'Control'}+${key}`

export class PlannerPage {
  constructor(readonly page: Page) {}

  private leavesWithoutAsking = false

  async open(url: string): Promise<void> {
    await this.page.goto(url)
    // Leaving a page with unsaved changes asks (beforeunload); the tests always leave.
    if (!this.leavesWithoutAsking) this.page.on('dialog', (dialog) => void dialog.accept())
    this.leavesWithoutAsking = true
  }

  async goTo(step: WizardStep): Promise<void> {
    await this.page.getByTestId(`nav-${step}`).click()
    await expect(this.page.getByTestId(`step-${step}`)).toBeVisible()
  }

  async startBlank(name = ''): Promise<void> {
    await this.page.getByTestId('nav-scenario').click()
    if (name) await this.page.getByTestId('blank-name').locator('input').fill(name)
    await this.page.getByTestId('start-blank').click()
  }

  async addWorkload(kind: WorkloadKind): Promise<void> {
    await this.page.getByTestId(`add-${kind}`).click()
  }

  /** Opens workload `index` in the accordion (a newly added workload may be folded). */
  async expandWorkload(index: number): Promise<void> {
    const form = this.page.getByTestId(`workload-form-${index}`)
    if (await form.isVisible()) return
    await this.page
      .getByTestId(`workload-${index}`)
      .locator('.n-collapse-item__header')
      .first()
      .click()
    await expect(form).toBeVisible()
  }

  /** Types a workload's name. */
  async nameWorkload(index: number, name: string): Promise<void> {
    await this.expandWorkload(index)
    const input = this.page.getByTestId(`wl-${index}-name`).locator('input')
    await input.fill(name)
    await input.blur()
  }

  /** Types a number into a NumberField (its test id without `-input`) and leaves it. */
  async fillNumber(testid: string, value: string): Promise<void> {
    const input = this.page.getByTestId(`${testid}-input`).locator('input')
    await input.fill(value)
    await input.blur()
  }

  /** A number of workload `index`'s schedule (ScheduleField.vue), typed and left. */
  async setSchedule(index: number, field: string, value: string): Promise<void> {
    const input = this.page.getByTestId(`wl-${index}-schedule-${field}`).locator('input')
    await input.fill(value)
    await input.blur()
  }

  /**
   * Opens a filterable select, types `text` to filter its (virtual) list, and picks the first
   * option that contains it.
   */
  async chooseOption(testid: string, text: string): Promise<void> {
    await this.page.getByTestId(testid).click()
    await this.page.keyboard.type(text)
    await this.page.locator('.n-base-select-option', { hasText: text }).first().click()
    await expect(this.page.getByTestId(testid)).toContainText(text)
  }

  /** In the open derivation drawer, follows the input `stepId` to its own derivation. */
  async drillTo(stepId: string): Promise<Locator> {
    await this.page.getByTestId(`drill-${stepId}`).click()
    const value = this.page.getByTestId('derivation-value')
    await expect(value).toBeVisible()
    return value
  }

  /** "Your price for …" on the Costs step, for one accelerator id. */
  async setPrice(acceleratorId: string, amount: string): Promise<void> {
    await this.goTo('costs')
    const input = this.page.getByTestId(`price-${acceleratorId}`).locator('input')
    await input.fill(amount)
    await input.blur()
  }

  priceInput(acceleratorId: string): Locator {
    return this.page.getByTestId(`price-${acceleratorId}`).locator('input')
  }

  async openInventory(): Promise<void> {
    await this.page.getByTestId('nav-inventory').click()
  }

  /** The library's "Use in plan", and its confirmation. */
  async useLibraryInPlan(): Promise<void> {
    await this.page.getByRole('button', { name: 'Use in plan' }).click()
    await expect(
      this.page.getByRole('alert').filter({ hasText: /added to the plan/ })
    ).toBeVisible()
  }

  /** Results for the plan as it is now (generous: the machines this runs on are shared). */
  async expectResultsCurrent(): Promise<void> {
    await this.page.getByTestId('nav-results').click()
    await expect(this.page.getByTestId('results-current')).toBeVisible({ timeout: 30_000 })
  }

  /** Ctrl+S: the browser host downloads the plan; returns where the test kept it. */
  async save(): Promise<string> {
    const downloadStarted = this.page.waitForEvent('download')
    await this.page.keyboard.press(shortcut('s'))
    const download = await downloadStarted
    const saved = join(mkdtempSync(join(tmpdir(), 'cp-e2e-plan-')), download.suggestedFilename())
    await download.saveAs(saved)
    return saved
  }

  /** Ctrl+O with a file. */
  async openFile(path: string): Promise<void> {
    const chooserOpened = this.page.waitForEvent('filechooser')
    await this.page.keyboard.press(shortcut('o'))
    await (await chooserOpened).setFiles(path)
  }

  /** The header's language menu ('English' / '简体中文'). */
  async setLanguage(label: 'English' | '简体中文'): Promise<void> {
    await this.page.getByTestId('language-select').selectOption({ label })
  }

  /** Picks a spreadsheet in the inventory import and waits for the column mapping. */
  async importSpreadsheet(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.openInventory()
    await this.page.getByTestId('inventory-file').setInputFiles(file)
    await expect(this.page.getByTestId('inventory-mapping')).toBeVisible()
  }

  /** "Start import", then the review of every row. */
  async startImport(): Promise<Locator> {
    await this.page.getByTestId('inventory-start').click()
    const review = this.page.getByTestId('inventory-results')
    await expect(review).toBeVisible({ timeout: 30_000 })
    return review
  }

  /** One parsed figure in the review: the row as the spreadsheet numbers it, the field's name. */
  reviewCell(row: number, field: string): Locator {
    return this.page.getByTestId(`review-${row}-${field}`)
  }

  /** Types into a cell (review or grid) and leaves it with Enter, as a person confirms. */
  async typeInCell(cell: Locator, text: string): Promise<void> {
    await cell.fill(text)
    await cell.press('Enter')
  }

  /** A field of the "My hardware" entry whose name is `name`. */
  async libraryCell(name: string, field: string): Promise<Locator> {
    const library = this.page.getByTestId('inventory-library')
    await expect.poll(() => this.libraryIdOf(name), { timeout: 15_000 }).not.toBeUndefined()
    const id = await this.libraryIdOf(name)
    return library.getByTestId(`library-${id}-${field}`)
  }

  private async libraryIdOf(name: string): Promise<string | undefined> {
    return this.page
      .getByTestId('inventory-library')
      .locator('input[data-testid$="-name"]')
      .evaluateAll(
        (inputs, wanted) =>
          inputs
            .find((input) => (input as HTMLInputElement).value === wanted)
            ?.getAttribute('data-testid')
            ?.replace(/^library-/, '')
            .replace(/-name$/, ''),
        name
      )
  }

  /** The header's Settings button: letterhead, buyer and supplier, quote defaults. */
  async openSettings(): Promise<void> {
    await this.page.getByTestId('nav-settings').click()
    await expect(this.page.getByTestId('settings-view')).toBeVisible()
  }

  /** One settings field by its form path (`companyName`, `buyer.taxId`, `validityDays`, …). */
  settingsField(path: string): Locator {
    const testId = `settings-${path.replace('.', '-')}`
    return this.page.getByTestId(testId).locator('input, textarea').first()
  }

  /** Types each value into its settings field. */
  async fillSettings(values: Record<string, string>): Promise<void> {
    for (const [path, value] of Object.entries(values)) await this.settingsField(path).fill(value)
  }

  /** Save on the settings screen, and wait for main's answer. */
  async saveSettings(): Promise<void> {
    await this.page.getByTestId('settings-save').click()
    await expect(this.page.getByTestId('settings-saved')).toBeVisible()
  }

  /** The Quote step's Export (.xlsx): returns where the download was kept. */
  async exportQuote(): Promise<string> {
    await this.goTo('quote')
    const downloadStarted = this.page.waitForEvent('download')
    await this.page.getByTestId('quote-export').click()
    const download = await downloadStarted
    const saved = join(mkdtempSync(join(tmpdir(), 'cp-e2e-quote-')), download.suggestedFilename())
    await download.saveAs(saved)
    return saved
  }
}
