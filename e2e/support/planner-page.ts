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
}
